"""The editorial audit's rules, one class at a time, on short texts written for the test."""

from __future__ import annotations

import pytest

from topline.brief import editorial_rules as rules
from topline.eval.editorial import Tally, audit_brief, audit_record
from topline.model import (
    BackgroundItem,
    BigNumber,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    Source,
    Span,
    to_dict,
)
from topline.testing import span_of


def _element(article: str, piece: str) -> Element:
    return Element(text=piece, spans=(span_of(article, piece),))


def _kinds(brief: Brief, article: str, published: str | None = None) -> list[str]:
    return sorted(d.kind for d in audit_brief(brief, article, published))


@pytest.mark.parametrize(
    "text",
    [
        "'I informed the chief arbiter about it,",
        'We know how to look," she said.',
        "‘But it was never about me.",
        "The minister called it 'a disgrace.",
        "“It is over.” “We lost.",
    ],
)
def test_unbalanced_quotation_marks_are_found(text: str) -> None:
    assert rules.unbalanced_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said it wouldn't strike in the '90s.",
        "O'Brien said the deal was 'dead', and rock 'n' roll was over.",
        "'[The suspect] ... stated that she did marry him.'",
        "“We won,” he said. ‘It’s done,’ she said.",
        "The fans' chant was heard.",
        "Guards called the detainees 'the \"enemy\"'.",
    ],
)
def test_apostrophes_and_whole_quotes_are_balanced(text: str) -> None:
    assert not rules.unbalanced_quotes(text)


def test_element_starting_in_lower_case_or_mid_sentence_has_no_subject() -> None:
    assert rules.starts_badly("won 19 of the 28 governor posts.")
    assert rules.starts_badly(", and then it rained.")
    assert not rules.starts_badly("iPhone sales fell 5% in March.")
    article = "The Progressive Congress (APC) won 19 of the 28 posts, officials said."
    inside_word = article.index("gress")
    assert rules.starts_mid_sentence(article, (Span(inside_word, len(article)),))
    assert not rules.starts_mid_sentence(article, (Span(0, len(article)),))
    after_comma = article.index("officials")
    assert rules.starts_mid_sentence(article, (Span(after_comma, len(article)),))


def test_run_on_two_sentences_glued_caption_or_too_long() -> None:
    assert rules.run_on("The mayor resigned on Monday. Voters will elect a successor.")
    assert rules.run_on("Police at the scene on Monday\nThe mayor resigned on Monday.")
    assert rules.run_on(" ".join(["word"] * 46) + ".")
    assert not rules.run_on("Mr. Smith met Dr. Jones in the U.S. Senate on Monday.")
    assert not rules.run_on('"We lost. We will be back," the coach said on Sunday.')


@pytest.mark.parametrize(
    "text",
    [
        "Get The Daily Edition by email and never miss our top stories.",
        "Please share your videos and photos with us at iReport.",
        "Click here to read the full report.",
        "Sign up for our morning newsletter.",
        "More details at www.example.org",
        "Read the rest of the story at the Gazette.",
        "Read the full article on our partner's site.",
        "Continue reading the main story",
        "Great win for the club tonight pic.twitter.com/Ab12CdEf",
    ],
)
def test_calls_to_action_are_boilerplate(text: str) -> None:
    assert rules.boilerplate(text)


def test_news_about_email_is_not_boilerplate() -> None:
    assert not rules.boilerplate("The senator sent the email to three aides on Friday.")
    assert not rules.boilerplate("The jury will read the full report of the inquiry on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "But the rolling blackouts continued into a third day.",
        "It would be called Camp Margaritaville.",
        "However, the court rejected the appeal.",
        "This is the moment a thief was caught on camera.",
        "That erased a record set in 1994.",
    ],
)
def test_topline_opening_with_pronoun_or_connective(text: str) -> None:
    assert rules.pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        "This year's harvest fell by a third, the ministry said.",
        "These photos show the flood in Lagos.",
        "In addition to three deaths, 30 people were injured.",
        "Italy's parliament voted on Tuesday.",
        "Thenmozhi won the seat.",
    ],
)
def test_topline_opening_with_a_name_or_determiner_is_fine(text: str) -> None:
    assert not rules.pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    "name", ["28% of CFOs", "thirds of CFOs", "you", "the rolling blackouts on those days"]
)
def test_source_tags_that_are_not_sources(name: str) -> None:
    assert rules.bad_source(name)


@pytest.mark.parametrize(
    "name",
    ["New York Times", "police", "unnamed American military officials", "the Post", "Ann Lee, 85"],
)
def test_people_organisations_publications_and_roles_are_sources(name: str) -> None:
    assert not rules.bad_source(name)


def test_big_number_in_a_negated_or_hedged_clause() -> None:
    text = "Two other partitions were not occupied, officials said. The fire could cost 300 jobs."
    assert rules.negated_or_hedged(text, Span(0, 3))
    jobs = text.index("300")
    assert rules.negated_or_hedged(text, Span(jobs, jobs + 3))
    plain = "Rebels killed 40 soldiers, but no civilians died."
    assert not rules.negated_or_hedged(plain, Span(plain.index("40"), plain.index("40") + 2))
    assert rules.not_a_noun_phrase("country said")
    assert rules.not_a_noun_phrase(None)
    assert not rules.not_a_noun_phrase("additional U.S. troops deployed")
    assert rules.vague_figure("millions")


