"""A first sentence over the run-on limit whose first main clause is the news is judged as the
Topline shows it, cut at that clause's end, not refused as a run-on: the Topline is its news
clause, not a later sentence. A run-on with no clause end to cut at stays refused."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.lede import RUN_ON_WORDS
from topline.ingest import article_from_text

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
