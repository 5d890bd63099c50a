"""The brief's regex gates alone: CPU per ``Gate.may_match``, this checkout vs another.

    nice python benchmarks/gate_cost.py --against /tmp/main/src

A gate (:mod:`topline.brief.regex_gate`) is asked of nearly every sentence of every brief,
six times, so a change to it moves the brief's cost by a fraction of a millisecond that
``benchmarks/brief_cost.py`` cannot resolve on a shared machine. This times the gates
alone: the sentences of ``benchmarks/throughput.py``'s corpus texts (split after ``.``,
``!`` or ``?``; cleaning only, no parse) are put to every gated pattern's ``may_match``,
``--passes`` times in a fresh child per checkout, the best pass kept; the children
alternate ``--rounds`` times. Each row also gives how many sentences each gate lets
through, which must be equal between checkouts (the gates' answers are the same).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def child(src: Path, passes: int) -> None:
    sys.path.insert(0, str(src))  # before this checkout's src, which the module put first
    from benchmarks.throughput import base_articles
    from topline.brief import cues, page_rules, select

    texts = [s for a in base_articles() for s in _SENTENCE_END.split(a.text) if s.strip()]
    gates = [
        page_rules._BOILERPLATE_GATE,
        select._BOILERPLATE_GATE,
        select._SPEECH_CUE_GATE,
        *cues._PAST_GATES,
    ]
    passed = [sum(map(g.may_match, texts)) for g in gates]  # also reads each gate's strings
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for g in gates:
            for _answer in map(g.may_match, texts):
                pass
        best = min(best, time.process_time() - started)
    import topline

    code = str(Path(topline.__file__).resolve().parents[1])
    us = best * 1e6 / (len(texts) * len(gates))
    print(json.dumps({"us": us, "sentences": len(texts), "passed": passed, "src": code}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout's src (required)")
    parser.add_argument("--passes", type=int, default=5, help="passes per child (best kept)")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.passes)
        return
    if args.against is None:
        parser.error("--against is required")
    print(
        "| round | code | µs per may_match (best pass) | sentences | let through, per gate | load |"
    )
    print("|---:|---|---:|---:|---|---|")
    order = [("this checkout", ROOT / "src"), ("against", args.against)]
    for r in range(args.rounds):
        for name, src in order if r % 2 == 0 else order[::-1]:
            before = os.getloadavg()[0]
            command = [sys.executable, __file__, "--child", str(src), "--passes", str(args.passes)]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            res = json.loads(out.strip().splitlines()[-1])
            passed = " / ".join(f"{n:,}" for n in res["passed"])
            load = f"{before:.1f} → {os.getloadavg()[0]:.1f}"
            print(
                f"| {r + 1} | {name} (`{res['src']}`) | {res['us']:.2f} | {res['sentences']:,} "
                f"| {passed} | {load} |"
            )


if __name__ == "__main__":
    main()
