"""Decoding, normalisation and scraped-text cleaning: what goes, what stays, what it tells us."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.errors import BadEncoding, EmptyInput, ExtractionError, NotText, TooLarge
from topline.ingest import article_from_text
from topline.ingest.clean import Cleaned, clean
from topline.ingest.datelines import date_line
from topline.ingest.text import decode, normalise

CLEAN = Path(__file__).resolve().parent / "fixtures" / "clean"


def _cleaned(name: str) -> tuple[str, Cleaned]:
    raw = normalise((CLEAN / name).read_text(encoding="utf-8"))
    return raw, clean(raw)


def _assert_faithful(raw: str, cleaned: Cleaned) -> None:
    """The text is the pieces of the input joined by newlines, and nothing went missing."""
    rebuilt = []
    previous_end = None
    for start, end in cleaned.pieces:
        if previous_end is not None:
            gap = raw[previous_end:start]
            rebuilt.append("\n\n" if "\n\n" in gap.replace(" ", "") else "\n")
        rebuilt.append(raw[start:end])
        previous_end = end
    assert "".join(rebuilt) == cleaned.text
    kept = Counter(ch for ch in cleaned.text if not ch.isspace())
    removed = Counter(ch for r in cleaned.removed for ch in r.text if not ch.isspace())
    assert kept + removed == Counter(ch for ch in raw if not ch.isspace())


# --- decoding and normalisation -----------------------------------------------------------


def test_decode_reads_cp1252_text_with_curly_quotes_and_accents() -> None:
    data = "The café’s owner said “no” — twice.".encode("cp1252")
    assert decode(data) == "The café’s owner said “no” — twice."


def test_decode_reads_utf16_with_byte_order_mark() -> None:
    assert decode("Résumé of the day".encode("utf-16")) == "Résumé of the day"


def test_decode_drops_utf8_byte_order_mark() -> None:
    assert decode(b"\xef\xbb\xbfHello") == "Hello"


@pytest.mark.parametrize(
    "data",
    [
        b"Caf\xe9 au lait \xff\xfe is not UTF-8 text",
        "Café".encode() + b"\xe9 is half UTF-8 and half Latin-1",
        bytes(range(0x80, 0x100)) * 4,
    ],
)
def test_decode_refuses_bytes_no_encoding_reads_as_text(data: bytes) -> None:
    with pytest.raises(BadEncoding, match="not valid UTF-8"):
        decode(data, source="x.txt")


def test_decode_tries_declared_charsets_after_utf8() -> None:
    text = "Правительство объявило о новых мерах."
    assert decode(text.encode("cp1251"), declared=[None, "nonsense", "windows-1251"]) == text
    assert decode("Café".encode(), declared=["windows-1251"]) == "Café"  # UTF-8 wins


def test_decode_skips_a_declared_charset_that_shows_mojibake() -> None:
    with pytest.raises(BadEncoding, match="not valid UTF-8"):
        decode("Café".encode() + b"\xe9 is half UTF-8", declared=["iso-8859-1"])


def test_decode_accepts_legacy_text_with_a_stray_control_character() -> None:
    text = "The café owner rang the bell\x07 twice before the inspectors came in."
    assert decode(text.encode("cp1252")) == text


def test_decode_refuses_binary_data() -> None:
    with pytest.raises(NotText):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotText, match="control bytes"):
        decode(bytes(range(1, 9)) * 100)


def test_decode_refuses_oversize_input_with_one_line_message() -> None:
    with pytest.raises(TooLarge) as info:
        decode(b"a" * 101, source="big.txt", max_bytes=100)
    assert "\n" not in str(info.value) and str(info.value).startswith("big.txt: ")


def test_normalise_composes_and_cleans_invisible_characters() -> None:
    raw = "Cafe\u0301\u00a0bar\u200b\r\nnext\u2028line\x07 end\u00adless"
    assert normalise(raw) == "Café bar\nnext\nline endless"


def test_whitespace_only_input_is_empty() -> None:
    with pytest.raises(EmptyInput, match="white space"):
        article_from_text(" \n\u00a0\u200b\n\t".encode())


def test_input_of_nothing_but_page_furniture_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="share bar"):
        article_from_text("Share Tweet Email\nAdvertisement\n")


# --- cleaning styles ----------------------------------------------------------------------


def test_wire_story_keeps_dateline_and_turns_footer_into_metadata() -> None:
    raw, c = _cleaned("ap_wire.txt")
    assert c.text.startswith("WASHINGTON (AP) — A Senate committee voted 14-8")
    assert c.text.endswith("before any new money is released.")
    assert (c.title, c.byline) == (
        "Senate Panel Advances Bill on Rural Broadband Grants",
        "MARIA GONZALEZ and TOM BAKER",
    )
    assert (c.outlet, c.published) == ("The Associated Press", "2021-03-04")
    reasons = {r.reason for r in c.removed}
    assert {"title", "byline", "date line", "credit line", "copyright notice"} <= reasons
    assert "contributed to this report" not in c.text and "©" not in c.text
    _assert_faithful(raw, c)


def test_reuters_credit_line_gives_byline_without_editors_or_place() -> None:
    raw, c = _cleaned("reuters.txt")
    assert c.byline == "Kate Holton"
    assert c.outlet == "Reuters"
    assert "Editing by" not in c.text and c.text.endswith("largely been expected.")
    _assert_faithful(raw, c)


def test_scraped_page_loses_navigation_share_ads_captions_and_prompts() -> None:
    raw, c = _cleaned("scraped.txt")
    assert c.title == "Chipmaker Delays New Factory as Demand Cools"
    assert c.byline == "Priya Natarajan"
    assert c.published == "2022-05-12"
    assert c.text.splitlines() == [
        "A large chipmaker said on Thursday it would delay the opening of a new factory by at "
        "least a year, blaming weaker demand for the processors used in laptops and phones.",
        "The company had promised the plant would employ 3,000 people when it was announced two "
        "years ago, and local officials had approved tax breaks worth $200 million.",
        "Executives told investors that orders from computer makers fell 18% in the first "
        "quarter, the steepest drop since the company began reporting the figure.",
        "Workers at the site will be moved to other projects, a spokeswoman said, and no one "
        "will lose their job.",
    ]
    reasons = Counter(r.reason for r in c.removed)
    assert reasons["title"] == 1 and reasons["repeated title"] == 1
    for reason in ("navigation", "breadcrumb", "share bar", "advertisement", "read more"):
        assert reasons[reason] == 1, reason
    assert reasons["image caption"] == 2
    assert reasons["sign-up prompt"] == 1 and reasons["cookie notice"] == 1
    _assert_faithful(raw, c)


def test_tribune_footer_gives_outlet_and_licensor() -> None:
    raw, c = _cleaned("tribune.txt")
    assert c.outlet == "Los Angeles Times"
    assert c.licensor == "Tribune Content Agency"
    assert "Distributed" not in c.text and "latimes.com" not in c.text
    _assert_faithful(raw, c)


def test_press_release_drops_markers_and_contacts_and_keeps_issuer() -> None:
    raw, c = _cleaned("press_release.txt")
    assert c.title == "Acme Robotics Opens Research Center in Denver"
    assert (c.outlet, c.licensor, c.published) == ("Acme Robotics", "PR Newswire", "2021-09-14")
    assert c.text.startswith("DENVER, Sept. 14, 2021 /PRNewswire/ -- Acme Robotics")
    assert "###" not in c.text and "press@" not in c.text and "IMMEDIATE" not in c.text
    _assert_faithful(raw, c)


def test_breadcrumb_glued_before_repeated_title_is_cut() -> None:
    raw = (
        "Home Politics Congress Senate Passes Stopgap Budget Bill\n"
        "Senate Passes Stopgap Budget Bill\n\n"
        "The Senate passed a stopgap spending bill late on Friday, averting a shutdown that "
        "would have begun at midnight, and sent it to the House for a vote next week.\n"
    )
    c = clean(raw)
    assert c.title == "Senate Passes Stopgap Budget Bill"
    assert c.text.startswith("The Senate passed")
    assert [(r.text, r.reason) for r in c.removed] == [
        ("Home Politics Congress", "breadcrumb"),
        ("Senate Passes Stopgap Budget Bill", "title"),
        ("Senate Passes Stopgap Budget Bill", "repeated title"),
    ]
    _assert_faithful(raw, c)


def test_newscred_style_footer_glued_to_last_paragraph_is_cut_there() -> None:
    raw = (
        "Officials said the bridge would reopen in June after repairs to its deck were finished "
        "ahead of schedule. This article was written by Ana Ruiz from The Daily Ledger and was "
        "legally licensed through the Acme Content publisher network. Please direct all "
        "licensing questions to rights@example.com."
    )
    c = clean(raw)
    assert c.text.endswith("finished ahead of schedule.")
    assert (c.byline, c.outlet, c.licensor) == ("Ana Ruiz", "The Daily Ledger", "Acme Content")
    _assert_faithful(raw, c)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the agency showed the program had paid for roads that were never built.",
        "Share prices fell sharply on Monday.",
        "Advertisements for the new phone will run during the final match on Sunday night.",
        "The bakery sold 4,000 cookies in a single weekend, the owner said, a record for the shop.",
        "Copyright lawyers for the studio said they would appeal the ruling within a month.",
        "By the end of the year, the company expects to double its workforce in Ohio.",
    ],
)
def test_article_sentences_that_resemble_cruft_are_kept(line: str) -> None:
    raw = "The mayor announced the plan on Monday at a crowded news conference downtown.\n" + line
    c = clean(raw)
    assert line in c.text
    assert c.removed == ()


def test_single_headline_becomes_title_only_when_followed_by_a_body() -> None:
    assert clean("Short note without a body").title is None
    body = "The storm knocked out power to 40,000 homes across three counties overnight. " * 3
    c = clean(f"Storm Leaves Thousands Without Power\n\n{body}")
    assert c.title == "Storm Leaves Thousands Without Power"
    assert c.text == body.strip()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Home News World",
                "A Title For The Story",
                "Share",
                "Advertisement",
                "By Jo Smith",
                "",
                "The council voted on Tuesday to approve the budget after a long debate in the chamber.",
                "© 2020 Example News. All rights reserved.",
                "(Reporting by Jo Smith; Editing by Al Green)",
                "###",
                "  • A bullet with some words in it that says a thing happened.",
                "Media playback is unsupported on your deviceThe minister said the talks failed.",
                "Home Sport A Title For The Story",
                "Crews worked through the night to clear roads. (AP Photo/Jo Smith)",
                "Media contact:",
            ]
        ),
        max_size=12,
    )
)
def test_cleaning_never_rewrites_or_loses_text(lines: list[str]) -> None:
    raw = normalise("\n".join(lines))
    c = clean(raw)
    _assert_faithful(raw, c)


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("(c) Copyright Thomson Reuters 2020. Click for restrictions.", "Thomson Reuters"),
        ("Copyright © 2019 The New York Times Company", "The New York Times Company"),
        ("© Copyright U.S. News & World Report. All rights reserved.", "U.S. News & World Report"),
        ("Copyright 2021 Example Media Group, all rights reserved", "Example Media Group"),
    ],
)
def test_copyright_notice_variants_name_the_outlet(notice: str, holder: str) -> None:
    body = "The mayor announced the plan on Monday at a crowded news conference downtown."
    c = clean(f"{body}\n{notice}")
    assert c.text == body
    assert c.outlet == holder


def test_navigation_contact_link_does_not_start_a_contact_block() -> None:
    lines = ["Home", "Contact", "About us"] + [
        f"Paragraph {i} of the story says something that happened in the city today."
        for i in range(8)
    ]
    raw = "\n".join(lines)
    c = clean(raw)
    assert all(f"Paragraph {i} " in c.text for i in range(8))


def test_press_contact_block_at_the_end_stops_at_the_next_paragraph() -> None:
    body = "\n".join(
        f"Sentence {i} of a release about a new product launch in Ohio." for i in range(4)
    )
    raw = f"{body}\nMedia contact:\nJo Price\n+1 555 0100\n\nA closing paragraph that is part of the text."
    c = clean(raw)
    assert "Jo Price" not in c.text and "555" not in c.text
    assert c.text.endswith("A closing paragraph that is part of the text.")


@pytest.mark.parametrize(
    ("after", "is_title"),
    [
        ("\n\nBERLIN (dpa) — Rail workers walked off the job on Monday across the country.", True),
        (
            "\nLISBON — Rail workers walked off the job on Monday across the country and beyond.",
            True,
        ),
        ("\nBy Ana Costa\nRail workers walked off the job on Monday across the country.", True),
        ("\n\nRail workers walked off the job on Monday across the country and beyond it.", True),
        ("\nRail workers walked off the job on Monday across the country and beyond it.", False),
    ],
)
def test_sentence_case_headline_is_a_title_only_when_set_apart(after: str, is_title: bool) -> None:
    headline = "Rail strike halts trains across the country"
    more = " Unions said the strike would last two days, and talks are set for Friday morning."
    c = clean(headline + after + more * 2)
    assert (c.title == headline) is is_title
    assert (headline in c.text) is not is_title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jan 16, 2020, 10:59am EST", ("2020-01-16", False)),
        ("Updated 3:15 PM ET, Thu January 16, 2020", ("2020-01-16", True)),
        ("Published: 16 Jan 2020 10:32 GMT", ("2020-01-16", False)),
        ("Posted on March 3rd, 2021 at 9:00 a.m.", ("2021-03-03", False)),
        ("2020-01-16", ("2020-01-16", False)),
        ("January 16, 2020 was a cold day", None),
    ],
)
def test_date_lines_are_only_dates(line: str, expected: tuple[str, bool] | None) -> None:
    assert date_line(line) == expected


def test_short_text_that_repeats_itself_is_kept_not_taken_for_a_title() -> None:
    raw = "Café au lait, naïve façade, São Paulo.\n" * 3
    c = clean(raw)
    assert c.title is None and c.removed == ()
    assert c.text == raw.strip()


_RELEASE_BODY = (
    "Cascade Labs Opens Plant in Oregon\n\n"
    "PORTLAND, Ore., May 2, 2023 /PRNewswire/ -- Cascade Labs today opened a battery plant "
    "in Portland that will employ 400 people by the end of next year.\n\n"
    '"Oregon gives us the workers and the clean power we need," said Lee Tran, the chief '
    "executive of Cascade Labs.\n\n"
    "The plant will make cells for electric buses and delivery vans sold in North America.\n\n"
)


def _reasons(c: Cleaned) -> dict[str, str]:
    return {r.text: r.reason for r in c.removed}


def test_press_release_about_section_and_contact_block_are_removed() -> None:
    raw = _RELEASE_BODY + (
        "About Cascade Labs\n"
        "Cascade Labs designs and builds lithium battery cells for commercial vehicles.\n\n"
        "The company was founded in 2015 and employs 2,000 people in three countries.\n\n"
        "Contact: Mia Stone\n"
        "+1 555 0199\n\n"
        "###"
    )
    c = clean(normalise(raw))
    assert c.text.endswith("sold in North America.")
    reasons = _reasons(c)
    assert reasons["About Cascade Labs"] == "press-release about section"
    assert reasons["The company was founded in 2015 and employs 2,000 people in three countries."]
    assert "contact" in reasons["Contact: Mia Stone"]
    assert "###" in reasons
    _assert_faithful(normalise(raw), c)


def test_about_section_at_the_very_end_of_a_wire_release_is_removed() -> None:
    raw = _RELEASE_BODY.replace("/PRNewswire/ --", "(BUSINESS WIRE) --") + (
        "About Cascade Labs, Inc.:\n"
        "Founded in 2015, the company designs lithium battery cells for trucks and buses."
    )
    c = clean(normalise(raw))
    assert c.text.endswith("sold in North America.")
    assert _reasons(c)["About Cascade Labs, Inc.:"] == "press-release about section"


def test_about_section_that_describes_its_company_is_removed_without_a_wire() -> None:
    raw = _RELEASE_BODY.replace(" /PRNewswire/", "") + (
        "About Cascade Labs\nCascade Labs is a maker of battery cells based in Portland, Oregon."
    )
    c = clean(normalise(raw))
    assert "Cascade Labs is a maker" not in c.text
    assert "About Cascade Labs" not in c.text


@pytest.mark.parametrize(
    "ending",
    [
        # a subhead in the middle of a story, more story after it
        "About the money\nThe grant covers two years of work by the lab's engineers.\n\n"
        "About Town\nResidents were divided on the plan at a meeting on Tuesday night.\n\n"
        "The council will vote on the plan next month after a final public hearing.",
        # a closing subhead of a normal article whose paragraph does not describe it
        "About the study\nResearchers followed 3,000 patients for a decade in four cities.",
        # a sentence that starts with "About"
        "About 200 people attended the opening on Saturday, the company said.",
    ],
)
def test_about_lines_in_a_normal_article_are_kept(ending: str) -> None:
    body = (
        "The city council approved a plan on Monday to build a new water plant on the river.\n\n"
        "The plant will cost $40 million and open in 2027, officials said at the meeting.\n\n"
        "Engineers said the old plant could no longer meet federal standards for lead.\n\n"
    )
    c = clean(normalise(body + ending))
    assert c.text.endswith(ending.split("\n")[-1])
    for line in ending.split("\n"):
        assert line.strip() in c.text
    assert all("about" not in r.reason for r in c.removed)


def test_a_hard_wrapped_sentence_is_joined_and_its_quote_found_whole() -> None:
    text = (
        "Residents of the valley were told to leave their homes on Sunday night after the\n"
        "river rose two metres in six hours.\n"
        '"The\n'
        'water came faster than anyone expected," said the mayor, Ana Ruiz.\n'
        "Buses took 300 people to shelters in the town."
    )
    cleaned = clean(text)
    assert "on Sunday night after the river rose" in cleaned.text
    assert '"The water came faster' in cleaned.text
    # A line that ends a sentence, or a next line in upper case, keeps its line break.
    assert "six hours.\n" in cleaned.text
    assert "Ana Ruiz.\nBuses" in cleaned.text
    from topline.analyze import analyze

    analysis = analyze(article_from_text(text))
    quotes = [q.content_span.of(analysis.article.text) for q in analysis.quotes]
    assert "The water came faster than anyone expected" in quotes
    for start, end in cleaned.pieces:
        assert text[start:end] in cleaned.text


def test_a_repeated_sentence_tail_in_hard_wrapped_text_is_not_taken_for_a_title() -> None:
    raw = (
        "officials said that 3,000\ntroops were affected in\nBaghdad Wednesday. “Troops in\n"
        "Baghdad will not stop,” Maria\nLopez said Wednesday.\n\n“Troops in Baghdad will not\n"
        "stop,” officials said\nWednesday. “Troops in Baghdad\nwill not stop,” Maria Lopez\n"
        "said Wednesday."
    )
    cleaned = clean(raw)
    assert cleaned.title is None and cleaned.removed == ()
    assert cleaned.text.endswith("Maria Lopez said Wednesday.")
