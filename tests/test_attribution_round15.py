"""Attribution classes of the fifteenth #18 round (fifteenth session; docs/quotes.md): which
of two people of one surname a bare surname names when no honorific or title ties it, on
texts written for these tests.

A reader takes "Delgado" for the Delgado the paragraph writes out in full; in a paragraph
that writes out neither, for the one the story is about (the one it has named most), not
for the relative named last in passing. Read on dev and the working train slices
(``--limit 140 --offset 1`` to ``4``) only.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.analyze.entities import find_entities
from topline.model import Article
from topline.nlp import get_nlp
from topline.testing import quote_starting as _quote


def _names(text: str) -> dict[int, str]:
    """Offset → canonical name of each PERSON mention."""
    entities, _ = find_entities(get_nlp()(text))
    return {e.span.start: e.canonical for e in entities if e.label == "PERSON"}


def _last(text: str, needle: str) -> int:
    """Offset of the surname that ends the last occurrence of ``needle``."""
    at = text.rindex(needle)
    return at + len(needle) - len(needle.split()[-1])


def _speaker_name(text: str, start: str) -> str | None:
    analysis = analyze(Article(id="t", text=text))
    quote = _quote(analysis, start)
    return None if quote.speaker is None else quote.speaker.name


CAMPAIGN = (
    "Maria Delgado launched her campaign for mayor on Monday in Fresno. Delgado, a former "
    "teacher, promised new parks and a later closing time for the public pools.\n\n"
    "Delgado spoke for nearly an hour. Tomas Delgado, a retired judge, sat in the front "
    "row with their two sons.\n\n"
    "Delgado said the city had waited too long for a new library.\n\n"
    '"We have waited twenty years for it," Delgado said.\n'
)


def test_a_bare_surname_in_a_paragraph_naming_neither_is_the_story_s_person() -> None:
    names = _names(CAMPAIGN)
    assert names[_last(CAMPAIGN, "sons.\n\nDelgado")] == "Maria Delgado"
    assert names[_last(CAMPAIGN, '," Delgado')] == "Maria Delgado"


def test_her_quote_is_not_credited_to_the_husband_named_last() -> None:
    assert _speaker_name(CAMPAIGN, "We have waited") == "Maria Delgado"


REUNION = (
    "Hector Ramos has coached the river club for eleven years. Ramos said the new boathouse "
    "would open in May, and Ramos expects forty rowers this summer.\n\n"
    "His sister, Lucia Ramos, a carpenter, built the racks. Ramos said the wood came from "
    "an old barn on the farm.\n"
)


def test_control_the_surname_after_the_full_name_in_its_own_paragraph() -> None:
    # passes on the old code too: the paragraph writes Lucia Ramos out, so "Ramos" is her
    names = _names(REUNION)
    assert names[_last(REUNION, "racks. Ramos")] == "Lucia Ramos"


ONE_BLOCK = (
    "Hector Ramos has coached the river club for eleven years. Ramos said the new boathouse "
    "would open in May. His sister, Lucia Ramos, a carpenter, built the racks. The wood "
    "came from an old barn. Ramos said the racks would hold forty boats."
)


def test_control_a_text_without_paragraphs_keeps_the_one_named_last() -> None:
    # passes on the old code too: no paragraph to read, so the one named last
    names = _names(ONE_BLOCK)
    assert names[_last(ONE_BLOCK, "barn. Ramos")] == "Lucia Ramos"


HONORIFIC = (
    "Maria Delgado launched her campaign for mayor on Monday in Fresno. Delgado promised "
    "new parks.\n\n"
    "Delgado spoke for nearly an hour. Tomas Delgado sat in the front row.\n\n"
    "Mr. Delgado said he was proud of her.\n"
)


def test_control_an_honorific_is_read_as_before() -> None:
    # passes on the old code too: an honorific names the person it agrees with, as before
    names = _names(HONORIFIC)
    assert names[_last(HONORIFIC, "Mr. Delgado")] == "Tomas Delgado"


FINAL = (
    "Serena Okafor reached the final of the county tennis open on Saturday. Okafor won in "
    "straight sets and has not dropped a set all week.\n\n"
    "Okafor took up the game at six. Daniel Okafor, a bus driver, drove her to practice "
    "every morning before his shift.\n\n"
    "Asked about the final, Okafor said she would sleep early.\n"
)


def test_a_player_is_not_the_parent_named_in_passing_a_paragraph_before() -> None:
    names = _names(FINAL)
    assert names[_last(FINAL, "final, Okafor")] == "Serena Okafor"
