"""Spark on a real (local) standalone cluster: ``spark-submit`` to a master with two workers.

    nice python benchmarks/spark_standalone.py [--size 100]

What it does, with the same commands docs/scaling.md gives a user:

1. starts a standalone master and two workers (1 core, 2 GiB each) from the pyspark
   package's own launcher: ``$SPARK_HOME/bin/spark-class org.apache.spark.deploy.master.Master``
   and ``… org.apache.spark.deploy.worker.Worker spark://127.0.0.1:PORT`` (pip's pyspark
   ships ``spark-class`` but not the ``sbin/start-*.sh`` scripts);
2. submits ``topline/scale/spark_job.py spark-brief`` with ``spark-submit --master
   spark://…`` twice: on 2 articles (the start-up probe: JVMs, session, executors, one model
   load per Python worker) and on ``--size`` articles, and runs ``topline batch -j 2`` on the
   same articles as the baseline of the same run;
3. reports start-up apart from per-article cost: per article = (CPU of the big job − CPU of
   the probe) / (size − 2); start-up = the probe minus its two articles' share. CPU is summed
   over every process involved (spark-submit and its driver, the worker daemons' executors
   and Python workers, reaped ones included);
4. stops the master and the workers (always, also on error).

The corpus is the throughput corpus (``benchmarks/throughput.py``) written as JSONL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks.proctree import Machine  # noqa: E402

WORKERS = 2
WORKER_MEMORY = "2g"
PROBE = 2


def spark_home() -> Path:
    import pyspark

    return Path(pyspark.__file__).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    src = str(ROOT / "src")
    env = dict(os.environ)
    env.update(
        SPARK_HOME=str(spark_home()),
        PYSPARK_PYTHON=sys.executable,
        PYSPARK_DRIVER_PYTHON=sys.executable,
        PYTHONPATH=os.pathsep.join([src, env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        SPARK_LOCAL_IP="127.0.0.1",
    )
    return env


@contextmanager
def cluster(folder: Path) -> Iterator[tuple[str, list[int]]]:
    """A master and :data:`WORKERS` workers; yields the master URL and the workers' pids."""
    spark_class = str(spark_home() / "bin" / "spark-class")
    port, ui = _free_port(), _free_port()
    procs: list[subprocess.Popen[bytes]] = []
    env = _env()
    try:
        procs.append(
            subprocess.Popen(
                [spark_class, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                 "--port", str(port), "--webui-port", str(ui)],
                stdout=(folder / "master.log").open("wb"), stderr=subprocess.STDOUT, env=env,
                start_new_session=True,
            )
        )  # fmt: skip
        url = f"spark://127.0.0.1:{port}"
        _wait(lambda: _alive(ui) is not None, "master")
        for k in range(WORKERS):
            work = folder / f"worker{k}"
            work.mkdir()
            procs.append(
                subprocess.Popen(
                    [spark_class, "org.apache.spark.deploy.worker.Worker", url, "--cores", "1",
                     "--memory", WORKER_MEMORY, "--work-dir", str(work),
                     "--webui-port", str(_free_port()), "--host", "127.0.0.1"],
                    stdout=(folder / f"worker{k}.log").open("wb"), stderr=subprocess.STDOUT,
                    env=env, start_new_session=True,
                )
            )  # fmt: skip
        _wait(lambda: _alive(ui) == WORKERS, "workers")
        yield url, [p.pid for p in procs[1:]]
    finally:
        for p in procs:  # each daemon in its own session: stop it and what it started
            try:
                os.killpg(p.pid, 15)
            except ProcessLookupError:
                continue
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, 9)


