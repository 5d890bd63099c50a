"""A quotation whose marks were lost (tenth session): texts set one sentence to a line move a
quotation's closing mark to the start of the next line, so the line between reads as the
reporter's. It is the speaker's: never a Topline, bullet, Key background or Big number."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.quote_rules import unmarked_quotations
from topline.ingest import article_from_text

ARTICLE = "\n".join(
    [
        "The old harbour lighthouse in Whitby was lit again on Saturday after a two-year repair.",
        "The lamp had been switched off when storms cracked the lantern room in 2017.",
        'Harbour master Jane Ellis said it was "a proud day" for the town.',
        '"We waited a long time for this and the whole town came out to watch.',
        "There must be 3,000 people on the pier tonight and the mood is wonderful.",
        '"The lamp was switched on by two pupils from the local primary school.',
        "The repair cost the harbour trust £450,000, raised over two years by local appeals.",
        "Fishermen said the light would make the harbour entrance safer in winter.",
    ]
)


def test_a_line_between_a_lost_close_and_its_opening_is_found() -> None:
    inside = [ARTICLE[a:b] for a, b in unmarked_quotations(ARTICLE)]
    assert inside == ["There must be 3,000 people on the pier tonight and the mood is wonderful."]
    closed = ARTICLE.replace("to watch.", 'to watch."')
    assert unmarked_quotations(closed) == []  # the quotation closed on its own line


def test_a_quotation_never_closed_or_continued_by_convention_is_left_alone() -> None:
    text = 'He said: "We will fight on.\n"We will never surrender," he added.\nThe war went on.'
    assert unmarked_quotations(text) == []
    text = 'She said: "We are ready.\nThe team trained for a year.\nIt won the cup.'
    assert unmarked_quotations(text) == []


def test_the_speakers_line_is_not_shown_as_the_reporters() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE)))
    shown = [brief.topline.text if brief.topline else ""] + [b.text for b in brief.bullets]
    shown += [item.text for item in brief.key_background]
    assert not any("3,000 people on the pier" in t for t in shown)
    assert brief.big_number is None or "3,000" not in brief.big_number.text
