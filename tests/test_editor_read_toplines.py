"""Classes an editor flags in the Topline and bullets (eleventh session): a verb left out
("…, however, haven't."), a connective set off after a bullet's subject, a correction
opening ("Actually, …"), a pronoun behind "But"/"And", a
place and its country before a colon, a subordinate clause with no main clause, a cut that
keeps only an opening phrase, a quotation's cue cut off its quotation, a sentence the
splitter ended mid-phrase, a caption written as a sentence, and "A year ago" as background.
Every text is written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import context_rules as ctx
from topline.brief import make_brief
from topline.brief.compress import compress
from topline.brief.editorial_rules import (
    describes_picture,
    fragment,
    pronoun_or_connective_opener,
    run_on,
    split_cue,
    split_inside,
)
from topline.brief.lede import not_news
from topline.ingest import article_from_text
from topline.model import Span, join_spans

# --- the Topline leans back -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Keeping the ferry running through the winter, however, hasn't.",
        "Two more trawlers did not.",
        "The mayor of Fenwick, though, would not.",
        "Actually, what the new levy does is raise the price of every ticket.",
        "In reality, the bridge has been closed to lorries since the spring.",
    ],
)
def test_a_topline_that_answers_an_unseen_sentence_leans_back(text: str) -> None:
    assert not_news(text, published_year=2024) == "connective"
    assert pronoun_or_connective_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board, which meets on Mondays, raised the fees by 4 percent.",
        "Ann Hale, the mayor of Fenwick, signed the harbour order on Tuesday.",
        "The ferry, then the only link to the island, was withdrawn in 1998.",
        "Actual costs at the harbour rose by a third, the board said.",
        # a connective after the subject is a mild lean: the subject carries the news
        "The harbour board, however, decided on Monday to raise the fees by 4 percent.",
        "The ferry will not run on Sundays, the board said, and the fares will not rise.",
    ],
)
def test_commas_after_a_subject_are_news(text: str) -> None:
    assert not_news(text, published_year=2024) is None
    assert not pronoun_or_connective_opener(text)


def test_a_year_ago_opens_background() -> None:
    text = "A year ago, the harbour board said nine firms could bid for the ferry contract."
    assert not_news(text, published_year=2024) == "background"


def test_the_brief_shows_a_lede_without_its_place_and_country() -> None:
    text = (
        "Fenwick, Northumbria, United Kingdom: Building a ferry terminal on the island, while "
        "costly, has been done before.\n\n"
        "Running the Fenwick ferry through the winter, however, has not.\n\n"
        "The harbour board on Monday hired three shipping firms to run the winter crossings "
        "to the island.\n\n"
        "The firms will start in December, the board said.\n\n"
        "Ann Hale, the mayor of Fenwick, welcomed the decision on Tuesday.\n\n"
        "The crossings were cancelled on 40 days last winter."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-11-04")))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert not any(s.startswith("Fenwick, Northumbria") for s in shown)
    assert "however" not in shown[0]


# --- bullets that lean on the sentence before ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("But he wanted to know why the ferry had been cancelled.", "person"),
        ("And that means the island will have no crossing in January.", "leaning"),
        ("So they turned back at the mouth of the firth.", "leaning"),
        ("Still, the harbour board would not say when the ferry would return.", "leaning"),
        ("The board, however, said it would not raise the fees.", "leaning"),
        ("Reaching the island in winter, however, hasn't.", "leaning"),
        ("Actually, the crossing takes longer than the timetable says.", "leaning"),
    ],
)
def test_a_bullet_that_leans_through_a_connective_is_read_as_leaning(text: str, kind: str) -> None:
    assert ctx.opening_pronoun(text) == kind


def test_a_verb_left_out_and_found_in_its_own_sentence_leans_on_nothing() -> None:
    text = (
        "The boy's mother said she does not understand why his brother and sister are able "
        "to go to the island school but he is not."
    )
    assert ctx.opening_pronoun(text) is None
    assert not_news(text, published_year=2024) is None


@pytest.mark.parametrize(
    "text",
    [
        "But the harbour board said the ferry would return in March.",
        "And the mayor of Fenwick signed the order on Tuesday.",
        "Still more trawlers were turned back on Wednesday.",
    ],
)
def test_but_and_before_a_name_are_left_to_the_reader(text: str) -> None:
    assert ctx.opening_pronoun(text) is None


# --- datelines, fragments and cuts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "Fenwick, Northumbria, United Kingdom: Building a ferry terminal has been done.",
            "Building a ferry terminal has been done.",
        ),
        ("Port Ellen, Islay: The ferry to the island was cancelled.", "The ferry"),
        ("Hong Kong (CNN Business)A muddled view of the ferry talks weighs on investors.", "A "),
        ("(Reuters Health) - Ferry crews sleep less than other sailors.", "Ferry crews"),
    ],
)
def test_a_place_and_its_country_before_a_colon_is_a_dateline(sentence: str, shown: str) -> None:
    spans = compress(sentence, Span(0, len(sentence)), lede=True)
    assert join_spans(sentence, spans).startswith(shown)


def test_a_title_with_a_subtitle_keeps_its_colon() -> None:
    sentence = "Harbor Lights: The Long Night is a puzzle game about a keeper."
    spans = compress(sentence, Span(0, len(sentence)), lede=True)
    assert join_spans(sentence, spans) == sentence


@pytest.mark.parametrize(
    "text",
    [
        "Because running a ferry through the winter is anything but easy.",
        "Although the board had promised a new timetable by the spring.",
        "Mostly because running the ferry (in winter … most of the year) costs the board money.",
    ],
)
def test_a_subordinate_clause_alone_is_a_fragment(text: str) -> None:
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Because of the storm, the ferry to the island was cancelled on Monday.",
        "Although the board promised a timetable, none has been published.",
        "Because of the gales the ferry stayed in port for three days.",
        "Although many on the board wanted to stay until 2030 or leave in 2026 - the mayor "
        "offered a third way.",
    ],
)
def test_a_subordinate_clause_with_its_main_clause_is_a_statement(text: str) -> None:
    assert not fragment(text)


def test_a_cut_never_keeps_only_the_opening_phrase() -> None:
    sentence = (
        "In the old harbour towns of the northern coast, as Ann Hale wrote in her history, "
        "the ferry owners had lavish houses while the crews lived in huts."
    )
    spans = compress(sentence, Span(0, len(sentence)), bullet=True)
    assert join_spans(sentence, spans) == sentence


def test_a_cut_after_an_opening_phrase_with_a_verb_is_still_made() -> None:
    sentence = (
        "On Monday the harbour board voted to close the old terminal, leaving the island "
        "with one crossing a day."
    )
    spans = compress(sentence, Span(0, len(sentence)), bullet=True)
    assert join_spans(sentence, spans) == (
        "On Monday the harbour board voted to close the old terminal"
    )


def test_a_cue_cut_off_its_quotation_is_no_statement() -> None:
    article = (
        "''What does that mean, he kept the ferry running?'' Mr. Hale asked, repeating a "
        "charge - that the board had let the crossing fail - that he made on Saturday."
    )
    start = article.index("Mr. Hale")
    assert split_cue(article, Span(start, len(article)))
    other = '"We will win," she said. Mr. Hale said, "The ferry will run again."'
    assert not split_cue(other, Span(other.index("Mr. Hale"), len(other)))
    # a new paragraph after a quotation is no cue of it
    para = 'She said: "We will win."\n\nThe board noted her comments on its website.'
    assert not split_cue(para, Span(para.index("The board"), len(para)))


def test_a_sentence_ended_mid_phrase_is_no_statement() -> None:
    article = (
        "The two approaches show how the mayors work — and would perhaps continue to do "
        "so if they win again. The board met on Monday."
    )
    end = article.index(" so if")
    assert split_inside(article, Span(0, end))
    whole = article.index(" The board")
    assert not split_inside(article, Span(0, whole))


@pytest.mark.parametrize(
    ("text", "picture"),
    [
        ("Director of the school, Ann Hale (seated on the sofa), is shown guiding a class.", True),
        ("Fans are pictured leaving the ground after the final whistle.", True),
        ("Ann Hale (second left) and her crew at the harbour on Monday.", True),
        ("Ann Hale was seen leaving the harbour office on Monday night.", False),
        ("The ferry is seen as the island's only lifeline.", False),
        ("In one video, she is seen using a bank card to open the harbour gate.", False),
    ],
)
def test_a_caption_written_as_a_sentence_describes_a_picture(text: str, picture: bool) -> None:
    assert describes_picture(text) is picture


def test_the_brief_leaves_a_caption_sentence_out_of_the_bullets() -> None:
    text = (
        "A new ferry service to the island of Fenwick started on Monday, the harbour board "
        "said. The crossing takes forty minutes and runs four times a day. The skipper of "
        "the new ferry, Ann Hale (standing on the bridge), is shown steering the boat into "
        "the harbour. Tickets cost 12 pounds for adults and 6 pounds for children. The board "
        "said the service would run through the winter. Islanders had campaigned for a "
        "winter crossing for ten years."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-11-04")))
    assert brief.bullets
    assert not any("is shown steering" in b.text for b in brief.bullets)


# --- a speaker's words relayed by a named source -------------------------------------------


def test_a_speaker_relayed_by_a_named_source_is_credited_to_the_relay() -> None:
    text = (
        "A judge in Fenwick on Monday refused to halt the sale of the island's ferry "
        "company.\n\n"
        "The company runs four crossings a day and employs 120 people.\n\n"
        "Ann Hale, the mayor of Fenwick, said the island would appeal, according to a report "
        "in the Fenwick Gazette.\n\n"
        "The harbour board said it had not been told of the ruling.\n\n"
        "Islanders had campaigned against the sale for two years."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-11-04")))
    appeal = next(b for b in brief.bullets if "appeal" in b.text)
    assert appeal.text.startswith("Ann Hale, the mayor of Fenwick, said")
    assert appeal.attribution is not None
    assert "Fenwick Gazette" in appeal.attribution.name


def test_a_relay_that_names_no_one_leaves_the_speaker() -> None:
    text = (
        "A judge in Fenwick on Monday refused to halt the sale of the island's ferry "
        "company.\n\n"
        "The company runs four crossings a day and employs 120 people.\n\n"
        "Ann Hale, the mayor of Fenwick, said the island would appeal, according to a "
        "statement released on Tuesday.\n\n"
        "The harbour board said it had not been told of the ruling.\n\n"
        "Islanders had campaigned against the sale for two years."
    )
    brief = make_brief(analyze(article_from_text(text, published="2024-11-04")))
    appeal = next(b for b in brief.bullets if "appeal" in b.text)
    assert appeal.attribution is not None
    assert appeal.attribution.name == "Ann Hale"


@pytest.mark.parametrize(
    "text",
    [
        "It's worth noting that ferry crews are rarely asked about the timetable.",
        "Needless to say, the harbour board did not reply.",
        "Make no mistake, the island will pay for the new terminal.",
        "Frankly, the new timetable is a mess.",
    ],
)
def test_the_writer_commenting_is_a_column_voice(text: str) -> None:
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said the ferry was worth 12 million pounds.",
        "Honesty Ferries won the contract on Monday.",
    ],
)
def test_worth_and_frank_words_in_news_are_statements(text: str) -> None:
    assert not fragment(text)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        (
            "Hale scored an own goal just after half-time to leave the manager disappointed "
            "Okafor tussles with Fenwick defender Ann Kerr.",
            True,
        ),
        ("The keeper saved twice in the first half Kerr celebrates with the home fans.", True),
        ("The crowd cheered when Kerr celebrates with the home fans.", False),
        ("Fans watched Kerr celebrate with the trophy after the final.", False),
        ("Okafor tussles with Fenwick defender Ann Kerr during the first half.", False),
        ('The manager said "the boys Kerr celebrates with are family" on Monday.', False),
    ],
)
def test_a_caption_run_into_a_sentence_is_a_run_on(text: str, glued: bool) -> None:
    assert run_on(text) is glued
