"""Parsing articles already in Topline form: every section, with spans into the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.brief.parse import parse_topline
from topline.brief.parse_sources import fallback_attribution, fullest_name
from topline.model import (
    Analysis,
    Article,
    Attribution,
    BackgroundItem,
    BigNumber,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    Entity,
    EntityCluster,
    Section,
    Source,
    Span,
    join_spans,
)

FULL = """\
Topline: Regulators fined the airline $30 million on Monday for leaving passengers stuck on \
delayed planes, the largest penalty of its kind.

Key facts:
• The Transportation Department said 120 flights were held on the tarmac for more than three \
hours last winter, according to the Wall Street Journal.
• Airline spokeswoman Rita Moreno said the company had added de-icing crews at its busiest hubs.
• Passenger groups welcomed the fine, reported Reuters.

Crucial quote: “We will not let families sit for hours without water,” Transportation \
Secretary Paul Diaz said at a news conference Monday.

Big number: 120. That’s how many flights were stranded on the tarmac for over three hours \
after the January storms.

Key background: Congress passed a passenger rights law in 2010 that caps tarmac delays.

What to watch for: Whether other carriers face similar penalties this year.

Tangent: The airline also faces a lawsuit over lost luggage.

Surprising fact: Half of the delays happened at a single airport.

Chief critic: Senator Maria Lopez called the fine too small.

Contra: The airline says weather, not staffing, caused the delays.

News peg: The fine comes a week before the holiday travel season.

What we don’t know: How much of the fine will go to passengers.

Further reading: The airline’s winter operations plan (Example Times)

Editor's note: The fine was announced in a press release.
"""


def _article(text: str) -> Article:
    return Article(id="t", text=text)


def _assert_grounded(brief: Brief, text: str) -> None:
    """Every element's text is its spans joined, and no span holds a label or a marker."""
    elements: list[Element | Bullet | CrucialQuote | BigNumber | BackgroundItem | Section | None]
    elements = [brief.topline, brief.crucial_quote, brief.big_number, *brief.bullets]
    elements += [*brief.key_background, *brief.extra_sections]
    for element in elements:
        if element is None:
            continue
        assert element.text == join_spans(text, element.spans)
        for span in element.spans:
            piece = text[span.start : span.end]
            assert piece == piece.strip() and piece
            assert not piece.startswith(("•", "- ", "* ", "Topline", "Key facts"))


def test_full_topline_article_parses_every_section() -> None:
    brief = parse_topline(_article(FULL))
    assert brief is not None and brief.mode == "parsed"
    _assert_grounded(brief, FULL)
    assert brief.topline is not None
    assert brief.topline.text.startswith("Regulators fined the airline $30 million")
    assert brief.topline.text.endswith("the largest penalty of its kind.")
    assert [b.text.split()[:2] for b in brief.bullets] == [
        ["The", "Transportation"],
        ["Airline", "spokeswoman"],
        ["Passenger", "groups"],
    ]
    quote = brief.crucial_quote
    assert quote is not None
    assert quote.text == "“We will not let families sit for hours without water,”"
    assert quote.speaker is not None and quote.speaker.name == "Paul Diaz"
    assert quote.cue == "said" and quote.context == "at a news conference Monday"
    assert quote.context_span is not None
    assert FULL[quote.context_span.start : quote.context_span.end] == quote.context
    number = brief.big_number
    assert number is not None and number.value == 120
    assert number.counts == "flights stranded on the tarmac for over three hours"
    assert [item.text for item in brief.key_background] == [
        "Congress passed a passenger rights law in 2010 that caps tarmac delays."
    ]
    assert [s.label for s in brief.extra_sections] == [
        "What to watch for",
        "Tangent",
        "Surprising fact",
        "Chief critic",
        "Contra",
        "News peg",
        "What we don't know",
        "Further reading",
        "Editor's note",
    ]
    assert brief.extra_sections[-1].text == "The fine was announced in a press release."


def test_bullet_attributions_come_from_the_bullets_own_words() -> None:
    brief = parse_topline(_article(FULL))
    assert brief is not None
    names = [b.attribution.name if b.attribution else None for b in brief.bullets]
    assert names == ["Wall Street Journal", "Rita Moreno", "Reuters"]
    for bullet in brief.bullets:
        assert bullet.attribution is not None and bullet.attribution.span is not None
        span = bullet.attribution.span
        assert bullet.spans[0].start <= span.start and span.end <= bullet.spans[-1].end


