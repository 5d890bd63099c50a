"""Rules that read an element in its context (generic sources, stray marks in a Big number,
bullets opening with an unresolved pronoun, Key background that is the news), on short texts
written for the test: first the rules, then the audit, then the brief that obeys them."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import context_rules as ctx
from topline.brief.bignumber import counted_span
from topline.brief.compose import compose
from topline.brief.crucial import choose_quote
from topline.brief.source_tags import attribution_for
from topline.eval.editorial import audit_brief
from topline.ingest import article_from_text
from topline.model import (
    BackgroundItem,
    BigNumber,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    Quantity,
    Source,
    Span,
)
from topline.testing import span_of


def _kinds(brief: Brief, article: str, published: str | None = None) -> list[str]:
    return sorted(d.kind for d in audit_brief(brief, article, published))


# --- generic sources -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "name"),
    [
        ("The bridge shut. People said the detour adds an hour.", "People"),
        ("The bridge shut, and people said the detour adds an hour.", "people"),
        ("The bridge shut. Many people said the detour adds an hour.", "Many people"),
        ("The bridge shut. Others argue that it was overdue.", "Others"),
        ('"The bridge shut." People said the detour adds an hour.', "People"),
        ('The bridge shut. "It is a disaster," someone shouted.', "someone"),
    ],
)
def test_people_in_general_are_a_generic_source(article: str, name: str) -> None:
    assert ctx.generic_source(name, article, span_of(article, name.split()[-1]))


def test_a_pronoun_resolved_to_people_is_people_in_general() -> None:
    """The capital of a name resolved from "they" is not the text's: no magazine is meant."""
    article = 'Users were told. "We check every account," they said in an email.'
    assert ctx.generic_source("People", article, span_of(article, "they"))


@pytest.mark.parametrize(
    ("article", "name"),
    [
        ("The singer told People that the tour is over.", "People"),
        ("People magazine reported that the tour is over.", "People"),
        ("The tour is over, according to People.", "People"),
        ('"The tour is over," People reported on Friday.', "People"),
        ("Police said the road would reopen on Friday.", "Police"),
        ("People familiar with the talks said a deal was close.", "People familiar with"),
    ],
)
def test_a_publication_a_role_or_a_qualified_group_is_no_generic_source(
    article: str, name: str
) -> None:
    assert not ctx.generic_source(name, article, span_of(article, name.split()[0]))


def test_the_audit_counts_a_generic_speaker_and_a_generic_bullet_source() -> None:
    article = (
        "The council closed the bridge on Monday. People said the detour adds an hour. "
        '"We are stuck," people said.'
    )
    bullet = "People said the detour adds an hour."
    quote = '"We are stuck,"'
    brief = Brief(
        article_id="a",
        topline=Element(text="The council closed the bridge on Monday.", spans=(Span(0, 40),)),
        bullets=(
            Bullet(
                text=bullet,
                spans=(span_of(article, bullet),),
                attribution=Source("People", span_of(article, "People"), kind="unnamed"),
            ),
        ),
        crucial_quote=CrucialQuote(
            text=quote,
            spans=(span_of(article, quote),),
            speaker=Source("people", span_of(article, "people said."), kind="unnamed"),
        ),
    )
    assert _kinds(brief, article).count("generic_source") == 2


# --- stray marks in a Big number -----------------------------------------------------------


@pytest.mark.parametrize(
    "piece",
    ["monthly active “businesses", "users,", "“140", "people (about", "— homes", "votes ‘"],
)
def test_a_big_number_piece_with_a_stray_mark_is_found(piece: str) -> None:
    assert ctx.stray_marks(piece)


@pytest.mark.parametrize(
    "piece",
    ["monthly active “businesses”", "the players'", "(about 40) people", "homes", "3,000"],
)
def test_whole_marks_in_a_big_number_piece_are_fine(piece: str) -> None:
    assert not ctx.stray_marks(piece)


