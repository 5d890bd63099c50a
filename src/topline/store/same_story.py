"""Whether a new article belongs to a story: the decision rule of the incremental clustering.

Kept apart from :mod:`topline.store.stories` (vectors, candidates, state on disk) so that the
rule can be read, tested and swept on its own (``benchmarks/stories.py --sweep`` and
``benchmarks/story_brief.py`` print its sensitivity). Three signals decide: how close the
article's words are to the story's (cosine to the centroid, the sum of all its members), how
many of the article's *distinctive* people, places and organisations the story names
(distinctiveness is the caller's business: entities most stored articles mention, "Trump" in
election news, are left out before this rule sees them), and whether the article's headline
shares a rare word with the story's headlines (also the caller's business, which leaves out
the words of names already counted as shared entities). Two guards: the story's own rare
words stand for names its entity profile lacks (the recogniser misses names), and a
company's results are never a development of another event (:func:`other_kind`). One shared
entity counts only within a news cycle of the story's latest article (ONE_ENTITY_DAYS). A
fourth signal stands in for words the way a headline word does: the article dates the
story's first day (DATED_BACK_WEIGHT), as follow-ups date the event they follow up; a fifth:
the article's one distinctive name is a person it quotes whom the story names
(WITNESS_WEIGHT), as local follow-ups go back to the first report's witnesses; a sixth: the
article's lede names the story's headline event with a definite article, as a thing the reader
already knows (REFERS_BACK_WEIGHT).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable
from datetime import date

#: Join a story when cosine(article, story centroid) reaches this ...
TEXT_THRESHOLD = 0.30
#: ... or when, sharing at least MIN_SHARED_ENTITIES distinctive entities, the cosine plus
#: ENTITY_WEIGHT per shared entity reaches TEXT_THRESHOLD, the cosine never below
#: MIN_ENTITY_COSINE. Two shared entities need 0.15 (the rule's first form), three 0.075, four
#: or more the floor: a follow-up days later names the same people, places and organisations
#: in other words, and the more of them it names, the fewer words it must share.
ENTITY_TEXT_FLOOR = 0.15
MIN_SHARED_ENTITIES = 2
ENTITY_WEIGHT = (TEXT_THRESHOLD - ENTITY_TEXT_FLOOR) / MIN_SHARED_ENTITIES
MIN_ENTITY_COSINE = 0.05
#: One shared distinctive entity stands in for its ENTITY_WEIGHT as well (the cosine must then
#: reach TEXT_THRESHOLD - ENTITY_WEIGHT, 0.225) when the article comes at most ONE_ENTITY_DAYS
#: after (or before) the story's latest article: a wire's rewrite of a local report the same
#: day names the place but not the local paper's witness or company ("Blast at Ostrander site
#: leaves two dead" / "Two killed in Pentlow quarry explosion"). None: two entities are needed.
ONE_ENTITY_DAYS: int | None = 1
#: A report published on the day of the story's first article (at most FIRST_DAY_DAYS after or
#: before it) joins at FIRST_DAY_THRESHOLD instead of TEXT_THRESHOLD, on every path: the
#: first day's reports of one event by other outlets tell it in their own words (each check
#: set's first, blind score chose 0.15 over 0.3 for every article, ``benchmarks/stories_then.py``),
#: while on later days a lower threshold merges other events of one topic (PolNeAR's campaign
#: news: about 9 of 12 such merges read were wrong at 0.15 on any day, 3 of 13 on the first
#: day). None: off.
FIRST_DAY_THRESHOLD: float | None = 0.15
FIRST_DAY_DAYS = 0
#: When the article names MIN_SHARED_ENTITIES distinctive entities and the (analysed) story
#: none of them, text alone must reach this instead of TEXT_THRESHOLD.
CONFLICT_TEXT_THRESHOLD = 0.5
#: Headlines name what a story is about: when the article's headline and one of the story's
#: share a word rarer than this IDF (smoothed, as in the vectors: in at most about a fifth of
#: stored articles), the cosine needs HEADLINE_WEIGHT less, never below MIN_ENTITY_COSINE,
#: and never for other actors (the conflict above). Both chosen on the dev sets of
#: ``benchmarks/stories.py`` (PolNeAR's odd events, the nine-event synthetic set).
HEADLINE_IDF = 2.5
HEADLINE_WEIGHT = 0.2
#: A follow-up dates what it follows up: "the fire on January 5", "Monday's collapse" resolve
#: to a past day, and "last week" to the days of a past week (``stories.WEEKS_DATE_BACK``),
#: among them the story's first day or the day before (the day of the event). Such an
#: article, sharing at least one distinctive entity with the story, has DATED_BACK_WEIGHT
#: less to make up (never below MIN_ENTITY_COSINE, never for other actors). 0 turns it off.
DATED_BACK_WEIGHT = 0.2
#: A follow-up that goes back to a witness: the article's one distinctive name is a person it
#: quotes, named in full, whom the story names ("Glenys Parrott said her garden was still
#: covered in black flecks" three days after she described the smoke). Local follow-ups lean
#: on the people of the first report and name little else; another event of the same
#: organisation names the organisation. Such an article has WITNESS_WEIGHT less to make up
#: (never below MIN_ENTITY_COSINE, never for a company's results). 0 turns it off.
WITNESS_WEIGHT = 0.2
#: A follow-up's lede takes the story's event as known: it names what the story's title (its
#: earliest headline) names with a definite article ("Homes in Orton will come under the hosepipe ban from
#: Monday" five days after "Hosepipe ban for 1.2 million customers"; "once the chlorine wagons
#: had been lifted" after "Tanker wagons derail"), where a first report introduces it ("a ban",
#: "a freight train"). Only the lede (its first sentence) counts: another event's report
#: mentions the earlier one further down ("Engineers said the collapse was not linked to the
#: footbridge failure"). Such an article, sharing at least one distinctive entity with the
#: story, has REFERS_BACK_WEIGHT less to make up (never below MIN_ENTITY_COSINE, never for a
#: company's results). The word must be a rare word of the story's title that is neither a
#: word of a name the two share (counted already) nor a kind of organisation or place ("the
#: council", "the university": every local report has one). 0 turns it off.
REFERS_BACK_WEIGHT = 0.2
#: Whether the story's own words stand for an entity its profile lacks (see :func:`shared_names`).
WORDS_BACK_UP_NAMES = True
#: A company's periodic results are an event of their own, whatever else happened to it that
#: week: "Kestrel Bank profit climbs" two days after "Kestrel Bank says hackers stole customer
#: data" names the same bank and chief executive, and may even mention the breach, but it is
#: not a development of it. A headline that reports results (one of RESULTS_WORDS, or
#: "results" with a word saying which) and a story none of whose headlines mentions results
#: (RESULTS_MENTIONS), or the other way round, count as other actors (the conflict above).
#: Closed words of financial reporting, not of one story; OTHER_KIND turns the test off.
RESULTS_WORDS = frozenset({"profit", "profits", "earnings", "dividend", "revenue", "revenues"})
RESULTS_QUALIFIERS = frozenset(
    """annual yearly quarterly interim half-year full-year first-half second-half
    first-quarter second-quarter third-quarter fourth-quarter record""".split()
)
RESULTS_MENTIONS = RESULTS_WORDS | {"results", "shares", "loss", "losses", "sales"}
OTHER_KIND = True
#: Words that name a kind of organisation or place, not which one: a short name made only
#: of them ("City Council") never matches a longer one ("Amberley City Council").
_GENERIC_NAME_WORDS = frozenset(
    """the of and for city county borough state national royal council party union bank
    university hospital department ministry court police government board company group
    agency office authority river port street road north south east west new""".split()
)


def same_story(
    cos: float,
    shared: int,
    named: int,
    story_named: bool,
    headline: bool = False,
    other_kind: bool = False,
    gap_days: int | None = None,
    dated_back: bool = False,
    witness: bool = False,
    refers_back: bool = False,
    since_first: int | None = None,
) -> tuple[bool, float]:
    """Whether an article joins a story, and the score that ranks the stories it may join.

    ``cos``: cosine of the article to the story's centroid (the sum of its members, so every
    member counts, not the nearest one alone); ``shared``: distinctive entities of the article
    the story names; ``named``: the article's distinctive entities; ``story_named``: whether
    the story has an entity profile (analysed articles). Same topic, other actors — the
    article names distinctive people, places or organisations and the story none of them
    (another plant's fire, another country's central bank) — needs the words to be much
    closer (CONFLICT_TEXT_THRESHOLD). ``headline``: the article's headline shares a rare
    word with the story's headlines (not a word of a name counted in ``shared``).
    ``other_kind``: one reports a company's results and the other does not (see
    :func:`other_kind`); treated as other actors. ``gap_days``: days between the article and
    the story's latest article (None: undated), for ONE_ENTITY_DAYS. ``dated_back``: the
    article refers to the story's first day or the day before (DATED_BACK_WEIGHT).
    ``witness``: the article's one distinctive name is a person it quotes and the story names
    (WITNESS_WEIGHT). ``refers_back``: the article's lede names a rare word of the story's
    title with a definite article (:func:`definite_reference`, REFERS_BACK_WEIGHT).
    ``since_first``: days between the article and the story's first article (None:
    undated), for FIRST_DAY_THRESHOLD.
    """
    threshold = TEXT_THRESHOLD
    if FIRST_DAY_THRESHOLD is not None and since_first is not None:
        if since_first <= FIRST_DAY_DAYS:
            threshold = min(threshold, FIRST_DAY_THRESHOLD)
    score = cos + ENTITY_WEIGHT * shared + (HEADLINE_WEIGHT if headline else 0.0)
    conflict = other_kind or (named >= MIN_SHARED_ENTITIES and story_named and not shared)
    if cos >= (CONFLICT_TEXT_THRESHOLD if conflict else threshold):
        return True, score
    close_in_time = (
        ONE_ENTITY_DAYS is not None and gap_days is not None and gap_days <= ONE_ENTITY_DAYS
    )
    by_entities = (
        not other_kind
        and shared >= (1 if close_in_time else MIN_SHARED_ENTITIES)
        and cos >= MIN_ENTITY_COSINE
        and score >= threshold
    )
    by_headline = headline and not conflict and cos >= MIN_ENTITY_COSINE and score >= threshold
    by_date = (
        dated_back
        and DATED_BACK_WEIGHT > 0
        and shared >= 1
        and not other_kind
        and cos >= MIN_ENTITY_COSINE
        and score + DATED_BACK_WEIGHT >= threshold
    )
    by_witness = (
        witness
        and WITNESS_WEIGHT > 0
        and shared >= 1
        and not other_kind
        and cos >= MIN_ENTITY_COSINE
        and score + WITNESS_WEIGHT >= threshold
    )
    by_reference = (
        refers_back
        and REFERS_BACK_WEIGHT > 0
        and shared >= 1
        and not other_kind
        and cos >= MIN_ENTITY_COSINE
        and score + REFERS_BACK_WEIGHT >= threshold
    )
    return by_entities or by_headline or by_date or by_witness or by_reference, score


def definite_reference(
    lede_words: Iterable[str], story_title: Container[str], counted: Container[str]
) -> bool:
    """Whether one of ``lede_words`` (rare words the article's lede names with a definite
    article: :func:`topline.store.stories.lede_definites`) is a word of the story's title (its
    earliest article's headline, which introduced the event; not every headline of a long
    story), not a word of a name already counted as shared (``counted``) and not a word that
    only names a kind of organisation or place."""
    return any(
        w in story_title and w not in counted and w not in _GENERIC_NAME_WORDS for w in lede_words
    )


def lone_witness(named: Collection[str], shared: Collection[str], quoted: Iterable[str]) -> bool:
    """Whether the article's one distinctive name (``named``) is shared with the story and is
    a person the article quotes (``quoted``: its speakers' names), named in full (two words
    or more): "Priya Nandra" quoted as "Baker Priya Nandra" counts."""
    if len(named) != 1 or set(named) != set(shared):
        return False
    words = _name_words(next(iter(named)))
    if len(words - _GENERIC_NAME_WORDS) < 2:
        return False
    return any(words <= _name_words(q) for q in quoted)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", name.casefold()))


def distinctive_words(name: str) -> frozenset[str]:
    """The words of a name that say which one it is (not "city", "council", "river")."""
    return _name_words(name) - _GENERIC_NAME_WORDS


def shared_entities(article: Iterable[str], story: Iterable[str]) -> int:
    """How many of the article's entities the story names (see :func:`shared_names`)."""
    return len(shared_names(article, story))


