"""Bullets that are not a statement a reader can take alone (seventeenth session): a distal
demonstrative or comparative phrase whose referent no element shown before it tells
(:func:`topline.brief.refs.referring_phrase`, refused in
:func:`topline.brief.compose._first_unresolved`); a cut between a subject and its verb when
an aside set off by commas stands between them (:func:`topline.brief.cut_rules.cut_mid_phrase`);
a wire quotation left open by the sentence splitter, and a wire desk's editing note
(:func:`topline.brief.fit.readable`). Fixtures of this lane's own writing; the brief tests
fail on the code before it."""

from __future__ import annotations

from functools import cache

from topline.brief import make_brief
from topline.brief.cut_rules import cut_mid_phrase
from topline.brief.features import content_terms
from topline.brief.fit import readable
from topline.brief.refs import referring_phrase
from topline.brief.voice_rules import editing_note
from topline.model import Brief, Span

_TOLLS = (
    "The regional transport board on Monday approved a plan to close the old Harrow Bridge to "
    "lorries from next spring, after engineers found cracks in two of its piers.\n\n"
    "Lorry drivers will be sent on a detour of eleven miles through the valley towns.\n\n"
    "Why not a weight limit or a toll for lighter vans instead of a full closure?\n\n"
    "The board said it had weighed those proposals at length before the vote.\n\n"
    "The bridge carries about nine thousand vehicles a day, a third of them lorries.\n\n"
    "Repairs to the piers are expected to cost fourteen million pounds and take two years.\n\n"
    "A new crossing downstream has been planned since 2015 but has no funding yet.\n\n"
    "The board will publish the detour's signs and timings next month."
)


@cache
def _brief(text: str) -> Brief:
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    return make_brief(analyze(article_from_text(text)))


def test_a_distal_demonstrative_needs_its_referent_shown() -> None:
    assert referring_phrase("The board said it had weighed those proposals at length.", set())
    assert referring_phrase("Officials were aware of that risk, the report said.", set())
    assert referring_phrase("Such delays rarely end before the winter.", set())
    assert referring_phrase("The same cannot be said for the ferry operators.", set())
    shown = set(content_terms("Hauliers made two proposals: a toll for lighter vans."))
    assert not referring_phrase("The board weighed those proposals at length.", shown)


def test_what_reads_alone_is_not_a_dangling_reference() -> None:
    for text in (
        "Police spoke to those present at the meeting.",  # people the clause describes
        "Tickets were offered to those travelling from the coast.",
        "Those who stayed were given blankets.",
        "Such measures as tolls and weight limits were rejected.",  # told in the sentence
        "The rules are the same as they were last year.",
        "The club kept the same manager as last season.",
        "The storm hit the coast that night.",  # time of the story
        "Voters in this town want the bridge open.",  # the proximal "this" is not read
        "He called the plan 'a disgrace' and said 'those people never listen.'",
        "Those states where turnout fell went to the challenger.",
        "The board weighed the proposals at length.",  # "the" is not read here
    ):
        assert referring_phrase(text, set()) is None, text


def test_a_bullet_pointing_back_at_an_unshown_sentence_is_not_chosen() -> None:
    brief = _brief(_TOLLS)
    assert brief.topline is not None and "Harrow Bridge" in brief.topline.text
    texts = [b.text for b in brief.bullets]
    # the question that tells the proposals is never a bullet: "those proposals" points at
    # nothing the brief shows
    assert not any("those proposals" in t for t in texts)
    assert len(texts) >= 3


def test_a_cut_before_an_aside_and_its_verb_is_mid_phrase() -> None:
    article = (
        "All the parties in the upper house, with the exception of the Greens, agreed on the "
        "plan, according to reports."
    )
    assert cut_mid_phrase(article, (Span(0, article.index(",")),))
    trailing = (
        "The party backed the plan in the upper house, with the exception of the Greens, "
        "according to reports."
    )
    assert not cut_mid_phrase(trailing, (Span(0, trailing.index(",")),))
    compared = (
        "The plan would cut the levy to 17 percent, according to its authors, compared "
        "with 25 percent now."
    )
    assert not cut_mid_phrase(compared, (Span(0, compared.index(",")),))


def test_an_open_wire_quotation_and_an_editing_note_are_not_readable() -> None:
    text = "Hundreds of marchers chanting ``Freedom!"
    assert not readable(text, (Span(0, len(text)),))
    plain = "Hundreds of marchers chanted outside the ministry."
    assert readable(plain, (Span(0, len(plain)),))
    assert editing_note("The ruling, 4th graf pvs.")
    assert editing_note("The rifle is the most widely used weapon. (pvs/ab)")
    assert not editing_note("The previous graph showed a fall in sales.")
    assert not readable("The ruling, 4th graf pvs.", (Span(0, 25),))


_MEMO = (
    "City engineers warned the council last winter that the ageing Harrow Bridge over the "
    "river Lume could no longer carry fully loaded lorries safely and should be closed to "
    "them within weeks, according to an internal memo seen by the Valley Courier.\n\n"
    "The bridge carries about nine thousand vehicles a day, a third of them lorries.\n\n"
    "The memo was sent to the council's transport committee in January and was never "
    "discussed in public.\n\n"
    "The council closed the bridge to lorries on Monday after a pier cracked.\n\n"
    "Hauliers say the detour through the valley towns adds forty minutes to each trip.\n\n"
    "Repairs to the piers are expected to cost fourteen million pounds.\n\n"
    "A spokesman for the council declined to comment on the engineers' warning."
)


def test_a_definite_description_needs_its_introduction_shown() -> None:
    from topline.brief.refs import unintroduced_description

    text = "Officials read a leaked memo on Monday. Two men were arrested. The memo was sent to the mayor."
    start = text.index("The memo")
    bullet = "The memo was sent to the mayor."
    assert unintroduced_description(text, bullet, start, set()) == "memo"
    # shown before: the noun is named
    assert (
        unintroduced_description(text, bullet, start, set(content_terms("a leaked memo"))) is None
    )
    # introduced with "the" (unique, or named before): not read
    named = (
        "Officials read the memo on Monday. Two men were arrested. The memo was sent to the mayor."
    )
    assert unintroduced_description(named, bullet, named.index("The memo"), set()) is None
    # never introduced: a thing the story's world has ("The election was …")
    fresh = "Turnout was high. The election was called early."
    assert unintroduced_description(fresh, "The election was called early.", 18, set()) is None
    # "The company said …" after the company is named: its first mention is "the company"
    firm = "Acme Corp. lost money. The company said sales fell."
    assert unintroduced_description(firm, "The company said sales fell.", 23, set()) is None


def test_a_bullet_whose_introduction_a_cut_removed_is_not_chosen() -> None:
    brief = _brief(_MEMO)
    texts = [b.text for b in brief.bullets]
    shown = [brief.topline.text if brief.topline else "", *texts]
    for i, text in enumerate(shown):
        if text.startswith("The memo"):
            assert any("memo" in t for t in shown[:i])
    assert len(texts) >= 3
