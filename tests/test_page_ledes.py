"""Ledes of real web pages that the Topline rules used to refuse: a title with a subtitle
as the subject (not a label and a colon), and an organisation announcing its own news in
the first person plural (not the writer talking to the reader). Texts written for these
tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.editorial_rules import fragment, list_item, pronoun_or_connective_opener
from topline.brief.lede import not_news
from topline.brief.select import is_unattributed_speech
from topline.brief.voice_rules import cataphoric_possessive, own_announcement
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Lights: The Long Night is a puzzle game about a keeper and a storm.",
        "Mountain Kings: Second Ascent sold 2 million copies in its first week.",
        "Deep Field: Origins launches in March with a new crew and a longer campaign.",
        "River City Blues: Season Two has been renewed for a third season.",
    ],
)
def test_a_title_with_a_subtitle_as_subject_is_a_sentence(text: str) -> None:
    assert not list_item(text) and not fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mark R. Dale: Dealing in cocaine, possession of heroin, resisting arrest.",
        "Q: In reading the trade press, it was noted that the firm had grown.",
        "Mayor Ann Pike: We will rebuild every house on the river.",
        "John Hale: The council is wrong about the bridge.",
        "Carla Mendes: theft, fraud and forgery.",
    ],
)
def test_labels_and_entries_stay_list_items(text: str) -> None:
    assert list_item(text)


ANNOUNCEMENTS = [
    "We are excited to announce that Ann Lee has joined Fernbank as chief executive.",
    "Fernbank is thrilled to welcome Ann Lee as our new President.",
    "Today we launched a new version of the Fernbank app for small shops.",
    "We've acquired Brightline, a maker of farm sensors, for $40 million.",
    "We are proud to introduce Harbor, a ledger for co-operatives.",
]


@pytest.mark.parametrize("text", ANNOUNCEMENTS)
def test_an_organisation_announcing_its_news_is_news(text: str) -> None:
    assert own_announcement(text)
    assert not fragment(text)
    assert not_news(text, published_year=2024) is None
    assert not is_unattributed_speech(text)
    assert not pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        "We hope you have as much fun as we did at the fair.",
        "We should all worry about the state of our schools.",
        "Our town deserves better than this council.",
        "We are excited to see what you build with it.",
        "I'm thrilled to announce that my novel is finished.",
        "We have long argued that the tax is unfair.",
    ],
)
def test_the_writers_own_voice_stays_refused(text: str) -> None:
    assert not own_announcement(text) or "you" in text or "my" in text
    assert fragment(text)
    assert not_news(text, published_year=2024) is not None


def test_a_company_posts_announcement_is_its_topline() -> None:
    text = (
        "We are excited to announce that Fernbank has acquired Brightline, a maker of farm "
        "sensors, for $40 million.\n\n"
        "Brightline's 60 engineers will join Fernbank's team in Leeds next month.\n\n"
        "The two companies have worked together on soil sensors since 2019.\n\n"
        "Fernbank will keep selling Brightline's sensors under their own name."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-05-02")))
    assert brief.topline is not None
    assert "Brightline" in brief.topline.text and "acquired" in brief.topline.text


def test_a_games_review_leads_with_its_title() -> None:
    text = (
        "Harbor Lights: The Long Night is a puzzle game that asks a lot of its players.\n\n"
        "Perhaps it's even a lighthouse simulator, with its own storms and its own ships.\n\n"
        "The game costs $20 and runs on every console released since 2020.\n\n"
        "Its studio, Tidewater Games, made the first game in the series in 2018."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-05-02")))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Harbor Lights")


@pytest.mark.parametrize(
    "text",
    [
        "Their harvest ruined and their savings spent, forty farmers left the valley on Friday.",
        "His contract over, the goalkeeper joined a rival club in Leeds on Monday.",
        "Her face bloodied, the champion fought on for three more rounds in Cardiff.",
    ],
)
def test_a_possessive_bound_to_the_subject_after_it_leans_on_nothing(text: str) -> None:
    assert cataphoric_possessive(text)
    assert not_news(text, published_year=2024) is None
    assert not pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Their release came hours after the council freed the three fishermen.", "pronoun"),
        ("Their homes destroyed, they fled to the hills above the town.", "pronoun"),
        ("His lawyer, Ann Hale, said the case against the trawler was closed.", "pronoun"),
        ("Her appointment was confirmed, the board of the ferry company said.", "pronoun"),
    ],
)
def test_a_possessive_that_points_back_stays_a_pronoun_opener(text: str, kind: str) -> None:
    assert not cataphoric_possessive(text)
    assert not_news(text, published_year=2024) == kind
    assert pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("In theory, this opened the door to cheaper ferries across the firth.", True),
        ("After the vote, this meant the mayor of Fenwick had to resign.", True),
        ("On Monday, that was the verdict of the harbour court.", True),
        ("In 2019, this company raised $5 million from three banks.", False),
        ("In a statement, that newspaper reported the fire at the mill.", False),
    ],
)
def test_this_or_that_as_subject_after_an_opening_phrase_leans_back(text: str, leans: bool) -> None:
    assert pronoun_or_connective_opener(text) is leans


@pytest.mark.parametrize(
    "text",
    [
        '"The wreck is not found yet, but its anchor is," Okafor added.',
        '"The ferry will run again in May," she continued.',
        '"Nobody expected the vote to pass," Hale went on.',
    ],
)
def test_a_quotation_that_goes_on_from_an_earlier_one_is_not_the_topline(text: str) -> None:
    assert not_news(text, published_year=2024) == "continued"


def test_a_quotation_with_its_speaker_introduced_is_not_a_continuation() -> None:
    text = '"Prices will rise," Ann Lee, the chief executive of Fernbank, added in a statement.'
    assert not_news(text, published_year=2024) is None


TIMELINE = (
    "Records released by the fire service show that crews reached the warehouse forty "
    "minutes after the first call, long after the roof had collapsed.\n\n"
    "6:10 pm – A neighbour calls to report smoke coming from the warehouse roof.\n\n"
    "6:25 pm — A second caller says flames can be seen from the road.\n\n"
    "6:50 pm – The first fire engine arrives at the scene.\n\n"
    "7.05pm - The roof of the warehouse collapses.\n\n"
    "The fire service said it would review how the calls were handled."
)


@pytest.mark.parametrize(
    "line",
    [
        "6:10 pm – A neighbour calls to report smoke coming from the warehouse roof.",
        "7.05pm - The roof of the warehouse collapses onto the loading bay.",
        "9 a.m. -- The polls open across the county for the special election.",
    ],
)
def test_an_entry_of_a_timeline_is_not_news(line: str) -> None:
    assert not_news(line) == "timeline"


def test_a_timeline_page_tops_with_its_news_not_an_entry() -> None:
    brief = make_brief(analyze(article_from_text(TIMELINE, published="2024-05-02")))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Records released by the fire service")
    assert not_news("The score was 3-2 - a fair result for the visitors.") is None


@pytest.mark.parametrize(
    "line",
    [
        "In the meantime, the council and the developers pushed the harbour plan through.",
        "Since then, the bakery has doubled its staff and opened a second shop.",
        "By then, most of the residents had already left the valley.",
    ],
)
def test_a_time_relative_to_what_was_just_told_leans_back(line: str) -> None:
    from topline.brief.context_rules import opening_pronoun

    assert not_news(line) == "connective"
    assert opening_pronoun(line) == "leaning"
    assert not_news("Since 2019, the bakery has doubled its staff and opened a shop.") is None


RUN_IN = (
    "The club confirmed on Monday that its captain will miss the rest of the season with a "
    "knee injury. The 29-year-old was hurt in the second half of Saturday's win over Leeds. "
    "Tom Baker holds his knee after a tackle during the win over Leeds It is the third "
    "serious injury of his career. The manager said the squad would rally around him and "
    "that a new captain would be named before the next game."
)


def test_a_caption_with_no_stop_run_into_the_paragraph_is_no_candidate() -> None:
    from topline.brief.editorial_rules import runs_into_next
    from topline.model import Span

    caption = RUN_IN.index("Tom Baker")
    end = RUN_IN.index(" It is the third")
    assert runs_into_next(RUN_IN, Span(caption, end))
    assert not runs_into_next(RUN_IN, Span(0, RUN_IN.index(" The 29")))  # it has its stop
    heading = "Storm closes the harbour\nThe ferry was cancelled on Friday."
    assert not runs_into_next(heading, Span(0, heading.index("\n")))  # a line of its own
    brief = make_brief(analyze(article_from_text(RUN_IN, published="2024-05-02")))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert not any(t.startswith("Tom Baker holds his knee") for t in shown)


@pytest.mark.parametrize(
    "line",
    [
        "The find almost certainly means the lake held water for thousands of years.",
        "The move comes after months of talks between the council and the bus company.",
        "The decision was welcomed by residents of the village on Friday evening.",
    ],
)
def test_a_bare_shell_noun_opener_points_back(line: str) -> None:
    assert not_news(line) == "pronoun"
    assert not_news("The move to close the depot angered drivers across the city.") is None


def test_those_who_or_those_and_a_participle_name_people_not_a_pointer_back() -> None:
    assert not_news("Those mourning the mayor at the service never mentioned the election.") is None
    assert (
        not_news("Those who lost their homes in the flood will get help from the county.") is None
    )
    assert not_news("Those plans were dropped by the council in March after the vote.") == "pronoun"
