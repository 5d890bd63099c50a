"""Two occasions of one club, one chamber or one town in one week stay apart
(``same_story.other_occasion``; texts written for these tests, entities and dates given by hand,
no spaCy):

- another result: a council's parking vote "by 27 votes to 14" and, the next day, the same
  council's library vote "by 22 votes to 19" (the same council and its leader in both); a
  club's 4-1 home win and, four days later, its 1-1 draw away (the same club and manager);
- another day of the same kind of happening: a sawmill fire on Monday and a care home fire in
  the same town on Thursday, whose report recalls the sawmill fire and its day further down
  (which dates the story's first day: the body's date is no follow-up signal here);
- another person the happening befell: a man stabbed in a town's park and, three days later,
  a woman stabbed outside a bar in the same town (the same detective named in both), each
  lede introducing its victim with an age;
- and still together: a charge whose lede names the stabbed man, a follow-up whose lede names the fire as known and dates its own news
  ("Police said on Thursday that the fire at …"), a same-day rewrite with the same result,
  and a club's next match after a story whose lede gives a result only as a cause ("sacked
  … after a 4-1 defeat").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Entity, Sentence, Span, Timex
from topline.store import Store, happenings, same_story, stories
from topline.store.same_story import other_occasion
from topline.store.stories import Clusterer, lede_clues

MONDAY = date(2025, 11, 3)
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

PARKING = (
    "Harwood council approves car park charges",
    "Harwood Borough Council voted by 27 votes to 14 on Tuesday to bring in charges at the "
    "town's three free car parks. Council leader Amrit Gill said the money would keep the "
    "bus station open. Traders said shoppers would go elsewhere.",
)
LIBRARIES = (
    "Harwood councillors reject library closures",
    "Harwood Borough Council rejected plans to close two branch libraries by 22 votes to 19 "
    "on Wednesday. Council leader Amrit Gill said savings would have to be found elsewhere. "
    "Campaigners cheered in the public gallery.",
)
WIN = (
    "Corby Town thrash Wellingborough",
    "Corby Town beat Wellingborough Whitworth 4-1 at Steel Park on Saturday to climb to "
    "fourth. Manager Lee Harker praised his forwards. Wellingborough Whitworth had a man sent "
    "off before half-time.",
)
WIN_REWRITE = (
    "Harker's Corby Town cruise past ten-man visitors",
    "Corby Town won 4-1 against ten-man Wellingborough Whitworth on Saturday. Manager Lee "
    "Harker said the side had played its best football of the season.",
)
DRAW = (
    "Corby Town held to a draw at Brackley",
    "Corby Town drew 1-1 at Brackley Athletic on Wednesday night, a late penalty cancelling "
    "out their opener. Manager Lee Harker said his players had tired.",
)
SACKED = (
    "Wellingborough Whitworth sack manager Dean Ross",
    "Wellingborough Whitworth sacked manager Dean Ross on Sunday after a 4-1 defeat at Corby "
    "Town left them bottom of the league. Coach Tom Evers takes charge for now.",
)
FIRST_GAME = (
    "Evers earns a draw in first game for Wellingborough Whitworth",
    "Wellingborough Whitworth drew 1-1 with Rushden Rovers on Wednesday in Tom Evers's first "
    "game in charge since Dean Ross was sacked. Evers said the players had responded.",
)
HUMBLED = (
    "Corby Town humbled at Rockingham Road",
    "Corby Town were beaten 3-0 by Kettering Town on Tuesday night, their heaviest defeat of "
    "the season. Manager Lee Harker said his side had been second best from the first minute.",
)
SAWMILL = (
    "Fire rips through Alderton sawmill",
    "A fire destroyed Harcourt's sawmill on Mill Road in Alderton on Monday night, sending "
    "flames high over the town. Nine fire engines attended. Nobody was hurt.",
)
CARE_HOME = (
    "Residents moved to safety in care home blaze",
    "Residents of the Beeches care home in Alderton were moved to safety on Thursday after a "
    "fire started in a laundry room. It is the town's second fire of the week, after "
    "Harcourt's sawmill on Mill Road burned on Monday.",
)
PARK_STABBING = (
    "Man stabbed in Kelsall park",
    "Ryan Doyle, 23, was stabbed in Kelsall's Victoria Park on Friday night and is in hospital "
    "in a serious condition. Detective Inspector Ann Royle said officers were searching the "
    "park for the knife. Police have asked witnesses to come forward.",
)
BAR_STABBING = (
    "Woman stabbed outside Kelsall bar",
    "Megan Price, 31, was stabbed in the arm outside a bar on Kelsall's Bridge Street on Monday "
    "night. A man she did not know walked up to her as she waited for a taxi, Detective "
    "Inspector Ann Royle said. CCTV from the street is being studied.",
)
PARK_CHARGE = (
    "Teenager charged over Kelsall park stabbing",
    "Liam Ward, 18, has been charged with wounding Ryan Doyle, who was stabbed in Victoria "
    "Park on Friday. Detective Inspector Ann Royle said the investigation was continuing.",
)
ARSON = (
    "Alderton sawmill blaze started deliberately",
    "Police said on Thursday that the fire at Harcourt's sawmill in Alderton had been started "
    "deliberately. A man has been arrested.",
)

LABELS = {
    "Harwood Borough Council": "ORG",
    "Amrit Gill": "PERSON",
    "Corby Town": "ORG",
    "Wellingborough Whitworth": "ORG",
    "Brackley Athletic": "ORG",
    "Rushden Rovers": "ORG",
    "Lee Harker": "PERSON",
    "Dean Ross": "PERSON",
    "Tom Evers": "PERSON",
    "Steel Park": "FAC",
    "Harcourt's sawmill": "FAC",
    "Mill Road": "FAC",
    "Alderton": "GPE",
    "Beeches": "FAC",
    "Kelsall": "GPE",
    "Ryan Doyle": "PERSON",
    "Megan Price": "PERSON",
    "Liam Ward": "PERSON",
    "Ann Royle": "PERSON",
    "Victoria Park": "FAC",
    "Bridge Street": "FAC",
    "Brennick Foods": "ORG",
    "Sue Marr": "PERSON",
    "Kettering Town": "ORG",
}


def _analysis(title: str, body: str, day: date) -> Analysis:
    """The article, its sentences, every name of LABELS it holds as an entity and every
    weekday it names as a date (the latest such day up to ``day``)."""
    article = article_from_text(f"{title}\n\n{body}", published=day.isoformat(), title=title)
    text = article.text
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n\n", text)]
    ends = [*starts[1:], len(text)]
    sentences = tuple(
        Sentence(Span(a, len(text[:b].rstrip())), i)
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
    )
    entities = tuple(
        Entity(Span(m.start(), m.end()), label, name)
        for name, label in LABELS.items()
        for m in re.finditer(re.escape(name) + r"(?![\w'])", text)
    )
    timexes = tuple(
        Timex(Span(m.start(), m.end()), "DATE", _latest(WEEKDAYS.index(m[0]), day).isoformat())
        for m in re.finditer("|".join(WEEKDAYS), text)
    )
    return Analysis(article=article, sentences=sentences, entities=entities, timexes=timexes)


def _latest(weekday: int, day: date) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _joins(
    tmp_path: Path, first: tuple[str, str], day1: date, later: tuple[str, str], day2: date
) -> bool:
    """Whether ``later`` (published ``day2``) joins the story ``first`` (``day1``) started."""
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, day1 - timedelta(days=20))
        one = _analysis(*first, day1)
        names = Counter(e.canonical for e in one.entities)
        story = c.assign(
            "a", one.article.text, first[0], day1, names, clues=lede_clues(one)
        ).story_id
        two = _analysis(*later, day2)
        joined = c.assign(
            "b",
            two.article.text,
            later[0],
            day2,
            Counter(e.canonical for e in two.entities),
            days=stories.past_days(two),
            clues=lede_clues(two),
        )
        return joined.story_id == story


TUESDAY, WEDNESDAY, THURSDAY = (MONDAY + timedelta(days=k) for k in (1, 2, 3))
SATURDAY, NEXT_WEDNESDAY = MONDAY + timedelta(days=5), MONDAY + timedelta(days=9)


@pytest.mark.parametrize(
    ("first", "day1", "later", "day2"),
    [
        (PARKING, TUESDAY, LIBRARIES, WEDNESDAY),
        (WIN, SATURDAY, DRAW, NEXT_WEDNESDAY),
        (SAWMILL, MONDAY, CARE_HOME, THURSDAY),
        (PARK_STABBING, MONDAY + timedelta(days=4), BAR_STABBING, MONDAY + timedelta(days=8)),
        (WIN, SATURDAY, HUMBLED, MONDAY + timedelta(days=8)),
    ],
    ids=[
        "another vote of one council",
        "another match of one club",
        "another fire in one town",
        "another person stabbed in one town",
        "another match, its result told by the lede's verb",
    ],
)
def test_another_occasion_stays_apart(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: tuple[str, str],
    day1: date,
    later: tuple[str, str],
    day2: date,
) -> None:
    assert not _joins(tmp_path / "on", first, day1, later, day2)
    monkeypatch.setattr(same_story, "OTHER_OCCASION", False)
    assert _joins(tmp_path / "off", first, day1, later, day2)  # what the store did before


def test_a_lede_s_own_outcome_gives_its_result_under_any_headline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Humbled" reports no outcome in OUTCOME_WORDS; "were beaten 3-0" does."""
    assert lede_clues(_analysis(*HUMBLED, MONDAY + timedelta(days=8))).results == {"3-0"}
    monkeypatch.setattr(happenings, "OUTCOME_IN_LEDE", False)
    assert lede_clues(_analysis(*HUMBLED, MONDAY + timedelta(days=8))).results == set()
    assert _joins(tmp_path, WIN, SATURDAY, HUMBLED, MONDAY + timedelta(days=8))  # as before


