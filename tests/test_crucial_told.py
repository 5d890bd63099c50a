"""A Crucial quote credited with a verb of telling shows the verb's object: "…," he told
Cook. → "…," Marc Benioff told Cook., never the cut-off "… Marc Benioff told."."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.crucial import told_whom
from topline.model import Article, Span
from topline.render.brief import quote_line


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


def test_the_brief_shows_whom_the_speaker_told() -> None:
    text = (
        "Salesforce chief executive Marc Benioff joined Apple's Tim Cook on stage in San "
        "Francisco on Tuesday to talk about their partnership.\n\n"
        "Benioff said his company now runs almost entirely on mobile devices.\n\n"
        '"I run my business on my phone and I have done so for years now, every single day," '
        'he told Cook. "You have built something remarkable."\n\n'
        "Cook thanked Benioff for the support of his company over the years."
    )
    brief = make_brief(analyze(Article(id="t", text=text)))
    quote = brief.crucial_quote
    assert quote is not None
    line = quote_line(quote)
    assert not line.rstrip(".").endswith("told"), line
    assert "told Cook" in line, line
