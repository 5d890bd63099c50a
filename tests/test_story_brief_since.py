"""What's new (``since``), contradicting reports and who reported first, on a story of four
fixture articles written for these tests (``fixtures/stories/mine-blast``): two outlets report
a mine blast on Monday with different death tolls (12, at least 15), one of them reports the
inquiry on Wednesday, and an undated digest repeats a Wednesday fact."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from topline.analyze import analyze_many
from topline.brief import make_brief
from topline.brief.story import StoryMember, story_brief
from topline.ingest import article_from_text
from topline.model import StoryBrief
from topline.render.story_brief import credit_line, render_story_brief

MINE = Path(__file__).parent / "fixtures" / "stories" / "mine-blast"
#: (file, outlet, published), in the order a store would receive them.
ARTICLES = [
    ("wirebridge-monday.txt", "Wirebridge Press", "2025-04-07"),
    ("northline-monday.txt", "Northline News", "2025-04-07"),
    ("wirebridge-wednesday.txt", "Wirebridge Press", "2025-04-09"),
    ("undated-digest.txt", "Pit Digest", None),
]


@pytest.fixture(scope="module")
def members() -> list[StoryMember]:
    articles = []
    for name, outlet, published in ARTICLES:
        title, body = (MINE / name).read_text().split("\n", 1)
        article = article_from_text(body.strip(), published=published, title=title, source=name)
        articles.append(replace(article, outlet=outlet))
    return [StoryMember(a, make_brief(a)) for a in analyze_many(articles)]


@pytest.fixture(scope="module")
def full(members: list[StoryMember]) -> StoryBrief:
    return story_brief("mine", members)


def _fact(brief: StoryBrief, words: str) -> list[str]:
    """The outlets credited with the fact whose text holds ``words`` (one such fact)."""
    (fact,) = [f for f in brief.facts if words in f.text]
    return [r.outlet for r in fact.reports]


def test_contradicting_tolls_stay_two_facts_each_credited_to_its_outlet(
    full: StoryBrief,
) -> None:
    assert _fact(full, "killed 12 miners") == ["Wirebridge Press"]
    assert _fact(full, "At least 15 miners") == ["Northline News"]


def test_a_conflict_is_flagged_with_each_outlets_figure(full: StoryBrief) -> None:
    number = full.big_number
    assert number is not None
    given = {(r.outlet, number.value) for r in number.reports}
    given |= {(c.outlet, c.value) for c in number.conflicts}
    assert given == {("Wirebridge Press", 12), ("Northline News", 15)}
    md = render_story_brief(full, "md")
    line = next(x for x in md.splitlines() if x.startswith("**Big number:**"))
    assert "(Wirebridge Press)" in line and "(Northline News)" in line
    assert " · " in line and line.endswith("**(outlets disagree)**")


def test_the_latest_development_is_the_topline_and_the_undated_digest_is_not_latest(
    full: StoryBrief,
) -> None:
    assert full.topline is not None and "public inquiry" in full.topline.text
    assert "Pit Digest" in full.outlets


def test_a_fact_sharing_the_storys_place_words_with_the_topline_is_still_shown(
    full: StoryBrief,
) -> None:
    """A Monday sentence that shares "Karsk", "coal mine", "Dravo" with a Monday sentence that
    shares them with Wednesday's Topline is not the Topline's fact (no chaining)."""
    assert any("killed 12 miners" in f.text for f in full.facts)


def test_an_undated_article_is_never_named_the_first_reporter(full: StoryBrief) -> None:
    assert _fact(full, "report within six months") == ["Wirebridge Press", "Pit Digest"]


def test_since_shows_only_what_was_first_reported_after_the_day(
    members: list[StoryMember],
) -> None:
    new = story_brief("mine", members, since="2025-04-07")
    assert new.topline is not None and "public inquiry" in new.topline.text
    assert new.facts and all(f.reports[0].published == "2025-04-09" for f in new.facts)
    # Monday's Crucial quote and Monday's tolls were in the brief as of Monday: not news.
    assert new.crucial_quote is None and new.big_number is None
    # ... but Monday's reports are the background of what is new, dated.
    background = [(b.date, b.outlet) for b in new.key_background]
    assert ("7 Apr 2025", "Wirebridge Press") in background
    assert ("7 Apr 2025", "Northline News") in background
    assert "What's new since 7 Apr 2025" in render_story_brief(new, "md")


def test_since_the_latest_day_nothing_is_new_and_nothing_is_missing(
    members: list[StoryMember],
) -> None:
    none_new = story_brief("mine", members, since="2025-04-09")
    assert none_new.topline is None and not none_new.facts
    assert "facts" not in none_new.missing and "topline" not in none_new.missing
    assert "Nothing new since 9 Apr 2025" in render_story_brief(none_new, "md")
    assert "Nothing new since 9 Apr 2025" in render_story_brief(none_new, "html")


def test_the_first_reporter_of_a_day_is_the_first_received_not_the_smallest_id(
    members: list[StoryMember],
) -> None:
    """Two outlets report the rescue on Monday: whichever the store received first is named
    first, whatever their article ids."""
    monday = members[:2]
    for received in (monday, monday[::-1]):
        brief = story_brief("mine", received)
        (rescue,) = [f for f in brief.facts if "Rescue teams" in f.text]
        first, second = (m.analysis.article.outlet for m in received)
        assert credit_line(rescue.reports) == f"first reported by {first}; also {second}"
