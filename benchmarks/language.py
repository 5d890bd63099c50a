"""Language check: English texts must never be refused; other languages must be named.

    python benchmarks/language.py          # from the repository root, PYTHONPATH=src

Texts: the news-summaries articles (English), the article-extraction ground-truth bodies
(mostly English, with some pages in other languages: their verdicts are listed for reading),
and PolNeAR (English). Prints, per set, how many texts each verdict got; "refused" counts the
English sets' texts that the check would refuse (the figure that must stay 0).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from topline.analyze.language import detect_text  # noqa: E402


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


def main() -> None:
    print("| set | texts | verdicts | English refused |")
    print("|---|---:|---|---:|")
    for name, texts in sets().items():
        verdicts = Counter(detect_text(t).language or "too short" for t in texts)
        refused = sum(n for lang, n in verdicts.items() if lang not in ("en", "too short"))
        shown = ", ".join(f"{lang} {n}" for lang, n in verdicts.most_common())
        print(f"| {name} | {len(texts)} | {shown} | {refused if '(en)' in name else '—'} |")


if __name__ == "__main__":
    main()
