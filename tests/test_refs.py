"""References nothing in the brief resolves (:mod:`topline.brief.refs`): a bare surname
whose full name only an unshown sentence gives, and a bare shell noun ("The move …").
Fixtures of this lane's own writing; each fails on the code before the fifteenth session."""

from __future__ import annotations

from functools import cache

from topline.brief.features import SentenceView, sentence_views
from topline.brief.refs import dangling_reference, introducing_sentence, shell_opener
from topline.brief.select import Scored, choose_topline, dangling_pronoun, select_bullets
from topline.model import Span

_PEOPLE = (
    "Harbour engineer Teodora Vance warned the council on Monday that the old pier could "
    "collapse within a year.\n\n"
    "The council voted to close the pier to the public from next week.\n\n"
    "Vance said the timber piles had rotted far faster than anyone expected.\n\n"
    "Repairs would cost about four million pounds, according to a report she wrote.\n\n"
    "Ferries will sail from the north quay until the repairs are finished."
)


@cache
def _views(text: str) -> tuple[SentenceView, ...]:
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    return tuple(sentence_views(analyze(article_from_text(text))))


def _by_start(text: str, start: str) -> SentenceView:
    return next(v for v in _views(text) if v.text.startswith(start))


def test_a_bare_surname_after_the_full_name_needs_the_full_name_shown() -> None:
    full = _by_start(_PEOPLE, "Harbour engineer")
    bare = _by_start(_PEOPLE, "Vance said")
    vote = _by_start(_PEOPLE, "The council voted")
    assert bare.bare_names and bare.bare_names <= full.full_names
    assert dangling_pronoun(bare, [vote])  # the reader never learns who Vance is
    assert dangling_reference(bare, [vote]) == "surname"
    assert not dangling_pronoun(bare, [full])  # named in full by an element before it
    assert introducing_sentence(bare, _views(_PEOPLE)) == full.index


def test_a_surname_the_article_never_expands_is_left_alone() -> None:
    text = (
        "Vance said the timber piles had rotted far faster than anyone expected.\n\n"
        "The council voted to close the pier to the public from next week."
    )
    bare = _by_start(text, "Vance said")
    assert not bare.bare_names  # nothing in the text could resolve it: no refusal
    assert not dangling_pronoun(bare, [])


def test_a_pronoun_in_the_cluster_is_not_a_bare_surname() -> None:
    text = (
        "Harbour engineer Teodora Vance warned the council on Monday that the old pier could "
        "collapse within a year.\n\n"
        "She said the timber piles had rotted far faster than anyone expected."
    )
    assert not _by_start(text, "She said").bare_names


def test_a_bare_surname_bullet_yields_to_another_candidate() -> None:
    views = _views(_PEOPLE)
    lead = _by_start(_PEOPLE, "The council voted")
    pool = [Scored(v, 1.0 / (1 + v.index)) for v in views if v.index != lead.index]
    pool = [c for c in pool if not c.view.text.startswith("Harbour engineer")]
    picked = select_bullets(pool, [lead], 3, mmr_lambda=1.0)
    assert all(not v.text.startswith("Vance said") for v in picked)
    assert any(v.text.startswith("Ferries") for v in picked)


_LEDE = (
    "Harbour engineer Teodora Vance warned the council on Monday that the old pier could "
    "collapse within a year.\n\n"
    "Vance's survey shows that the timber piles are rotting far faster than anyone expected.\n\n"
    "The council voted on Tuesday to close the pier to the public from next week.\n\n"
    "Ferries will sail from the north quay until the repairs are finished."
)


def test_a_dangling_topline_yields_to_the_news_sentence_that_introduces_it() -> None:
    views = _views(_LEDE)
    full = _by_start(_LEDE, "Harbour engineer")
    bare = _by_start(_LEDE, "Vance's survey")
    assert bare.bare_names  # a possessive surname opens it as much as a subject does
    # the model prefers the surname's sentence; the lede names her and states the news
    candidates = [Scored(v, 0.0, 0.9 if v is bare else 0.1) for v in views]
    chosen = choose_topline(candidates)
    assert chosen is not None
    assert chosen.view.index == full.index


def _shell_view(index: int, text: str, terms: tuple[str, ...] = ()) -> SentenceView:
    from collections import Counter

    return SentenceView(index, Span(0, len(text)), text, Counter(terms), len(text.split()))


def test_shell_nouns_read_alone_only_with_their_own_complement() -> None:
    assert shell_opener("The move drew sharp criticism from the unions.") == "move"
    assert shell_opener("But the findings suggest a wider problem.") == "findings"
    assert shell_opener("The decision was announced after a long meeting.") == "decision"
    # cataphoric: the noun's own complement says what it is
    assert shell_opener("The decision to shut the plant was announced on Monday.") is None
    assert shell_opener("The findings of the inquiry were published on Monday.") is None
    assert shell_opener("The plan, which was drawn up in May, failed.") is None
    assert shell_opener("The council voted to close the pier.") is None


def test_a_bare_shell_noun_needs_the_sentence_before_or_the_same_noun() -> None:
    bullet = _shell_view(5, "The move drew sharp criticism from the unions.", ("move",))
    elsewhere = _shell_view(1, "The factory employs 300 people.", ("factori",))
    before = _shell_view(4, "The firm will shut its last plant in March.", ("firm",))
    same_noun = _shell_view(2, "The board approved a move to Leeds.", ("move", "leed"))
    assert dangling_pronoun(bullet, [elsewhere])
    assert dangling_reference(bullet, [elsewhere]) == "shell"
    assert not dangling_pronoun(bullet, [before])
    assert not dangling_pronoun(bullet, [same_noun])


def test_a_first_sentence_with_a_shell_noun_has_nothing_to_yield_to() -> None:
    text = (
        "The decision was criticised on Monday by parents at Elmfield Primary School in Leeds.\n\n"
        "Elmfield will close in July, and its 200 pupils will move to two nearby schools."
    )
    views = _views(text)
    assert introducing_sentence(views[0], views) is None  # an XSum text's removed lede
    alone = choose_topline([Scored(views[0], 0.0, 1.0)])
    assert alone is not None and alone.view.index == views[0].index
