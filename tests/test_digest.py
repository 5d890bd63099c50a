"""A digest of several stories, each closed by its writer's sign-off and followed by the next
item's headline, is briefed as its first story; a sign-off is never shown."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.digest import story_end, strip_sign_off
from topline.ingest import article_from_text
from topline.model import Span

DIGEST = (
    "NEWS IN BRIEF.\n\n"
    "Harbour town votes to rebuild its bridge.\n\n"
    "The council of Port Ellis voted on Monday to rebuild the Harbour Street bridge by 2026 "
    "at a cost of $40 million.\n\n"
    "The bridge carries 20,000 cars a day. Engineers told councillors the deck could not be "
    "repaired again. Work will start in the spring.\n\n"
    'Mayor Ann Hale said the vote was "long overdue."--Sam Ortiz.\n\n'
    "Zoo welcomes twin pandas.\n\n"
    "The city zoo said on Monday that its giant panda had given birth to twins, the first "
    "born in the country since 1998.\n\n"
    "About 3,000 visitors queued outside the panda house on Tuesday morning.--Lee Park.\n\n"
    "Also ...\n\n"
    "A rare comet will be visible from the northern hemisphere next week, astronomers said."
)


def test_the_first_story_ends_at_a_sign_off_before_a_headline() -> None:
    end = story_end(DIGEST)
    assert end is not None and DIGEST[:end].endswith("--Sam Ortiz.")


def test_a_pull_quote_or_a_subhead_alone_ends_no_story() -> None:
    text = (
        "The council voted to rebuild the bridge on Monday.\n\n"
        "“A bridge is a promise kept.” — Ann Hale\n\n"
        "The cost will be $40 million, officials said.\n\n"
        "What happens next\n\n"
        "Work starts in the spring."
    )
    assert story_end(text) is None


def test_a_sign_off_is_left_out_of_the_sentence() -> None:
    text = 'She said the vote was "long overdue."--Sam Ortiz.'
    assert strip_sign_off(text, Span(0, len(text))).of(text).endswith('overdue."')


def test_the_digest_brief_is_of_its_first_story() -> None:
    brief = make_brief(analyze(article_from_text(DIGEST, published="2024-03-06")))
    shown = [brief.topline.text if brief.topline else ""] + [b.text for b in brief.bullets]
    shown += [i.text for i in brief.key_background]
    if brief.big_number is not None:
        shown.append(brief.big_number.text)
    assert any("Port Ellis" in t for t in shown)
    assert not any("panda" in t or "comet" in t or "visitors" in t for t in shown)
    assert not any("Ortiz" in t for t in shown)
