"""A compression cut is refused when what it keeps says nothing without what it cuts
(fifteenth session, :mod:`topline.brief.kept_meaning`). Each fixture failed on the code
before: the cut was made."""

from __future__ import annotations

import pytest

from topline.brief.compress import drop_relative_clauses, drop_trailing_clause
from topline.brief.fit import shorten
from topline.model import Span, join_spans


def whole(text: str) -> Span:
    return Span(0, len(text))


def trailing(sentence: str) -> str:
    return join_spans(sentence, drop_trailing_clause(sentence, (whole(sentence),)))


@pytest.mark.parametrize(
    "sentence",
    [
        # an act of saying or reacting whose message was the cut part
        "The mayor responded on Friday with a short video, calling the audit a political "
        "stunt by her rivals.",
        "Late on Tuesday the union's general secretary went further, arguing that the "
        "agreement would cost members their pensions.",
        "The senator's office hit back within an hour of the broadcast, accusing the network "
        "of distorting his record.",
        "The former minister posted a short statement of his own on Sunday, saying he would "
        "stand down at the next election.",
        # a set a vague quantifier leaves open, before its list
        "The inspectors raised concerns about some of the practices at the plant, including "
        "the storage of waste near the river.",
        # a copula without its complement
        "Her argument was that the company is, in effect, ignoring the safety rules it signed "
        "up to.",
        # a fronted phrase without its main clause
        "Amid falling milk prices across the region, and with a rival cooperative, Northfield, "
        "cutting its rates again, dairy farmers voted to strike.",
        # an aside between dashes, after which the sentence's verb comes
        "The American investment group that bought the football club — who paid a record sum "
        "for it last spring — has already replaced the manager.",
        # a clause closed after a figure's comma, the sentence's verb after it
        "The chief executive of the city's largest hospital, who earns between $250,000 and "
        "$300,000 a year, has refused to take a pay cut.",
        # an indefinite noun and the relative clause that says who it is
        "Prosecutors granted immunity from charges to a former junior aide, who had set up "
        "the accounts.",
        # an opener alone after a semicolon
        "The minister trusted her deputy above all others in the cabinet; and above all, "
        "having served with her for a decade, he knew the party.",
        # a series cut after its first item
        "Tenants have accused the housing association of covering up, delaying, and ignoring "
        "complaints about damp in the flats.",
        # a cut inside an aside between dashes
        "Traders in the old covered market -- some of them selling bread, according to the "
        "council -- now take payment by card.",
    ],
)
def test_a_cut_that_leaves_an_empty_predicate_is_refused(sentence: str) -> None:
    assert trailing(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Carson said he saw no need to change anything about his campaign, telling "
            "reporters the polls were wrong.",
            "Carson said he saw no need to change anything about his campaign",
        ),
        (
            "The mayor met with the union leaders in private on Monday, hoping to avert a strike.",
            "The mayor met with the union leaders in private on Monday",
        ),
        (
            "The storm damaged forty homes along the coast, including the old lighthouse "
            "keeper's cottage.",
            "The storm damaged forty homes along the coast",
        ),
        (
            "Prosecutors granted immunity from charges to Maria Lopez, who had set up the "
            "accounts.",
            "Prosecutors granted immunity from charges to Maria Lopez",
        ),
        (
            "The mayor responded to the audit by cutting her own salary, saying the city "
            "had to lead by example.",
            "The mayor responded to the audit by cutting her own salary",
        ),
        (
            "The council's candidate won more votes in many districts than anyone expected, "
            "including the old mill towns.",
            "The council's candidate won more votes in many districts than anyone expected",
        ),
    ],
)
def test_a_cut_whose_kept_clause_carries_the_news_is_made(sentence: str, kept: str) -> None:
    assert trailing(sentence) == kept


def test_a_word_limit_cut_at_a_colon_is_refused() -> None:
    text = (
        "The regional health board gave only one reason for closing the maternity ward at "
        "the town's hospital after more than sixty years of service to the valley: the "
        "shortage of midwives willing to work the night shifts that the ward needs in order "
        "to stay open to mothers from the outlying villages."
    )
    assert shorten(text, (whole(text),)) is None


