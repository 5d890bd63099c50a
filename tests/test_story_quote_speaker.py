"""The story brief's Crucial quote names its speaker even when the speaker's name is also a
word inside the quotation (the article brief's rule, ``render.brief.names_speaker``)."""

from __future__ import annotations

from topline.model import ArticleSpan, Report, Source, StoryQuote
from topline.render.story_brief import _quote_line

_SPAN = (ArticleSpan("a1", 0, 10),)
_REPORT = (Report(outlet="Harbor Daily", article_id="a1", published=None, spans=_SPAN),)


def test_a_name_inside_the_quotation_still_gets_the_speaker_after_it() -> None:
    quote = StoryQuote(
        text="“Everyone at Hale Works did their part,”",
        spans=_SPAN,
        speaker=Source(name="Hale Works"),
        reports=_REPORT,
    )
    assert "— Hale Works" in _quote_line(quote)


def test_a_cue_naming_the_speaker_outside_the_quotation_is_not_repeated() -> None:
    quote = StoryQuote(
        text="“We will rebuild the pier,” Mayor Ana Ruiz said.",
        spans=_SPAN,
        speaker=Source(name="Ana Ruiz"),
        reports=_REPORT,
    )
    assert "— Ana Ruiz" not in _quote_line(quote)


def test_a_speech_clause_naming_the_person_by_surname_is_not_repeated() -> None:
    # the article brief's rule (seventeenth session): "“…,” Ruiz said. “…”" names her
    quote = StoryQuote(
        text="“We will rebuild the pier,” Ruiz said. “It will take a year.”",
        spans=_SPAN,
        speaker=Source(name="Ana Ruiz", kind="person"),
        reports=_REPORT,
    )
    assert "— Ana Ruiz" not in _quote_line(quote)
