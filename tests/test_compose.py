"""The generated brief on plain articles of different styles (fixtures written for topline)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from topline.analyze import analyze_many
from topline.brief.compose import compose
from topline.brief.features import content_terms, cosine, sentence_views
from topline.brief.select import DUPLICATE_SIMILARITY, has_verb, is_boilerplate
from topline.cli import app
from topline.ingest import article_from_text
from topline.model import Analysis, Brief, Span, join_spans

STYLES = ("wire", "feature", "press")
PUBLISHED = "2024-05-14"


@pytest.fixture(scope="module")
def analyses(fixtures_dir: Path) -> dict[str, Analysis]:
    names = (*STYLES, "bare")
    articles = [
        article_from_text((fixtures_dir / "brief" / f"{n}.txt").read_text(), published=PUBLISHED)
        for n in names
    ]
    return dict(zip(names, analyze_many(articles), strict=True))


@pytest.fixture(scope="module")
def briefs(analyses: dict[str, Analysis]) -> dict[str, Brief]:
    return {name: compose(a) for name, a in analyses.items()}


def elements(brief: Brief) -> list[tuple[str, tuple[Span, ...]]]:
    out = []
    if brief.topline:
        out.append((brief.topline.text, brief.topline.spans))
    out += [(b.text, b.spans) for b in brief.bullets]
    if brief.crucial_quote:
        out.append((brief.crucial_quote.text, brief.crucial_quote.spans))
    if brief.big_number:
        out.append((brief.big_number.text, brief.big_number.spans))
    out += [(k.text, k.spans) for k in brief.key_background]
    return out


@pytest.mark.parametrize("style", STYLES)
def test_every_element_is_the_join_of_its_non_empty_spans(
    style: str, analyses: dict[str, Analysis], briefs: dict[str, Brief]
) -> None:
    text = analyses[style].article.text
    brief = briefs[style]
    for shown, spans in elements(brief):
        assert spans and all(len(s) > 0 for s in spans)
        assert shown == join_spans(text, spans)
    quote = brief.crucial_quote
    if quote and quote.context_span:
        assert quote.context == quote.context_span.of(text)


@pytest.mark.parametrize("style", STYLES)
def test_brief_has_a_topline_and_three_to_five_bullets(
    style: str, briefs: dict[str, Brief]
) -> None:
    brief = briefs[style]
    assert brief.topline is not None
    assert 3 <= len(brief.bullets) <= 5


@pytest.mark.parametrize("style", STYLES)
def test_no_two_bullets_say_the_same_thing(style: str, briefs: dict[str, Brief]) -> None:
    brief = briefs[style]
    texts = [brief.topline.text if brief.topline else ""] + [b.text for b in brief.bullets]
    assert len(set(texts)) == len(texts)
    terms = [__import__("collections").Counter(content_terms(t)) for t in texts]
    for i in range(len(terms)):
        for j in range(i + 1, len(terms)):
            assert cosine(terms[i], terms[j]) < DUPLICATE_SIMILARITY


@pytest.mark.parametrize("style", STYLES)
def test_no_bullet_is_boilerplate_or_verbless(
    style: str, analyses: dict[str, Analysis], briefs: dict[str, Brief]
) -> None:
    bullets = [b.text for b in briefs[style].bullets]
    assert not [b for b in bullets if is_boilerplate(b)]
    views = sentence_views(analyses[style])
    for bullet in briefs[style].bullets:
        (source,) = [v for v in views if v.span.contains(bullet.spans[0])]
        assert has_verb(source)
    for b in bullets:
        assert not b.startswith(("Read more", "Sign up", "Click here", "Photo"))


def test_bullets_keep_story_order(briefs: dict[str, Brief]) -> None:
    for brief in briefs.values():
        starts = [b.spans[0].start for b in brief.bullets]
        assert starts == sorted(starts)


@pytest.mark.parametrize(("style", "dateline"), [("wire", "LONDON"), ("press", "SAN FRANCISCO")])
def test_dateline_never_starts_the_topline(
    style: str, dateline: str, briefs: dict[str, Brief]
) -> None:
    topline = briefs[style].topline
    assert topline is not None
    assert not topline.text.startswith(dateline)
    assert "(Reuters)" not in topline.text


def test_boilerquote_is_not_the_crucial_quote(briefs: dict[str, Brief]) -> None:
    quote = briefs["wire"].crucial_quote
    assert quote is None or "looking into it" not in quote.text


def test_feature_quote_has_speaker_and_context(briefs: dict[str, Brief]) -> None:
    quote = briefs["feature"].crucial_quote
    assert quote is not None
    assert quote.text.startswith("\u201c") or quote.text.startswith('"')
    assert quote.speaker is not None and "Ferraro" in quote.speaker.name
    assert quote.context == "wiping flour from her hands"


def test_background_explains_the_past_and_carries_dates(briefs: dict[str, Brief]) -> None:
    items = briefs["feature"].key_background + briefs["wire"].key_background
    assert items
    wire_dates = [k.date for k in briefs["wire"].key_background if k.date]
    assert wire_dates == sorted(wire_dates)


def test_short_text_reports_the_sections_it_cannot_support(briefs: dict[str, Brief]) -> None:
    brief = briefs["bare"]
    assert {"bullets", "crucial_quote", "big_number", "key_background"} <= set(brief.missing)
    for style in STYLES:
        assert "topline" not in briefs[style].missing


def run_cli(path: Path, *options: str) -> dict[str, Any]:
    result = CliRunner().invoke(
        app, ["brief", str(path), "--format", "json", "--published", PUBLISHED, *options]
    )
    assert result.exit_code == 0, result.output
    brief: dict[str, Any] = json.loads(result.output)["brief"]
    return brief


def test_cli_bullets_option_limits_the_bullets(fixtures_dir: Path) -> None:
    data = run_cli(fixtures_dir / "brief" / "feature.txt", "--bullets", "2")
    assert 1 <= len(data["bullets"]) <= 2


def test_cli_max_words_trims_the_topline_to_its_first_clauses(fixtures_dir: Path) -> None:
    data = run_cli(fixtures_dir / "brief" / "wire.txt", "--max-words", "12")
    topline = data["topline"]["text"]
    assert 0 < len(topline.split()) <= 12
    assert topline.startswith("Britain")


def test_composing_a_brief_runs_no_second_spacy_pass(
    analyses: dict[str, Analysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    from spacy.language import Language

    def forbidden(*_: object, **__: object) -> None:
        raise AssertionError("the brief ran a spaCy pipeline again")

    monkeypatch.setattr(Language, "pipe", forbidden)
    monkeypatch.setattr(Language, "__call__", forbidden)
    brief = compose(analyses["wire"])
    assert brief.bullets


def test_the_crucial_quote_is_shown_once(briefs: dict[str, Brief]) -> None:
    """An editor prints the best quote as the Crucial quote, not also as a fact or as
    background: the bullet that repeats it gives way while enough bullets remain."""
    quoted = [briefs[style] for style in STYLES if briefs[style].crucial_quote is not None]
    assert quoted, "no fixture brief has a Crucial quote: the test would check nothing"
    for brief in quoted:
        quote = brief.crucial_quote
        assert quote is not None
        others: list[tuple[str, tuple[Span, ...]]] = [(b.text, b.spans) for b in brief.bullets]
        others += [(k.text, k.spans) for k in brief.key_background]
        if brief.topline is not None:
            others.append((brief.topline.text, brief.topline.spans))
        for text, spans in others:
            assert not any(quote.spans[0].overlaps(s) for s in spans), text


def test_bullets_follow_the_story_whatever_the_bullet_model_prefers(
    analyses: dict[str, Analysis],
) -> None:
    """The bullets are the story's next showable sentences (``select.in_story_order``): a
    bullet model that prefers the end of the article changes none of them (before the
    seventh session it moved every bullet to the article's last sentences)."""
    import dataclasses

    from topline.brief.features import FEATURE_NAMES
    from topline.brief.select import LinearModel, load_model

    shipped = load_model()
    late = LinearModel(
        FEATURE_NAMES,
        (0.0,) * len(FEATURE_NAMES),
        (1.0,) * len(FEATURE_NAMES),
        tuple(20.0 if f == "position_rel" else 0.0 for f in FEATURE_NAMES),
        0.0,
    )
    contrary = dataclasses.replace(
        shipped, bullet=late, blend=dataclasses.replace(shipped.blend, lead_weight=0.0)
    )
    for style in STYLES:
        a = analyses[style]
        ours = compose(a, max_bullets=3)
        theirs = compose(a, max_bullets=3, model=contrary)
        assert [b.spans for b in theirs.bullets] == [b.spans for b in ours.bullets]
        starts = [b.spans[0].start for b in ours.bullets]
        assert starts == sorted(starts)