def test_raw_timeml_codes() -> None:
    for code in ("2023-11-07TNI", "FUTURE_REF", "P5Y", "2020-W02"):
        assert rules.raw_code(f"(since {code}) the fund grew")
    assert not rules.raw_code("On 14 Aug 2020 the P5 members met.")


ARTICLE = (
    "LONDON — The Progressive Congress won 19 of the 28 governor posts on Sunday. "
    "It was a landslide. The party won 19 of the 28 governor posts, officials said. "
    "“We are delighted,” said Ann Lee. "
    '"The count is over." Two other seats were not contested. '
    "The party had lost every race since 2011. "
    "Get our newsletter by email."
)


def _brief(**fields: object) -> Brief:
    base: dict[str, object] = {"article_id": "a", "topline": _element(ARTICLE, "The Progressive")}
    base["topline"] = _element(
        ARTICLE, "The Progressive Congress won 19 of the 28 governor posts on Sunday."
    )
    base.update(fields)
    return Brief(**base)  # type: ignore[arg-type]


def test_clean_brief_has_no_defects() -> None:
    lee = ARTICLE.index("Ann Lee")
    quote = _element(ARTICLE, "“We are delighted,”")
    past = _element(ARTICLE, "The party had lost every race since 2011.")
    brief = _brief(
        crucial_quote=CrucialQuote(
            quote.text, quote.spans, speaker=Source("Ann Lee", Span(lee, lee + 7))
        ),
        key_background=(BackgroundItem(past.text, past.spans, date="2011"),),
    )
    assert _kinds(brief, ARTICLE, "2024-05-01") == []


def test_brief_level_classes() -> None:
    repeat = _element(ARTICLE, "The party won 19 of the 28 governor posts, officials said.")
    furniture = _element(ARTICLE, "Get our newsletter by email.")
    quote = _element(ARTICLE, '"The count is over."')
    two = ARTICLE.index("Two other")
    landslide = _element(ARTICLE, "It was a landslide.")
    brief = _brief(
        bullets=(
            Bullet(repeat.text, repeat.spans, Source("28% of voters")),
            Bullet(furniture.text, furniture.spans),
        ),
        crucial_quote=CrucialQuote(quote.text, quote.spans, speaker=None),
        big_number=BigNumber(
            "Two — other seats", (Span(two, two + 3),), value=2.0, counts="other seats"
        ),
        key_background=(BackgroundItem(landslide.text, landslide.spans, date="2024-05-01"),),
    )
    assert _kinds(brief, ARTICLE, "2024-05-01") == [
        "background",
        "background_now",  # dated on the day of publication: the news itself
        "big_number",
        "boilerplate",
        "fragment",  # "Get our newsletter …": the writer's voice, too
        "quote_no_speaker",
        "repeats_topline",
        "source_tag",
    ]


def test_audit_reads_a_batch_record_and_tallies_per_100() -> None:
    start = ARTICLE.index("It was")
    brief = Brief(
        article_id="a", topline=Element("It was a landslide.", (Span(start, start + 19),))
    )
    record = {"result": {"brief": to_dict(brief), "article": {"text": ARTICLE}}}
    defects = audit_record(record)
    assert defects is not None and [d.kind for d in defects] == ["topline_opener"]
    assert audit_record({"error": "unreadable"}) is None
    tally = Tally()
    tally.add(defects)
    tally.add([])
    assert tally.per_100("topline_opener") == 50.0 and tally.per_100() == 50.0


def test_a_quotation_over_several_paragraphs_opens_each_and_closes_the_last() -> None:
    assert not rules.unbalanced_quotes('"We are hiring nurses.\n"We are also opening beds."')
    assert rules.unbalanced_quotes('"We are hiring nurses.\nWe are also opening beds.')


def test_sentences_glued_without_a_space_are_a_run_on() -> None:
    assert rules.run_on("He won the award in 2014.Stone, who starred, was absent.")
    assert rules.run_on("The plan was approved.The vote was close.")
    assert not rules.run_on("Shares of Amazon.com rose on Monday.")


def test_a_second_quotation_opened_before_the_first_closes_is_unbalanced() -> None:
    assert rules.unbalanced_quotes('Ruiz said: "We had no choice. "The money is gone.')
    assert not rules.unbalanced_quotes('Ruiz said: "We had no choice." "The money is gone."')
    assert not rules.unbalanced_quotes('He called it "a disgrace", and left.')


def test_key_background_is_never_a_quotation() -> None:
    assert rules.quotation('"I would not encourage it," he wrote at the time.')
    assert not rules.quotation("The club was founded in 1901.")


