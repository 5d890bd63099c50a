"""A bullet is a whole sentence: the classes an editor's read of sample E found (eighth
session). Each fixture is a text of its own, written for the class, not a dev article."""

from __future__ import annotations

from topline.brief.context_rules import opening_pronoun, unresolved_pronoun
from topline.brief.cut_rules import cut_mid_phrase, cut_short
from topline.brief.editorial_rules import (
    additive,
    boilerplate,
    fragment,
    glued_sentence,
    pronoun_or_connective_opener,
    run_on,
    speaks_to_reader,
    starts_mid_sentence,
)
from topline.brief.fit import readable
from topline.eval.editorial import audit_brief
from topline.model import Brief, Bullet, Element, Span
from topline.testing import span_of


# --- cut short -----------------------------------------------------------------------------
def test_an_element_ending_on_an_article_or_a_conjunction_is_cut_short() -> None:
    assert cut_short("The council gave the contract to the")
    assert cut_short("Ticket sales rose in March and")
    assert cut_short("Recommendation widgets give every publisher an")
    assert not cut_short("The mayor said the plan was what the city had asked for.")
    assert not cut_short("The bill passed by 52 votes to 48.")


def test_a_sentence_ending_on_a_title_abbreviation_was_cut_inside_a_name() -> None:
    assert cut_short("The governor's two main rivals, Sens.")
    assert cut_short("He was treated by Dr.")
    assert not cut_short("The shop is on Main St.")
    assert not cut_short("The plan was backed by Sen. Maria Lopez.")


def test_the_sentence_after_a_title_abbreviation_starts_inside_it() -> None:
    article = (
        "Her two rivals, Sens. Tom Hale of Ohio and Ann Roe of Iowa, have asked for a recount."
    )
    second = article.index("Tom Hale")
    assert starts_mid_sentence(article, (Span(second, len(article)),))
    plain = "The vote was close. Tom Hale of Ohio asked for a recount."
    start = plain.index("Tom")
    assert not starts_mid_sentence(plain, (Span(start, len(plain)),))


def test_a_cut_between_a_subject_and_its_verb_is_not_a_sentence() -> None:
    article = (
        "Tests by the firm, which serves 90 clients, have shown that its banner units, video "
        "slots and in-feed units, deliver better returns than search ads."
    )
    cut = (Span(0, article.index(", deliver")),)
    assert cut_mid_phrase(article, cut)
    assert not readable(article, cut)


def test_a_cut_inside_a_list_is_not_a_sentence() -> None:
    article = "Buyers still choose vans for their comfort, room, as well as price. More follows."
    cut = (Span(0, article.index(", as well as")),)
    assert cut_mid_phrase(article, cut)


def test_a_trailing_modifier_or_attribution_may_be_left_out() -> None:
    article = (
        "The river burst its banks on Sunday, flooding 200 homes. The dam held overnight, "
        "engineers at the water board said. Crews cleared the road by noon, as traffic "
        "built up. The mayor thanked the crews, primarily because they worked all night."
    )
    for piece in (
        "The river burst its banks on Sunday",
        "The dam held overnight",
        "Crews cleared the road by noon",
        "The mayor thanked the crews",
    ):
        assert not cut_mid_phrase(article, (span_of(article, piece),)), piece
    assert not cut_mid_phrase(article, (span_of(article, "The river burst"),))


# --- fragments -------------------------------------------------------------------------------
def test_a_subjectless_comment_is_a_fragment() -> None:
    assert fragment("Interesting to see the new console struggle at 60fps on launch day.")
    assert fragment("Great to see the whole squad back in training this week.")
    assert not fragment("It was interesting to see the console struggle on launch day.")


def test_a_quotation_that_only_announces_the_next_is_a_fragment() -> None:
    assert fragment("“Let me tell you this,” Mr Adams answered.")
    assert fragment('"I would say this," the minister replied.')
    assert not fragment("“We will build the bridge this year,” Mr Adams said.")


def test_my_outside_a_quotation_is_the_writers_voice() -> None:
    assert speaks_to_reader("The game barely runs on my home connection tonight.")
    assert not speaks_to_reader("“It barely runs on my connection,” the reviewer said.")


# --- glued captions and widgets ----------------------------------------------------------------
def test_a_short_widget_label_glued_to_a_sentence_is_split_off() -> None:
    text = "Visit site Like the rest of the family, the duke is waiting for the new baby."
    assert glued_sentence(text) == text.index("Like the rest")
    assert glued_sentence("Visit the museum Like it or not, it is open.") is None