def test_a_counted_phrase_closes_its_quotation_or_stops_before_it() -> None:
    closed = "The app has 140 million monthly active “businesses” on its books."
    cut = closed.index("monthly")
    raw = Span(cut, closed.index("businesses") + len("businesses"))
    tidied = ctx.tidy_phrase(closed, raw)
    assert tidied is not None and tidied.of(closed) == "monthly active “businesses”"
    open_ = "The app has 140 million monthly active “businesses and shops on its books."
    raw = Span(cut, open_.index("businesses") + len("businesses"))
    tidied = ctx.tidy_phrase(open_, raw)
    assert tidied is not None and tidied.of(open_) == "monthly active"


def test_the_big_number_never_shows_a_counted_phrase_cut_inside_a_quotation() -> None:
    text = "The network now has 140 million monthly active “businesses” across its apps."
    figure = span_of(text, "140 million")
    counted = Span(text.index("monthly"), text.index("businesses") + len("businesses"))
    quantity = Quantity(
        span=figure,
        value=140e6,
        unit=None,
        counts="monthly active “businesses",
        counts_span=counted,
    )
    shown = counted_span(quantity, text)
    assert shown is not None and not ctx.stray_marks(shown.of(text))


def test_the_audit_counts_a_big_number_with_a_stray_mark() -> None:
    text = "The network now has 140 million monthly active “businesses” across its apps."
    counted = Span(text.index("monthly"), text.index("businesses") + len("businesses"))
    number = BigNumber(
        text="140 million monthly active “businesses",
        spans=(span_of(text, "140 million"), counted),
        value=140e6,
        counts="monthly active “businesses",
    )
    assert "number_marks" in _kinds(Brief("a", None, big_number=number), text)


# --- bullets opening with a pronoun --------------------------------------------------------

STORY_TEXT = (
    "The city council voted on Tuesday to close three libraries. "
    "Residents packed the hall for the vote. "
    "They said the branches were the only quiet place to study. "
    "The mayor, Rosa Almeida, backed the plan. "
    "She said the money would go to road repairs."
)


def _bullet(piece: str) -> Bullet:
    return Bullet(text=piece, spans=(span_of(STORY_TEXT, piece),))


def test_a_pronoun_is_resolved_by_the_sentence_shown_just_before_it() -> None:
    before = "Residents packed the hall for the vote."
    after = "They said the branches were the only quiet place to study."
    assert not ctx.unresolved_pronoun(
        STORY_TEXT, after, (span_of(STORY_TEXT, after),), (before, (span_of(STORY_TEXT, before),))
    )


def test_a_pronoun_after_an_unrelated_element_is_unresolved() -> None:
    top = "The city council voted on Tuesday to close three libraries."
    after = "They said the branches were the only quiet place to study."
    assert ctx.unresolved_pronoun(
        STORY_TEXT, after, (span_of(STORY_TEXT, after),), (top, (span_of(STORY_TEXT, top),))
    )


def test_he_or_she_is_resolved_by_an_element_that_names_someone() -> None:
    named = "The mayor, Rosa Almeida, backed the plan."
    top = "The city council voted on Tuesday to close three libraries."
    she = "She said the money would go to road repairs."
    spans = (span_of(STORY_TEXT, she),)
    assert not ctx.unresolved_pronoun(
        STORY_TEXT, she, spans, (named, (span_of(STORY_TEXT, named),))
    )
    assert ctx.unresolved_pronoun(STORY_TEXT, she, spans, (top, (span_of(STORY_TEXT, top),)))


@pytest.mark.parametrize(
    "text",
    [
        "This week the council meets again.",
        "These photos show the hall.",
        '"They are wrong," she said.',
        "Theirs is a hard job.",
    ],
)
def test_times_determiners_and_quotations_are_no_opening_pronoun(text: str) -> None:
    assert ctx.opening_pronoun(text) is None


def test_the_audit_counts_a_bullet_whose_pronoun_is_unresolved() -> None:
    top = "The city council voted on Tuesday to close three libraries."
    brief = Brief(
        article_id="a",
        topline=Element(text=top, spans=(span_of(STORY_TEXT, top),)),
        bullets=(_bullet("They said the branches were the only quiet place to study."),),
    )
    assert _kinds(brief, STORY_TEXT) == ["bullet_pronoun"]
    resolved = Brief(
        article_id="a",
        topline=Element(text=top, spans=(span_of(STORY_TEXT, top),)),
        bullets=(
            _bullet("Residents packed the hall for the vote."),
            _bullet("They said the branches were the only quiet place to study."),
        ),
    )
    assert _kinds(resolved, STORY_TEXT) == []


