"""Big numbers an editor would not show, fourteenth session (an editor's read of unseen
briefs, samples U and X): a label that is only a unit ("some 375 — km" of "some 375 sq km",
"about 1.7 billion — Canadian dollars"), a number in a title ("13 — Hours" of a film), a
bar written as what it takes ("It takes 2,383 delegates to win", "there needed to be 20,000
hectares"), the second term of a ratio ("six wins in 10 games"), how far a count had gone
("with 76 percent of the vote counted"), a sample named by its verb alone ("surveyed 1,051
registered voters"), a measure whose thing runs to three words ("500 acres of dry forest
before …" read "500 — acres"), the same amount restated in another unit ("16,000 hectares - or
40,000 acres -") and an organisation sized up in passing ("Confor, which represents
200 businesses"). A measure named by a participle or a relative clause ("a kite measuring
6,000 metres", "the fence that reaches up to 30 feet") reads "6,000 metres — kite". Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.bignumber import _SAMPLED_BEFORE, past_conversion
from topline.brief.number_rules import (
    conversion,
    count_progress,
    opens_title,
    organisation_aside,
    per_term,
    threshold,
    unit_or_rate,
)
from topline.ingest import article_from_text
from topline.model import Span


def _figure(text: str, figure: str) -> Span:
    start = text.index(figure)
    return Span(start, start + len(figure))


def test_a_currency_s_name_is_a_unit() -> None:
    for counts in ("Canadian dollars", "Hong Kong dollars", "Swiss francs", "U.S. dollars"):
        assert unit_or_rate(counts), counts
    for counts in ("Canadian families", "new dollars", "dollars of aid"):
        assert not unit_or_rate(counts), counts


def test_what_it_takes_is_a_bar_to_clear() -> None:
    for text, figure in (
        ("It takes 1,990 delegates to win the party's nomination.", "1,990"),
        ("It would take 60 votes to end the debate.", "60"),
        ("There needed to be 5,000 new homes a year to meet the plan.", "5,000"),
    ):
        span = _figure(text, figure)
        counted = Span(span.end + 1, text.index(" ", span.end + 1))
        assert threshold(text, span, counted), text
    for text, figure in (
        ("It took 400 firefighters to put out the blaze.", "400"),
        ("There were 5,000 new homes built last year.", "5,000"),
    ):
        span = _figure(text, figure)
        counted = Span(span.end + 1, text.index(" ", span.end + 1))
        assert not threshold(text, span, counted), text


def test_how_far_a_count_had_gone_is_no_result() -> None:
    text = "With 82 percent of the vote counted, the mayor led with 51 percent of the vote."
    assert count_progress(text, _figure(text, "82"))
    assert not count_progress(text, _figure(text, "51"))
    other = "With 64% of precincts reporting, turnout was high."
    assert count_progress(other, _figure(other, "64"))


def test_a_figure_that_opens_a_quoted_title_is_a_name() -> None:
    text = "The film, \u201c21 Bridges: A Night in Harlem,\u201d opens on Friday."
    span = _figure(text, "21")
    assert opens_title(text, span, Span(span.end + 1, span.end + 8))
    plain = "The ferry carried \u201c21 passengers\u201d that night, the log shows."
    span = _figure(plain, "21")
    assert not opens_title(plain, span, Span(span.end + 1, span.end + 11))


def test_the_second_term_of_a_ratio_counts_nothing() -> None:
    for text, figure in (
        ("The side have three wins in 12 games under their new coach.", "12"),
        ("She scored two goals from 14 shots.", "14"),
    ):
        assert per_term(text, _figure(text, figure)), text
    text = "The club sold 12 games in a bundle."
    assert not per_term(text, _figure(text, "12"))


def test_a_sample_named_by_its_verb_alone() -> None:
    text = "The college surveyed 1,204 likely voters in Maine."
    start = text.index("1,204")
    assert _SAMPLED_BEFORE.search(text, max(0, start - 160), start)
    other = "Police questioned 14 people after the fight."
    start = other.index("14")
    assert not _SAMPLED_BEFORE.search(other, max(0, start - 160), start)


def test_an_organisation_sized_up_in_passing() -> None:
    text = "Jan Ross, of Growers Wales, which represents 340 farms, says the rules are unfair."
    assert organisation_aside(text, _figure(text, "340"))
    sales = "Staff at Norvale, which generated $4 billion in sales last year, walked out."
    assert organisation_aside(sales, _figure(sales, "$4 billion"))
    story = "The flood, which destroyed 340 farms, struck in June."
    assert not organisation_aside(story, _figure(story, "340"))


def test_a_figure_that_restates_another_in_a_new_unit() -> None:
    text = "Some 3,000 hectares - or 7,400 acres - of moor burned, the rangers said."
    assert conversion(text, _figure(text, "7,400"))
    assert not conversion(text, _figure(text, "3,000"))
    other = "The road is 12 miles long, or 19 km, and opened in May."
    assert conversion(other, _figure(other, "19"))
    plain = "They planted 300 trees or more and 40 hedges."
    assert not conversion(plain, _figure(plain, "40"))


BARE = (
    "Scientists said on Monday that the ice sheets on the northern slopes had shrunk "
    "sharply since the survey began.\n\nIn the early 1970s the ice covered some 512 sq km, "
    "the team said.\n\nThe researchers used old maps and photographs."
)
KITE = (
    "A team of students flew a paper dragon measuring an astonishing 800 metres over the "
    "harbour on Sunday, hoping to set a record.\n\nThe dragon took two days to assemble."
)
WALL = (
    "Builders finished the new sea wall at Port Ellen on Tuesday after two years of work."
    "\n\nThe wall that now stands 14 feet above the beach cost the council far more than "
    "planned.\n\nResidents say the view has gone."
)


def test_a_unit_is_shown_whole_and_a_participle_or_a_clause_names_the_thing() -> None:
    bare = make_brief(analyze(article_from_text(BARE))).big_number
    assert bare is None or bare.counts == "sq km", bare  # not "some 512 — km"
    kite = make_brief(analyze(article_from_text(KITE))).big_number
    assert kite is not None and kite.counts == "paper dragon", kite
    wall = make_brief(analyze(article_from_text(WALL))).big_number
    assert wall is None or wall.counts == "wall", wall


FOREST = (
    "Forest managers warned ministers on Tuesday that planting had stalled for a decade."
    "\n\nAt least 9,000 hectares - or 22,000 acres - of commercial forest have been lost "
    "since 2001, they said.\n\nThe ministers said they would reply next month."
)
FIRE = (
    "A fire swept through the hills above the town this week, officials said.\n\n"
    "The blaze burned 500 acres of dry forest before crews stopped it."
)


def test_what_a_measure_measures_runs_to_three_words_and_past_a_conversion() -> None:
    text = "It lost 16 km (10 miles) of coast road last year."
    end = text.index(" (10")
    assert text[past_conversion(text, end) :].startswith(" of coast")
    assert past_conversion("It lost 16 km of road.", 13) == 13
    fire = make_brief(analyze(article_from_text(FIRE))).big_number
    assert fire is not None and fire.counts == "dry forest", fire
    forest = make_brief(analyze(article_from_text(FOREST))).big_number
    assert forest is not None and forest.counts == "commercial forest", forest
