"""Brief quality: ROUGE of the generated brief against human summaries, with baselines.

    nice python benchmarks/brief_quality.py [--limit N]

Data: ``../shared/data/news-summaries/dev.jsonl`` (FRANK test-split articles). CNN/DM rows
score Topline + bullets against the highlights; XSum rows score the Topline sentence against
the one-sentence reference. The learned scorer is evaluated by nested 5-fold cross-validation
by article: each article's brief is composed with models trained, and a blend (lead prior,
MMR) chosen by an inner cross-validation, on the other folds only.
Baselines (same articles, same code): Lead-k, sumy LexRank / TextRank with the same sentence
budget (spaCy sentence splitting, since NLTK punkt cannot be downloaded), newspaper4k's
summariser (the same spaCy splitter; the first sentence as its title), and the published
systems' outputs shipped in each record. The length rows compare at equal length: the lead cut
to the brief's own number of words, article by article, and every system cut at 75 words
(ROUGE's ``-l 75``), since ROUGE-1 F1 moves with length whatever the choice of sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

sys.path[:0] = [
    str(Path(__file__).resolve().parents[1] / "src"),
    str(Path(__file__).resolve().parents[1]),
]

from benchmarks.rouge_second import available, second_rouge  # noqa: E402
from benchmarks.train_scorer import (  # noqa: E402
    FOLDS,
    analyse_records,
    build_dataset,
    fit_with_blend,
    fold_of,
    load_records,
)
from topline.brief.compose import attribution_for, compose  # noqa: E402
from topline.brief.compress import compress  # noqa: E402
from topline.brief.features import FEATURE_NAMES  # noqa: E402
from topline.brief.select import LinearModel, Scorer  # noqa: E402
from topline.eval.rouge import RougeRow, brief_sentences, rouge, split_sentences  # noqa: E402
from topline.model import Analysis, join_spans  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-summaries" / "dev.jsonl"
)
_FLAT = LinearModel(
    FEATURE_NAMES,
    (0.0,) * len(FEATURE_NAMES),
    (1.0,) * len(FEATURE_NAMES),
    (0.0,) * len(FEATURE_NAMES),
    0.0,
)
#: A scorer that knows nothing: with it, selection falls back to the lead prior and the rules.
NO_MODEL = Scorer(topline=_FLAT, bullet=_FLAT)
#: Words of the length-adaptive rows (CNN/DM highlights average 55 words, Lead-3 79).
WORD_BUDGET = 85
#: Words of the fixed-length rows: ROUGE's own ``-l 75`` convention (DUC), every system cut
#: at the same word, so that no system wins by length alone.
FIXED_WORDS = 75
#: The rows scored a second time by py-rouge (:mod:`benchmarks.rouge_second`), by prefix.
SECOND_OPINION = (
    "topline:",
    "cross-domain",
    "Lead-",
    "ablation: Lead-3",
    "equal",
    "fixed",
    "length",
)


# --- sumy with a spaCy tokenizer -----------------------------------------------------------


class SpacyTokenizer:
    """sumy's tokenizer protocol, on spaCy (sumy's default needs NLTK punkt)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return _sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in re.findall(r"\w[\w'’-]*", sentence))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    doc = get_nlp(disable=("ner", "lemmatizer"))(text)
    return tuple(s.text.strip() for s in doc.sents if s.text.strip())


def sumy_summary(kind: str, text: str, budget: int) -> list[str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    parser = PlaintextParser.from_string(text, SpacyTokenizer())
    cls = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(parser.document, budget)]


class _SpacyPunkt:
    """newspaper4k's sentence splitter protocol (``tokenize``), on spaCy: its own needs NLTK
    punkt, which cannot be downloaded here."""

    def tokenize(self, text: str) -> list[str]:
        return list(_sentences(text))


def newspaper_summary(text: str, budget: int) -> list[str] | None:
    """newspaper4k's summariser (keywords, title words, position, length), with spaCy
    sentences and the article's first sentence standing in for the title it needs (the
    records carry none)."""
    try:
        from newspaper import nlp as newspaper_nlp
        from newspaper.text import StopWords

        newspaper_nlp.split_sentences._tokenizer = _SpacyPunkt()  # type: ignore[attr-defined]
        title = next(iter(_sentences(text)), "")
        out = list(newspaper_nlp.summarize(title, text, StopWords("en"), budget))
    except Exception:  # noqa: BLE001 - any failure means "does not work here"
        return None
    return [str(s) for s in out] or None


