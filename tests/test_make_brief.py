"""make_brief: earlier coverage from the store joins Key background in both brief modes."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text
from topline.model import BackgroundItem, Span

TOPLINE_FORM = (
    "Topline: The city council approved a new budget on Tuesday, officials said.\n\n"
    "• The budget adds 40 bus drivers, according to the mayor's office.\n"
    "• Council members voted 7-2 after a long debate.\n"
    "• The plan takes effect in July.\n"
)
PLAIN = (
    "The city council approved a new budget on Tuesday, officials said. "
    "The budget adds 40 bus drivers, according to the mayor's office. "
    "Council members voted 7-2 after a long debate. The plan takes effect in July. "
    "Residents had asked for more buses since 2019."
)
EARLIER = BackgroundItem(
    text="The council first debated bus service in March.",
    spans=(Span(0, 47),),
    date="2024-03-05",
    article_id="earlier-article",
)


def test_parsed_brief_keeps_background_from_earlier_articles() -> None:
    brief = make_brief(analyze(article_from_text(TOPLINE_FORM)), extra_background=[EARLIER])
    assert brief.mode == "parsed"
    assert EARLIER in brief.key_background
    assert "key_background" not in brief.missing


def test_generated_brief_puts_earlier_articles_into_key_background() -> None:
    brief = make_brief(analyze(article_from_text(PLAIN)), extra_background=[EARLIER])
    assert brief.mode == "generated"
    assert EARLIER in brief.key_background
    dates = [item.date for item in brief.key_background]
    assert dates == ["2019", "2024-03-05"], "dated background reads oldest first"
    assert [item.article_id for item in brief.key_background] == [None, "earlier-article"]