def test_a_label_run_into_a_sentence_without_a_space_is_split_off() -> None:
    text = "More on this story and news from LeedsA 17-year-old girl was also taken to hospital."
    assert glued_sentence(text) == text.index("A 17-year-old")
    assert glued_sentence("Chen posted the video on LinkedIn on Monday and it spread fast.") is None


def test_a_full_stop_after_capitals_with_no_space_is_a_run_on() -> None:
    assert run_on("The man was found at about 02:10 GMT.He died in hospital an hour later.")
    assert not run_on("The site was built with ASP.Net and runs on a single server.")


def test_share_and_about_lines_are_boilerplate() -> None:
    assert boilerplate("Share it with a friend!")
    assert boilerplate("About Northwind Labs Northwind Labs builds payment software for banks.")
    assert not boilerplate("About 300 people were evacuated from the building.")


# --- connectives and demonstratives ------------------------------------------------------------
def test_a_connective_or_a_demonstrative_noun_leans_on_the_sentence_before() -> None:
    assert opening_pronoun("For example, the port does not run at 60fps.") == "leaning"
    assert opening_pronoun("In fact, the company still believes in sedans.") == "leaning"
    assert opening_pronoun("That attitude, many argue, could carry real costs.") == "leaning"
    assert opening_pronoun("Those gains add to a rise in bank shares.") == "leaning"
    assert opening_pronoun("This year the fair opens in June.") is None
    assert opening_pronoun("Fans queued for hours.") is None
    assert pronoun_or_connective_opener("For instance, ticket prices rose.")


def test_a_connective_bullet_after_an_element_that_is_not_the_sentence_before() -> None:
    article = (
        "The city opened a new bridge on Monday. Traffic on the old road fell by half. "
        "Shops near the river reported fewer customers. For example, a bakery lost a third "
        "of its trade."
    )
    topline = (span_of(article, "The city opened a new bridge on Monday."),)
    bullet = span_of(article, "For example, a bakery lost a third of its trade.")
    before = (topline[0].of(article), topline)
    assert unresolved_pronoun(article, bullet.of(article), (bullet,), before)
    shops = (span_of(article, "Shops near the river reported fewer customers."),)
    assert not unresolved_pronoun(
        article, bullet.of(article), (bullet,), (shops[0].of(article), shops)
    )


# --- additive Toplines ---------------------------------------------------------------------------
def test_an_also_topline_adds_to_news_it_does_not_tell() -> None:
    assert additive("Three other governors also joined the bid to close the border.")
    assert additive("The union called a strike at the port, too.")
    assert not additive("The singer, also known as Kay, released her album on Friday.")
    assert not additive("The mayor thanked the crews, who also cleared two schools.")
    assert not additive("“We also want a vote,” the leader said of the plan.")


# --- the audit counts them ----------------------------------------------------------------------
def test_the_audit_flags_cut_sentences_and_additive_toplines() -> None:
    article = (
        "Two other senators also backed the bill on Tuesday. Officials at the agency, "
        "which has 40 staff, confirmed that the grants, loans and tax credits, reach "
        "farmers within a month."
    )
    top = span_of(article, "Two other senators also backed the bill on Tuesday.")
    cut = Span(article.index("Officials"), article.index(", reach"))
    brief = Brief(
        article_id="x",
        topline=Element(text=top.of(article), spans=(top,)),
        bullets=(Bullet(text=cut.of(article), spans=(cut,)),),
    )
    kinds = {(d.kind, d.element) for d in audit_brief(brief, article)}
    assert ("topline_opener", "topline") in kinds
    assert ("cut_sentence", "bullet 1") in kinds


def test_a_clause_with_a_comma_before_its_last_word_is_not_a_list() -> None:
    article = "She trained for a fitter, and much more muscular, physique, as well as a six-pack."
    cut = (Span(0, article.index(", as well as")),)
    assert not cut_mid_phrase(article, cut)


def test_a_lower_case_word_run_into_a_capitalised_one_is_a_run_on() -> None:
    assert run_on("The site has all the latest travel newsFirst said its buses were running.")
    assert not run_on("He sold his iPhone on eBay for cash last week.")


def test_a_relative_pronoun_opening_a_bullet_leans_back() -> None:
    assert opening_pronoun("To which she said, “Thank you for coming.”") == "leaning"
    assert opening_pronoun("Which is why the vote failed on Tuesday.") == "leaning"
