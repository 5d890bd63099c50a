"""Fixtures of the web tests: an app over an in-memory store, and texts written for them.

``FakeStore`` implements the methods of ``topline.store.Store`` that the web shell calls, so
the store routes are tested without SQLite.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient

from topline import pipeline
from topline.dates import iso
from topline.errors import NotFound
from topline.ingest import IngestFailure
from topline.model import (
    Analysis,
    Article,
    BackgroundItem,
    Brief,
    Event,
    Source,
    Span,
    Story,
    Timex,
)
from topline.store.core import IngestReport
from topline.store.queries import LIST_MEMBERS, Listing, SearchHit
from topline.web import create_app


@dataclass
class FakeStore:
    articles: dict[str, Article] = field(default_factory=dict)
    analyses: dict[str, Analysis] = field(default_factory=dict)
    briefs: dict[str, Brief] = field(default_factory=dict)
    copies: dict[str, list[Article]] = field(default_factory=dict)
    story_list: list[Story] = field(default_factory=list)

    def __enter__(self) -> FakeStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def add(
        self,
        articles: Iterable[Article | IngestFailure],
        *,
        analyze: bool = True,
        progress: Any = None,
    ) -> IngestReport:
        added = duplicates = 0
        for item in articles:
            assert isinstance(item, Article)
            if item.id in self.articles:
                duplicates += 1
                continue
            self.articles[item.id] = item
            if analyze:
                result = pipeline.analyse(item)
                self.analyses[item.id] = result
                self.briefs[item.id] = pipeline.make_brief(result)
            added += 1
        return IngestReport(added=added, duplicates=duplicates)

    def get_article(self, article_id: str) -> Article:
        try:
            return self.articles[article_id]
        except KeyError:
            raise NotFound(f"no article with id {article_id!r}") from None

    def get_analysis(self, article_id: str) -> Analysis | None:
        return self.analyses.get(article_id)

    def get_brief(self, article_id: str) -> Brief | None:
        return self.briefs.get(article_id)

    def copies_of(self, article_id: str, *, limit: int | None = None) -> list[Article]:
        self.get_article(article_id)
        return self.copies.get(article_id, [])[:limit]

    def copy_count(self, article_id: str) -> int:
        self.get_article(article_id)
        return len(self.copies.get(article_id, []))

    def background_for(self, article_id: str) -> list[BackgroundItem]:
        self.get_article(article_id)
        return []

    def original_of(self, article_id: str) -> str | None:
        self.get_article(article_id)
        return None

    def story_of(self, article_id: str) -> str | None:
        self.get_article(article_id)
        return None

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        hits = []
        for a in self.articles.values():
            at = a.text.casefold().find(query.casefold())
            if at >= 0:
                snippet = a.text[max(0, at - 40) : at + 60]
                hits.append(SearchHit(a.id, a.title, snippet, iso(a.published), 1.0))
        return hits[:limit]

    def recent(self, *, limit: int = 50) -> list[Listing]:
        listed = [
            Listing(a.id, a.title, iso(a.published), a.outlet, None) for a in self.articles.values()
        ]
        return listed[::-1][:limit]

    def stories(
        self,
        *,
        since: str | None = None,
        entity: str | None = None,
        limit: int = 50,
        members: int | None = LIST_MEMBERS,
    ) -> list[Story]:
        return [  # as the real store: no timeline, the first few members
            replace(s, timeline=(), article_ids=s.article_ids[:members], copies=s.copies[:members])
            for s in self.story_list[:limit]
        ]

    def story(
        self,
        story_id: str,
        *,
        events: int | None = None,
        offset: int = 0,
        members: int | None = None,
        members_offset: int = 0,
    ) -> Story:
        for s in self.story_list:
            if s.id == story_id:
                end = None if events is None else offset + events
                ids = s.timeline_article_ids[offset:end]
                s = replace(s, timeline=s.timeline[offset:end], timeline_article_ids=ids)
                last = None if members is None else members_offset + members
                return replace(
                    s,
                    article_ids=s.article_ids[members_offset:last],
                    copies=s.copies[members_offset:last],
                )
        raise NotFound(f"no story with id {story_id!r}")

    def story_size(self, story_id: str) -> tuple[int, int]:
        for s in self.story_list:
            if s.id == story_id:
                return len(s.article_ids), len(s.copies)
        return 0, 0


def sample_story(article_ids: tuple[str, ...]) -> Story:
    """A story with a dated event and an undated one (dated by its article on the page)."""

    def event(start: int, action: str, value: str | None, actor: str) -> Event:
        when = Timex(span=Span(start, start + 4), type="DATE", value=value) if value else None
        return Event(
            span=Span(start, start + 10),
            action=action,
            action_span=Span(start, start + 4),
            actor=Source(name=actor),
            target="the harbour <b>bridge</b>",
            when=when,
        )

    return Story(
        id="story-1",
        article_ids=article_ids,
        title="Harbour bridge closes",
        timeline=(
            event(0, "closed", "2024-03-01", "Port authority"),
            event(20, "reopened", None, "City council"),
        ),
        entities=("Port authority", "City council"),
    )


ARTICLE = (
    "Harbour bridge closes for repairs after inspectors find cracks\n\n"
    "The Port Authority closed the Harbour Bridge on Friday after inspectors found cracks in "
    "two of its steel supports, the authority said in a statement.\n\n"
    '"We will not reopen the bridge until every support has been replaced," said Maria '
    "Lopez, the authority's chief engineer, at a news conference on Friday.\n\n"
    "About 45,000 vehicles cross the bridge each day, according to city figures. Repairs are "
    "expected to cost $12 million and take six weeks.\n\n"
    "The bridge, opened in 1962, was last repaired in 2015 after a ship struck one of its piers."
)

HOSTILE_HTML = """<!doctype html>
<html><head><title>Bridge &lt;script&gt;alert("title")&lt;/script&gt; news</title>
<script>alert("head")</script></head>
<body><article>
<h1>Harbour bridge closes after inspectors find cracks</h1>
<p>The Port Authority closed the Harbour Bridge on Friday after inspectors found cracks in two
of its steel supports, the authority said. &lt;script&gt;alert("xss")&lt;/script&gt;</p>
<p onclick="alert('p')">"We will not reopen the bridge until every support has been replaced,"
said Maria Lopez, the chief engineer. &lt;img src=x onerror=alert(1)&gt;</p>
<script>document.body.innerHTML = "pwned"</script>
<p>About 45,000 vehicles cross the bridge each day, according to city figures, and repairs
are expected to cost $12 million.</p>
<iframe src="javascript:alert(2)"></iframe>
</article></body></html>
"""


@pytest.fixture()
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture()
def client(store: FakeStore) -> Iterator[TestClient]:
    app = create_app(store_factory=lambda: store)
    with TestClient(app, raise_server_exceptions=False, base_url="http://localhost") as c:
        yield c


@pytest.fixture()
def make_story() -> Callable[[tuple[str, ...]], Story]:
    return sample_story


@pytest.fixture()
def article_text() -> str:
    """A short news article written for these tests (quote, numbers, attribution, dates)."""
    return ARTICLE


@pytest.fixture()
def hostile_html() -> str:
    """A page whose text and markup try to run script in the page that shows its brief."""
    return HOSTILE_HTML


# --- a local web site for URL input -------------------------------------------------------

Page = tuple[int, dict[str, str], bytes]


class Site:
    """A web server on the loopback interface that records the paths asked for."""

    def __init__(self, pages: dict[str, Page]) -> None:
        self.pages = pages
        self.requested: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requested.append(self.path)
                status, headers, body = site.pages.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.base = f"http://{self.host}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def make_site() -> Iterator[Callable[[dict[str, Page]], Site]]:
    sites: list[Site] = []

    def make(pages: dict[str, Page]) -> Site:
        sites.append(Site(pages))
        return sites[-1]

    yield make
    for site in sites:
        site.close()
