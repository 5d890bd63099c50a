"""A story in Topline form is parsed whole from every form it arrives in: a full page, a bare
HTML fragment (a CMS export) and extracted text; what cannot be recovered is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from topline.brief.parse import parse_topline
from topline.ingest.html import article_from_html
from topline.ingest.topline_html import render_topline_html
from topline.model import Article, Brief
from topline.render.brief import render_markdown

FORMS = Path(__file__).resolve().parent / "fixtures" / "topline_form"


def _from_html(name: str) -> Brief:
    article = article_from_html((FORMS / name).read_text(encoding="utf-8"), source=name)
    brief = parse_topline(article)
    assert brief is not None, article.text
    return brief


def test_fragment_with_capital_labels_keeps_every_key_fact() -> None:
    brief = _from_html("pools_fragment.html")
    assert brief.topline is not None
    assert brief.topline.text.startswith("The city of Alderbrook will close three")
    assert [b.text[:20] for b in brief.bullets] == [
        "Only 41 lifeguards a",
        "The two pools that s",
        "Starting pay rises t",
    ]
    assert brief.big_number is not None and brief.big_number.text.startswith("79")
    assert len(brief.key_background) == 1
    assert brief.missing == ()


def test_full_page_keeps_six_key_facts_and_leaves_navigation_out() -> None:
    brief = _from_html("harbour_page.html")
    assert len(brief.bullets) == 6
    assert brief.bullets[-1].text.startswith("The authority will pay")
    texts = " ".join(b.text for b in brief.bullets)
    assert "Privacy" not in texts and "Sports" not in texts
    assert brief.missing == ()


def test_a_quotation_of_two_sentences_is_kept_whole() -> None:
    quote = _from_html("pools_fragment.html").crucial_quote
    assert quote is not None
    # "Parents’" holds an apostrophe, not the end of the quotation.
    assert quote.text.startswith("“Parents’ frustration is real, and we share it. We would")
    assert quote.text.endswith("enough guards,”")
    assert quote.speaker is not None and quote.speaker.name == "Dana Whitfield"


def test_a_quotation_broken_by_its_attribution_keeps_both_pieces() -> None:
    quote = _from_html("harbour_page.html").crucial_quote
    assert quote is not None
    assert len(quote.spans) == 2
    assert quote.text.endswith("“The ships are not going to wait for us.”")
    assert quote.speaker is not None and quote.speaker.name == "Marcus Bell"


def test_a_fragment_renders_its_labels_and_list_items() -> None:
    text = render_topline_html((FORMS / "pools_fragment.html").read_text(encoding="utf-8"))
    assert text is not None
    assert "KEY FACTS:\n• Only 41 lifeguards" in text
    assert "BIG NUMBER: 79." in text


CAPITALS = """\
TOPLINE The county will open two new polling stations before the November election after \
voters waited up to four hours in the spring primary, officials said Friday.

KEY FACTS
• The stations will open in the library on Oak Street and in the old fire hall.
• Each will have twelve voting machines, up from six at the busiest current site.

CRUCIAL QUOTE
“Nobody should wait four hours to vote. Nobody will this time,” county clerk Ramon Ellis said.
"""


def test_topline_label_in_capitals_without_a_colon_is_recognised() -> None:
    brief = parse_topline(Article(id="c", text=CAPITALS))
    assert brief is not None and brief.mode == "parsed"
    assert brief.topline is not None and brief.topline.text.startswith("The county will open")
    assert len(brief.bullets) == 2
    assert brief.crucial_quote is not None
    assert brief.crucial_quote.text.endswith("Nobody will this time,”")


def test_title_case_word_topline_opening_prose_is_not_a_label() -> None:
    text = "Topline Industries said on Monday it would cut 200 jobs at its plant in Ohio.\n"
    assert parse_topline(Article(id="p", text=text)) is None


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (  # the Key facts were lost on the way (no label, no bullets)
            "Topline: The council approved the budget on Tuesday after a long debate.\n\n"
            "Big number: 12. That is how many hours the debate lasted.\n",
            ("bullets",),
        ),
        (  # labelled sections with nothing the parser can read
            "Topline: The council approved the budget on Tuesday after a long debate.\n\n"
            "Key facts:\n• The vote was 7-2.\n\nBig number:\n\nKey background:\n",
            ("big_number", "key_background"),
        ),
    ],
)
def test_sections_the_parse_cannot_recover_are_named(text: str, missing: tuple[str, ...]) -> None:
    brief = parse_topline(Article(id="m", text=text))
    assert brief is not None
    assert brief.missing == missing
    assert "Not recovered from the article" in render_markdown(brief)


def test_a_lone_top_line_menu_entry_does_not_take_over_the_page() -> None:
    story = " ".join(
        f"<p>The regional water board said on Monday that reservoir {i} was {40 + i} percent full, "
        "its lowest level for the season, and asked households to cut their use.</p>"
        for i in range(6)
    )
    page = (
        "<html><body><div class='menu'><a href='/top'>Top Line</a> <a href='/x'>Sport</a></div>"
        f"<article><h1>Reservoirs run low</h1>{story}</article></body></html>"
    )
    assert render_topline_html(page) is None
    article = article_from_html(page, source="menu.html")
    assert "reservoir 5 was 45 percent full" in article.text
    assert parse_topline(article) is None


EXTRACTED = """\
Topline

The county will open two new polling stations before the November election, officials said Friday.

Key Facts

The stations will open in the library on Oak Street and in the old fire hall.

Each will have twelve voting machines, up from six at the busiest current site.

Crucial Quote

“Nobody should wait four hours to vote,” county clerk Ramon Ellis said. “Nobody will.”
"""


def test_extracted_text_with_labels_on_their_own_lines_and_no_bullet_marks() -> None:
    brief = parse_topline(Article(id="e", text=EXTRACTED))
    assert brief is not None
    assert len(brief.bullets) == 2
    assert brief.crucial_quote is not None and len(brief.crucial_quote.spans) == 2
    assert brief.crucial_quote.speaker is not None
    assert brief.crucial_quote.speaker.name == "Ramon Ellis"
    assert brief.missing == ()