def shared_names(
    article: Iterable[str], story: Iterable[str], story_words: Container[str] = frozenset()
) -> set[str]:
    """The article's entities the story names, a short form matching its long form
    ("Sandhu" / "Priya Sandhu", "Hollins & Pratt" / "Retailer Hollins & Pratt"): one name's
    words all among the other's, and not only words that name a kind of thing. One actor
    named twice in the article ("Greyline", "Greyline Buses") is returned once (its longest
    name).

    ``story_words`` (the story's own words: its top terms and headline words) back up its
    entity profile when WORDS_BACK_UP_NAMES is on: the recogniser misses names ("Ostrander
    Aggregates runs the quarry" gives no entity in one article and one in the next), so an
    actor counts as named when one of its names' distinctive words are all among them.
    """
    profile = [_name_words(s) for s in story]
    names: dict[frozenset[str], str] = {}
    for a in sorted(article):
        names.setdefault(_name_words(a), a)
    actors = [w for w in names if not any(w < other for other in names)]
    out = set()
    for words in actors:
        if not words - _GENERIC_NAME_WORDS:
            continue
        if any(
            (words <= other or other <= words) and other - _GENERIC_NAME_WORDS for other in profile
        ) or (WORDS_BACK_UP_NAMES and _in_words(words, names, story_words)):
            out.add(names[words])
    return out


