"""The Crucial quote's speaker as a reader sees it: "he said" credited when the article shows
the speaker's gender and no one nearer could be "he"; the speaker's role shown with the name
when the article gives it in apposition; no bare "(said)" after the name. Texts written for
these tests."""

from __future__ import annotations

import dataclasses

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit import pronoun_credit_ok
from topline.brief.speaker_role import speaker_role
from topline.ingest import article_from_text
from topline.model import Analysis, CrucialQuote, Source, Span
from topline.render.brief import quote_line

BRIDGE = (
    "The city council approved a new bridge across the river on Monday after a year of "
    "debate.\n\nMr. Tom Baker, the council's chairman, backed the plan from the start. His "
    "rival on the council, Ms. Jane Roe, called it a waste of money and voted against it."
    '\n\n"This bridge will carry the city for the next hundred years, and every family will '
    'use it," he said after the vote.\n\nWork will start in May.'
)


def _he_quote(analysis: Analysis) -> tuple[Source, Span]:
    text = analysis.article.text
    quote = next(
        q
        for q in analysis.quotes
        if q.speaker and q.speaker.span and q.speaker.span.of(text) == "he"
    )
    assert quote.speaker is not None
    return quote.speaker, quote.content_span


def test_the_analysis_stores_the_gender_the_article_shows() -> None:
    analysis = analyze(article_from_text(BRIDGE))
    genders = {c.canonical: c.gender for c in analysis.clusters if c.label == "PERSON"}
    assert genders == {"Tom Baker": "m", "Jane Roe": "f"}


def test_he_is_the_last_man_named_when_a_woman_was_named_after_him() -> None:
    analysis = analyze(article_from_text(BRIDGE))
    speaker, content = _he_quote(analysis)
    assert speaker.name == "Tom Baker"
    assert pronoun_credit_ok(analysis, speaker, content)
    brief = make_brief(analysis)
    assert brief.crucial_quote is not None
    assert brief.crucial_quote.speaker is not None
    assert brief.crucial_quote.speaker.name == "Tom Baker"


def test_without_the_genders_the_same_credit_is_refused() -> None:
    analysis = analyze(article_from_text(BRIDGE))
    blind = dataclasses.replace(
        analysis,
        clusters=tuple(dataclasses.replace(c, gender=None) for c in analysis.clusters),
    )
    speaker, content = _he_quote(blind)
    assert not pronoun_credit_ok(blind, speaker, content)


def test_he_is_not_a_woman_even_if_the_analysis_says_so() -> None:
    analysis = analyze(article_from_text(BRIDGE))
    speaker, content = _he_quote(analysis)
    roe = next(c for c in analysis.clusters if c.canonical == "Jane Roe")
    wrong = dataclasses.replace(speaker, name="Jane Roe", cluster=roe.id)
    assert not pronoun_credit_ok(analysis, wrong, content)


def test_a_man_of_unknown_gender_named_nearer_blocks_the_reading() -> None:
    text = BRIDGE.replace(
        "voted against it.", "voted against it. Sam Ortiz, an engineer, backed her."
    )
    analysis = analyze(article_from_text(text))
    ortiz = next(c for c in analysis.clusters if c.canonical == "Sam Ortiz")
    assert ortiz.gender is None
    speaker, content = _he_quote(analysis)
    baker = next(c for c in analysis.clusters if c.canonical == "Tom Baker")
    as_baker = dataclasses.replace(speaker, name="Tom Baker", cluster=baker.id)
    assert baker.gender == "m"
    assert not pronoun_credit_ok(analysis, as_baker, content)


def test_the_speakers_role_is_shown_with_the_name() -> None:
    text = (
        "Acme Corp will close its factory in Leeds next year, putting 300 jobs at risk.\n\n"
        '"We have looked at every option to keep the plant open, but the numbers do not add '
        'up," said Steve Menet, CEO of Acme, in a statement on Tuesday.\n\n'
        "Unions said they would fight the closure."
    )
    brief = make_brief(analyze(article_from_text(text)))
    quote = brief.crucial_quote
    assert quote is not None
    assert quote.role == "CEO of Acme"
    assert quote.role_span is not None and quote.role_span.of(text) == "CEO of Acme"
    assert quote.context == "in a statement on Tuesday"
    assert quote_line(quote).endswith(
        '," Steve Menet, CEO of Acme, said in a statement on Tuesday.'
    )