@pytest.mark.parametrize(
    "opening",
    ["Topline: ", "TOPLINE: ", "topline:", "Topline — ", "Topline:\n", "Top line: "],
)
def test_topline_label_any_case_and_separator(opening: str) -> None:
    text = f"{opening}The city opened its first public library in 1901.\n\n- It had 500 books.\n"
    brief = parse_topline(_article(text))
    assert brief is not None and brief.topline is not None
    assert brief.topline.text == "The city opened its first public library in 1901."
    assert [b.text for b in brief.bullets] == ["It had 500 books."]
    _assert_grounded(brief, text)


def test_topline_label_without_colon_needs_another_section_label() -> None:
    alone = "Topline results from the survey were shared with the board on Friday.\n"
    assert parse_topline(_article(alone)) is None
    with_sections = alone + "\nKey facts:\n- The survey had 900 answers.\n"
    brief = parse_topline(_article(with_sections))
    assert brief is not None and brief.topline is not None
    assert brief.topline.text == "results from the survey were shared with the board on Friday."


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday. Its topline budget figure was $4 million.\n",
        "Officials released the topline: a 3% rise in prices.\n",
        "A plain news story with no sections at all.\n\nA second paragraph.\n",
    ],
)
def test_article_not_in_topline_form_gives_none(text: str) -> None:
    assert parse_topline(_article(text)) is None


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Key facts", "bullets"),
        ("key fact", "bullets"),
        ("KEY FACTS", "bullets"),
        ("Crucial quote", "crucial_quote"),
        ("crucial quotes", "crucial_quote"),
        ("Big number", "big_number"),
        ("BIG NUMBER", "big_number"),
        ("Key background", "key_background"),
    ],
)
@pytest.mark.parametrize("colon", [":", ""])
def test_core_section_labels_any_case_with_or_without_colon(
    label: str, field: str, colon: str
) -> None:
    body = {
        "bullets": "- The river rose 2 meters overnight.",
        "crucial_quote": "“We are ready,” Mayor Ana Silva said Tuesday.",
        "big_number": "2: meters the river rose overnight.",
        "key_background": "The levee was built in 1962.",
    }[field]
    text = f"Topline: The river flooded the old town.\n\n{label}{colon}\n{body}\n"
    brief = parse_topline(_article(text))
    assert brief is not None
    _assert_grounded(brief, text)
    value = getattr(brief, field)
    assert value, f"{label!r} was not read into {field}"
    assert not brief.extra_sections


@pytest.mark.parametrize(
    "bullets",
    [
        "1. Schools closed.\n2. Buses stopped.\n3. Shops shut early.",
        "1) Schools closed.\n2) Buses stopped.\n3) Shops shut early.",
        "- Schools closed.\n- Buses stopped.\n- Shops shut early.",
        "* Schools closed.\n* Buses stopped.\n* Shops shut early.",
        "Schools closed.\nBuses stopped.\nShops shut early.",
    ],
)
def test_key_facts_bullet_styles(bullets: str) -> None:
    text = f"Topline: A snowstorm shut the city.\n\nKey facts:\n{bullets}\n"
    brief = parse_topline(_article(text))
    assert brief is not None
    assert [b.text for b in brief.bullets] == [
        "Schools closed.",
        "Buses stopped.",
        "Shops shut early.",
    ]
    _assert_grounded(brief, text)


def test_wrapped_bullet_lines_join_into_one_fact() -> None:
    text = (
        "Topline: A storm hit.\n\nKey facts:\n- Power failed in\n  three counties.\n- Roads shut.\n"
    )
    brief = parse_topline(_article(text))
    assert brief is not None
    assert [b.text for b in brief.bullets] == ["Power failed in three counties.", "Roads shut."]
    assert len(brief.bullets[0].spans) == 2
    _assert_grounded(brief, text)


@pytest.mark.parametrize(
    ("section", "value", "counts"),
    [
        (
            "3,000. That’s how many nurses were hired by the state since 2019.",
            3000,
            "nurses hired by the state",
        ),
        (
            "$1.2 billion. That’s the amount of aid the bill sends to farmers.",
            1.2e9,
            "aid the bill sends to farmers",
        ),
        (
            "45%: the share of voters who backed the measure, according to exit polls.",
            45,
            "the share of voters who backed the measure",
        ),
        ("12 — schools that closed during the heat wave.", 12, "schools that closed"),
        ("About 700: people evacuated from the coast.", 700, "people evacuated from the coast"),
    ],
)
def test_big_number_forms(section: str, value: float, counts: str) -> None:
    text = f"Topline: Something happened.\n\nBig number: {section}\n"
    brief = parse_topline(_article(text))
    assert brief is not None and brief.big_number is not None
    number = brief.big_number
    assert number.value == pytest.approx(value)
    assert number.counts == counts
    assert number.counts == join_spans(text, number.spans[1:])
    _assert_grounded(brief, text)


