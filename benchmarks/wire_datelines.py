"""Wire copy whose dateline stands on a line of its own ("NAIROBI, Kenya (AP) _").

    nice python benchmarks/wire_datelines.py                       # this checkout
    nice python benchmarks/wire_datelines.py --src <other checkout>/src

The 1990s wires set the dateline alone above the lede and typed its dash as an underscore or
two hyphens. Over TempEval-3's TBAQ documents (256 news texts, dated by their DCT) this counts
the texts that open so, how many of their briefs are headed by the dateline (read as a
title), how many name the wire as the outlet, and how many take the first paragraph after the
dateline (the lede) as the Topline. A checkout's ``src`` is put first on the path, so the same
script measures main and a branch; the dateline pattern is this script's own, so both are
counted alike.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's benchmarks (it holds no topline)

from benchmarks.checkout_src import src_parser, use_src  # noqa: E402

_ALONE = re.compile(r"^[A-Z][A-Za-z.,'’ 0-9-]{1,60}\((?:AP|Xinhua|AFP|Reuters)\)\s*(?:_|--?)?\s*$")


def main() -> None:
    args = src_parser(__doc__.split("\n")[0]).parse_args()
    use_src(args.src)

    from benchmarks.timeml import read_corpus
    from topline.analyze import analyze_many
    from topline.brief import make_brief
    from topline.ingest import article_from_text

    docs = read_corpus(ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned")
    chosen = []
    for doc in docs:
        lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
        if len(lines) > 1 and _ALONE.match(lines[0]):
            chosen.append((doc, lines[1]))
    articles = [article_from_text(d.text, source=d.name, published=d.dct[:10]) for d, _ in chosen]
    headed = outlet = lede = 0
    for (_, first), analysis in zip(chosen, analyze_many(articles), strict=True):
        title = analysis.article.title or ""
        headed += bool(_ALONE.match(title))
        outlet += analysis.article.outlet is not None
        topline = make_brief(analysis).topline
        lede += topline is not None and first.startswith(topline.text[:40])
    n = len(chosen)
    print(f"src: {args.src}")
    print("| TBAQ texts opening with a dateline alone | headed by the dateline | outlet named |")
    print("|---:|---:|---:|")
    print(f"| {n} | {headed} | {outlet} |")
    print(f"\nTopline = the lede (the first paragraph after the dateline): {lede} of {n}")


if __name__ == "__main__":
    main()