# --- Key background that is the news --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman confirmed the coach had been suspended for one week.",
        "The former minister repeated his support for the plan yesterday.",
        "Police said on Thursday that the driver had been released.",
        "The attack at the weekend was the first at the mission, which opened in 1923.",
        "The judge said the defendant had shown no remorse.",
        "The victim had been seen at the station hours earlier.",
        "The new charging system will also be switched on in 2026.",
    ],
)
def test_the_news_told_in_the_past_is_a_current_event(text: str) -> None:
    assert ctx.current_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council had already cut library hours twice since 2019.",
        "The last time the holiday fell on a Saturday was 2009.",
        "Officers said the couple had known each other since childhood.",
        "The club was founded in 1898 by railway workers.",
        "She had led the party for ten years before she resigned.",
        "The bank said it had fired the employees from 2011 to 2016 for the practice.",
        "The ministry has previously said it will consider all options for the ships.",
    ],
)
def test_an_earlier_event_is_no_current_event(text: str) -> None:
    assert not ctx.current_event(text)


def test_what_is_to_come_is_background_only_with_an_earlier_date() -> None:
    text = "The plant, which will close in 2026, was built in 1971."
    assert ctx.current_event(text)
    assert not ctx.current_event(text, "1971")


def test_background_dated_inside_the_news_window_is_a_current_event() -> None:
    import datetime as dt

    published = dt.date(2024, 3, 6)
    assert ctx.current_event("The plant closed in early March.", "2024-03-04", published)
    assert not ctx.current_event("The plant closed in January.", "2024-01", published)


def test_the_audit_counts_background_that_is_the_news() -> None:
    text = "The mayor resigned. A spokesman confirmed she had been suspended for a week."
    item = "A spokesman confirmed she had been suspended for a week."
    brief = Brief(
        "a", None, key_background=(BackgroundItem(text=item, spans=(span_of(text, item),)),)
    )
    assert "background_now" in _kinds(brief, text)


# --- the brief obeys them -------------------------------------------------------------------

BRIDGE = (
    "The city will close the old bridge over the river next month, the mayor announced on "
    "Monday.\n\n"
    "People said they were worried about the longer drive to the hospital on the other bank.\n\n"
    'People told reporters: "We will lose an hour every day just to get to work and back '
    'home again."\n\n'
    "Engineers found deep cracks in two of the bridge's supports during an inspection.\n\n"
    "A spokesman confirmed the council had been warned about the cracks.\n\n"
    "The bridge had been repaired twice since 1990 and carries about 12,000 cars a day."
)


def test_the_brief_never_credits_people_in_general() -> None:
    analysis = analyze(article_from_text(BRIDGE, published="2024-03-06"))
    text = analysis.article.text
    sentence = next(s for s in analysis.sentences if s.span.of(text).startswith("People said"))
    source = attribution_for(analysis, sentence.span)
    assert source is None or source.name.lower() != "people"
    quote = choose_quote(analysis, {})
    assert quote is None or quote.speaker is None or quote.speaker.name.lower() != "people"


def test_key_background_is_not_the_news_told_in_reported_speech() -> None:
    analysis = analyze(article_from_text(BRIDGE, published="2024-03-06"))
    brief = compose(analysis, max_bullets=2)
    shown = [item.text for item in brief.key_background]
    assert not any("spokesman confirmed" in t for t in shown)
    assert any(t.startswith("The bridge had been repaired") for t in shown)


FANS = (
    "The club sacked its manager on Sunday after a run of eight defeats.\n\n"
    "The board met for three hours at the stadium before the decision was announced.\n\n"
    "Supporters had protested outside the ground for weeks, calling for a change.\n\n"
    "They held banners that demanded the chairman sell the club to new owners.\n\n"
    "The team is third from bottom of the league with ten games left to play.\n\n"
    "Its next game is away at the leaders on Saturday afternoon."
)


