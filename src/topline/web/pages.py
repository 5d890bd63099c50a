"""The web page: a form that briefs one article, plus story and article pages over the store.

Pages are rendered on the server by Jinja2 with autoescaping on, so nothing a user sends
(text, HTML, a hostile page behind a URL) is ever inserted unescaped; the only script is
``static/topline.js``, which highlights the source spans of the element under the pointer.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from topline.errors import ToplineError
from topline.reader_dates import reader_date
from topline.render.brief import missing_labels, names_speaker
from topline.render.story_brief import conflict_groups, credit_line, update_line
from topline.web import service
from topline.web.errors import status_and_body
from topline.web.limits import run_analysis, run_limited
from topline.web.requests import parse_article_request
from topline.web.settings import Settings

HERE = Path(__file__).resolve().parent
#: Stories on ``/stories``, and the events of each one's timeline shown there (the whole
#: timeline is on the story's own page).
STORIES_LISTED = 50
TIMELINE_PREVIEW = 6
#: Autoescaping is on for every template: user text is never inserted as markup.
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True
)
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)


def spans_attr(spans: list[dict[str, int]] | None) -> str:
    """``"start-end,start-end"``: the data attribute the highlighter reads."""
    return ",".join(f"{s['start']}-{s['end']}" for s in spans or [])


templates.env.filters["spans"] = spans_attr
templates.env.filters["reader_date"] = reader_date
templates.env.filters["credit_line"] = credit_line
templates.env.filters["conflict_groups"] = conflict_groups
templates.env.filters["update_line"] = update_line


def brief_missing_labels(brief: dict[str, Any]) -> list[str]:
    """The brief's missing sections by the names a reader sees (as the Markdown says)."""
    return missing_labels(brief.get("missing") or [], len(brief.get("bullets") or []))


templates.env.filters["missing_labels"] = brief_missing_labels


def names_its_speaker(quote: dict[str, Any]) -> bool:
    """The Crucial quote's text names its speaker outside the quotation, so the page shows no
    "— name" line after it (the Markdown's rule, ``render.brief.names_speaker``)."""
    speaker = quote.get("speaker") or {}
    name = speaker.get("name")
    if not isinstance(name, str) or not name:
        return False
    person = speaker.get("kind") == "person"
    return names_speaker(quote.get("text", ""), name, person=person, cue=quote.get("cue"))


templates.env.filters["names_its_speaker"] = names_its_speaker


def segments(text: str, brief: dict[str, Any] | None) -> list[tuple[int, int, str]]:
    """The article text cut at every span boundary of the brief, so any span is whole segments."""
    cuts = {0, len(text)}
    for spans in _all_spans(brief):
        for s in spans:
            if 0 <= s["start"] <= s["end"] <= len(text):
                cuts.update((s["start"], s["end"]))
    points = sorted(cuts)
    return [(a, b, text[a:b]) for a, b in zip(points, points[1:], strict=False) if b > a]


def _all_spans(brief: dict[str, Any] | None) -> list[list[dict[str, int]]]:
    if not brief:
        return []
    found: list[list[dict[str, int]]] = []
    for key in ("topline", "crucial_quote", "big_number"):
        if brief.get(key):
            found.append(brief[key]["spans"])
    for key in ("bullets", "extra_sections"):
        found += [item["spans"] for item in brief.get(key) or []]
    found += [i["spans"] for i in brief.get("key_background") or [] if not i.get("article_id")]
    return found


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _error_page(request: Request, exc: ToplineError, name: str, **context: Any) -> HTMLResponse:
    status, body = status_and_body(exc)
    return _render(request, name, status, error=body["error"], **context)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return _render(request, "index.html")


@router.post("/", response_class=HTMLResponse)
async def brief_page(request: Request) -> HTMLResponse:
    """The form's target: the brief beside the article text, or the form with the error."""
    settings: Settings = request.app.state.settings
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        if await _empty_form(request):
            error = {"code": "empty_input", "message": EMPTY_FORM}
            return _render(request, "index.html", 422, error=error)
    try:
        parsed = await parse_article_request(request)
        doc = await run_analysis(request, service.brief, parsed, settings)
    except ToplineError as exc:
        return _error_page(request, exc, "index.html")
    text = doc["article"]["text"]
    return _render(
        request,
        "index.html",
        doc=doc,
        brief=doc["brief"],
        article=doc["article"],
        segments=segments(text, doc["brief"]),
    )


