"""A first sentence over the run-on limit whose first main clause is the news is judged as the
Topline shows it, cut at that clause's end, not refused as a run-on: the Topline is its news
clause, not a later sentence. A run-on with no clause end to cut at stays refused."""

from __future__ import annotations

from collections import Counter

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.features import SentenceView, content_terms
from topline.brief.fit import shorten
from topline.brief.lede import RUN_ON_WORDS
from topline.brief.select import Scored, choose_topline
from topline.ingest import article_from_text
from topline.model import Span

# A lede of more than RUN_ON_WORDS words: the news, then a long appositive after a dash.
DAM = (
    "The regional water authority will drain the Kellan reservoir by the end of the month, "
    "its board decided on Wednesday -- a step that leaves three towns, two breweries and a "
    "paper mill in the valley looking for new supplies of water through the driest summer "
    "the valley has recorded in forty years of measurements.\n\n"
    "Engineers found cracks in the dam's concrete wall during an inspection in May.\n\n"
    "The towns will receive water by tanker until a pipeline from the river is finished, "
    "the authority said.\n\n"
    "Repairs are expected to take two years and cost about 40 million euros."
)
# The same shape with a comma and an appositive: "…, a decision that …".
SCHOOLS = (
    "Education officials in Marlow County ordered every public school to close for the rest "
    "of the week on Thursday, a decision that sends forty thousand pupils home two days "
    "before their exams and leaves hundreds of working parents scrambling to find somebody "
    "who can look after their children at very short notice.\n\n"
    "A burst water main flooded the county's main heating plant overnight.\n\n"
    "The county said the schools would reopen on Monday if the plant was repaired in time.\n\n"
    "Exams will be moved to the following week."
)


def test_the_ledes_are_longer_than_the_limit() -> None:
    for text in (DAM, SCHOOLS):
        first = text.split("\n\n", 1)[0]
        assert len(first.split()) > RUN_ON_WORDS


def test_a_long_lede_is_the_topline_cut_at_its_news_clause() -> None:
    brief = make_brief(analyze(article_from_text(DAM)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("The regional water authority will drain")
    assert "breweries" not in brief.topline.text
    brief = make_brief(analyze(article_from_text(SCHOOLS)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Education officials in Marlow County ordered")
    assert "scrambling" not in brief.topline.text


# A lede whose first clause opens "not only …": cut at its comma, it loses "but also …".
BRIDGE = (
    "The new bridge over the Tamar has not only cut the drive from Plymouth to Truro by "
    "twenty minutes, according to a survey the county council published on Monday, but also "
    "brought back the shoppers the town centres of Saltash and Torpoint had been losing to "
    "the out-of-town retail parks along the A38 for most of the last ten years."
)
LATER = (
    "Harbour police arrested two men on Sunday after a fishing boat carrying cocaine ran "
    "aground near Falmouth."
)
LONG_LATER = (
    "Customs officers found 300 kilograms of cocaine hidden in the hold of the fishing boat, "
    "the police said on Monday -- a haul that the National Crime Agency called the largest "
    "ever seized on the coast of Cornwall and that it valued at more than 24 million pounds "
    "once it is cut and sold on the streets of British cities."
)


def _scored(index: int, text: str, score: float) -> Scored:
    view = SentenceView(
        index, Span(0, len(text)), text, Counter(content_terms(text)), len(text.split())
    )
    return Scored(view, score, score)


def test_a_cut_never_leaves_not_only_without_its_but() -> None:
    assert len(BRIDGE.split()) > RUN_ON_WORDS
    assert shorten(BRIDGE, (Span(0, len(BRIDGE)),)) is None


def test_a_later_sentence_cut_to_its_clause_does_not_beat_a_whole_lede() -> None:
    assert len(LONG_LATER.split()) > RUN_ON_WORDS
    chosen = choose_topline([_scored(0, LATER, 0.3), _scored(1, LONG_LATER, 0.9)])
    assert chosen is not None and chosen.view.index == 0