def test_a_relative_clause_after_an_appositive_is_kept() -> None:
    text = "Ms. Rivera, 34, who runs the bakery on the square, opened a second shop on Monday."
    assert join_spans(text, drop_relative_clauses(text, (whole(text),))) == text
    plain = "Rivera, who runs the bakery on the square, opened a second shop on Monday."
    kept = join_spans(plain, drop_relative_clauses(plain, (whole(plain),)))
    assert kept == "Rivera opened a second shop on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        # an "including" phrase between a noun and its complement
        "Officials said the new law restores the pension rights, including the right to a "
        "widow's share, of 40,000 former miners.",
        # a message named as the verb's object, and only when after it
        "The club's owner released a brief statement on Tuesday morning, apologising to the "
        "supporters for the delay.",
        # a verb whose "as" complement is its predicate
        "The report named the three harbour towns of the northern coast, Ayr and Troon, as "
        "examples of how "
        "the fishing industry can recover.",
        # a list in progress, with no conjunction yet
        "The plan would pay to repair the county's bridges, tunnels, ferries, ageing water "
        "mains and its flood walls.",
    ],
)
def test_a_cut_that_leaves_a_part_of_speech_without_its_complement_is_refused(
    sentence: str,
) -> None:
    assert trailing(sentence) == sentence


def test_as_the_conjunction_is_still_a_trailing_clause() -> None:
    sentence = "The report on the harbour towns was published on Monday, as the fleet returned."
    assert trailing(sentence) == "The report on the harbour towns was published on Monday"


@pytest.mark.parametrize(
    "text",
    [
        # "between" and a single member
        "Ministers on Thursday approved the long-delayed plan for a new high-speed rail line "
        "to the north, to be built and run for thirty years by a consortium formed last spring "
        "as a joint venture between the national rail operator, two regional transport boards "
        "and a group of private investors from abroad.",
        # a coordinated clause cut inside its subordinate clause
        "The new bridge over the estuary was finished on time and under budget last year, but "
        "when the first heavy lorries crossed it during the cold snap in the middle of "
        "March, engineers found long cracks in the deck and closed it to all traffic for "
        "several weeks.",
        # after a colon, a fronted phrase without its main clause
        "The minister says she learned one hard lesson about the northern towns this year: "
        "Campaigning in the old mill towns of the valley, where turnout fell to a record low "
        "in the spring, the minister found that voters there wanted jobs and not more "
        "speeches about the party's future.",
        # a figure's thousands separator is no clause break
        "Party officials in the state capital now expect that the front-runner will fall "
        "just short of the 1,237 delegates needed to win the nomination outright before the "
        "convention opens in the summer in the lakeside city of Cleveland and the long fight "
        "over the party's rules that many of its members expect to follow the vote.",
    ],
)
def test_a_word_limit_cut_that_leaves_an_empty_part_is_refused(text: str) -> None:
    assert shorten(text, (whole(text),)) is None


@pytest.mark.parametrize(
    "text",
    [
        # an attribution after the clause's comma credits the clause, not the main clause
        "The challenger, who had trailed by four points in May, according to the survey, now "
        "leads the race narrowly.",
        # an opening phrase with "To" ends at the clause's comma
        "To Okafor, who has studied the river for a decade, Tuesday's flood was no surprise.",
    ],
)
def test_a_relative_clause_whose_comma_does_not_resume_the_main_clause_is_kept(
    text: str,
) -> None:
    assert join_spans(text, drop_relative_clauses(text, (whole(text),))) == text


@pytest.mark.parametrize(
    "text",
    [
        # a participle phrase that opens the sentence, its main clause after the cut
        "Declaring that only he had the strength to rebuild the docks and the courage to "
        "stand up to the shipping firms that had abandoned the town for cheaper ports abroad, "
        "the candidate promised a thousand new jobs on the old quays of the river by the end "
        "of his first term in the office of mayor.",
        # a question cut before its question mark
        "So why is it that the small towns along the northern coast, which lost their "
        "fishing fleets and their ferries and most of their young people in the space of a "
        "single generation, still vote in larger numbers than the cities of the south, where "
        "the jobs and the money have gone?",
    ],
)
def test_a_word_limit_cut_of_an_opening_participle_or_a_question_is_refused(text: str) -> None:
    assert shorten(text, (whole(text),)) is None


def test_a_word_limit_cut_at_a_colon_after_news_of_its_own_is_made() -> None:
    text = (
        "The decision by the regional health board to close the maternity ward at the town's "
        "hospital after more than sixty years set off a wave of protests across the valley on "
        "Friday: parents marched to the board's offices and local councillors demanded that "
        "the minister overturn it before the end of the month."
    )
    cut = shorten(text, (whole(text),))
    assert cut is not None
    assert join_spans(text, cut).endswith("across the valley on Friday")


def test_a_connective_before_the_subject_is_no_appositive() -> None:
    text = (
        "Meanwhile, United's Dutch forward Jan de Vries, who has scored five goals this "
        "season, has recovered from a knee injury."
    )
    kept = join_spans(text, drop_relative_clauses(text, (whole(text),)))
    assert (
        kept == "Meanwhile, United's Dutch forward Jan de Vries has recovered from a knee injury."
    )
