"""Bounded load test of the HTTP API on the loopback interface.

Starts ``topline serve`` in a subprocess on 127.0.0.1 (a free port), sends a fixed number of
``POST /v1/brief`` requests from a fixed number of concurrent clients, and prints Markdown
tables: requests/s, p50/p95 latency and errors per round, against two baselines measured in
the same run (``GET /healthz``, which does no work, and the library called in-process without
HTTP), and the server's resident memory before and after each round (growth between rounds
would be a leak). It stops by itself: every loop is bounded and the whole run has a deadline.

    nice python benchmarks/api_load.py [--requests 500] [--concurrency 20] [--rounds 2]
    python benchmarks/api_load.py --mixed [--clients 50] [--seconds 60]  # normal priority

``--mixed`` runs :mod:`benchmarks.api_mixed_load` instead: briefs, slow URL briefs, searches
and pages at once, with read latency, shed load and the server's memory.

Articles: the CNN/DailyMail and XSum texts of ``../shared/data/news-summaries/dev.jsonl``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news-summaries" / "dev.jsonl"
HOST = "127.0.0.1"  # loopback only, never another host
#: Distinct articles cycled through by the clients.
ARTICLES = 100
WARMUP = 20
REQUEST_TIMEOUT = 120.0
#: Hard deadline for the whole run, in seconds.
DEADLINE = 1800.0


@dataclass(frozen=True)
class Result:
    label: str
    requests: int
    concurrency: int
    seconds: float
    latencies: list[float]
    errors: int

    def row(self) -> str:
        lat = sorted(self.latencies) or [0.0]
        p50 = statistics.median(lat) * 1000
        p95 = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))] * 1000
        rate = self.requests / self.seconds if self.seconds else 0.0
        return (
            f"| {self.label} | {self.requests} | {self.concurrency} | {rate:.1f} | "
            f"{p50:.0f} | {p95:.0f} | {self.errors} |"
        )


def load_texts(n: int) -> list[str]:
    texts = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["article"])
            if len(texts) == n:
                break
    return texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def start_server(
    port: int, extra: list[str] | None = None, src: Path = REPO / "src"
) -> subprocess.Popen[bytes]:
    """``topline serve`` from the package in ``src`` (another checkout's for a before run)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, "-m", "topline", "serve", "--host", HOST, "--port", str(port)]
    cmd += extra or []
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            if httpx.get(f"http://{HOST}:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 180 s")


async def hammer(
    base: str, label: str, method: str, path: str, bodies: list[str], n: int, concurrency: int
) -> Result:
    latencies: list[float] = []
    errors = 0
    next_index = 0

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors, next_index
        while next_index < n:
            i = next_index
            next_index += 1
            started = time.perf_counter()
            try:
                if method == "GET":
                    response = await http.get(path)
                else:
                    response = await http.post(path, json={"text": bodies[i % len(bodies)]})
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += 0 if ok else 1

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    return Result(label, n, concurrency, seconds, latencies, errors)


def library_baseline(texts: list[str], n: int) -> Result:
    """The same work in-process, one article after another: what HTTP adds on top."""
    sys.path.insert(0, str(REPO / "src"))
    from topline.analyze import analyze
    from topline.brief import make_brief
    from topline.ingest import article_from_text
    from topline.nlp import get_nlp

    get_nlp()
    latencies = []
    started = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        make_brief(analyze(article_from_text(texts[i % len(texts)])))
        latencies.append(time.perf_counter() - t)
    seconds = time.perf_counter() - started
    return Result("library in-process, sequential (baseline, no HTTP)", n, 1, seconds, latencies, 0)


def rss_mb(proc: psutil.Process) -> float:
    return float(proc.memory_info().rss) / 2**20


async def main_async(args: argparse.Namespace) -> None:
    texts = load_texts(ARTICLES)
    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(port)
    memory: list[tuple[str, float]] = []
    results: list[Result] = []
    try:
        ps = psutil.Process(server.pid)
        memory.append(("started (model loaded)", rss_mb(ps)))
        await hammer(base, "warm-up", "POST", "/v1/brief", texts, WARMUP, 4)
        memory.append((f"after {WARMUP} warm-up briefs", rss_mb(ps)))
        results.append(
            await hammer(base, "`GET /healthz` (baseline, no work)", "GET", "/healthz", [], 500, 20)
        )
        for r in range(1, args.rounds + 1):
            label = f"`POST /v1/brief`, round {r}"
            results.append(
                await hammer(
                    base, label, "POST", "/v1/brief", texts, args.requests, args.concurrency
                )
            )
            memory.append((f"after round {r} ({args.requests} briefs)", rss_mb(ps)))
    finally:
        server.terminate()
        server.wait(timeout=30)
    results.append(library_baseline(texts, min(args.requests, 100)))

    print("| target | requests | concurrent clients | req/s | p50 ms | p95 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for result in results:
        print(result.row())
    print()
    print("| server RSS | MiB |")
    print("|---|---:|")
    for label, mb in memory:
        print(f"| {label} | {mb:.0f} |")


def main() -> None:
    if "--mixed" in sys.argv:
        sys.path.insert(0, str(REPO))
        from benchmarks.api_mixed_load import main as mixed

        sys.argv.remove("--mixed")
        mixed()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} is missing (the shared data sit beside the checkout)")
    asyncio.run(asyncio.wait_for(main_async(args), timeout=DEADLINE))


if __name__ == "__main__":
    main()
