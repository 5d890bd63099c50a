"""Crucial quotes in texts that set quotations in typewriter pairs (``…'').

    nice python benchmarks/typewriter_quotes.py                       # this checkout
    nice python benchmarks/typewriter_quotes.py --src <other checkout>/src

The AP and NYT wires of the 1990s (and the Penn Treebank's texts) open a quotation with two
backticks and close it with two apostrophes. The analysis reads those as direct quotes; this
counts, over TempEval-3's TBAQ documents (256 news texts, dated by their DCT), how many
briefs show a Crucial quote, split by whether the text uses the pairs, and whether each
shown quote's text is its spans' text. A checkout's ``src`` is put first on the path, so the
same script measures main and a branch.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's benchmarks (it holds no topline)

from benchmarks.checkout_src import src_parser, use_src  # noqa: E402


def main() -> None:
    args = src_parser(__doc__.split("\n")[0]).parse_args()
    use_src(args.src)

    from benchmarks.timeml import read_corpus
    from topline.analyze import analyze_many
    from topline.brief import make_brief
    from topline.ingest import article_from_text

    docs = read_corpus(ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned")
    articles = [article_from_text(d.text, source=d.name, published=d.dct[:10]) for d in docs]
    rows = {True: [0, 0, 0], False: [0, 0, 0]}  # texts, with a Crucial quote, grounded
    for analysis in analyze_many(articles):
        text = analysis.article.text
        quote = make_brief(analysis).crucial_quote
        row = rows["``" in text]
        row[0] += 1
        if quote is not None:
            row[1] += 1
            row[2] += "".join(s.of(text) for s in quote.spans) == quote.text
    print(f"src: {args.src}")
    print("| TBAQ texts | texts | with a Crucial quote | its text = its spans |")
    print("|---|---:|---:|---:|")
    for pairs, (n, shown, grounded) in rows.items():
        label = "quotations in ``…'' pairs" if pairs else "other marks or none"
        print(f"| {label} | {n} | {shown} ({shown / max(n, 1):.0%}) | {grounded} / {shown} |")


if __name__ == "__main__":
    main()