def test_no_bullet_opens_with_a_pronoun_the_reader_cannot_resolve() -> None:
    analysis = analyze(article_from_text(FANS, published="2024-03-06"))
    for limit in (2, 3, 4, 5):
        brief = compose(analysis, max_bullets=limit)
        assert "bullet_pronoun" not in _kinds(brief, analysis.article.text, "2024-03-06")


def test_he_or_she_is_resolved_by_an_earlier_element_that_names_someone() -> None:
    article = (
        "The mayor, Rosa Almeida, backed the plan. The hall was packed for the vote. "
        "The library will shut in May. She said the money would go to road repairs."
    )
    named = "The mayor, Rosa Almeida, backed the plan."
    middle = "The hall was packed for the vote."
    she = "She said the money would go to road repairs."
    spans = (span_of(article, she),)
    before = (middle, (span_of(article, middle),))
    assert ctx.unresolved_pronoun(article, she, spans, before)
    assert not ctx.unresolved_pronoun(article, she, spans, before, [named])
    it = "It said the money would go to road repairs."
    it_article = article.replace(she, it)
    assert ctx.unresolved_pronoun(
        it_article,
        it,
        (span_of(it_article, it),),
        (middle, (span_of(it_article, middle),)),
        [named],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The company said its collective moves had already produced results.",
        "Everton manager Martinez felt Coleman had been barged before he handled the ball.",
        "Many speculated that he might fail to turn out his supporters.",
        "The coach, who joined in the summer, labelled the result a real disappointment.",
    ],
)
def test_a_statement_of_the_story_with_no_time_of_its_own_is_a_current_event(text: str) -> None:
    assert ctx.reported_now(text)
    assert ctx.current_event(text)


def test_a_statement_with_a_date_of_its_own_is_background() -> None:
    text = "In an interview last year, the hacker said he welcomed extradition."
    assert not ctx.reported_now(text)
    assert not ctx.reported_now("The minister said the plan would work.", date="2015")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In a new case study out Monday, they detail how the man fell ill.", "leaning"),
        ("But by December, they worsened.", "leaning"),
        ("After the vote, he resigned.", "person"),
        ("In 2019, the city opened a new school.", None),
        ("Along with Bush and Powell, he exposed the data of an actor.", "person"),
    ],
)
def test_a_pronoun_after_an_opening_phrase_leans_back(text: str, kind: str | None) -> None:
    assert ctx.opening_pronoun(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "While Clinton was America's top diplomat, her department was buying likes.",
        "As the year comes to an end, it's time to sit back and reflect.",
    ],
)
def test_an_opening_phrase_that_names_someone_or_an_expletive_it_is_no_pronoun_opener(
    text: str,
) -> None:
    assert ctx.opening_pronoun(text) is None


def test_a_statement_told_in_the_past_perfect_is_earlier() -> None:
    assert not ctx.reported_now("The head of the league had branded the fans barbarians.")
    assert not ctx.reported_now("Mr Murphy said the man had set up a profile in December.")


def test_first_person_after_an_opening_phrase_is_the_writer() -> None:
    assert ctx.opening_pronoun("In July 2018, we recommended a grant to the charity.") is None


@pytest.mark.parametrize(
    "text",
    [
        "So, in other words, the new console is a step down from the old one.",
        "Yes, the hyphen is part of the company's name.",
        "Of course, the council has never published the figures.",
        "That said, the league has not ruled out a replay.",
    ],
)
def test_a_consequence_or_an_answer_leans_on_the_sentence_before(text: str) -> None:
    assert ctx.opening_pronoun(text) == "leaning"


@pytest.mark.parametrize(
    "text",
    [
        "So far, 12 people have been rescued from the flooded valley.",
        "No one was hurt when the crane fell onto the empty school.",
        "Yesterday's vote was the closest in the council's history.",
    ],
)
def test_so_far_no_one_and_yesterday_are_no_connectives(text: str) -> None:
    assert ctx.opening_pronoun(text) is None