def compressed_lead(analysis: Analysis, k: int = 3) -> list[str]:
    """Lead-k compressed as the brief compresses its Topline (first) and bullets (the rest):
    how much of the brief's lead over Lead-k is compression rather than choice."""
    text = analysis.article.text
    out = []
    for j, sentence in enumerate(analysis.sentences[:k]):
        if j == 0:
            spans = compress(text, sentence.span, lede=True)
        else:
            attributed = attribution_for(analysis, sentence.span) is not None
            spans = compress(text, sentence.span, attributed=attributed, bullet=True)
        out.append(join_spans(text, spans))
    return out


def within_words(sentences: Sequence[str], budget: int = WORD_BUDGET) -> list[str]:
    """The first two sentences, then each next one while the total stays within ``budget``
    words: a length-adaptive cut, to see how much of a score is length rather than choice."""
    kept: list[str] = []
    total = 0
    for sentence in sentences:
        words = len(sentence.split())
        if len(kept) >= 2 and total + words > budget:
            break
        kept.append(sentence)
        total += words
    return kept


def cut_to_words(sentences: Sequence[str], budget: int) -> list[str]:
    """The first ``budget`` words of ``sentences`` (the last one cut mid-way), sentence
    breaks kept: ROUGE's length limit, for comparing systems at equal length. F1 rewards any
    added words whose share in the reference beats half the F1 itself, so a longer or
    shorter output moves the score whatever its choice of sentences."""
    kept: list[str] = []
    left = budget
    for sentence in sentences:
        words = sentence.split()
        if left <= 0 or not words:
            break
        kept.append(" ".join(words[:left]))
        left -= len(words)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="only the first N records")
    args = ap.parse_args(argv)
    records = load_records(args.data)
    if args.limit:
        records = records[: args.limit]
    analyses = analyse_records(records)
    dataset = build_dataset(records, analyses)
    fold = fold_of(len(records))
    models = {
        k: fit_with_blend(records, analyses, dataset, [a for a, f in enumerate(fold) if f != k])
        for k in range(FOLDS)
    }
    for k, m in models.items():
        print(f"fold {k}: {m.blend}", file=sys.stderr)
    # Cross-domain: models and blend learned on the CNN/DM articles alone, scored on XSum.
    news_only = fit_with_blend(
        records, analyses, dataset, [a for a, r in enumerate(records) if r["corpus"] == "cnndm"]
    )
    print(f"trained without XSum: {news_only.blend}", file=sys.stderr)
    first: dict[int, int] = {}  # first dataset row of each article
    for j, g in enumerate(dataset[2]):
        first.setdefault(g, j)

    rows: dict[tuple[str, str], list[RougeRow]] = defaultdict(list)
    outputs: dict[tuple[str, str], list[tuple[str, list[str]]]] = defaultdict(list)
    newspaper_ok = True
    for i, (record, analysis) in enumerate(zip(records, analyses, strict=True)):
        corpus = str(record["corpus"])
        ref = str(record["reference"])
        text = analysis.article.text
        sents = [s.span.of(text) for s in analysis.sentences]
        model = models[fold[i]]
        # The lede rule: the Topline is the first sentence that is news (brief/lede.py).
        lede = dataclasses.replace(
            model, blend=dataclasses.replace(model.blend, topline_lead_weight=1.0)
        )

        def add(name: str, out: list[str], corpus: str = corpus, ref: str = ref) -> None:
            rows[(corpus, name)].append(rouge(ref, out, corpus))
            outputs[(corpus, name)].append((ref, out))

        if corpus == "cnndm":
            b3 = compose(analysis, max_bullets=3, model=model)
            b2 = compose(analysis, max_bullets=2, model=model)
            add("topline: Topline + 3 bullets (nested 5-fold CV)", brief_sentences(b3, corpus))
            add("topline: Topline + 2 bullets (nested 5-fold CV)", brief_sentences(b2, corpus))
            add(
                "lede rule: first news sentence + 2 learned bullets (nested CV)",
                brief_sentences(compose(analysis, max_bullets=2, model=lede), corpus),
            )
            budget = 1 + len(b2.bullets)
            budget_name = "3 sentences, as Topline + 2"
            plain = compose(analysis, max_bullets=2, model=NO_MODEL)
            add(
                "ablation: Topline + 2 bullets, rules only (no learned model)",
                brief_sentences(plain, corpus),
            )
            add("Lead-3", sents[:3])
            add("ablation: Lead-3 compressed as the brief is", compressed_lead(analysis))
            add("Lead-4", sents[:4])
            shown = brief_sentences(b2, corpus)
            add(
                "equal length: Lead cut to the brief's words, article by article",
                cut_to_words(sents, sum(len(t.split()) for t in shown)),
            )
            add(
                f"fixed length: Topline + 2 bullets cut at {FIXED_WORDS} words (nested CV)",
                cut_to_words(shown, FIXED_WORDS),
            )
            add(f"fixed length: Lead cut at {FIXED_WORDS} words", cut_to_words(sents, FIXED_WORDS))
            full = compose(analysis, model=model)
            add(
                f"length check: Topline + bullets within {WORD_BUDGET} words (nested CV)",
                within_words(brief_sentences(full, corpus)),
            )
            add(f"length check: Lead sentences within {WORD_BUDGET} words", within_words(sents))
        else:
            b1 = compose(analysis, max_bullets=3, model=model)
            add("topline: Topline (nested 5-fold CV)", brief_sentences(b1, corpus))
            add(
                "cross-domain: Topline, trained without XSum",
                brief_sentences(compose(analysis, max_bullets=3, model=news_only), corpus),
            )
            add(
                "lede rule: first news sentence",
                brief_sentences(compose(analysis, max_bullets=3, model=lede), corpus),
            )
            budget = 1
            budget_name = "1 sentence"
            add("Lead-1", sents[:1])
            plain = compose(analysis, max_bullets=3, model=NO_MODEL)
            add(
                "ablation: Topline, rules only (no learned model)",
                brief_sentences(plain, corpus),
            )
        add(f"sumy LexRank ({budget_name})", sumy_summary("lexrank", text, budget))
        textrank = sumy_summary("textrank", text, budget)
        add(f"sumy TextRank ({budget_name})", textrank)
        if corpus == "xsum":  # TextRank's one sentence is twice the Topline's length
            words = sum(len(t.split()) for t in brief_sentences(b1, corpus))
            add("equal length: TextRank cut to the Topline's words", cut_to_words(textrank, words))
            add("equal length: Lead cut to the Topline's words", cut_to_words(sents, words))
        picks = [j for j, g in enumerate(dataset[2]) if g == i and dataset[1][j]]
        add("oracle: greedy ROUGE picks (upper bound)", [sents[j - first[i]] for j in picks])
        if newspaper_ok:
            out = newspaper_summary(text, budget)
            if out is None:
                newspaper_ok = False
            else:
                add(f"newspaper4k summary ({budget_name}; title = first sentence)", out)
        for system, output in dict(record.get("systems") or {}).items():
            add(f"published: {system}", split_sentences(str(output)))

    print("| corpus | system | n | ROUGE-1 | ROUGE-2 | ROUGE-L | words |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (corpus, name), values in rows.items():
        r1, r2, rl, words = (statistics.fmean(v[k] for v in values) for k in range(4))
        print(
            f"| {corpus} | {name} | {len(values)} | {100 * r1:.2f} | {100 * r2:.2f} | "
            f"{100 * rl:.2f} | {words:.1f} |"
        )
    if available():
        print("\nThe same outputs scored by py-rouge (benchmarks/rouge_second.py):\n")
        print("| corpus | system | n | ROUGE-1 | ROUGE-2 | ROUGE-L |")
        print("|---|---|---:|---:|---:|---:|")
        for (corpus, name), pairs in outputs.items():
            if name.startswith(SECOND_OPINION):
                r1, r2, rl = second_rouge(pairs)
                print(
                    f"| {corpus} | {name} | {len(pairs)} | {100 * r1:.2f} | {100 * r2:.2f} | "
                    f"{100 * rl:.2f} |"
                )
    if not newspaper_ok:
        print(
            "\nnewspaper4k summary: not available (its summariser failed; see newspaper_summary)."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