@pytest.mark.parametrize(
    ("first", "day1", "later", "day2"),
    [
        (SAWMILL, MONDAY, ARSON, THURSDAY),
        (WIN, SATURDAY, WIN_REWRITE, SATURDAY),
        (SACKED, SATURDAY + timedelta(days=1), FIRST_GAME, NEXT_WEDNESDAY),
        (PARK_STABBING, MONDAY + timedelta(days=4), PARK_CHARGE, MONDAY + timedelta(days=6)),
    ],
    ids=[
        "a follow-up naming the fire as known",
        "a rewrite, same score",
        "a result as a cause",
        "a charge naming the stabbed man",
    ],
)
def test_follow_ups_and_rewrites_still_join(
    tmp_path: Path, first: tuple[str, str], day1: date, later: tuple[str, str], day2: date
) -> None:
    assert _joins(tmp_path, first, day1, later, day2)


def test_lede_clues_give_results_and_days() -> None:
    parking = lede_clues(_analysis(*PARKING, TUESDAY))
    assert parking.results == {"27-14"}
    assert parking.days == {TUESDAY}  # kept by a story only with a kind of happening
    care = lede_clues(_analysis(*CARE_HOME, THURSDAY))
    assert care.kinds == {"fire"} and care.days == {THURSDAY}  # Monday is further down
    assert lede_clues(_analysis(*ARSON, THURSDAY)).days == set()  # "the fire": known
    # a lede's score counts only under a headline that reports an outcome
    assert lede_clues(_analysis(*SACKED, SATURDAY)).results == set()
    assert lede_clues(_analysis(*DRAW, NEXT_WEDNESDAY)).results == {"1-1"}