def _in_words(
    actor: frozenset[str], names: Iterable[frozenset[str]], story_words: Container[str]
) -> bool:
    """Whether one of the actor's names (itself or a short form of it) has its distinctive
    words, all of them, among ``story_words``."""
    for form in names:
        if form <= actor:
            distinctive = {w for w in form - _GENERIC_NAME_WORDS if len(w) >= 3}
            if distinctive and all(w in story_words for w in distinctive):
                return True
    return False


#: Whether an article that tells another happening than the story's counts as other actors
#: (:func:`other_event`); False turns the test off.
OTHER_EVENT = True


def other_event(
    kinds: Collection[str], story_kinds: Collection[str], new_actor: bool, follow_up: bool
) -> bool:
    """Whether the article tells another event than the story's, as a reader tells two events
    of one place or one organisation in one week apart (see :mod:`topline.store.happenings`),
    unless it reads as a follow-up (``follow_up``: it dates the story's first day, goes back to
    its witness or names its event as known):

    - the kinds of happening its headline and lede name (``kinds``) and those the story's
      headlines name (``story_kinds``) are both known and have none in common ("Fire guts the
      Larder" after "Larder wins Michelin star");
    - or ``new_actor``: a later day's lede tells a happening of the story's kind that befell an
      organisation or a building the story does not name, and names nothing the story names
      ("Eleven schools run by the Brightwater Learning Trust closed after a ransomware attack"
      three days after the council's cyber attack, the two sharing only the agency that
      investigates both).
    """
    if not OTHER_EVENT or follow_up:
        return False
    return bool(kinds and story_kinds and not set(kinds) & set(story_kinds)) or new_actor


