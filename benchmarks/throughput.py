"""Throughput: spaCy alone vs the full topline pipeline on 1 process, -j N, and Spark local[N].

    nice python benchmarks/throughput.py                 # 2,000 articles, every configuration
    nice python benchmarks/throughput.py --limit 200     # a quick run
    nice python benchmarks/throughput.py --profile --limit 200   # where the time goes

Corpus: PolNeAR texts (train + dev), the news-summaries articles and the article-extraction
gold bodies from ``../shared/data``, cleaned once by ``topline.ingest.article_from_text``
(outside the timed region) and repeated with changed ids up to ``--size`` articles.

Each configuration runs in a fresh child process (the model loads inside the timed region,
Spark's session start-up does not); the parent samples the RSS of the child's process tree
(psutil) and reports the peak of the busiest worker process. Tokens are counted once by the
spaCy-alone run (the same tokenizer runs in every configuration).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SRC = Path(__file__).resolve().parents[1] / "src"
for _path in (SRC, SRC.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks.proctree import watch_tree  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Article  # noqa: E402

DEFAULT_SIZE = 2000
CONFIGS = ("spacy", "one", "pool", "spark")


# --- corpus --------------------------------------------------------------------------------


def _raw_texts() -> Iterator[tuple[str, str]]:
    for split in ("train", "dev"):
        for path in sorted((DATA / "polnear" / split / "text").glob("*.txt")):
            yield f"polnear:{path.stem}", path.read_text(encoding="utf-8")
    with (DATA / "news-summaries" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield f"summaries:{row['id']}", row["article"]
    truth = json.loads((DATA / "article-extraction" / "ground-truth.json").read_text("utf-8"))
    for key, value in sorted(truth.items()):
        yield f"extraction:{key}", value.get("articleBody") or ""


def build_corpus(size: int) -> list[Article]:
    """``size`` cleaned articles: the shared texts, repeated with ids ``<id>#r<k>``."""
    base: list[Article] = []
    for key, text in _raw_texts():
        if not text.strip():
            continue
        try:
            base.append(dataclasses.replace(article_from_text(text, source=key), id=key, raw=None))
        except Exception:  # an unreadable text is left out of the corpus
            continue
    out = [
        dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}#r{i // len(base)}")
        for i in range(size)
    ]
    return out


# --- the configurations (each runs in a child process) -------------------------------------


