"""The story brief: facts credited to every outlet that reports them, and to no other."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.story import StoryMember, story_brief
from topline.brief.story_match import fact_terms, same_fact
from topline.ingest import article_from_text
from topline.model import ArticleSpan, StoryBrief, join_pieces
from topline.reader_dates import reader_date
from topline.render.story_brief import credit_line, render_story_brief

STORIES = Path(__file__).parent / "fixtures" / "stories"
#: (file, outlet, published): the first two report the fire on the same day (the local paper
#: first), the third is the next day's follow-up and gives a different death toll.
PLANT_FIRE = [
    ("harbor-daily.txt", "Harbor Daily", "2024-03-05"),
    ("lakeside-wire.txt", "Lakeside Wire", "2024-03-05"),
    ("coast-tribune.txt", "Coast Tribune", "2024-03-06"),
]


def _member(name: str, outlet: str, published: str) -> StoryMember:
    article = article_from_text((STORIES / name).read_text(), published=published)
    analysis = analyze(replace(article, outlet=outlet))
    return StoryMember(analysis, make_brief(analysis))


@pytest.fixture(scope="module")
def members() -> list[StoryMember]:
    return [_member(*row) for row in PLANT_FIRE]


@pytest.fixture(scope="module")
def brief(members: list[StoryMember]) -> StoryBrief:
    return story_brief("plant-fire", members)


def _text(members: list[StoryMember], spans: tuple[ArticleSpan, ...]) -> str:
    texts = {m.id: m.text for m in members}
    return join_pieces(texts[s.article_id][s.start : s.end] for s in spans)


def _elements(brief: StoryBrief) -> list[tuple[str, tuple[ArticleSpan, ...]]]:
    found = [(f.text, f.spans) for f in brief.facts]
    if brief.topline:
        found.append((brief.topline.text, brief.topline.spans))
    if brief.crucial_quote:
        found.append((brief.crucial_quote.text, brief.crucial_quote.spans))
    if brief.big_number:
        found.append((brief.big_number.text, brief.big_number.spans))
    found += [(b.text, b.spans) for b in brief.key_background]
    return found


def _outlets(reports: tuple[object, ...]) -> list[str]:
    return [r.outlet for r in reports]  # type: ignore[attr-defined]


def test_every_story_element_is_grounded_in_the_article_it_names(
    members: list[StoryMember], brief: StoryBrief
) -> None:
    elements = _elements(brief)
    assert len(elements) >= 5
    for text, spans in elements:
        assert spans and _text(members, spans) == text


def test_the_topline_is_the_latest_development(brief: StoryBrief) -> None:
    assert brief.topline is not None
    assert "chlorine" in brief.topline.text
    assert _outlets(brief.topline.reports) == ["Coast Tribune"]


def test_a_fact_is_credited_to_every_outlet_reporting_it_first_reporter_first(
    brief: StoryBrief,
) -> None:
    indoors = next(f for f in brief.facts if "indoors" in f.text)
    assert _outlets(indoors.reports) == ["Harbor Daily", "Lakeside Wire", "Coast Tribune"]
    assert credit_line(indoors.reports) == (
        "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune"
    )


def test_a_fact_is_never_credited_to_an_outlet_whose_article_lacks_it(
    members: list[StoryMember], brief: StoryBrief
) -> None:
    for fact in brief.facts:
        terms = fact_terms(fact.text)
        for report in fact.reports:
            assert same_fact(terms, fact_terms(_text(members, report.spans)))
    fish = next(f for f in brief.facts if "fish" in f.text)
    assert _outlets(fish.reports) == ["Coast Tribune"]


def test_contradicting_figures_are_not_one_fact_and_are_flagged(brief: StoryBrief) -> None:
    tolls = [f for f in brief.facts if "workers" in f.text]
    assert {tuple(_outlets(f.reports)) for f in tolls} >= {("Coast Tribune",)}
    for fact in tolls:
        if "15" in fact.text:
            assert _outlets(fact.reports) == ["Coast Tribune"]
    number = brief.big_number
    assert number is not None and number.value == 15
    assert _outlets(number.reports) == ["Coast Tribune"]
    assert {(c.outlet, c.value) for c in number.conflicts} == {
        ("Harbor Daily", 12),
        ("Lakeside Wire", 12),
    }


def test_the_crucial_quote_has_its_speaker_and_every_outlet_carrying_it(
    brief: StoryBrief,
) -> None:
    quote = brief.crucial_quote
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.name == "Lena Ortiz"
    assert set(_outlets(quote.reports)) == {"Harbor Daily", "Lakeside Wire", "Coast Tribune"}
    assert not any("darkest day" in f.text for f in brief.facts)


def test_key_background_is_older_and_dated_as_a_reader_writes(brief: StoryBrief) -> None:
    assert brief.key_background
    fined = brief.key_background[0]
    assert "fined in 2019" in fined.text and fined.date == "2019"


def test_one_outlet_is_credited_once_however_many_articles_it_ran(
    members: list[StoryMember],
) -> None:
    rerun = replace(members[0].analysis, article=replace(members[0].analysis.article, id="rerun"))
    twice = story_brief("s", [*members, StoryMember(rerun, members[0].brief)])
    for fact in twice.facts:
        assert len(_outlets(fact.reports)) == len(set(_outlets(fact.reports)))


def test_since_keeps_only_facts_first_reported_after_the_date(
    members: list[StoryMember],
) -> None:
    new = story_brief("s", members, since="2024-03-05")
    assert new.facts
    assert all(f.reports[0].published == "2024-03-06" for f in new.facts)
    assert "What's new since 5 Mar 2024" in render_story_brief(new, "md")


def test_markdown_credits_outlets_and_flags_conflicting_figures(brief: StoryBrief) -> None:
    md = render_story_brief(brief, "md")
    assert "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune" in md
    # one item per figure, every outlet giving it: "12 dead (AP, CNN) · 15 (Reuters)"
    assert "15 workers (Coast Tribune) · 12 workers (Harbor Daily, Lakeside Wire)" in md
    html = render_story_brief(brief, "html")
    assert 'class="big-number conflict"' in html and "<script" not in html


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.permutations(range(3)),
    keep=st.lists(st.booleans(), min_size=3, max_size=3),
    outlets=st.lists(st.sampled_from(["A", "B", "C"]), min_size=3, max_size=3),
)
def test_any_subset_and_order_of_articles_stays_grounded_and_credited_correctly(
    members: list[StoryMember], order: list[int], keep: list[bool], outlets: list[str]
) -> None:
    chosen = []
    for i in order:
        if keep[i]:
            m = members[i]
            article = replace(m.analysis.article, outlet=outlets[i])
            chosen.append(StoryMember(replace(m.analysis, article=article), m.brief))
    result = story_brief("s", chosen)
    for text, spans in _elements(result):
        assert _text(chosen, spans) == text
    for fact in result.facts:
        names = _outlets(fact.reports)
        assert len(names) == len(set(names))
        for report in fact.reports:
            assert same_fact(fact_terms(fact.text), fact_terms(_text(chosen, report.spans)))


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2020-08-14", "14 Aug 2020"),
        ("2023-11-07TNI", "7 Nov 2023"),
        ("2020-08", "Aug 2020"),
        ("2020-W33", "2020"),
        ("2019", "2019"),
        ("199X", "1990s"),
        ("PAST_REF", "undated"),
        ("P5Y", "undated"),
        (None, "undated"),
    ],
)
def test_dates_are_shown_as_a_reader_writes_them(value: str | None, shown: str) -> None:
    assert reader_date(value) == shown


def test_a_vague_figure_never_contradicts_a_precise_one() -> None:
    from topline.brief.story_sections import precise as _precise

    assert _precise("15") and _precise("12,000") and _precise("two dozen")
    assert not _precise("thousands") and not _precise("hundreds of")
