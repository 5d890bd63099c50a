"""Every quote form on small texts written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from topline.analyze import analyze
from topline.analyze.quote_marks import find_quote_regions
from topline.model import Analysis, Article, Quote


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def _quote(analysis: Analysis, start: str) -> Quote:
    text = analysis.article.text
    hits = [q for q in analysis.quotes if q.content_span.of(text).startswith(start)]
    assert hits, [q.content_span.of(text) for q in analysis.quotes]
    return hits[0]


def _speaker(analysis: Analysis, q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def test_straight_double_quote_with_trailing_cue() -> None:
    a = _run('Maria Lopez runs the clinic. "We need more nurses now," Lopez said on Monday.')
    q = _quote(a, "We need more nurses")
    assert q.kind == "direct"
    assert q.content_span.of(a.article.text) == "We need more nurses now"
    assert _speaker(a, q) == "Maria Lopez"
    assert q.cue_span is not None and q.cue_span.of(a.article.text) == "said"


def test_curly_quote_with_inverted_cue() -> None:
    a = _run("“The budget is balanced for the first time in a decade,” said Governor Tom Reyes.")
    q = _quote(a, "The budget is balanced")
    assert q.kind == "direct"
    assert _speaker(a, q) == "Tom Reyes"


def test_multi_sentence_quote_keeps_all_sentences() -> None:
    a = _run("“We will rebuild. We will not leave. This town is our home,” Mayor Ann Cole said.")
    q = _quote(a, "We will rebuild.")
    assert (
        q.content_span.of(a.article.text)
        == "We will rebuild. We will not leave. This town is our home"
    )
    assert _speaker(a, q) == "Ann Cole"


def test_quote_spanning_two_paragraphs_without_closing_mark() -> None:
    text = (
        "Senator Paul Grant spoke at length on Tuesday.\n\n"
        "“The bill is a start. It is not an end.\n\n"
        "“We will be back in the fall with more,” Grant said."
    )
    a = _run(text)
    q = _quote(a, "The bill is a start.")
    content = q.content_span.of(text)
    assert content.startswith("The bill is a start.")
    assert content.endswith("We will be back in the fall with more")
    assert _speaker(a, q) == "Paul Grant"


def test_quote_broken_by_he_said_gives_both_parts_the_same_speaker_and_cue() -> None:
    text = "“The plan is dead,” Pedro Alvarez said. “We start again tomorrow morning.”"
    a = _run(text)
    first = _quote(a, "The plan is dead")
    second = _quote(a, "We start again tomorrow")
    assert _speaker(a, first) == _speaker(a, second) == "Pedro Alvarez"
    assert first.cue_span == second.cue_span


def test_quote_interrupted_mid_sentence() -> None:
    text = "“The plan,” Pedro Alvarez said, “was never going to work in winter.”"
    a = _run(text)
    assert _speaker(a, _quote(a, "was never going to work")) == "Pedro Alvarez"


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = "“He told me ‘never again’ and then he left the room,” said Jane Doe."
    a = _run(text)
    q = _quote(a, "He told me")
    assert "‘never again’" in q.content_span.of(text)
    assert _speaker(a, q) == "Jane Doe"
    assert len([x for x in a.quotes if x.kind == "direct"]) == 1


def test_pronoun_speaker_resolves_to_the_person_named_before() -> None:
    text = "Rachel Kim chairs the committee. “We have the votes,” she said."
    a = _run(text)
    q = _quote(a, "We have the votes")
    assert q.speaker is not None and q.speaker.name == "Rachel Kim"
    assert q.speaker.span is not None and q.speaker.span.of(text) == "she"


def test_title_description_resolves_to_the_titled_person() -> None:
    text = (
        "Prime minister Ivo Petrov met the unions on Monday. "
        "“There will be no new taxes,” the prime minister said."
    )
    a = _run(text)
    assert _speaker(a, _quote(a, "There will be no new taxes")) == "Ivo Petrov"


def test_colon_introduced_quote_takes_the_cue_of_the_sentence_before() -> None:
    text = "The minister, Olga Berg, told reporters:\n\n“We are ready for the storm.”"
    a = _run(text)
    q = _quote(a, "We are ready for the storm")
    assert q.cue_span is not None and q.cue_span.of(text) == "told"


def test_indirect_said_that() -> None:
    text = (
        "Finance Minister Lena Ortiz said that inflation would fall below three percent next year."
    )
    a = _run(text)
    q = _quote(a, "that inflation would fall")
    assert q.kind == "indirect"
    assert _speaker(a, q) == "Lena Ortiz"


def test_indirect_told_reporters() -> None:
    text = "Sam Patel told reporters the factory would reopen in March."
    a = _run(text)
    q = _quote(a, "the factory would reopen")
    assert q.kind == "indirect"
    assert q.cue_span is not None and q.cue_span.of(text) == "told"
    assert _speaker(a, q) == "Sam Patel"


def test_indirect_trailing_frame() -> None:
    text = "The strike will end on Friday, union leader Dana White said."
    a = _run(text)
    q = _quote(a, "The strike will end on Friday")
    assert q.kind == "indirect"
    assert _speaker(a, q) == "Dana White"


def test_according_to_is_an_indirect_quote_of_the_outlet() -> None:
    text = "According to Reuters, the company will cut 500 jobs this year."
    a = _run(text)
    q = _quote(a, "the company will cut 500 jobs")
    assert q.speaker is not None and q.speaker.name == "Reuters"
    assert q.speaker.kind == "outlet"


def test_mixed_quote_called_it() -> None:
    text = "Senator Mark Hale called the ruling “a disgrace to the court.”"
    a = _run(text)
    q = next(q for q in a.quotes if q.kind == "mixed")
    assert "a disgrace to the court" in q.content_span.of(text)
    assert _speaker(a, q) == "Mark Hale"


def test_mixed_quote_fragment_inside_reported_clause() -> None:
    text = "Lisa Chen said the new policy was “a total failure” and should be withdrawn."
    a = _run(text)
    q = next(q for q in a.quotes if q.kind == "mixed")
    assert q.content_span.of(text).startswith("the new policy was “a total failure”")
    assert _speaker(a, q) == "Lisa Chen"


def test_scare_quotes_are_not_quotes() -> None:
    a = _run("The so-called “reform” passed on Tuesday after a long debate in the chamber.")
    assert a.quotes == ()


def test_unbalanced_quote_does_not_crash_and_stays_inside_text() -> None:
    text = "“This never closes, said nobody.\n\nAnother paragraph “with one more."
    a = _run(text)
    for q in a.quotes:
        assert 0 <= q.content_span.start < q.content_span.end <= len(text)


def test_a_5000_word_quote_is_one_quote() -> None:
    body = " ".join(["word"] * 5000)
    text = f"“{body},” Anna Berg said."
    regions = find_quote_regions(text)
    assert len(regions) == 1
    a = _run(text)
    q = _quote(a, "word word")
    assert q.content_span.of(text) == body
    assert _speaker(a, q) == "Anna Berg"


_ALPHABET = st.sampled_from(list("ab .,\n“”\"‘’'—:") + ["said", " he ", "Smith", "that "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_quote_regions_never_leave_the_text(text: str) -> None:
    for r in find_quote_regions(text):
        assert 0 <= r.start <= r.content_start <= r.content_end <= r.end <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=40).map("".join))
def test_analysis_spans_never_leave_the_text(text: str) -> None:
    a = _run(text)
    n = len(text)
    for q in a.quotes:
        for s in (q.span, q.content_span, q.cue_span, q.context_span):
            assert s is None or 0 <= s.start <= s.end <= n
    for att in a.attributions:
        assert 0 <= att.claim_span.start <= att.claim_span.end <= n


def test_quote_paragraph_after_a_framed_quote_continues_it() -> None:
    text = (
        "“Cyber security is our biggest challenge,” Ben Carson continued.\n\n"
        "“Our classified information is under constant attack.”"
    )
    a = _run(text)
    first = _quote(a, "Cyber security")
    second = _quote(a, "Our classified information")
    assert _speaker(a, second) == _speaker(a, first) == "Ben Carson"
    assert second.cue_span == first.cue_span


def test_headline_name_colon_is_a_quote_of_that_name() -> None:
    text = "Marco Rubio: I Am Not Interested In Being Vice President\n\nTopline: Rubio spoke on Monday."
    a = _run(text)
    q = _quote(a, "I Am Not Interested")
    assert _speaker(a, q) == "Marco Rubio"
    assert q.cue_span is not None and q.cue_span.of(text) == ":"
    assert not any(x.content_span.of(text).startswith("Rubio spoke") for x in a.quotes)


def test_typewriter_double_apostrophes_are_quotation_marks() -> None:
    text = "''We will rebuild the bridge by June,'' Mayor Tom Hart said."
    a = _run(text)
    q = _quote(a, "We will rebuild the bridge")
    assert q.content_span.of(text) == "We will rebuild the bridge by June"
    assert _speaker(a, q) == "Tom Hart"


def test_curly_quotes_nested_in_a_straight_quote() -> None:
    text = '"I read the question: “Do you trust her?” Forty percent said yes," Jo Reed said.'
    a = _run(text)
    q = _quote(a, "I read the question")
    assert q.content_span.of(text).endswith("Forty percent said yes")
    assert _speaker(a, q) == "Jo Reed"


def test_mixed_quote_does_not_steal_the_cue_of_the_next_sentence() -> None:
    text = (
        "Mary Fox spoke in Ohio. She says the plan is the “same rigged system as before.” "
        "She adds, “What kind of genius loses a billion dollars in a year?”"
    )
    a = _run(text)
    mixed = _quote(a, "the plan is the")
    assert mixed.kind == "mixed"
    assert mixed.cue_span is not None and mixed.cue_span.of(text) == "says"
    direct = _quote(a, "What kind of genius")
    assert direct.kind == "direct"
    assert direct.cue_span is not None and direct.cue_span.of(text) == "adds"
    assert len(a.quotes) == 2


def test_pronoun_agrees_in_gender_known_from_honorifics() -> None:
    text = (
        "Mr. Reid met Ms. White on Monday. “We agreed on nothing,” Mr. Reid said. "
        "“It was a waste of time,” she said."
    )
    a = _run(text)
    assert _speaker(a, _quote(a, "We agreed on nothing")) == "Reid"
    assert _speaker(a, _quote(a, "It was a waste of time")) == "White"
