"""Sentence scoring and selection: the shipped model loads, and editors' rules hold."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from topline.brief.features import FEATURE_NAMES, SentenceView, content_terms
from topline.brief.select import (
    Blend,
    LinearModel,
    Scored,
    Scorer,
    dangling_pronoun,
    eligible,
    has_verb,
    is_boilerplate,
    is_unattributed_speech,
    load_model,
    select_bullets,
)
from topline.model import Span


def view(index: int, text: str, verb: bool = True, antecedent: int | None = None) -> SentenceView:
    return SentenceView(
        index,
        Span(0, len(text)),
        text,
        Counter(content_terms(text)),
        len(text.split()),
        verb,
        person_antecedent=antecedent,
    )


def test_shipped_model_is_json_over_the_current_features() -> None:
    scorer = load_model()
    assert Scorer.from_json(scorer.to_json()) == scorer
    for model in (scorer.topline, scorer.bullet):
        assert model.features == FEATURE_NAMES
        assert LinearModel.from_json(model.to_json()) == model
        assert 0.0 < model.score([0.0] * len(FEATURE_NAMES)) < 1.0


def test_boilerplate_lines_are_recognised() -> None:
    for line in (
        "Read more: How rivers became sewers",
        "Sign up for our newsletter.",
        "Click here to watch the video.",
        "Photo: Getty Images",
        "Reporting by Jane Doe; Editing by John Smith",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The regulator fined the company a record sum on Tuesday.")


def test_mmr_skips_a_sentence_that_repeats_an_earlier_pick() -> None:
    a = view(0, "The regulator fined Thames Water a record 90 million pounds on Tuesday.")
    b = view(1, "Thames Water was fined a record 90 million pounds by the regulator on Tuesday.")
    c = view(2, "Campaigners welcomed the penalty but said pollution would continue.")
    d = view(3, "The company said it would appeal parts of the ruling next month.")
    picked = select_bullets([Scored(b, 0.9), Scored(c, 0.5), Scored(d, 0.4)], [a], 3)
    assert [v.index for v in picked] == [2, 3]


def test_bullets_come_back_in_story_order() -> None:
    views = [
        view(i, t)
        for i, t in enumerate(
            [
                "Police arrested three men after the robbery on Main Street.",
                "The stolen jewellery was worth about two million dollars.",
                "Officers recovered a getaway car abandoned near the river.",
            ]
        )
    ]
    picked = select_bullets(
        [Scored(views[2], 0.9), Scored(views[0], 0.8), Scored(views[1], 0.7)], [], 3
    )
    assert [v.index for v in picked] == [0, 1, 2]


def test_quote_fragments_without_their_speaker_are_not_eligible() -> None:
    assert is_unattributed_speech("I can’t thank all of these people enough.’")
    assert is_unattributed_speech("“We will rebuild every house on this street.")
    assert not is_unattributed_speech("“We will rebuild,” the mayor said on Tuesday.")
    assert not is_unattributed_speech("The mayor promised to rebuild every house.")
    # British straight single quotes: a closing mark with no opening one is a fragment …
    assert is_unattributed_speech("So there is a lot we still have to work out here.'")
    # … but a whole quoted phrase at the end is not.
    assert not is_unattributed_speech("Residents branded the decision 'a disgrace'.")
    assert not is_unattributed_speech("Residents branded the decision “a disgrace”.")


def test_a_sentence_the_analysis_tagged_verbless_is_not_eligible() -> None:
    caption = view(0, "Smoke over the harbour district after the blast near the port", verb=False)
    news = view(1, "Smoke rose over the harbour district after the blast near the port.")
    assert not has_verb(caption) and has_verb(news)
    assert [c.view.index for c in eligible([Scored(caption, 0.9), Scored(news, 0.5)])] == [1]


def test_analysis_records_which_sentences_have_a_verb() -> None:
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    text = (
        "Firefighters battled the blaze through the night.\n\n"
        "A view of the old warehouse on the east side of the city\n\n"
        "The fire will be investigated by the state."
    )
    analysis = analyze(article_from_text(text))
    flags = {s.span.of(analysis.article.text): s.has_verb for s in analysis.sentences}
    assert flags == {
        "Firefighters battled the blaze through the night.": True,
        "A view of the old warehouse on the east side of the city": False,
        "The fire will be investigated by the state.": True,
    }


def test_the_model_file_carries_its_blend_and_older_files_get_the_default() -> None:
    scorer = load_model()
    tuned = Scorer(scorer.topline, scorer.bullet, Blend(0.5, 0.0, 0.85))
    assert Scorer.from_json(tuned.to_json()).blend == Blend(0.5, 0.0, 0.85)
    legacy = json.loads(tuned.to_json())
    del legacy["blend"]
    assert Scorer.from_json(json.dumps(legacy)).blend == Blend()


def test_a_he_bullet_needs_the_last_person_named_before_it_in_the_brief() -> None:
    lede = view(0, "Mayor Ana Ruiz closed the bridge on Monday.")
    minister = view(3, "Transport minister Tom Bale promised money for repairs.")
    he_after_minister = view(4, "He told reporters the repairs would take a month.", antecedent=3)
    he_after_mayor = view(1, "She said the crack was found by a cyclist.", antecedent=0)
    assert not dangling_pronoun(he_after_mayor, [lede])
    assert not dangling_pronoun(he_after_minister, [lede, minister])
    # The mayor is in the brief, but "He" is the minister, who is not.
    assert dangling_pronoun(he_after_minister, [lede])
    assert dangling_pronoun(view(2, "He left early.", antecedent=None), [lede])


def test_an_it_or_this_bullet_needs_the_sentence_just_before_it() -> None:
    lede = view(0, "The city closed the bridge on Monday after a crack was found.")
    this = view(1, "This is the third closure since the bridge opened in 2009.")
    distant = view(5, "It carries 40,000 cars a day across the river.")
    assert not dangling_pronoun(this, [lede])
    assert dangling_pronoun(distant, [lede])
    assert not dangling_pronoun(view(3, "Traffic was diverted through the old town."), [lede])


def test_selection_skips_a_bullet_that_opens_with_a_dangling_pronoun() -> None:
    lede = view(0, "The city closed the bridge on Monday after a crack was found.")
    he = view(4, "He said the repairs would take at least a month to finish.")
    fact = view(5, "Buses will replace the tram line across the river until June.")
    picked = select_bullets([Scored(he, 0.9), Scored(fact, 0.5)], [lede], 2)
    assert [v.index for v in picked] == [5]


def test_a_later_sentence_of_a_long_quotation_is_not_a_bullet() -> None:
    from topline.analyze import analyze
    from topline.brief.features import sentence_views
    from topline.ingest import article_from_text

    text = (
        "The harbour master closed the port on Monday after a storm damaged the pier.\n\n"
        '"We had no choice," said harbour master Jan Olsen. "The pier could collapse at any '
        'moment. Nobody goes near it until the engineers have been."\n\n'
        "Ferries will sail from the north quay until repairs are finished."
    )
    views = {v.text: v for v in sentence_views(analyze(article_from_text(text)))}
    assert views['"The pier could collapse at any moment.'].inside_quote
    # the closing mark at the paragraph's end is the sentence's own (tests/test_closing_mark.py)
    assert views['Nobody goes near it until the engineers have been."'].inside_quote
    assert not views[
        "Ferries will sail from the north quay until repairs are finished."
    ].inside_quote
    assert not views['"We had no choice," said harbour master Jan Olsen.'].inside_quote


def _select_reference(
    candidates: list[Scored], chosen: list[SentenceView], max_bullets: int, lam: float
) -> list[SentenceView]:
    """MMR as it was written before issue #19: every round recomputes each candidate's
    cosine with every sentence taken so far."""
    from topline.brief.features import cosine
    from topline.brief.select import too_similar

    picked: list[SentenceView] = []
    pool = [c for c in candidates if all(c.view.index != v.index for v in chosen)]
    while pool and len(picked) < max_bullets:
        taken = [*chosen, *picked]

        def mmr(c: Scored, taken: list[SentenceView] = taken) -> float:
            redundancy = max((cosine(c.view.terms, t.terms) for t in taken), default=0.0)
            return lam * c.score - (1 - lam) * redundancy

        best = max(pool, key=mmr)
        pool.remove(best)
        if too_similar(best.view, taken) or dangling_pronoun(best.view, taken):
            continue
        picked.append(best.view)
    return sorted(picked, key=lambda v: v.index)


def test_mmr_makes_one_cosine_per_candidate_and_pick_and_chooses_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The redundancy of each candidate is updated when a bullet is taken, not recomputed
    against every bullet in every round (that was quadratic in the bullets, ≈ 1 ms per
    article, issue #19); the choices are those of the old loop, ties and repeats included."""
    import random

    from topline.brief import features, select

    words = "council vote budget school road tax mayor plan park bridge water fire police".split()
    rng = random.Random(19)
    real = features.cosine
    calls = 0

    def counting(a: Counter[str], b: Counter[str]) -> float:
        nonlocal calls
        calls += 1
        return real(a, b)

    for trial in range(40):
        texts = [
            " ".join(rng.choice(words) for _ in range(rng.randint(5, 12))).capitalize() + "."
            for _ in range(30)
        ]
        texts[5] = texts[3]  # a repeat
        views = [view(i, t) for i, t in enumerate(texts)]
        scores = [round(rng.random(), 1) for _ in views]  # ties
        candidates = [Scored(v, s) for v, s in zip(views[1:], scores[1:], strict=True)]
        chosen = [views[0]] if trial % 2 else []
        expected = _select_reference(candidates, chosen, 5, 0.7)
        calls = 0
        monkeypatch.setattr(select, "cosine", counting)
        assert select_bullets(candidates, chosen, 5, 0.7) == expected
        monkeypatch.setattr(select, "cosine", real)
        assert calls <= len(candidates) * (len(chosen) + 5)