def tree_cpu() -> float:
    """CPU seconds of this process and all its descendants, live or already reaped."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for proc in [me, *me.children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


class Timer:
    """Wall and CPU seconds (of the whole process tree) of a region."""

    def __enter__(self) -> Timer:
        self.cpu, self.wall = tree_cpu(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.wall
        self.cpu_seconds = tree_cpu() - self.cpu

    def result(self) -> dict[str, float]:
        return {"seconds": self.seconds, "cpu_seconds": self.cpu_seconds}


def run_spacy(articles: list[Article], _jobs: int) -> dict[str, Any]:
    from topline.nlp import get_nlp

    with Timer() as timer:
        nlp = get_nlp()
        tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=32))
    return {**timer.result(), "tokens": tokens}


def run_topline(articles: list[Article], jobs: int) -> dict[str, Any]:
    from topline.scale.batch import BatchOptions, run_items

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "briefs.jsonl"
        with Timer() as timer:
            stats = run_items(iter(articles), out, BatchOptions(jobs=jobs, resume=False))
    return {**timer.result(), "failed": stats.failed}


def run_spark(articles: list[Article], jobs: int) -> dict[str, Any]:
    from topline.scale.spark import brief_dataframe, local_session

    spark = local_session(f"local[{jobs}]", app_name="topline-throughput")
    rows = [(a.id, a.text) for a in articles]
    df = spark.createDataFrame(rows, "id string, text string").repartition(jobs * 2)
    df.cache().count()
    with tempfile.TemporaryDirectory() as tmp:
        with Timer() as timer:
            brief_dataframe(df, id_col="id").write.json(str(Path(tmp) / "out"))
    spark.stop()
    return timer.result()


RUNNERS = {"spacy": run_spacy, "one": run_topline, "pool": run_topline, "spark": run_spark}


def child(config: str, size: int, jobs: int) -> None:
    articles = build_corpus(size)
    result = RUNNERS[config](articles, 1 if config == "one" else jobs)
    print(json.dumps({"articles": len(articles), **result}))


# --- the parent: run, sample memory, print the table ----------------------------------------


def _sample_tree(pid: int, peaks: dict[int, tuple[str, int]], stop: threading.Event) -> None:
    """The peak RSS of each process of the tree, with its name ("root" for the child)."""

    def visit(proc: Any) -> None:
        rss = proc.memory_info().rss
        kind = "root" if proc.pid == pid else proc.name()
        if rss > peaks.get(proc.pid, ("", 0))[1]:
            peaks[proc.pid] = (kind, rss)

    watch_tree(pid, visit, stop)


def measure(config: str, size: int, jobs: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", config, "--size", str(size), "-j", str(jobs)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peaks: dict[int, tuple[str, int]] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(process.pid, peaks, stop))
    sampler.start()
    stdout, _ = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{config} failed (exit {process.returncode})")
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    pooled = config in ("pool", "spark")
    workers = [rss for kind, rss in peaks.values() if (kind != "root") == pooled and kind != "java"]
    result["worker_rss"] = max(workers, default=0)
    result["jvm_rss"] = max((rss for kind, rss in peaks.values() if kind == "java"), default=0)
    return result


def table(results: dict[str, dict[str, Any]], jobs: int) -> str:
    tokens = results["spacy"]["tokens"] if "spacy" in results else None
    labels = {
        "spacy": "spaCy `nlp.pipe` alone, 1 process",
        "one": "topline full pipeline, 1 process",
        "pool": f"topline full pipeline, `-j {jobs}`",
        "spark": f"topline on Spark `local[{jobs}]`",
    }
    base = results.get("spacy")
    lines = [
        "| configuration | articles | wall s | articles/s | tokens/s | CPU s | articles per "
        "CPU-s | vs spaCy alone (per CPU-s) | peak RSS per worker |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for config, r in results.items():
        rate = r["articles"] / r["seconds"]
        per_cpu = r["articles"] / r["cpu_seconds"]
        ratio = f"{per_cpu / (base['articles'] / base['cpu_seconds']):.0%}" if base else "n/a"
        tok = f"{tokens / r['seconds']:,.0f}" if tokens else "n/a"
        rss = f"{r['worker_rss'] / 2**20:,.0f} MiB"
        if r.get("jvm_rss"):
            rss += f" (+ JVM {r['jvm_rss'] / 2**20:,.0f} MiB)"
        lines.append(
            f"| {labels[config]} | {r['articles']:,} | {r['seconds']:.1f} | {rate:.1f} | {tok} "
            f"| {r['cpu_seconds']:.1f} | {per_cpu:.2f} | {ratio} | {rss} |"
        )
    notes = []
    if "one" in results and "pool" in results:
        one, pool = results["one"], results["pool"]
        notes.append(
            f"`-j {jobs}` wall-clock speed-up over 1 process: **{one['seconds'] / pool['seconds']:.2f}×** "
            f"(goal ≥ 1.8×); CPU per article `-j {jobs}` / 1 process: "
            f"{pool['cpu_seconds'] / one['cpu_seconds']:.2f} (1.00 = no parallel overhead)"
        )
    if "pool" in results and "spark" in results:
        spark, pool = results["spark"], results["pool"]
        notes.append(
            f"Spark vs `-j {jobs}`: wall {spark['seconds'] / pool['seconds'] - 1:+.0%}, "
            f"CPU {spark['cpu_seconds'] / pool['cpu_seconds'] - 1:+.0%} (goal within 25%)"
        )
    return "\n".join(lines + [""] + [f"- {n}" for n in notes])


# --- profile: where the time goes ------------------------------------------------------------


def profile(size: int, top: int) -> str:
    from topline.nlp import get_nlp
    from topline.scale.work import WorkOptions, process_items

    articles = build_corpus(size)
    nlp = get_nlp()
    texts = [a.text for a in articles]
    rows = ["| stage | CPU ms per article | share |", "|---|---:|---:|"]
    stages: list[tuple[str, float]] = []
    started = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    stages.append(("spaCy tokenizer", time.process_time() - started))
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=32))  # type: ignore[attr-defined]
        stages.append((f"spaCy {name}", time.process_time() - started))
    spacy_total = sum(s for _, s in stages)
    started = time.process_time()
    process_items(articles, WorkOptions(), nlp=nlp)  # timed without the profiler's overhead
    full = time.process_time() - started
    stages.append(("topline: everything after spaCy", max(full - spacy_total, 0.0)))
    profiler = cProfile.Profile()
    profiler.enable()
    process_items(articles, WorkOptions(), nlp=nlp)
    profiler.disable()
    total = spacy_total + stages[-1][1]
    for name, seconds in stages:
        rows.append(f"| {name} | {1000 * seconds / size:.2f} | {seconds / total:.0%} |")
    stats = pstats.Stats(profiler)
    ours = [
        (func, data)
        for func, data in stats.stats.items()  # type: ignore[attr-defined]
        if "/topline/" in func[0] and "/topline/scale/" not in func[0]
    ]
    ours.sort(key=lambda item: item[1][2], reverse=True)  # own time (tottime)
    hot = ["| our function | file | own CPU ms per article | calls |", "|---|---|---:|---:|"]
    for (filename, line, name), (_cc, calls, tottime, _cum, _callers) in ours[:top]:
        short = filename.split("/topline/", 1)[1]
        hot.append(f"| `{name}` | `{short}:{line}` | {1000 * tottime / size:.3f} | {calls:,} |")
    return "\n".join(rows + [""] + hot)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="articles in the corpus")
    parser.add_argument("--limit", type=int, default=None, help="alias of --size, for quick runs")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="processes for -j / Spark")
    parser.add_argument("--only", default=",".join(CONFIGS), help="configurations to run")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    parser.add_argument("--top", type=int, default=12, help="hotspots to list with --profile")
    parser.add_argument("--child", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = args.limit or args.size
    if args.child:
        child(args.child, size, args.jobs)
        return
    if args.profile:
        print(profile(size, args.top))
        return
    results = {c: measure(c, size, args.jobs) for c in args.only.split(",") if c in CONFIGS}
    print(table(results, args.jobs))


if __name__ == "__main__":
    main()