def test_crucial_quote_with_speaker_before_the_quotation() -> None:
    text = "Topline: A deal was struck.\n\nCrucial quote: Governor Lee Park said Friday: “This is a good day.”\n"
    brief = parse_topline(_article(text))
    assert brief is not None and brief.crucial_quote is not None
    quote = brief.crucial_quote
    assert quote.text == "“This is a good day.”"
    assert quote.speaker is not None and quote.speaker.name == "Lee Park"
    assert quote.context == "Friday"


def test_crucial_quote_with_said_before_speaker_and_surname_resolved() -> None:
    text = (
        "Topline: Economist Dana Whitfield warned of a slowdown.\n\n"
        "Crucial quote: “Growth is stalling,” said Whitfield in an interview.\n"
    )
    brief = parse_topline(_article(text))
    assert brief is not None and brief.crucial_quote is not None
    speaker = brief.crucial_quote.speaker
    assert speaker is not None and speaker.name == "Dana Whitfield" and speaker.span is not None
    assert text[speaker.span.start : speaker.span.end] == "Whitfield"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Prices rose 4%, according to the Labor Department.", "Labor Department", "organization"),
        (
            "Both the Post and the Associated Press reported the deal.",
            "Post and Associated Press",
            "outlet",
        ),
        ("The storm killed six people, reported NBC.", "NBC", "outlet"),
        ("The officials said the plan was ready.", "officials", "unnamed"),
    ],
)
def test_fallback_attribution_phrases(sentence: str, name: str, kind: str) -> None:
    source = fallback_attribution(sentence, Span(0, len(sentence)))
    assert source is not None and source.span is not None
    assert source.name == name and source.kind == kind


def test_officials_are_named_after_their_earlier_fuller_mention() -> None:
    text = "The agency cited two anonymous defense officials. The officials said talks had stalled."
    at = text.index("The officials")
    source = fallback_attribution(text, Span(at, len(text)))
    assert source is not None
    assert (source.name, source.kind) == ("anonymous defense officials", "unnamed")
    assert source.span is not None and text[source.span.start : source.span.end] == "The officials"


def test_sentence_without_a_source_has_no_attribution() -> None:
    sentence = "The river rose two meters overnight and flooded the old town."
    assert fallback_attribution(sentence, Span(0, len(sentence))) is None


def test_fullest_name_uses_analysis_entities_and_drops_titles() -> None:
    text = "Prime Minister Kofi Mensah spoke. Later, Mensah left."
    first = Span(15, 26)
    analysis = Analysis(
        article=_article(text),
        entities=(Entity(span=first, label="PERSON", canonical="Kofi Mensah"),),
        clusters=(
            EntityCluster(id="e0", canonical="Kofi Mensah", label="PERSON", mentions=(first,)),
        ),
    )
    assert fullest_name("Mensah", text, analysis) == "Kofi Mensah"
    assert fullest_name("Mensah", text) == "Kofi Mensah"
    assert fullest_name("the officials", text) == "officials"


def test_analysis_attribution_wins_over_the_fallback() -> None:
    text = "Topline: Rates rose.\n\n- Banks raised rates, the Times reported.\n"
    bullet_at = text.index("Banks")
    source = Source(name="Central Bank", span=None, kind="organization")
    analysis = Analysis(
        article=_article(text),
        attributions=(Attribution(claim_span=Span(bullet_at, len(text) - 1), source=source),),
    )
    brief = parse_topline(_article(text), analysis)
    assert brief is not None
    assert brief.bullets[0].attribution is not None
    assert brief.bullets[0].attribution.name == "Central Bank"
    without = parse_topline(_article(text))
    assert without is not None and without.bullets[0].attribution is not None
    assert without.bullets[0].attribution.name == "Times"


def test_markdown_labels_are_read_and_left_out_of_spans() -> None:
    text = (
        "**Topline:** The bridge reopened on Monday.\n\n## Key facts\n- Traffic resumed at 6 a.m.\n\n"
        "**Big number:** 40,000: cars that cross the bridge each day.\n"
    )
    brief = parse_topline(_article(text))
    assert brief is not None and brief.topline is not None
    assert brief.topline.text == "The bridge reopened on Monday."
    assert [b.text for b in brief.bullets] == ["Traffic resumed at 6 a.m."]
    assert brief.big_number is not None and brief.big_number.value == 40000
    assert brief.big_number.counts == "cars that cross the bridge each day"
    _assert_grounded(brief, text)


