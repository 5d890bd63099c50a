"""Page titles lose the site's name and dates at their ends; inline link text survives
trafilatura's precision filters."""

from __future__ import annotations

import pytest

from topline.ingest.html import article_from_html
from topline.ingest.titles import clean_title


@pytest.mark.parametrize(
    ("title", "site", "url", "clean"),
    [
        ("Germany bans far-right group | DW | 19.01.2020", "Deutsche Welle", "https://www.dw.com/en/a", "Germany bans far-right group"),
        ("Germany bans far-right group | DW | 19.01.2020", None, "https://www.dw.com/en/a", "Germany bans far-right group"),
        ("PM defends budget - Trinidad and Tobago Newsday", None, "https://newsday.co.tt/2020/01/19/pm/", "PM defends budget"),
        ("Oil prices fall | Reuters.com", "Reuters", None, "Oil prices fall"),
        ("Reuters - Oil prices fall", "Reuters", None, "Oil prices fall"),
        ("Harbor reopens — Sunday, January 19, 2020", None, None, "Harbor reopens"),
        ("Harbor reopens · 19 Jan 2020 · Port Gazette", "Port Gazette", None, "Harbor reopens"),
        # left alone: a dash of the headline's own, a site-named phrase, a one-word remainder
        ("Lakers beat Celtics - again", "ESPN", "https://espn.com/x", "Lakers beat Celtics - again"),
        ("Take C.A.R.E. - comwrap at the trade fair", None, "https://comwrap.com/a", "Take C.A.R.E. - comwrap at the trade fair"),
        ("Home | Reuters", "Reuters", None, "Home | Reuters"),
        ("Post-war Berlin-Moscow talks resume", "Wire", None, "Post-war Berlin-Moscow talks resume"),
    ],
)  # fmt: skip
def test_site_names_and_dates_are_cut_from_the_ends(
    title: str, site: str | None, url: str | None, clean: str
) -> None:
    assert clean_title(title, site_names=(site,), url=url) == clean


def test_the_headline_in_the_body_wins_when_the_title_starts_with_it() -> None:
    assert (
        clean_title("Storm hits coast - Local - The Courier", headline="Storm hits coast")
        == "Storm hits coast"
    )


_BODY = "".join(
    f"<p>Paragraph {i} says the mayor spoke to reporters about the new budget plan on "
    "Monday morning at city hall, and answered questions for an hour.</p>"
    for i in range(5)
)


def _page(link: str, title: str = "Mayor Smith faces a tough race - Harbor Courier") -> bytes:
    return (
        f'<html lang="en"><head><title>{title}</title>'
        '<meta property="og:site_name" content="Harbor Courier"></head><body><article>'
        f"{_BODY}<p>Smith is still the favourite, but {link}, notably among young voters in "
        f"the eastern districts.</p>{_BODY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "wrapper",
    [
        '<span class="link">{}</span>',
        '<span style="border-bottom: 1px dotted #999">{}</span>',
        '<span class="teaser-link">{}</span>',
        "{}",
    ],
)
def test_inline_link_text_is_kept(wrapper: str) -> None:
    link = wrapper.format('<a href="/polls">has dropped in recent polls</a>')
    article = article_from_html(_page(link), source="page.html")
    assert "but has dropped in recent polls, notably among young voters" in article.text


def test_a_page_title_loses_its_outlet() -> None:
    article = article_from_html(_page("slipped"), source="page.html")
    assert article.title == "Mayor Smith faces a tough race"