def test_an_aside_after_a_name_is_no_role() -> None:
    text = (
        "The mill closed on Friday after 80 years.\n\n"
        "Ann Pike, who worked there for 30 years, was at the gate.\n\n"
        '"It was the heart of this town and now there is nothing left of it," Ann Pike said.'
    )
    brief = make_brief(analyze(article_from_text(text)))
    assert brief.crucial_quote is not None
    assert brief.crucial_quote.role is None


def _quote(cue: str | None, context: str | None, role: str | None = None) -> CrucialQuote:
    text = '"The plant will stay open as long as I am here."'
    return CrucialQuote(
        text=text,
        spans=(Span(0, len(text)),),
        speaker=Source("Steve Menet"),
        cue=cue,
        context=context,
        role=role,
    )


def test_a_bare_cue_is_not_shown_after_the_name() -> None:
    assert quote_line(_quote("says", None)).endswith('here." — Steve Menet')
    assert quote_line(_quote("said", "in a speech")).endswith("— Steve Menet (in a speech)")
    assert quote_line(_quote("said", None, "CEO of Acme")).endswith("— Steve Menet, CEO of Acme")


def test_the_verb_of_saying_is_never_shown_after_the_name() -> None:
    """ "— One major donor (told the newspaper)": a cue in parentheses with no role."""
    assert quote_line(_quote("told", "the newspaper")).endswith('here." — Steve Menet')
    assert quote_line(_quote("wrote", "the accompanying message", "a founder")).endswith(
        "— Steve Menet, a founder"
    )
    assert quote_line(_quote("told", "reporters on Monday")).endswith('here." — Steve Menet')
    assert quote_line(_quote("said", "Tuesday")).endswith("— Steve Menet (Tuesday)")


def _role_of(text: str, name: str) -> str | None:
    analysis = analyze(article_from_text(text))
    at = text.index(name)
    span = speaker_role(analysis, Source(name, Span(at, at + len(name)), None, "person"))
    return span.of(text) if span is not None else None


def test_a_role_is_a_title_not_a_clause_or_a_cut() -> None:
    assert (
        _role_of(
            "The mill closed on Friday. Ana Ruiz, his wife, said it was a blow to the town.",
            "Ana Ruiz",
        )
        == "his wife"
    )
    assert (
        _role_of(
            "Ann Ruiz and Brenda Burns, say he is innocent of every charge. Brenda Burns wept.",
            "Brenda Burns",
        )
        is None
    )
    assert (
        _role_of(
            "Kelly Conway, a pollster who backed Texas Sen. Ted Cruz, spoke on Monday.",
            "Kelly Conway",
        )
        is None
    )


def test_a_place_cut_from_a_longer_name_is_no_speaker() -> None:
    """ "adds Olivier Bosc, General Manager of Life Care Solutions Europe" was credited to
    "Europe": a place that is only the end of the mention is a piece of a name."""
    text = (
        "Ascom and GE Healthcare widened their partnership on Monday to sell patient "
        "monitoring software in hospitals.\n\n"
        "“Digistat Patient Watch is an important addition to our portfolio of solutions for "
        "intensive care, and we are delighted with this collaboration”, adds Olivier Bosc, "
        "General Manager of Life Care Solutions Europe at GE Healthcare.\n"
    )
    analysis = analyze(article_from_text(text))
    quote = make_brief(analysis).crucial_quote
    assert quote is None or (quote.speaker is not None and quote.speaker.name != "Europe")


def test_a_speaker_named_inside_the_quotation_is_still_shown() -> None:
    text = "“The noise has caused both Anthony and the Acme team to deal with false stories,”"
    quote = CrucialQuote(
        text=text,
        spans=(Span(0, len(text)),),
        speaker=Source("Acme"),
        cue="said",
        context="in a statement",
    )
    assert quote_line(quote) == f"{text} Acme said in a statement."
    plain = dataclasses.replace(quote, text="“The Acme team will stay.”")
    assert quote_line(plain) == "“The Acme team will stay.” — Acme (in a statement)"