def test_coordinated_sources_win_over_an_analysis_source_cut_short() -> None:
    text = "Topline: A deal.\n\n- Both the Times and the Associated Press reported the deal.\n"
    times = Span(text.index("the Times"), text.index("the Times") + len("the Times"))
    bullet = Span(text.index("Both"), len(text) - 1)
    cut_short = Source(name="the Times", span=times, kind="outlet")
    analysis = Analysis(
        article=_article(text), attributions=(Attribution(claim_span=bullet, source=cut_short),)
    )
    brief = parse_topline(_article(text), analysis)
    assert brief is not None and brief.bullets[0].attribution is not None
    assert brief.bullets[0].attribution.name == "Times and Associated Press"


_PIECES = st.sampled_from(
    [
        "Topline: ",
        "TOPLINE ",
        "Key facts:\n",
        "Crucial quote: ",
        "Big number: ",
        "Key background: ",
        "What to watch for: ",
        "Note: ",
        "• ",
        "- ",
        "1. ",
        "\n",
        "\n\n",
        "“We will see,” Mayor Jo Park said Monday.",
        "3,000. That’s how many people were moved after the flood.",
        "The council voted 5-2, according to the Daily Star.",
        "Officials said the road would reopen.",
        "  ",
        "$4 billion: ",
        "topline",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_parsed_briefs_are_always_grounded(pieces: list[str]) -> None:
    text = "".join(pieces)
    brief = parse_topline(_article(text))
    if brief is None:
        return
    elements: list[Element | Bullet | CrucialQuote | BigNumber | BackgroundItem | Section | None]
    elements = [brief.topline, brief.crucial_quote, brief.big_number, *brief.bullets]
    elements += [*brief.key_background, *brief.extra_sections]
    for element in elements:
        if element is not None:
            assert element.text == join_spans(text, element.spans)
            assert all(0 <= s.start <= s.end <= len(text) for s in element.spans)
    for bullet in brief.bullets:
        if bullet.attribution is not None and bullet.attribution.span is not None:
            s = bullet.attribution.span
            assert 0 <= s.start <= s.end <= len(text)


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The ministry, said Monday, would not comment on the plan.", None, None),
        (
            "Prices will rise, people familiar with the matter said.",
            "people familiar with the matter",
            "unnamed",
        ),
        ("The Pentagon said the drills were routine.", "Pentagon", "organization"),
        ("Senator Jo Park told reporters the vote would pass.", "Jo Park", "person"),
    ],
)
def test_fallback_attribution_edge_cases(sentence: str, name: str | None, kind: str | None) -> None:
    source = fallback_attribution(sentence, Span(0, len(sentence)))
    assert (source.name if source else None) == name
    assert (source.kind if source else None) == kind


def test_label_like_lines_inside_a_list_stay_bullets() -> None:
    text = (
        "Topline: Talks resumed.\n\nKey facts:\nIran: the delegation arrived on Monday.\n"
        "Tangent lines were drawn on the map, officials said.\n\nNote: Talks continue Friday.\n"
    )
    brief = parse_topline(_article(text))
    assert brief is not None
    assert [b.text for b in brief.bullets] == [
        "Iran: the delegation arrived on Monday.",
        "Tangent lines were drawn on the map, officials said.",
    ]
    assert [(s.label, s.text) for s in brief.extra_sections] == [("Note", "Talks continue Friday.")]


def test_crucial_quote_speaker_after_a_lower_case_description() -> None:
    text = (
        "Topline: Ports closed.\n\nCrucial quote: “We have never closed every port at once,” "
        "coast guard commander Lena Ortiz told reporters on Monday.\n"
    )
    brief = parse_topline(_article(text))
    assert brief is not None and brief.crucial_quote is not None
    quote = brief.crucial_quote
    assert quote.speaker is not None and quote.speaker.name == "Lena Ortiz"
    assert (quote.cue, quote.context) == ("told", "reporters on Monday")


def test_analysis_officials_are_named_after_their_earlier_mention() -> None:
    text = (
        "Topline: Talks stalled.\n\n- The paper cited two anonymous defense officials.\n"
        "- The officials said the talks had stalled.\n"
    )
    at = text.index("The officials")
    bullet = Span(at, len(text) - 1)
    officials = Source(name="The officials", span=Span(at, at + len("The officials")), kind="other")
    analysis = Analysis(
        article=_article(text), attributions=(Attribution(claim_span=bullet, source=officials),)
    )
    brief = parse_topline(_article(text), analysis)
    assert brief is not None
    source = brief.bullets[1].attribution
    assert source is not None
    assert (source.name, source.kind) == ("anonymous defense officials", "unnamed")
