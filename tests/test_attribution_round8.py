"""Attribution classes of the eighth #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class read on the working train slices (``--limit 140 --offset 1`` to ``4``):
the one told is never the speaker of a frame whose subject the parse lost ("“…,” Ramos,
58, told AFP"); a participle set off after a reported clause, or after one whose
subject is no one who speaks, is the frame's ("…,” adding, “…”", "denied the claim that …,
explaining …", "the ruling has “…” before claiming …"); a gerund that opens the reported
clause ("said seeing so many police officers at the fair was a welcome sight"); a participle
set off after its clause or on a noun, beyond speech ("…, calling for …", "a super PAC
supporting …"); records that show; the sender of a statement ("issued a statement saying").
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.analyze import analyze
from topline.analyze.cues import find_cues
from topline.model import Analysis, Article
from topline.nlp import get_nlp
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- the one told --------------------------------------------------------------------------


def _reparsed(text: str, changes: dict[int, tuple[int, str]]) -> Doc:
    """The model's parse of ``text`` with some tokens re-hung (``index: (head, label)``): the
    parse the small model gives other sentences of this shape, made the same every time."""
    doc = get_nlp()(text)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i, (head, dep) in changes.items():
        heads[i], deps[i] = head, dep
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_the_one_told_is_never_the_speaker_of_a_frame_that_lost_its_subject() -> None:
    # the parse hangs "Ramos" and "told" on the quotation's verb as conjuncts, and "AFP"
    # is the only noun left on "told"
    text = "“We were wrong to wait so long,” Ramos, 58, told AFP in an interview."
    doc = _reparsed(
        text,
        {
            0: (2, "punct"),
            2: (2, "ROOT"),
            9: (10, "punct"),
            10: (2, "conj"),
            14: (2, "conj"),
            19: (2, "punct"),
        },
    )
    assert doc[15].text == "AFP"
    assert not any(15 in c.speakers for c in find_cues(doc))


def test_a_subject_before_told_still_speaks() -> None:
    a = _run("“We will rebuild the pier,” the mayor told reporters.")
    assert _speaker(a, _quote(a, "We will rebuild")) == "the mayor"


# --- a participle after the reported clause -------------------------------------------------


def test_a_participle_after_a_comma_inside_the_closing_mark_is_the_frame_s() -> None:
    a = _run(
        "Kemp said the county's budget reminds him of the 1987 novel titled \"The Long "
        'Winter," explaining, "because what could have been a great year was wasted."'
    )
    explaining = [
        q for q in a.quotes if q.cue_span and q.cue_span.of(a.article.text) == "explaining"
    ]
    assert explaining and all(_speaker(a, q) == "Kemp" for q in explaining)


def test_a_participle_after_a_clause_on_the_object_is_the_frame_s() -> None:
    a = _run(
        "Kerr denied the notion that a merger is coming, explaining that the board had not "
        "met since March."
    )
    assert _speaker(a, _quote(a, "that the board had not met")) == "Kerr"


def test_a_participle_after_a_clause_about_a_thing_is_the_frame_s() -> None:
    a = _run(
        "Patel said the curfew has “kept the city safe” on radio before claiming that open "
        "borders are “tearing families apart.”"
    )
    assert _speaker(a, _quote(a, "that open borders")) == "Patel"


def test_a_participle_not_set_off_after_a_person_stays_with_that_person() -> None:
    a = _run("She said the senator voted for the bill before claiming that it was flawed.")
    assert _speaker(a, _quote(a, "that it was flawed")) == "the senator"


# --- a gerund opening the reported clause ---------------------------------------------------


def test_a_gerund_that_opens_the_reported_clause_is_reported() -> None:
    a = _run("Tom Reyes said seeing so many police officers at the fair was a welcome sight.")
    q = _quote(a, "seeing so many police officers")
    assert q.content_span.of(a.article.text).endswith("was a welcome sight")
    assert _speaker(a, q) == "Tom Reyes"


def test_a_gerund_subject_of_a_modal_clause_is_reported() -> None:
    a = _run(
        "The chief said closing it would cost the town dearly. He said legalizing it could "
        "put thousands of people to work."
    )
    assert "closing it would cost the town dearly" in _contents(a)
    assert _speaker(a, _quote(a, "legalizing it could put")) == "He"


def test_a_gerund_set_off_by_a_comma_is_no_report() -> None:
    a = _run("The coach said nothing, leaving the field after the game.")
    assert not any(c.startswith("leaving") for c in _contents(a))


# --- a participle's holder, beyond speech ---------------------------------------------------


def test_a_participle_after_its_clause_shares_the_clause_s_subject() -> None:
    a = _run(
        "Governor Hale toured the docks, calling for new limits on cargo fees. “The pier is "
        "a wreck,” Ms. Ito said, referring to the old ferry terminal."
    )
    assert _speaker(a, _quote(a, "new limits on cargo fees")) == "Governor Hale"
    assert _speaker(a, _quote(a, "the old ferry terminal")) == "Ms. Ito"


def test_a_participle_on_a_noun_is_that_noun_s_stance() -> None:
    a = _run("A super PAC supporting Mayor Ann Lowe spent $2 million on ads in the county.")
    assert _speaker(a, _quote(a, "Mayor Ann Lowe")) == "A super PAC"


def test_records_show_what_their_object_says() -> None:
    a = _run("Public records show little evidence that the firm paid its taxes.")
    assert _speaker(a, _quote(a, "little evidence")) == "Public records"


def test_a_company_showing_a_thing_is_no_finding() -> None:
    a = _run("The company showed a new phone at the fair.")
    assert _contents(a) == []


# --- a statement's sender -------------------------------------------------------------------


def test_the_sender_of_a_statement_speaks_through_its_participle() -> None:
    a = _run(
        'Council President Ana Ruiz issued a statement saying the vote "has no place in our city."'
    )
    q = _quote(a, "the vote")
    assert _speaker(a, q) == "Council President Ana Ruiz"


def test_a_verb_joined_to_a_called_for_object_is_not_called_for() -> None:
    a = _run(
        "Hundreds of workers called for the chairman's firing and waving signs that mocked "
        "the merger."
    )
    assert _contents(a) == ["the chairman's firing"]
