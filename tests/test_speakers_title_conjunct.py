"""A subject made of titles coordinated before a name ("Filmmaker and best-selling author
Rena Castellano said …"): the speaker is the name, the head of the subject's phrase, never
the first title, which the parse makes the subject with the name hung on it as a conjunct or
an apposition. A bare singular count noun cannot be a subject on its own ("Filmmaker said"
is not English). Texts written for this test (seventeenth session, second round); the
first two failed before the rule (the credit was "Filmmaker")."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text


def _sources(text: str) -> set[str]:
    analysis = analyze(article_from_text(text))
    return {a.source.name for a in analysis.attributions if a.source is not None}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Filmmaker and best-selling author Dinesh D'Souza said his new film would open "
            'in 1,200 theaters. "Americans are hungry for this story," D\'Souza said.',
            "Dinesh D'Souza",
        ),
        (
            "Filmmaker and best-selling author Dinesh D'Souza told the crowd that his new "
            "film would open in 1,200 theaters next month.",
            "Dinesh D'Souza",
        ),
    ],
)
def test_titles_before_a_name_credit_the_name(text: str, name: str) -> None:
    sources = _sources(text)
    assert name in sources
    assert not any(s.lower() in {"filmmaker", "best-selling author"} for s in sources)


def test_the_tag_is_the_name() -> None:
    text = (
        "Filmmaker and best-selling author Dinesh D'Souza said his new film would open in "
        "1,200 theaters across the country next month."
    )
    brief = make_brief(analyze(article_from_text(text)))
    tags = {b.attribution.name for b in brief.bullets if b.attribution is not None}
    assert tags <= {"Dinesh D'Souza"}


def test_two_sources_stay_two() -> None:
    """A plural (or a proper noun) before "and" is a source of its own: not a title."""
    text = (
        "Officials and Mayor Lou Brandt said the bridge would stay closed until the "
        "inspectors finish their work next week."
    )
    sources = _sources(text)
    assert "Lou Brandt" in sources or any("Officials" in s for s in sources)


def test_a_single_title_is_unchanged() -> None:
    text = "Author Naomi Klein said the pipeline would never be built across the valley."
    assert "Naomi Klein" in _sources(text)
