"""The brief's own CPU: ``make_brief`` over cached analyses, this checkout vs another.

    nice python benchmarks/brief_cost.py --against /tmp/main/src
    nice python benchmarks/brief_cost.py --against /tmp/main/src --rounds 3 --every 2

The brief is the largest part of topline's own cost per article (issue #19), and a whole
batch run cannot resolve a change of a few per cent of it on a shared machine. So the
analyses are made once (every ``--every``-th article of ``benchmarks/throughput.py``'s
corpus, the foreign ones left out; this checkout's analysis, pickled) and each checkout
then briefs all of them in a fresh child process, ``--passes`` times after one warm-up
brief; the children of the two checkouts alternate, ``--rounds`` times. Each row gives the
CPU ms per brief of each pass (``time.process_time``), the machine's load before → after,
and the MD5 of the first pass's briefs as JSON: equal MD5s mean byte-identical briefs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))


def make_analyses(every: int, out: Path) -> int:
    """Pickle the analyses of every ``every``-th corpus article (English only)."""
    from benchmarks.throughput import base_articles
    from topline.analyze import analyze_many
    from topline.analyze.language import require_supported
    from topline.errors import ToplineError

    articles = []
    for article in base_articles()[::every]:
        try:
            require_supported(article)
        except ToplineError:
            continue
        articles.append(article)
    analyses = list(analyze_many(articles))
    out.write_bytes(pickle.dumps(analyses))
    return len(analyses)


def child(cache: Path, passes: int, src: Path) -> None:
    sys.path.insert(0, str(src))  # before this checkout's src, which the module put first
    analyses = pickle.loads(cache.read_bytes())
    from topline.brief import make_brief
    from topline.model import to_json

    make_brief(analyses[0])  # the first brief reads the scorer and compiles patterns
    digest = hashlib.md5()
    per_pass = []
    for k in range(passes):
        started = time.process_time()
        briefs = [make_brief(a) for a in analyses]
        per_pass.append((time.process_time() - started) * 1000 / len(analyses))
        if k == 0:
            for brief in briefs:
                digest.update(to_json(brief).encode("utf-8"))
    import topline

    code = str(Path(topline.__file__).resolve().parents[1])
    print(json.dumps({"ms": per_pass, "md5": digest.hexdigest()[:10], "src": code}))


def measure(cache: Path, passes: int, src: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", "--cache", str(cache), "--src", str(src)]
    before = os.getloadavg()[0]
    done = subprocess.run(
        [*command, "--passes", str(passes)], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = (before, os.getloadavg()[0])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout's src (required)")
    parser.add_argument("--every", type=int, default=4, help="every n-th corpus article")
    parser.add_argument("--passes", type=int, default=3, help="briefs of every analysis")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.cache, args.passes, args.src)
        return
    if args.against is None:
        parser.error("--against is required")
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "analyses.pickle"
        count = make_analyses(args.every, cache)
        here = ROOT / "src"
        print(f"{count} analyses; CPU ms per brief, each pass; load before → after\n")
        print("| round | code | passes (ms per brief) | mean | briefs MD5 | load |")
        print("|---:|---|---|---:|---|---|")
        means: dict[str, list[float]] = {"this checkout": [], "against": []}
        for r in range(args.rounds):
            order = [("this checkout", here), ("against", args.against)]
            for name, src in order if r % 2 == 0 else order[::-1]:
                res = measure(cache, args.passes, src)
                mean = sum(res["ms"]) / len(res["ms"])
                means[name].append(mean)
                passes = " / ".join(f"{m:.2f}" for m in res["ms"])
                load = f"{res['load'][0]:.1f} → {res['load'][1]:.1f}"
                code = f"{name} (`{res['src']}`)"
                print(f"| {r + 1} | {code} | {passes} | {mean:.2f} | {res['md5']} | {load} |")
        mine, theirs = (sum(v) / len(v) for v in means.values())
        print(f"\nthis checkout / against: {mine / theirs:.3f} ({mine - theirs:+.2f} ms per brief)")


if __name__ == "__main__":
    main()
