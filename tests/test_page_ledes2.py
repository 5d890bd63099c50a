"""Fixtures for the second round of the twelfth session's editor's read of the Topline and
bullets: a piece cut inside an aside, a quotation's closing mark split from its stop, and a
byline that runs on into its writer's role or outlet (all texts written for these tests)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.cut_rules import cut_short
from topline.brief.page_kind import byline_name, writer_source
from topline.brief.page_rules import boilerplate
from topline.brief.sentence_rules import fragment, open_bracket
from topline.brief.voice_rules import makes_claim
from topline.ingest import article_from_text
from topline.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "[2 cups spinach, 1 pear, ½ cup oats (or 1 slice rye bread), 1 tbsp.",
        "Mix the flour with the butter (or 2 tbsp.",
        "Guests who bought seats online came to the Riverside Hall to see <",
    ],
)
def test_a_piece_cut_inside_an_aside_is_a_fragment(text: str) -> None:
    assert open_bracket(text)
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor (a former teacher) opened the school on Monday.",
        "The plan has three parts: 1) taxes, 2) spending and 3) debt.",
        "The index rose 3 points [to 104] in March.",
        "Shares fell 5% in early trading.",
    ],
)
def test_a_sentence_with_its_brackets_closed_is_no_fragment_for_them(text: str) -> None:
    assert not open_bracket(text)


def test_a_quotation_closed_on_the_next_line_is_shown_with_no_space_before_its_mark() -> None:
    text = (
        "The council approved the budget for the new library on Tuesday evening.\n\n"
        'The inspectors wrote that the old roof was "beyond any sensible repair.'
        '"\n\nThe library will close for two years while the roof is rebuilt.\n\n'
        "Its books will move to the town hall in the meantime, the council said.\n\n"
        "Readers can still borrow books online during the works."
    )
    brief = compose(analyze(article_from_text(text)))
    shown = [b.text for b in brief.bullets] + [brief.topline.text if brief.topline else ""]
    assert not any('repair. "' in s for s in shown)


@pytest.mark.parametrize(
    ("byline", "outlet", "name"),
    [
        ("Marta Oyelaran Northwind International", "NorthwindIntl", "Marta Oyelaran"),
        ("Colm Ardagh News reporter", "Valley News", "Colm Ardagh"),
        ("Priya Nand Staff Writer", None, "Priya Nand"),
        ("Harbour Post wire services", "The Harbour Post", None),
        ("Leon van der Berg", "Northwind", "Leon van der Berg"),
        ("Northwind Ellis", "Northwind Daily", "Northwind Ellis"),
    ],
)
def test_a_byline_that_runs_on_into_a_role_or_the_outlet_names_the_writer(
    byline: str, outlet: str | None, name: str | None
) -> None:
    assert byline_name(byline, outlet) == name


def test_the_writers_credit_leaves_the_outlet_out() -> None:
    article = Article(
        id="x", text="A.", byline="Marta Oyelaran Northwind International", outlet="NorthwindIntl"
    )
    assert writer_source(article).name == "Marta Oyelaran"
    alone = Article(id="y", text="A.", byline="Harbour Post wire services", outlet="Harbour Post")
    assert writer_source(alone).name == "the writer"


SCENE_COLUMN = """
<p>On a wet Tuesday morning last month, forty commuters stood at the old depot gate and
watched the last bus of the night pull out an hour late.</p>
<p>The driver waved, apologised and drove off toward the river with half the seats
empty.</p>
<p>The city's plan for a new depot is a failure of nerve, not of money, and the council
must choose a site this spring.</p>
<p>Every month without a depot costs the transit agency about $40,000 in rent for the old
yard.</p>
<p>Council members say they want more public meetings before they decide on the plan.</p>
<p>A decision this spring would let construction begin before the end of next year.</p>
"""

SCENE_ONLY = """
<p>On a wet Tuesday morning last month, forty commuters stood at the old depot gate and
watched the last bus of the night pull out an hour late.</p>
<p>The driver waved, apologised and drove off toward the river with half the seats
empty.</p>
<p>Two riders walked home in the rain, and a third called a cab that never came.</p>
<p>The agency later blamed a broken gearbox and a driver who had called in sick.</p>
"""


def _column(body: str) -> Article:
    from topline.ingest.html import article_from_html

    html = (
        "<html><head><title>The depot can't wait</title>"
        '<meta property="article:opinion" content="true">'
        '<meta name="author" content="Dana Whitfield"></head>'
        f"<body><article><h1>The depot can't wait</h1>{body}</article></body></html>"
    )
    return article_from_html(html, url="https://example.org/2024/03/depot")


def test_a_column_that_opens_on_a_scene_is_credited_with_its_argument() -> None:
    brief = compose(analyze(_column(SCENE_COLUMN)))
    assert brief.page_kind == "opinion"
    assert brief.topline is not None
    assert brief.topline.text.startswith("The city's plan for a new depot is a failure")
    assert brief.topline_attribution is not None
    assert brief.topline_attribution.name == "Dana Whitfield"


def test_a_column_with_no_claim_near_the_top_tells_its_scene_uncredited() -> None:
    brief = compose(analyze(_column(SCENE_ONLY)))
    assert brief.page_kind == "opinion"
    assert brief.topline is not None and brief.topline.text.startswith("On a wet Tuesday")
    assert brief.topline_attribution is None


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The delay is a failure of nerve, not of money.", True),
        ("The council must choose a site this spring.", True),
        ("Nobody at city hall doesn't see it.", True),
        ("It's time the council stopped waiting.", True),
        ("In the last seconds of the game, the striker pulled off his boot.", False),
        ("While fans slept, the mayor was busy signing the contract.", False),
        ('"The plan is dead," the mayor said on Monday.', False),
        ("Is the depot worth the wait?", False),
    ],
)
def test_a_claim_is_a_present_or_modal_verb_in_the_writers_voice(text: str, claim: bool) -> None:
    assert makes_claim(text) is claim


@pytest.mark.parametrize(
    "text",
    [
        "Pro tip: Get more ideas for a quick weeknight dinner here!",
        "See the full list of closures here.",
        "Read our review of the new tablet here",
    ],
)
def test_a_links_call_to_action_is_boilerplate(text: str) -> None:
    assert boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they see no reason to keep the shelter open here.",
        "The family has lived here since 1998.",
    ],
)
def test_a_sentence_that_only_ends_on_here_is_no_call_to_action(text: str) -> None:
    assert not boilerplate(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("The mare is now nine and, according to her trainer Ines Varga.", True),
        ("Turnout fell but, according to the county clerk.", True),
        ("Turnout fell by a third, according to the county clerk.", False),
        ("Turnout fell and, according to the clerk, will fall again.", False),
    ],
)
def test_an_attribution_whose_claim_was_cut_off_is_a_cut_sentence(text: str, cut: bool) -> None:
    assert cut_short(text) is cut


@pytest.mark.parametrize(
    ("text", "agate"),
    [
        ("Eastfield Mara Quint 4 saves.", True),
        ("Eastfield (2-1): Mara Quint 4 saves.", True),
        ("Okafor 21 points.", True),
        ("Lena Brandt 12 points and 5 rebounds.", True),
        ("Okafor scored 21 points in the win.", False),
        ("Eastfield won by 21 points.", False),
    ],
)
def test_a_box_scores_line_is_a_fragment(text: str, agate: bool) -> None:
    assert fragment(text) is agate