def reports_results(headline: Container[str]) -> bool:
    """Whether headline words report periodic results ("profit climbs 12%", "record results")."""
    return any(w in headline for w in RESULTS_WORDS) or (
        "results" in headline and any(w in headline for w in RESULTS_QUALIFIERS)
    )


def other_kind(article_headline: Collection[str], story_headline: Container[str]) -> bool:
    """Whether one side reports results and the other's headlines do not even mention them."""
    if not OTHER_KIND:
        return False
    if reports_results(article_headline):
        return not any(w in story_headline for w in RESULTS_MENTIONS)
    if reports_results(story_headline):
        return not any(w in article_headline for w in RESULTS_MENTIONS)
    return False


#: Two occasions of one kind are told apart by their day: a lede that dates the happening it
#: tells (of a kind the story's ledes tell) more than this many days from every day on which
#: the story's ledes date theirs tells another one ("after a fire broke out in the school
#: kitchen on Thursday morning", three days after "a fire destroyed a carpet warehouse in the
#: early hours of Monday", both in one city). The event is often a day before its first
#: report; one day's slack keeps "late on Sunday" and "on Monday" of one night together.
OCCASION_DAYS = 1
#: Whether a lede's result or day that the story's ledes do not share counts as other actors
#: (:func:`other_occasion`); False turns the test off.
OTHER_OCCASION = True
#: Each of its three tests on its own (``benchmarks/stories.py --sweep`` switches them).
BY_RESULT = True
BY_DAY = True
BY_PEOPLE = True


def other_occasion(
    results: Collection[str],
    story_results: Collection[str],
    days: Collection[date],
    story_days: Collection[date],
    new_people: bool = False,
) -> bool:
    """Whether the article's lede tells another occasion than the story's, as a reader tells
    two matches of one club, two votes of one chamber or two fires of one town in one week
    apart: by the result (``results``, ``story_results``: "3-1", "38-22"; the lede gives one
    and the story's ledes gave others, none the same) or by the day (``days``: the days its
    lede dates a happening to, given only when it is of a kind the story's ledes tell;
    ``story_days``: those days of the story's ledes; every one of the article's more than
    OCCASION_DAYS from every one of the story's); or by whom it befell (``new_people``: the
    lede introduces people with their age, "Sarah Pike, 34,", the story's ledes introduced
    others, and the article names none of those: two stabbings of one town, two defendants
    of one court in one week)."""
    if not OTHER_OCCASION:
        return False
    if new_people and BY_PEOPLE:
        return True
    if BY_RESULT and results and story_results and not set(results) & set(story_results):
        return True
    return (
        BY_DAY
        and bool(days and story_days)
        and all(min(abs((d - s).days) for s in story_days) > OCCASION_DAYS for d in days)
    )
