"""An archive copy's abstract may be the Topline, never a bullet (fifteenth session).

The text is written for this test. On the fourteenth session's code the abstract was left out
of the Topline and the bullets altogether, so a story with a feature lede lost its best
summary; before that, the abstract was the Topline and the story's lede, which restates it,
was a bullet under it.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.headline import abstract_block, restated
from topline.brief.select import Scorer
from topline.ingest import article_from_text

ARCHIVE = (
    "A river town bets on its past;\nMuseum plan divides council.\n\n"
    "ABSTRACT.\n\n"
    "The town council of Millbrook approved a $12 million museum of river trade, betting that "
    "tourists will come to see the old mills.\n\n"
    "FULL TEXT.\n\n"
    "The mill wheels have not turned in Millbrook since 1958, and the river runs brown and slow "
    "past the empty sheds where grandfathers once stacked timber.\n\n"
    "On Tuesday the town council approved a $12 million museum of river trade in the old mills, "
    "hoping that tourists will follow.\n\n"
    "The vote was 5 to 4, and the mayor, Ellen Ward, called it the town's best chance in "
    "decades.\n\n"
    "Opponents said the money should go to the town's roads and its only school.\n\n"
    "The museum is to open in 2028."
)


def test_the_abstract_may_be_the_topline_and_its_restatement_is_no_bullet() -> None:
    analysis = analyze(article_from_text(ARCHIVE))
    brief = make_brief(analysis)
    assert brief.topline is not None
    assert brief.topline.text.startswith("The town council of Millbrook approved")
    assert brief.bullets
    assert not any("On Tuesday the town council approved" in b.text for b in brief.bullets)
    assert not any("Millbrook approved" in b.text for b in brief.bullets)


def test_the_restated_sentence_is_the_story_sentence_most_like_the_abstract() -> None:
    analysis = analyze(article_from_text(ARCHIVE))
    text = analysis.article.text
    abstract = abstract_block(text)
    assert abstract is not None
    summary = next(s for s in analysis.sentences if abstract.overlaps(s.span))
    index = restated(analysis, abstract, summary.span)
    assert index is not None
    again = next(s for s in analysis.sentences if s.index == index)
    assert again.span.of(text).startswith("On Tuesday the town council approved")
    later = next(s for s in analysis.sentences if s.span.of(text).startswith("The vote"))
    assert restated(analysis, abstract, later.span) is None  # the Topline is not the abstract's


#: An archive copy whose story opens with a scene; its news is in the abstract. Written for
#: the second round's test.
SCENE_COPY = (
    "Harbor ferry service to end;\nCity cites costs.\n\n"
    "ABSTRACT.\n\n"
    "The city of Port Ellis will end its harbor ferry service in March after the council "
    "voted to close the route, citing fuel costs.\n\n"
    "FULL TEXT.\n\n"
    "The ferry Margaret left the north pier at 6:10 a.m., as it has every weekday since 1971, "
    "with a dozen commuters reading on its upper deck.\n\n"
    "Riders of the route face an hour-long detour over the Bay Street bridge each way.\n\n"
    "The council voted 6 to 3 on Monday to close the route, and the last crossing is set for "
    "March 31.\n\n"
    "Fuel for the two boats cost the city $2.4 million last year, twice the fares it took in."
)


def _late_scorer() -> Scorer:
    """The shipped scorer with a Topline model that prefers the end of the story: a later
    sentence outscores the abstract and the lede."""
    import dataclasses

    from topline.brief.features import FEATURE_NAMES
    from topline.brief.select import LinearModel, load_model

    shipped = load_model()
    late = LinearModel(
        FEATURE_NAMES,
        (0.0,) * len(FEATURE_NAMES),
        (1.0,) * len(FEATURE_NAMES),
        tuple(3.0 if f == "position_rel" else 0.0 for f in FEATURE_NAMES),
        0.0,
    )
    return dataclasses.replace(
        shipped, topline=late, blend=dataclasses.replace(shipped.blend, topline_lead_weight=0.0)
    )


def test_a_later_story_sentence_does_not_outscore_the_abstract() -> None:
    from topline.brief.compose import compose

    analysis = analyze(article_from_text(SCENE_COPY))
    brief = compose(analysis, model=_late_scorer())
    assert brief.topline is not None
    assert brief.topline.text.startswith("The city of Port Ellis will end its harbor ferry")
