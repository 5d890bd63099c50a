"""What the Markdown lines of the brief show a reader: a Crucial quote's speaker named twice,
and typewriter quotation pairs left as typed.

    nice python benchmarks/markdown_lines.py                        # this checkout
    nice python benchmarks/markdown_lines.py --src <other checkout>/src

Over a pool of unseen PolNeAR train articles (brief_read's shuffled positions 657-840, which
no sample reads), this counts Crucial quote lines whose speech clause names the speaker by
surname ("“…,” Nandra said. “…”") and that still add "— Priya Nandra" after it, and briefs
whose Markdown lines (Topline, bullets, Crucial quote, Key background) keep a typewriter pair
(``…'' on the wires, ''…'' in the NYT archive) where the reader expects “…”. ``--src`` puts
another checkout's ``topline`` first (imported before anything else, so every submodule comes
from it), so the same script measures main and a branch on the same articles.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's benchmarks (it holds no topline)

from benchmarks.checkout_src import src_parser, use_src  # noqa: E402

#: The pool: PolNeAR train positions of brief_read's seeded shuffle that no sample reads.
POOL = ((181, 181), (657, 840), (0, 0), (0, 0))
_PAIR = re.compile(r"``|(?:^|\s)''\w")
_CLAUSE = re.compile(r"[,.!?]['\"”’]+ ([A-Z][\w'’-]+) (?:said|says|told|added|continued)\b")


def main() -> None:
    args = src_parser(__doc__.split("\n")[0]).parse_args()
    use_src(args.src)

    from benchmarks.brief_read import _articles, items_of
    from topline.analyze import analyze_many
    from topline.brief import make_brief
    from topline.render.brief import render_markdown

    twice = quotes = paired = lines = 0
    analyses = list(analyze_many(_articles(items_of(POOL))))
    for analysis in analyses:
        md = render_markdown(make_brief(analysis), analysis.article)
        kept = [
            line
            for line in md.splitlines()
            if line.startswith(("**Topline", "- ", "**Crucial", "**Key")) and _PAIR.search(line)
        ]
        paired += bool(kept)
        lines += len(kept)
        for line in md.splitlines():
            if not line.startswith("**Crucial quote:**"):
                continue
            quotes += 1
            clause = _CLAUSE.search(line)
            credit = line.rsplit(" — ", 1)[-1] if " — " in line else ""
            twice += bool(clause and credit and clause.group(1) in credit.split(",")[0])
    print(f"src: {args.src}")
    print(
        "| PolNeAR pool briefs | Crucial quotes | speaker named twice | briefs with typewriter pairs left (lines) |"
    )
    print("|---:|---:|---:|---:|")
    print(f"| {len(analyses)} | {quotes} | {twice} | {paired} ({lines}) |")


if __name__ == "__main__":
    main()
