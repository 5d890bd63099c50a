"""Timelines and Key background across articles: every item grounded in its own article."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from store.conftest import make
from store.texts import BRIDGE_1, BRIDGE_2, FARM
from topline.brief import make_brief
from topline.cli import app
from topline.model import (
    Analysis,
    Article,
    BackgroundItem,
    EntityCluster,
    Event,
    Sentence,
    Span,
    Timex,
)
from topline.pipeline import open_store
from topline.store import Store


def _analysis(article: Article, event_phrase: str, when: str) -> Analysis:
    """A hand-made analysis: paragraph sentences, one dated event, two entities."""
    text = article.text
    sentences, start = [], 0
    for i, para in enumerate(text.split("\n\n")):
        begin = text.index(para, start)
        if para.strip():
            sentences.append(Sentence(span=Span(begin, begin + len(para.rstrip())), index=i))
        start = begin + len(para)
    at = text.index(event_phrase)
    span = Span(at, at + len(event_phrase))
    event = Event(
        span=span,
        action=event_phrase.split()[0],
        action_span=Span(at, at + len(event_phrase.split()[0])),
        when=Timex(span=span, type="DATE", value=when),
    )
    clusters = tuple(
        EntityCluster(
            id=f"e{i}",
            canonical=name,
            label=label,
            mentions=(Span(text.index(name), text.index(name) + len(name)),),
        )
        for i, (name, label) in enumerate([("Harbor Bridge", "FAC"), ("Alicia Moreno", "PERSON")])
        if name in text
    )
    return Analysis(article=article, sentences=tuple(sentences), events=(event,), clusters=clusters)


def _bridge_store(path: Path) -> tuple[Store, Article, Article]:
    b1 = make(BRIDGE_1, published="2024-02-06")
    b2 = make(BRIDGE_2, published="2024-02-12")
    store = open_store(path)
    store.add_analyses(
        [
            _analysis(b2, "Crews closed two lanes of the Harbor Bridge", "2024-02-12"),
            _analysis(b1, "The Millbrook City Council voted 7-2 on Tuesday", "2024-02-06"),
        ]
    )
    return store, b1, b2


def test_timeline_is_oldest_first_and_grounded_in_each_article(tmp_path: Path) -> None:
    store, b1, b2 = _bridge_store(tmp_path / "s.db")
    with store:
        story = store.story(store.story_of(b1.id) or "")
        assert set(story.article_ids) == {b1.id, b2.id}
        assert story.timeline_article_ids == (b1.id, b2.id)
        texts = [store.get_article(a).text for a in story.timeline_article_ids]
        shown = [e.span.of(t) for e, t in zip(story.timeline, texts, strict=True)]
        assert shown == [
            "The Millbrook City Council voted 7-2 on Tuesday",
            "Crews closed two lanes of the Harbor Bridge",
        ]
        assert story.entities[:2] == ("Alicia Moreno", "Harbor Bridge") or set(story.entities) == {
            "Alicia Moreno",
            "Harbor Bridge",
        }
        assert [s.id for s in store.stories(entity="harbor bridge")] == [story.id]


def test_background_cites_earlier_article_with_its_spans(tmp_path: Path) -> None:
    store, b1, b2 = _bridge_store(tmp_path / "s.db")
    with store:
        items = store.background_for(b2.id)
        assert [(i.article_id, i.date) for i in items] == [(b1.id, "2024-02-06")]
        assert items[0].spans[0].of(b1.text) == items[0].text
        assert store.background_for(b1.id) == []  # nothing came before the first article
        brief = store.get_brief(b2.id)
        assert brief is not None and brief.key_background[0].article_id == b1.id
        assert "key_background" not in brief.missing


def test_make_brief_puts_store_background_into_key_background() -> None:
    article = make(FARM, published="2024-06-01")
    analysis = Analysis(article=article, sentences=(Sentence(span=Span(0, 40), index=0),))
    item = BackgroundItem(text="x", spans=(Span(0, 1),), date="2024-05-01", article_id="earlier")
    brief = make_brief(analysis, extra_background=[item])
    assert brief.key_background == (item,)
    assert make_brief(analysis).key_background == ()


def test_cli_story_and_show_render_timeline_and_background(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store, b1, b2 = _bridge_store(db)
    store.close()
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    with open_store(db) as reopened:
        story_id = reopened.story_of(b1.id)
    assert story_id and story_id in listed.output
    shown = runner.invoke(app, ["story", story_id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert shown.output.index("City Council voted") < shown.output.index("Crews closed")
    brief = runner.invoke(app, ["show", b2.id, "--db", str(db)])
    assert brief.exit_code == 0, brief.output
    assert "Key background" in brief.output and "City Council voted 7-2" in brief.output


def test_cli_ingest_reports_failures_with_exit_2_and_stores_the_rest(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(BRIDGE_1, encoding="utf-8")
    bad.write_text("", encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        app, ["ingest", str(good), str(bad), "--db", str(db), "--no-analyze"]
    )
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "added 1" in result.output
    again = CliRunner().invoke(app, ["ingest", str(good), "--db", str(db), "--no-analyze"])
    assert again.exit_code == 0 and "duplicates 1" in again.output
    found = CliRunner().invoke(app, ["search", "girders", "--db", str(db), "--format", "jsonl"])
    assert found.exit_code == 0 and '"article_id"' in found.output
    exported = CliRunner().invoke(app, ["export", "--db", str(db)])
    assert exported.exit_code == 0 and exported.output.count('"type": "article"') == 1


def test_ingest_with_analysis_stores_entities_and_a_grounded_brief(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        article = make(BRIDGE_1, published="2024-02-06")
        store.add([article])
        analysis = store.get_analysis(article.id)
        assert analysis is not None and analysis.article.text == article.text
        assert any(c.canonical == "Alicia Moreno" for c in analysis.clusters)
        brief = store.get_brief(article.id)
        assert brief is not None and brief.topline is not None
        assert all(s.of(article.text) in article.text for s in brief.topline.spans)
        story = store.story(store.story_of(article.id) or "")
        for event, aid in zip(story.timeline, story.timeline_article_ids, strict=True):
            assert aid == article.id and event.span.of(article.text).strip()
