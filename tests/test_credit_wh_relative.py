"""No source tag from the subject of a relative clause opened by a wh-word ("in which Judge
Roe cited …", "where the mayor has promised …", "in what Ann Lee called …", "whose lawyers
argued …"): the sentence's own words are the writer's, the source only speaks in a clause
about one of its nouns (seventeenth session). Texts written for these tests; each analysis
holds the (wrong) credit the analysis made, so the brief's refusal is what is tested."""

from __future__ import annotations

import pytest

from topline.brief.credit_clauses import refused
from topline.model import Analysis, Article, Attribution, EntityCluster, Source, Span
from topline.testing import span_of


def _analysis(text: str, name: str, mention: str, cue: str, claim: str) -> Analysis:
    start = text.index(mention)
    span = Span(start, start + len(mention))
    cluster = EntityCluster(id=name, canonical=name, label="PERSON", mentions=(span,))
    return Analysis(
        article=Article(id="t", text=text),
        clusters=(cluster,),
        attributions=(
            Attribution(
                claim_span=span_of(text, claim),
                source=Source(name, span, cluster=name, kind="person"),
                cue_span=span_of(text, cue),
            ),
        ),
    )


@pytest.mark.parametrize(
    ("text", "name", "mention", "cue", "claim"),
    [
        (
            "The Tuesday order, in which Judge Nora Kell cited the public's interest in the "
            "case, was issued after a request by two newspapers.",
            "Nora Kell",
            "Judge Nora Kell",
            "cited",
            "the public's interest in the case",
        ),
        (
            "The council will vote on the budget and send it to the mayor, where Mayor Lou "
            "Brandt has promised to sign it.",
            "Lou Brandt",
            "Mayor Lou Brandt",
            "promised",
            "to sign it",
        ),
        (
            "The club grew fast in what Ann Lee called its golden years, and then it shrank.",
            "Ann Lee",
            "Ann Lee",
            "called",
            "its golden years",
        ),
        (
            "The verdict was a blow for the builder, whose lawyers argued the permits were valid.",
            "the builder",
            "whose lawyers",
            "argued",
            "the permits were valid",
        ),
    ],
)
def test_the_subject_of_a_wh_relative_clause_is_no_source(
    text: str, name: str, mention: str, cue: str, claim: str
) -> None:
    a = _analysis(text, name, mention, cue, claim)
    assert refused(a, a.attributions[0].source, a.attributions[0].cue_span)


@pytest.mark.parametrize(
    ("text", "name", "mention", "cue", "claim"),
    [
        # the main clause's own speaker keeps the tag
        (
            "Mayor Lou Brandt said the budget would pass, which surprised nobody.",
            "Lou Brandt",
            "Mayor Lou Brandt",
            "said",
            "the budget would pass",
        ),
        # a pronoun after the relative word goes on about the main clause's subject
        (
            "Brandt defended the budget, which he said would cut waiting lists.",
            "Lou Brandt",
            "he",
            "said",
            "would cut waiting lists",
        ),
        # "What" opening a question is not read back into another clause
        (
            "Ann Lee said what the club needed was a new pitch.",
            "Ann Lee",
            "Ann Lee",
            "said",
            "what the club needed was a new pitch",
        ),
    ],
)
def test_the_main_clause_speaker_keeps_the_tag(
    text: str, name: str, mention: str, cue: str, claim: str
) -> None:
    a = _analysis(text, name, mention, cue, claim)
    assert not refused(a, a.attributions[0].source, a.attributions[0].cue_span)