def _alive(ui: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{ui}/json/", timeout=2) as r:
            return int(json.load(r).get("aliveworkers", 0))
    except OSError:
        return None


def _wait(ready: Any, what: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"the Spark {what} did not start within {timeout:.0f} s")
        time.sleep(0.5)


def submit(url: str, workers: list[int], corpus: Path, out: Path) -> dict[str, float]:
    """One ``spark-submit`` of ``topline spark-brief``: wall and CPU of every process."""
    from topline.scale import spark_job

    command = [
        str(spark_home() / "bin" / "spark-submit"),
        "--master", url,
        "--conf", "spark.executor.cores=1",
        "--conf", f"spark.cores.max={WORKERS}",
        "--conf", "spark.executor.memory=1g",
        "--conf", "spark.python.worker.reuse=true",
        "--conf", f"spark.executorEnv.PYTHONPATH={ROOT / 'src'}",
        "--conf", f"spark.executorEnv.PYSPARK_PYTHON={sys.executable}",
        spark_job.__file__,
        "spark-brief", str(corpus), str(out), "--partitions", str(2 * WORKERS), "--overwrite",
    ]  # fmt: skip
    return _timed(command, workers, _env())


def _own_cpu(pids: list[int]) -> dict[int, float]:
    """Each live process of these trees → its own CPU seconds so far (children not added:
    an executor's Python workers are orphaned when it is stopped, so their time would never
    reach a parent; they are sampled while they run instead)."""
    import psutil

    out: dict[int, float] = {}
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for proc in procs:
            try:
                t = proc.cpu_times()
            except psutil.Error:
                continue
            out[proc.pid] = t.user + t.system
    return out


def _timed(command: list[str], others: list[int], env: dict[str, str]) -> dict[str, float]:
    """Wall and CPU of ``command`` plus what it makes ``others`` (the cluster's daemons) do:
    every process of those trees is sampled while the command runs, so short-lived executors
    and Python workers count with the CPU they had at their last sample."""
    baseline = _own_cpu(others)
    machine = Machine().start()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seen: dict[int, float] = {}
    while process.poll() is None:
        seen.update(_own_cpu([process.pid, *others]))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        err = process.stderr.read().decode()[-2000:] if process.stderr else ""
        raise SystemExit(f"failed: {' '.join(command[:3])} …\n{err}")
    seen.update(_own_cpu(others))
    cpu = sum(t - baseline.get(pid, 0.0) for pid, t in seen.items())
    machine.stop(cpu)
    return {"wall": wall, "cpu": cpu, "others": machine.others, "load": machine.load_before}


def batch(corpus: Path, out: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "topline", "batch", str(corpus), "--out", str(out), "-j", "2"]
    return _timed(command, [], _env())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="articles in the big job")
    args = parser.parse_args()
    if shutil.which("java") is None:
        raise SystemExit("Spark needs Java (17)")
    from benchmarks.throughput import build_corpus

    articles = build_corpus(args.size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, rows in (("probe.jsonl", articles[:PROBE]), ("corpus.jsonl", articles)):
            with (folder / name).open("w", encoding="utf-8") as fh:
                for a in rows:
                    fh.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
        started = time.perf_counter()
        with cluster(folder) as (url, workers):
            up = time.perf_counter() - started
            probe = submit(url, workers, folder / "probe.jsonl", folder / "probe-out")
            big = submit(url, workers, folder / "corpus.jsonl", folder / "out")
        base = batch(folder / "corpus.jsonl", folder / "batch.jsonl")
    n = args.size - PROBE
    per_cpu = (big["cpu"] - probe["cpu"]) / n
    per_wall = (big["wall"] - probe["wall"]) / n
    print(f"Spark {spark_home().name} standalone: 1 master + {WORKERS} workers × 1 core, local")
    print("\n| run | articles | wall s | CPU s | load before | other processes (cores) |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, r, k in (
        ("`spark-submit` probe", probe, PROBE),
        ("`spark-submit` job", big, args.size),
        ("`topline batch -j 2` (same run)", base, args.size),
    ):
        print(
            f"| {label} | {k} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['load']:.1f} | {r['others']:.2f} |"
        )
    print(f"\n- cluster start-up (master + {WORKERS} workers registered): {up:.1f} s wall")
    print(
        f"- job start-up (driver, executors, model loads): {probe['wall'] - PROBE * per_wall:.1f} s "
        f"wall, {probe['cpu'] - PROBE * per_cpu:.1f} CPU-s"
    )
    print(
        f"- per article on the cluster: {1000 * per_cpu:.0f} CPU-ms, {1000 * per_wall:.0f} wall-ms"
    )
    print(
        f"- per article with `topline batch -j 2` (start-up included): "
        f"{1000 * base['cpu'] / args.size:.0f} CPU-ms; cluster ÷ batch: "
        f"{per_cpu / (base['cpu'] / args.size):.2f}"
    )


if __name__ == "__main__":
    main()
