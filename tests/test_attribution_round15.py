"""One person written with and without a middle initial or name is one cluster.

"Loretta E. Lynch" and "Loretta Lynch" were two clusters, so "Lynch" was a surname two
people share: its pronouns were no evidence of gender and the bare surname went to whichever
form was written last. A two-word name joins the one longer name with its first and last
word and only initials or capitalised names between; it stays apart when two longer names
differ in their middle ("George W. Bush", "George H.W. Bush") or when the text reads one of
them as a parent or child ("his father, George Bush"). A suffix ("Jr.") is another person.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from topline.analyze.entities import find_entities
from topline.analyze.gender import infer_genders
from topline.nlp import get_nlp


def _names(text: str) -> dict[int, str]:
    """Offset → canonical name of each PERSON mention."""
    entities, _ = find_entities(get_nlp()(text))
    return {e.span.start: e.canonical for e in entities if e.label == "PERSON"}


def _at(text: str, needle: str, nth: int = 0) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at


def test_a_middle_initial_does_not_make_two_people() -> None:
    text = (
        "Angela T. Morrison, the county's chief auditor, released the report on Monday. "
        "The findings surprised the council.\n\n"
        "Angela Morrison has held the post since 2019. Morrison said the shortfall was larger "
        "than any she had seen."
    )
    names = _names(text)
    assert names[_at(text, "Angela Morrison")] == "Angela T. Morrison"
    assert names[_at(text, "Morrison said")] == "Angela T. Morrison"


def test_a_middle_name_does_not_make_two_people() -> None:
    text = (
        "Sarah Brandt Collins was sworn in as mayor on Tuesday.\n\n"
        "Supporters of Sarah Collins filled the hall, and Collins thanked them for their "
        "patience."
    )
    names = _names(text)
    assert names[_at(text, "Sarah Collins")] == "Sarah Brandt Collins"


def test_the_joined_surname_carries_its_pronoun_evidence() -> None:
    text = (
        "Dorian P. Whitcombe opened the hearing on Monday morning.\n\n"
        "Dorian Whitcombe has chaired the committee for six years. Whitcombe said he would "
        "call the first witness after lunch."
    )
    doc = get_nlp()(text)
    _, clusters = find_entities(doc)
    genders = infer_genders(doc, clusters)
    people = [c for c in clusters if c.label == "PERSON"]
    assert [c.canonical for c in people] == ["Dorian P. Whitcombe"]
    assert genders.get(people[0].id) == "m"


def test_two_different_middles_leave_the_short_name_alone() -> None:
    text = (
        "Walter R. Pym founded the shipyard in 1950, and Walter J. Pym ran it for thirty "
        "years after him.\n\nWalter Pym is remembered in the town for the harbour wall."
    )
    names = _names(text)
    assert names[_at(text, "Walter Pym")] == "Walter Pym"


def test_a_parent_of_the_same_name_stays_another_person() -> None:
    text = (
        "Walter J. Pym ran the shipyard for thirty years. His father, Walter Pym, had "
        "founded it in 1950 with two borrowed cranes."
    )
    names = _names(text)
    assert names[_at(text, "Walter Pym")] == "Walter Pym"


def test_the_elder_of_the_same_name_stays_another_person() -> None:
    text = (
        "Walter J. Pym ran the shipyard for thirty years.\n\n"
        "It had been founded by the elder Walter Pym, who bought two cranes in 1950."
    )
    names = _names(text)
    assert names[_at(text, "Walter Pym")] == "Walter Pym"


def test_a_generational_suffix_is_another_person() -> None:
    text = (
        "Walter Pym Jr. now runs the shipyard. Walter Pym founded it in 1950 and still "
        "visits the yard on Fridays."
    )
    names = _names(text)
    assert names[_at(text, "Walter Pym founded")] == "Walter Pym"


def test_a_name_run_twice_together_is_not_a_middle_name() -> None:
    from topline.analyze.entities import _join_middle_names, _Mention, _own_key

    text = "Ben Carson Carson spoke. Ben Carson left."
    mentions = [
        _Mention(0, 17, "PERSON", "Ben Carson Carson"),
        _Mention(25, 35, "PERSON", "Ben Carson"),
    ]
    for m in mentions:
        m.key = _own_key(m)
    _join_middle_names(mentions, text)
    assert mentions[1].key != mentions[0].key


def _tagged(words: list[str], pos: list[str], persons: list[tuple[int, int]]) -> Doc:
    """A parsed document as the small model tags it: the span it gives a person may take a
    word of the sentence before the name (an adverb, a verb, an article)."""
    doc = Doc(get_nlp().vocab, words=words, pos=pos)
    doc.ents = [SpacySpan(doc, start, end, label="PERSON") for start, end in persons]
    return doc


def _sentence(*parts: tuple[str, str]) -> tuple[list[str], list[str]]:
    return [w for w, _ in parts], [p for _, p in parts]


def test_a_word_of_the_sentence_glued_before_a_name_is_cut() -> None:
    words, pos = _sentence(
        ("Margaret", "PROPN"), ("Holloway", "PROPN"), ("won", "VERB"), (".", "PUNCT"),
        ("Certainly", "ADV"), ("Margaret", "PROPN"), ("Holloway", "PROPN"), ("paid", "VERB"),
        (".", "PUNCT"), ("Voters", "NOUN"), ("wanted", "VERB"), ("a", "DET"),
        ("Margaret", "PROPN"), ("Holloway", "PROPN"), (".", "PUNCT"),
    )  # fmt: skip
    entities, _ = find_entities(_tagged(words, pos, [(0, 2), (4, 7), (11, 14)]))
    assert [e.canonical for e in entities] == ["Margaret Holloway"] * 3
    assert [len(e.span) for e in entities] == [17, 17, 17]


def test_a_glued_word_stays_when_the_rest_is_named_nowhere_else() -> None:
    words, pos = _sentence(
        ("Kill", "VERB"), ("Gregory", "PROPN"), ("Hale", "PROPN"), (",", "PUNCT"),
        ("the", "DET"), ("sign", "NOUN"), ("said", "VERB"), (".", "PUNCT"),
    )  # fmt: skip
    entities, _ = find_entities(_tagged(words, pos, [(0, 3)]))
    assert [e.canonical for e in entities] == ["Kill Gregory Hale"]


def test_a_name_does_not_lose_a_first_name_the_model_tags_as_a_word() -> None:
    words, pos = _sentence(
        ("Newt", "ADJ"), ("Gingrich", "PROPN"), ("spoke", "VERB"), (".", "PUNCT"),
        ("Gingrich", "PROPN"), ("left", "VERB"), (".", "PUNCT"),
        ("pro", "X"), ("-", "PUNCT"), ("Gingrich", "PROPN"), ("ads", "NOUN"), (".", "PUNCT"),
    )  # fmt: skip
    entities, _ = find_entities(_tagged(words, pos, [(0, 2), (4, 5), (7, 10)]))
    names = [e.canonical for e in entities]
    assert names[0] == "Newt Gingrich"  # not cut to "Gingrich": ADJ is no glued word
    assert names[2] != "Newt Gingrich"  # "pro-Gingrich" is about him, not him
