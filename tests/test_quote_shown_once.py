"""A short article's only quotation is shown once: as the Crucial quote when the bullet that
holds it says nothing more than who said it, else as the bullet (texts written for topline)."""

from __future__ import annotations

from topline.analyze import analyze_many
from topline.brief.compose import _shown_once, compose
from topline.ingest import article_from_text
from topline.model import Bullet, CrucialQuote, Source, Span

MATCH_REPORT = """Harbour Town beat Millbrook Rovers 3-1 on Saturday to climb to third in the Southern League table.
Tom Ellery scored twice in the second half after Rovers had led at the break.
"I thought the lads showed real character after a poor first half," manager Dave Quinn told the club's website.
Harbour Town host Eastgate on Tuesday.
"""


def test_a_bullet_that_only_attributes_the_crucial_quote_gives_way_to_it() -> None:
    analysis = next(iter(analyze_many([article_from_text(MATCH_REPORT, published="2025-03-08")])))
    brief = compose(analysis)
    quote = brief.crucial_quote
    assert quote is not None and quote.text.startswith('"I thought the lads')
    assert quote.speaker is not None and quote.speaker.name == "Dave Quinn"
    assert [b.text for b in brief.bullets] == [
        "Tom Ellery scored twice in the second half after Rovers had led at the break."
    ]
    assert "bullets" in brief.missing  # one bullet is fewer than a brief's three


def _quote_in(text: str, quoted: str, speaker: str, cue: str) -> CrucialQuote:
    start = text.index(quoted)
    who = text.index(speaker)
    return CrucialQuote(
        text=quoted,
        spans=(Span(start, start + len(quoted)),),
        speaker=Source(name=speaker, span=Span(who, who + len(speaker))),
        cue=cue,
    )


def test_the_bullet_stays_and_the_quote_goes_when_the_bullet_says_more() -> None:
    text = (
        "The council approved a $4 million loan for a new roof, and Mayor Ellen Park said: "
        '"We will not let this pool rot."'
    )
    quote = _quote_in(text, '"We will not let this pool rot."', "Ellen Park", "said")
    bullet = Bullet(text=text, spans=(Span(0, len(text)),))
    assert _shown_once(text, quote, [bullet]) == (None, [bullet])


def test_a_title_and_a_statement_are_still_only_attribution() -> None:
    text = '"We will not let this pool rot," Mayor Ellen Park said in a statement.'
    quote = _quote_in(text, '"We will not let this pool rot,"', "Ellen Park", "said")
    bullet = Bullet(text=text, spans=(Span(0, len(text)),))
    assert _shown_once(text, quote, [bullet]) == (quote, [])
    other = Bullet(text="The pool shut.", spans=(Span(0, 3),))
    assert _shown_once(text, None, [other]) == (None, [other])