def test_lede_clues_give_people_introduced_with_their_age() -> None:
    assert lede_clues(_analysis(*BAR_STABBING, MONDAY)).people == {"Megan Price"}
    charge = lede_clues(_analysis(*PARK_CHARGE, MONDAY))
    assert charge.people == {"Liam Ward"}  # Ryan Doyle is named without an age
    assert lede_clues(_analysis(*PARKING, TUESDAY)).people == set()


def test_results() -> None:
    assert happenings.results("with a 3-1 win over the visitors") == {"3-1"}
    assert happenings.results("lost 0-2 at home.") == {"2-0"}  # either side first
    assert happenings.results("voted by 38 votes to 22 on Tuesday") == {"38-22"}
    assert happenings.results("the motion fell by 31 to 29") == {"31-29"}
    # under a headline that reports no outcome, only a result the lede's verb gives
    quiet = {"outcome_headline": False}
    assert happenings.results("were beaten 31-10 by the leaders", **quiet) == {"31-10"}
    assert happenings.results("scored four tries in a 31-10 victory", **quiet) == {"31-10"}
    assert happenings.results("voted by 27 votes to 14 to approve", **quiet) == {"27-14"}
    assert happenings.results("went top after a 2-0 win", **quiet) == set()  # a cause
    assert happenings.results("whose 3-1 scoreline flattered them", **quiet) == set()
    for text in (
        "in the 2016-17 season",
        "trails 46-42 per cent in the poll",
        "holds a 52-48 lead",
        "repairs costing £3-4m",
        "children aged 5-11",
        "rose from 5 to 9 people",
        "dismissed the coach after a 4-1 defeat",
    ):
        assert happenings.results(text) == set(), text