def test_a_small_count_that_points_back_counts_nothing_new() -> None:
    text = "The two countries met. Rebels freed two hostages. The fund will likely raise 500 jobs."
    two = text.index("two")
    assert rules.refers_back(text, Span(two, two + 3))
    other = text.index("two hostages")
    assert not rules.refers_back(text, Span(other, other + 3))
    jobs = text.index("500")
    assert rules.negated_or_hedged(text, Span(jobs, jobs + 3))


def test_sponsorship_lines_and_headings_in_capitals_are_boilerplate() -> None:
    assert rules.boilerplate("This week's podcast is sponsored by Acme Tools.")
    assert rules.boilerplate("MAKING SPICED HONEY PEAR JAM")
    assert not rules.boilerplate("NASA and the FBI opened an inquiry on Monday.")


def test_title_case_headlines_and_cut_source_phrases() -> None:
    assert rules.heading("Clinton Speaks Directly To White Voters After Latest Police Shooting.")
    assert not rules.heading("Manchester United beat Chelsea at Old Trafford on Sunday.")
    assert rules.bad_source("the former secretary of state and")
    assert not rules.heading(
        "Hilary won the Theakstons Old Peculier Crime Novel of the Year Award."
    )


def test_any_displayed_line_with_a_timeml_code_or_a_verb_fragment_is_a_raw_code() -> None:
    from topline.eval.editorial import audit_display

    assert [d.kind for d in audit_display("2023-11-07TNI — talks resumed")] == ["raw_code"]
    assert [d.kind for d in audit_display("14 Aug 2020 — comes")] == ["raw_code"]
    assert audit_display("14 Aug 2020 — the talks resumed in Geneva") == []


@pytest.mark.parametrize(
    "text",
    [
        "Governor Calls for Independent Inquiry after Audit Reveals Missing Funds.",
        "Report Finds Only ‘A Handful’ of Cases where Records ‘Fell through the Gaps.’",
        "Apple Unveils Thinner iPad Pro with Faster Chip and Brighter Screen.",
        "Mayor Vows to Rebuild Harbour Wall before Winter Storms Arrive.",
    ],
)
def test_a_headline_in_title_case_is_a_heading_whatever_its_prepositions(text: str) -> None:
    assert rules.heading(text)
    assert rules.boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lopez praised the Harbour Authority after the Storm Response Review.",
        "The Grand Union Canal Trust said the lock near Leighton Buzzard would reopen in May.",
        "Oxfam and Save the Children warned that aid to Northern Darfur could stop.",
    ],
)
def test_a_sentence_full_of_names_is_not_a_heading(text: str) -> None:
    assert not rules.heading(text)


@pytest.mark.parametrize("name", ["its spokesperson", "their lawyer", "A majority of her backers"])
def test_a_role_owned_by_a_pronoun_or_a_share_is_no_source(name: str) -> None:
    assert rules.bad_source(name)


def test_a_role_with_its_name_is_a_source() -> None:
    assert not rules.bad_source("his wife, Gabriela Lazar")


@pytest.mark.parametrize(
    "text", ["If you're hoping the price will drop on Black Friday...", "Here's what they say:"]
)
def test_a_sentence_that_trails_off_or_leads_in_is_a_fragment(text: str) -> None:
    assert rules.fragment(text)
    assert not rules.fragment("The price dropped on Friday.")


def test_an_abbreviation_before_a_clause_opener_ends_a_sentence() -> None:
    assert rules.run_on(
        "Trump called to ban Muslims from the U.S. While Clinton condemned it, they did not."
    )
    assert not rules.run_on("The U.S. Navy sent two ships to the gulf.")


@pytest.mark.parametrize(
    "text",
    [
        "Follow The Daily Opinion section on Facebook, Twitter and Instagram.",
        "Leave a comment and let us know what your favorite gadget is.",
    ],
)
def test_calls_to_follow_or_comment_are_boilerplate(text: str) -> None:
    assert rules.boilerplate(text)


def test_a_cue_split_off_its_quotation_is_no_statement() -> None:
    article = '"Vote for the governor today!" Trump tweeted before Election Day. Others agreed.'
    start = article.index("Trump")
    end = article.index("Day.") + 4
    assert rules.split_cue(article, Span(start, end))
    other = article.index("Others")
    assert not rules.split_cue(article, Span(other, len(article)))


def test_an_aside_in_parentheses_is_a_fragment() -> None:
    assert rules.fragment("(Indiana law prevents the governor from being on the ballot twice.)")


def test_an_interjection_before_a_connective_is_an_opener() -> None:
    assert rules.pronoun_or_connective_opener("Ah, but one piece of history proved important.")


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Tags corrida de rua 2018, maratona do rio, meia maratona, corrida noturna", True),
        ("Filed under: Politics, Senate, Elections 2020", True),
        ("Tagged with: recipes, autumn, baking, pears", True),
        ("Tags on the luggage were missing, the airline said, and bags were lost.", False),
        ("Topics at the summit included trade, tariffs and taxes.", False),
    ],
)
def test_a_tags_line_is_page_furniture(text: str, furniture: bool) -> None:
    assert rules.boilerplate(text) is furniture