def test_overlap_index_answers_as_a_scan_of_every_span() -> None:
    """The attributed feature's index (sorted starts, furthest end so far) gives the same
    answer as ``any(span.overlaps(c) for c in claims)``, nested and disjoint claims alike."""
    import random

    from topline.brief.features import _Overlaps

    rng = random.Random(7)
    for _ in range(200):
        claims = []
        for _ in range(rng.randrange(0, 6)):
            start = rng.randrange(0, 100)
            claims.append(Span(start, start + rng.randrange(1, 40)))
        index = _Overlaps(claims)
        for start in range(0, 120, 3):
            span = Span(start, start + rng.randrange(1, 20))
            assert index.any_overlap(span) == any(span.overlaps(c) for c in claims)


def test_cosine_with_precomputed_norms_is_the_same_float() -> None:
    from topline.brief.features import cosine, cosine_with, square_norm

    texts = [
        "Police arrested three men after the raid on Tuesday.",
        "Three men were arrested by police in a raid.",
        "The council voted to close the library.",
        "",
    ]
    for a in texts:
        for b in texts:
            ta, tb = Counter(content_terms(a)), Counter(content_terms(b))
            assert cosine_with(ta, tb, square_norm(ta), square_norm(tb)) == cosine(ta, tb)


def test_bullets_by_story_order_read_only_the_redundancy_of_the_sentence_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no weight on similarity (``mmr_lambda`` 1, how the bullets are chosen) the best
    score left is taken each round and only its cosines are computed, not one per
    candidate per sentence taken; the choices are the old loop's, ties and repeats included."""
    import random

    from topline.brief import features, select

    words = "council vote budget school road tax mayor plan park bridge water fire police".split()
    rng = random.Random(1)
    real = features.cosine_with
    calls = 0

    def counting(a: Counter[str], b: Counter[str], sa: int, sb: int) -> float:
        nonlocal calls
        calls += 1
        return real(a, b, sa, sb)

    for trial in range(60):
        texts = [
            " ".join(rng.choice(words) for _ in range(rng.randint(3, 10))).capitalize() + "."
            for _ in range(30)
        ]
        texts[5] = texts[3]  # a repeat
        texts[7] = "He said the " + texts[7].lower()  # a dangling pronoun
        views = [view(i, t) for i, t in enumerate(texts)]
        scores = [round(rng.random(), 1) if trial % 3 else 1.0 / (1 + i) for i in range(30)]
        candidates = [Scored(v, s) for v, s in zip(views[1:], scores[1:], strict=True)]
        chosen = [views[0]] if trial % 2 else []
        expected = _select_reference(candidates, chosen, 5, 1.0)
        calls = 0
        monkeypatch.setattr(select, "cosine_with", counting)
        assert select_bullets(candidates, chosen, 5, 1.0) == expected
        monkeypatch.setattr(select, "cosine_with", real)
    # Twenty sentences with no word in common: five rounds, one cosine per sentence taken
    # (1 + 2 + 3 + 4 + 5), where one per candidate per sentence taken made 105.
    letters = "bcdfghjklmnpqrstvwxz"
    views = [
        view(i, " ".join(f"{letters[i % 20]}{x}{y}o" for x, y in ("ab", "cd", "ef", "gh")) + ".")
        for i in range(21)
    ]
    candidates = [Scored(v, 1.0 / (1 + v.index)) for v in views[1:]]
    calls = 0
    monkeypatch.setattr(select, "cosine_with", counting)
    assert [v.index for v in select_bullets(candidates, views[:1], 5, 1.0)] == [1, 2, 3, 4, 5]
    assert calls == 15
