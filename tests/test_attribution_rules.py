"""The speaker rule and attribution coverage (docs/quotes.md), on texts written for these tests.

Each test is one class of text: a quote takes a speaker only from its own cue; a later
sentence's cue never reassigns it; sources are people, organisations, publications or roles
and never numbers, "you" or events; attribution beyond speech verbs.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article, Quote
from topline.testing import speaker_text as _speaker_span


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def _quotes(a: Analysis, start: str) -> list[Quote]:
    text = a.article.text
    return [q for q in a.quotes if q.content_span.of(text).startswith(start)]


def _quote(a: Analysis, start: str) -> Quote:
    hits = _quotes(a, start)
    assert hits, [q.content_span.of(a.article.text) for q in a.quotes]
    return hits[0]


def _sources(a: Analysis) -> set[str]:
    text = a.article.text
    return {x.source.span.of(text) for x in a.attributions if x.source.span is not None}


# --- a quote's own cue -----------------------------------------------------------------


def test_a_later_denial_does_not_make_the_accused_the_speaker() -> None:
    a = _run(
        "Jane Roe accused the senator of lying to her.\n"
        '"He promised me the job and then he fired me without a word."\n'
        "The senator denied the allegations on Friday."
    )
    q = _quote(a, "He promised me the job")
    assert q.speaker is None or q.speaker.name != "The senator"
    assert q.cue_span is None


def test_a_cue_with_its_own_quote_in_the_next_paragraph_does_not_take_this_one() -> None:
    a = _run(
        '"We will build the road this year," the mayor said. "It is a slow job that nobody '
        'sees."\n"He is a real visionary," said Robert Keane, a local engineer.'
    )
    q = _quote(a, "It is a slow job")
    assert _speaker_span(a, q) == "the mayor"
    assert _speaker_span(a, _quote(a, "He is a real visionary")) == "Robert Keane, a local engineer"


def test_a_bare_frame_after_a_question_is_the_quotes_own_cue() -> None:
    a = _run("“Why would we leave now?” she asked. Maria Ortiz has run the shelter since 2010.")
    q = _quote(a, "Why would we leave now?")
    assert q.cue_span is not None and q.cue_span.of(a.article.text) == "asked"


def test_he_added_continuation_keeps_the_same_speaker() -> None:
    a = _run(
        "“The budget is balanced,” Governor Tom Reyes said on Monday. “We did it without new "
        "taxes,” he added.\n"
        "“And we will do it again next year.”"
    )
    assert _quote(a, "We did it without new taxes").speaker is not None
    assert _quote(a, "We did it without new taxes").speaker.name == "Tom Reyes"  # type: ignore[union-attr]
    nxt = _quote(a, "And we will do it again")
    assert nxt.speaker is not None and nxt.speaker.name == "Tom Reyes"


def test_a_paragraph_with_its_own_epigraph_is_not_a_continuation() -> None:
    a = _run(
        "“The debate showed who he really is.” ― Ana Ruiz\n"
        "“He cannot answer a question without scaring people first.” ― Luis Ortega"
    )
    assert _speaker_span(a, _quote(a, "The debate showed")) == "Ana Ruiz"
    assert _speaker_span(a, _quote(a, "He cannot answer")) == "Luis Ortega"


def test_a_frame_right_after_the_quote_owns_both_parts() -> None:
    a = _run(
        "“Now that I am retired,” he told the host, “it was hard to work for them.” "
        "General Carl Ham spoke for an hour."
    )
    first = _quote(a, "Now that I am retired")
    assert first.cue_span is not None and first.cue_span.of(a.article.text) == "told"


def test_a_book_title_is_not_a_quote_under_the_speakers_cue() -> None:
    a = _run("“We knew the risks,” Smith said of his book “Fire and Fury in the White House.”")
    text = a.article.text
    assert [q.content_span.of(text) for q in a.quotes] == ["We knew the risks"]


# --- sources -------------------------------------------------------------------------------


def test_source_span_includes_parenthesis_apposition_and_relative_clause() -> None:
    a = _run(
        "“This is a sad day,” said Rep. Ann Lee (D-Ohio), head of the state caucus.\n"
        "“That is our weak spot,” said Luis Rubio, who heads a research center in Mexico City."
    )
    assert _speaker_span(a, _quote(a, "This is a sad day")) == (
        "Rep. Ann Lee (D-Ohio), head of the state caucus"
    )
    q = _quote(a, "That is our weak spot")
    assert _speaker_span(a, q) == "Luis Rubio, who heads a research center in Mexico City"
    assert q.speaker is not None and q.speaker.name == "Luis Rubio"


def test_a_number_or_share_is_not_a_source() -> None:
    a = _run(
        "28% of CFOs say the economy is slowing down fast.\n"
        "Two-thirds of CFOs said hiring would stall next year."
    )
    assert _sources(a) == set()
    assert all(q.speaker is None for q in a.quotes)


def test_you_and_an_event_are_not_sources() -> None:
    a = _run(
        "You say the plan will cost more than the city can pay.\n"
        "The rolling blackouts on those days showed that the grid was too old."
    )
    assert _sources(a) == set()


def test_partitive_of_people_and_counted_officials_stay_sources() -> None:
    a = _run(
        "One of the family's lawyers, Justin Banks, said the video raised new questions.\n"
        "Five officials said the talks had collapsed overnight."
    )
    assert {"Five officials"} <= _sources(a)
    assert any(s.startswith("One of the family's lawyers") for s in _sources(a))


def test_a_headline_is_never_a_source() -> None:
    a = _run(
        "Clinton Plan for Taxes Is Expansive\n\n"
        "A lawyer for the news outlets said the ruling was wrong in every way."
    )
    assert not any("Clinton Plan" in s or "Taxes" in s for s in _sources(a))


# --- coverage beyond speech ------------------------------------------------------------------


def test_according_to_names_the_source() -> None:
    a = _run("The plant will close in March, according to the company's annual report.")
    q = _quote(a, "The plant will close in March")
    assert _speaker_span(a, q) == "the company's annual report"


def test_endorsement_and_call_for_are_attributions() -> None:
    a = _run(
        "The teachers' union backed the governor's plan to raise teacher pay.\n"
        "Senator Ann Lee called for an independent inquiry into the crash."
    )
    assert _speaker_span(a, _quote(a, "the governor's plan")) == "The teachers' union"
    assert _speaker_span(a, _quote(a, "an independent inquiry")) == "Senator Ann Lee"


def test_evidential_and_intention_cues() -> None:
    a = _run(
        "A 2014 study in a medical journal found that most of the advice was wrong.\n"
        "The mayor declined to comment on the investigation."
    )
    assert _speaker_span(a, _quote(a, "that most of the advice")) == (
        "A 2014 study in a medical journal"
    )
    assert _speaker_span(a, _quote(a, "to comment on the investigation")) == "The mayor"


def test_partial_quote_keeps_its_unquoted_lead_in() -> None:
    a = _run(
        "Senator Mark Warner told reporters that the leaked emails were “very, very troubling,” "
        "and left the room."
    )
    q = _quote(a, "that the leaked emails")
    assert q.kind == "mixed"
    assert "“very, very troubling" in q.content_span.of(a.article.text)
    assert _speaker_span(a, q) == "Senator Mark Warner"


def test_naming_cue_quotes_the_whole_description() -> None:
    a = _run("Governor Chris Dale described his rival as a “disgrace” at the rally.")
    q = _quote(a, "his rival as a “disgrace")
    assert q.kind == "mixed"


def test_frame_in_the_middle_of_the_sentence_reports_both_sides() -> None:
    a = _run("The mill was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.")
    left = _quote(a, "The mill was a juggernaut")
    right = _quote(a, "until it went bankrupt")
    assert left.cue_span == right.cue_span
    assert left.speaker is not None and right.speaker is not None


def test_a_participle_reporting_verb_shares_the_subject() -> None:
    a = _run("The judge rejected the request, saying the courts have no business in it.")
    q = _quote(a, "the courts have no business")
    assert _speaker_span(a, q) == "The judge"


def test_surface_frame_when_the_parse_misses_the_speaker() -> None:
    a = _run(
        "“I will make this promise to you: we will achieve justice in this case,” Tulsa "
        "police Chief Chuck Jordan said Monday."
    )
    q = _quote(a, "I will make this promise")
    assert q.speaker is not None
    assert "Chuck Jordan" in (_speaker_span(a, q) or "")


def test_according_to_in_mid_sentence_reports_both_sides() -> None:
    a = _run(
        "The top 1 percent paid a quarter of all federal taxes in 2013, according to the "
        "budget office, and the top 10 percent paid most of the rest."
    )
    left = _quote(a, "The top 1 percent paid")
    right = _quote(a, "and the top 10 percent")
    assert left.cue_span == right.cue_span
    assert _speaker_span(a, right) == "the budget office"


def test_a_cited_object_is_the_content_but_not_a_reporting_clause_on_it() -> None:
    a = _run("Clinton cited derogatory comments her rival had made about the former beauty queen.")
    q = _quote(a, "derogatory comments")
    assert _speaker_span(a, q) == "Clinton"
    b = _run("The report cited two diplomats who confirmed that the embassy had been evacuated.")
    text = b.article.text
    assert [x.claim_span.of(text) for x in b.attributions] == [
        "that the embassy had been evacuated"
    ]


def test_a_claim_noun_with_a_that_clause_is_an_attribution() -> None:
    a = _run("Reporters seized on the mayor's claim that crime fell by half this year.")
    q = _quote(a, "that crime fell by half")
    assert q.speaker is not None and q.speaker.span is not None
    assert q.speaker.span.of(a.article.text).startswith("the mayor")


def test_evidence_that_is_not_someone_gives_no_bullet_source() -> None:
    a = _run("The club's mounting debt shows that the owners failed to plan for relegation.")
    assert _quotes(a, "that the owners failed")  # still a reported claim
    assert a.attributions == ()


def test_a_stray_straight_mark_does_not_join_the_next_paragraphs_curly_quote() -> None:
    a = _run('"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here, babe.”')
    text = a.article.text
    assert not any(
        "Kevin" in q.content_span.of(text) and "babe" in q.content_span.of(text) for q in a.quotes
    )
    assert _quote(a, "Here he is, babe").speaker is not None


def test_a_closing_mark_that_opens_a_paragraph_opens_the_quote() -> None:
    a = _run("”Mr. Trump embodies the worst of our politics.” ― Sonya Herridge")
    q = _quote(a, "Mr. Trump embodies")
    assert _speaker_span(a, q) == "Sonya Herridge"


def test_what_someone_called_is_the_whole_description() -> None:
    a = _run("Melanie went on about what she called a “rant” on the radio that night.")
    q = _quote(a, "what she called a “rant")
    assert q.kind == "mixed"


def test_a_bare_frame_does_not_take_a_scare_quote_later_in_the_sentence() -> None:
    a = _run(
        "“This is wrong,” Warren said. “You pushed your staff to the limit” to lift the "
        "share price, she said, referencing the bank’s drive to “cross-sell” or open more "
        "accounts."
    )
    assert not any(
        q.content_span.of(a.article.text) == "cross-sell" and q.speaker is not None
        for q in a.quotes
    )