@router.get("/articles", response_class=HTMLResponse)
async def articles_page(request: Request) -> HTMLResponse:
    """The stored articles, newest first, each linking to its page and its story."""
    settings: Settings = request.app.state.settings
    try:
        doc = await run_limited(request, service.recent, 100, settings)
    except ToplineError as exc:
        return _error_page(request, exc, "articles.html", articles=[])
    return _render(request, "articles.html", articles=doc["articles"])


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, q: str = "") -> HTMLResponse:
    """Full-text search over the store, each hit linking to its article page."""
    settings: Settings = request.app.state.settings
    query = q.strip()[:500]
    if not query:
        return _render(request, "search.html", query="", hits=[])
    try:
        doc = await run_limited(request, service.search, query, 20, settings)
    except ToplineError as exc:
        return _error_page(request, exc, "search.html", query=query, hits=[])
    return _render(request, "search.html", query=query, hits=doc["hits"])


#: The page's words for a form sent with no article (the API says it in its own terms).
EMPTY_FORM = "Paste an article's text, give a page's address, or choose a file (one of the three)."


async def _empty_form(request: Request) -> bool:
    await request.body()  # cached first, so that the request parser can read it again
    form = await request.form()
    upload = form.get("file")
    has_file = upload is not None and not isinstance(upload, str) and bool(upload.filename)
    return not has_file and not any(str(form.get(k) or "").strip() for k in ("text", "url", "html"))


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(request: Request) -> HTMLResponse:
    settings: Settings = request.app.state.settings
    try:
        stories = partial(service.stories, timelines=True, preview=TIMELINE_PREVIEW)
        doc = await run_limited(request, stories, None, None, STORIES_LISTED, settings)
    except ToplineError as exc:
        return _error_page(request, exc, "stories.html", stories=[])
    return _render(
        request,
        "stories.html",
        stories=doc["stories"],
        published=doc.get("published", {}),
        preview=TIMELINE_PREVIEW,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(
    request: Request,
    story_id: str,
    since: str | None = None,
    offset: str | None = None,
    articles: str | None = None,
) -> HTMLResponse:
    """A story: its brief across outlets (``?since=DATE``: what's new), one page of its
    timeline (``?offset=N``: from the N-th event; anything but a number is the first page, a
    page link never answers with an error) and one page of its articles (``?articles=N``:
    from the N-th, the same way)."""
    settings: Settings = request.app.state.settings
    first = int(offset) if offset and offset.isdigit() else 0
    first_article = int(articles) if articles and articles.isdigit() else 0
    try:
        doc = await run_limited(
            request, service.story_view, story_id, settings, first, None, first_article
        )
        brief = await run_analysis(
            request, service.story_brief, story_id, since or None, 5, settings
        )
    except ToplineError as exc:
        return _error_page(request, exc, "story.html")
    return _render(
        request,
        "story.html",
        story=doc["story"],
        articles=doc["articles"],
        published=doc["published"],
        event_texts=doc["event_texts"],
        story_brief=brief,
        since=since or "",
        page=doc["timeline_page"],
        articles_page=doc["articles_page"],
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> HTMLResponse:
    """A stored article with its brief, copies and extractions. One the store holds no
    analysis of is analysed by an idle analysis worker; when every worker is busy the page
    shows the article as stored and says its brief is not ready (a read never waits)."""
    settings: Settings = request.app.state.settings
    notice = None
    try:
        doc = await run_limited(request, service.article_view, article_id, settings)
    except ToplineError as exc:
        return _error_page(request, exc, "article.html")
    if doc["brief"] is None:
        try:
            doc = await run_analysis(
                request, service.article_analysed, article_id, settings, wait=False
            )
        except ToplineError as exc:
            notice = f"This article has not been analysed yet, and {exc.message}"
    article = doc["article"]
    return _render(
        request,
        "article.html",
        notice=notice,
        article=article,
        brief=doc["brief"],
        extractions=doc["extractions"],
        copies=doc["copies"],
        copies_total=doc["copies_total"],
        story_id=doc["story_id"],
        segments=segments(article["text"], doc["brief"]),
    )
