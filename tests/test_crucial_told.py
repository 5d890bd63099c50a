"""A Crucial quote credited with a verb of telling shows the verb's object: "…," he told
Cook. → "…," Marc Benioff told Cook., never the cut-off "… Marc Benioff told."."""

from __future__ import annotations

from topline.brief.crucial import told_whom
from topline.model import Span


def _cue(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word))


def test_the_object_of_told_runs_to_the_stop() -> None:
    text = '"We will ship it in May," Dana Pike told Reuters. "It is ready."'
    found = told_whom(text, _cue(text, "told"))
    assert found is not None and found.of(text) == "Reuters"


def test_the_object_stops_at_a_glued_quotation() -> None:
    text = '"I see it every week," Ms Fenn told Radio North West."Nobody else does."'
    found = told_whom(text, _cue(text, "told"))
    assert found is not None and found.of(text) == "Radio North West"


def test_said_has_no_object_and_a_long_tail_is_none() -> None:
    text = '"It works," Pike said. "Fine," Pike told the members of the long-standing committee on rural roads.'
    assert told_whom(text, _cue(text, "said")) is None
    assert told_whom(text, _cue(text, "told")) is None
