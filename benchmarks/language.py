"""Language check: English texts must never be refused; other languages must be named.

    python benchmarks/language.py          # from the repository root, PYTHONPATH=src

Texts: the news-summaries articles (English), the article-extraction ground-truth bodies
(mostly English, with some pages in other languages: their verdicts are listed for reading),
and PolNeAR (English). Prints, per set, how many texts each verdict got; "refused" counts the
English sets' texts that the check would refuse (the figure that must stay 0). Then the
distribution of the English stop-word share among each text's lower-case words (the measure
that refuses a Latin-script text no stop list names, such as Welsh), over the texts with
enough different lower-case words to be judged, and the same for texts of our own writing
(``data/language_own.jsonl``: English box scores, tables, lists and short texts, and news in
languages without a stop list here).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from topline.analyze.language import (  # noqa: E402
    _WORD,
    MAX_WORDS,
    MIN_LOWER_WORDS,
    detect_text,
    stop_words,
)

OWN = ROOT / "benchmarks" / "data" / "language_own.jsonl"


def sets() -> dict[str, list[str]]:
    summaries = [
        json.loads(line).get("article", "")
        for line in (DATA / "news-summaries" / "dev.jsonl").read_text().splitlines()
        if line.strip()
    ]
    truth = json.loads((DATA / "article-extraction" / "ground-truth.json").read_text())
    bodies = [v.get("articleBody", "") for v in truth.values() if isinstance(v, dict)]
    polnear = [
        p.read_text(errors="replace")
        for p in sorted((DATA / "polnear").rglob("*"))
        if p.is_file() and p.suffix in ("", ".txt")
    ]
    return {"news-summaries (en)": summaries, "article-extraction": bodies, "polnear (en)": polnear}


def lower_share(text: str) -> float | None:
    """English stop words among the text's lower-case words; None with too few of them."""
    lower = [w for w in _WORD.findall(text[: MAX_WORDS * 12])[:MAX_WORDS] if w.islower()]
    if len(set(lower)) < MIN_LOWER_WORDS:
        return None
    english = stop_words("en")
    return sum(w in english for w in lower) / len(lower)


def distribution(name: str, texts: list[str]) -> str:
    shares = sorted(s for s in map(lower_share, texts) if s is not None)
    if not shares:
        return f"| {name} | 0 | — | — | — | — |"

    def at(q: float) -> str:
        return f"{shares[min(len(shares) - 1, int(q * len(shares)))]:.3f}"

    return f"| {name} | {len(shares)} | {shares[0]:.3f} | {at(0.01)} | {at(0.05)} | {at(0.5)} |"


def main() -> None:
    print("| set | texts | verdicts | English refused |")
    print("|---|---:|---|---:|")
    for name, texts in sets().items():
        verdicts = Counter(detect_text(t).language or "too short" for t in texts)
        refused = sum(n for lang, n in verdicts.items() if lang not in ("en", "too short"))
        shown = ", ".join(f"{lang} {n}" for lang, n in verdicts.most_common())
        print(f"| {name} | {len(texts)} | {shown} | {refused if '(en)' in name else '—'} |")
    own = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]
    print("\n| own text | language | lower-case share | verdict |")
    print("|---|---|---:|---|")
    for row in own:
        share = lower_share(row["text"])
        shown = "too few words" if share is None else f"{share:.3f}"
        verdict = detect_text(row["text"]).language or "no leader (English)"
        print(f"| {row['kind']} | {row['language']} | {shown} | {verdict} |")
    print("\nEnglish stop words among lower-case words, texts with enough of them:")
    print("| set | texts | min | 1st pct | 5th pct | median |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, texts in sets().items():
        print(distribution(name, texts))
    english = [r["text"] for r in own if r["language"] == "en"]
    print(distribution("own texts (en)", english))
    print(distribution("own texts (other)", [r["text"] for r in own if r["language"] != "en"]))


if __name__ == "__main__":
    main()
