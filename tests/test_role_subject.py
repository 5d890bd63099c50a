"""A later sentence whose subject is a bare role noun ("The agency released …", "The company
said …", "The 34-year-old was …") goes on from the sentence that named it: it is never the
Topline over an earlier news sentence, and stays one when it is the first news there is."""

from __future__ import annotations

from collections import Counter

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.features import SentenceView, content_terms
from topline.brief.select import _ROLE_SUBJECT, Scored, choose_topline
from topline.ingest import article_from_text
from topline.model import Span

RECALL = (
    "Nordvik Foods recalled 2 million jars of baby food across Scandinavia on Thursday after "
    "traces of glass were found in a batch made in Sweden.\n\n"
    "The company said it received 14 complaints from parents in Norway, Sweden and Denmark "
    "this month and that no child was hurt by the jars.\n\n"
    "Shoppers can return the jars to any store for a full refund.\n\n"
    "Regulators in Oslo said they would inspect the factory next week."
)
RELEASE = (
    "More than 300 letters written by the poet Ines Varga have been published online by the "
    "National Library of Hungary, which bought them at auction in 2019.\n\n"
    "The library released 1,200 pages of letters, diaries and drafts on Monday, the largest "
    "collection of a Hungarian writer's papers ever made public in a single day.\n\n"
    "Scholars had waited four years for the release.\n\n"
    "A printed edition is planned for next spring."
)
ONLY = (
    "The 34-year-old was fined 5,000 pounds by Judge Helen Marsh at Leeds Crown Court on "
    "Friday for driving at 120 miles an hour on the M62.\n\n"
    "He had been banned from driving twice before."
)


@pytest.mark.parametrize(
    "opener",
    ["The agency released 500 pages", "The company said on Monday", "The 34-year-old was fined"],
)
def test_role_subjects(opener: str) -> None:
    assert _ROLE_SUBJECT.match(opener)


@pytest.mark.parametrize(
    "opener", ["The company of soldiers marched", "The agency's chief said", "The group that"]
)
def test_not_role_subjects(opener: str) -> None:
    assert not _ROLE_SUBJECT.match(opener)


def _scored(index: int, text: str, score: float) -> Scored:
    view = SentenceView(
        index, Span(0, len(text)), text, Counter(content_terms(text)), len(text.split())
    )
    return Scored(view, score, score)


def test_the_sentence_that_names_them_is_the_topline() -> None:
    # the scorer prefers the role-subject sentence (its figures): the rule overrides it
    for first, role in (
        (RECALL.split("\n\n")[0], RECALL.split("\n\n")[1]),
        (RELEASE.split("\n\n")[0], RELEASE.split("\n\n")[1]),
    ):
        chosen = choose_topline([_scored(0, first, 0.2), _scored(1, role, 0.4)])
        assert chosen is not None and chosen.view.index == 0


def test_briefs_of_such_stories_lead_with_the_named_news() -> None:
    for text, start in ((RECALL, "Nordvik Foods recalled"), (RELEASE, "More than 300 letters")):
        brief = make_brief(analyze(article_from_text(text)))
        assert brief.topline is not None
        assert brief.topline.text.startswith(start), brief.topline.text


def test_a_role_subject_that_is_the_first_news_stays_the_topline() -> None:
    brief = make_brief(analyze(article_from_text(ONLY)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("The 34-year-old was fined")