def test_other_occasion_rule() -> None:
    assert other_occasion({"3-1"}, {"2-0"}, (), ())
    assert not other_occasion({"3-1"}, {"3-1", "2-0"}, (), ())
    assert not other_occasion({"3-1"}, (), (), ())  # nothing known of the story: no evidence
    assert other_occasion((), (), {THURSDAY}, {MONDAY})
    assert not other_occasion((), (), {TUESDAY}, {MONDAY})  # a night and the next day
    assert not other_occasion((), (), {THURSDAY, MONDAY}, {MONDAY})
    assert other_occasion((), (), (), (), new_people=True)


def test_stepping_down_is_a_resignation() -> None:
    for headline in ("Hartley chief to step down", "Mayor steps down after ten years"):
        assert happenings.kinds(happenings.words(headline)) == {"resignation"}, headline
    for headline in ("Coastguard stands down search", "Step change in rail funding"):
        assert happenings.kinds(happenings.words(headline)) == set(), headline


CHIEF = (
    "Brennick Foods chief executive Sue Marr to step down",
    "Sue Marr will leave Brennick Foods in March after eight years as chief executive, the "
    "biscuit maker said on Monday. The board has begun looking for a successor.",
)
CHIEF_WIRE = (
    "Biscuit maker's boss quits",
    "The head of biscuit maker Brennick is leaving after eight years, the company said. Shares "
    "were little changed.",
)


def test_a_same_day_rewrite_of_a_chief_stepping_down_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _joins(tmp_path / "on", CHIEF, MONDAY, CHIEF_WIRE, MONDAY)
    monkeypatch.setattr(happenings, "PHRASAL_KINDS", {})
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)  # the phrasal kind alone
    assert not _joins(tmp_path / "off", CHIEF, MONDAY, CHIEF_WIRE, MONDAY)  # as before


def test_a_long_story_keeps_its_first_day_s_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sixty headline words seen twice each and the first report's day, kind and victim seen
    once: the marks are capped apart from the words, so the first day is not pushed out
    (which would let a later article of that day's occasion split off)."""
    first = Counter({"#@2025-11-03": 1, "#fire": 1, "#+Ryan Doyle": 1})
    headline = first + Counter({f"word{k}": 2 for k in range(60)})
    kept = stories.kept_headline(headline)
    assert first.keys() <= kept.keys()
    assert len([w for w in kept if not w.startswith("#")]) == stories.HEADLINE_TERMS
    monkeypatch.setattr(stories, "SEPARATE_MARKS", False)
    assert not first.keys() & stories.kept_headline(headline).keys()  # as before
