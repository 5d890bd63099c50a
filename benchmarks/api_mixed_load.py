"""The server under mixed load: briefs, slow URL briefs, searches and pages at once.

Starts ``topline serve`` on 127.0.0.1 over a store of the first 200 dev articles (ingested
with analysis first, as ``topline ingest`` does by default; ``--unanalysed`` ingests them
without, so every article page needs an analysis), and a deliberately slow web site on
127.0.0.1 (each page answers after 3 s). Then ``--clients`` concurrent clients (50) run for
``--seconds`` (60), each picking at random: ``POST /v1/brief`` with a text (20%),
``POST /v1/brief`` with a URL of the slow site (10%), ``GET /v1/search`` (40%), or a page
(``/stories``, ``GET /v1/stories``, ``/articles/{id}``; 10% each). It prints, per kind of
request: count, p50/p99 latency, statuses, and errors (anything but 200/201, and 429/503
*with* ``Retry-After``, which are the server deliberately shedding load); the server's
resident memory (its whole process tree: the server and its analysis workers) sampled every
0.2 s and the CPU time the tree used; the load average before and after; and the same reads
with no briefs running (after a few untimed reads of each kind), as the baseline measured in
the same run. Run it at normal priority: the server lowers its analysis workers' priority
itself, and a server started under ``nice`` on a machine shared with other jobs measures their
load rather than its own.

    python benchmarks/api_mixed_load.py [--clients 50] [--seconds 60] [--unanalysed]
    python benchmarks/api_mixed_load.py --src ../main/src   # another checkout's server

The URL briefs need the server to fetch from 127.0.0.1, so it runs with
``--allow-private-urls``; the slow site binds to 127.0.0.1 only. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.api_load import DATA, HOST, free_port, load_texts, start_server  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARTICLES = 200
SLOW_SECONDS = 3.0
WORDS = ["council", "president", "police", "said", "market", "election", "court", "storm"]
MIX = [
    ("brief", 0.2),
    ("url brief", 0.1),
    ("search", 0.4),
    ("stories page", 0.1),
    ("GET /v1/stories", 0.1),
    ("article page", 0.1),
]
READS = ("search", "stories page", "GET /v1/stories", "article page")


def slow_site(pages: list[str]) -> tuple[ThreadingHTTPServer, str]:
    """Pages /0 … /N-1 on 127.0.0.1, each answered after SLOW_SECONDS; robots.txt 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/robots.txt":
                self.send_response(404)
                self.end_headers()
                return
            time.sleep(SLOW_SECONDS)
            index = int(self.path.strip("/") or 0) % len(pages)
            body = f"<html><body><article><p>{pages[index]}</p></article></body></html>".encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the server gave up on this fetch
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer((HOST, 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{HOST}:{server.server_address[1]}"


def ingest(db: Path, texts: list[str], *, analyse: bool, src: Path) -> list[str]:
    source = db.with_suffix(".jsonl")
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, "-m", "topline", "ingest", str(source), "--db", str(db), "-q"]
    cmd += ["-j", "2"] if analyse else ["--no-analyze"]
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    out = subprocess.run(
        [sys.executable, "-m", "topline", "search", "said", "--db", str(db), "-f", "json", "-n", "100"],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return [hit["article_id"] for hit in json.loads(out.stdout)]


class Tally:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, Counter[str]] = defaultdict(Counter)
        self.errors: Counter[str] = Counter()

    def add(self, kind: str, seconds: float, status: str, error: bool) -> None:
        self.latency[kind].append(seconds)
        self.status[kind][status] += 1
        self.errors[kind] += int(error)


def pick(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for kind, share in MIX:
        total += share
        if roll < total:
            return kind
    return MIX[-1][0]


async def request(
    http: httpx.AsyncClient, kind: str, rng: random.Random, ctx: dict[str, Any]
) -> httpx.Response:
    if kind == "brief":
        return await http.post("/v1/brief", json={"text": rng.choice(ctx["texts"])})
    if kind == "url brief":
        return await http.post("/v1/brief", json={"url": f"{ctx['site']}/{rng.randrange(1000)}"})
    if kind == "search":
        return await http.get("/v1/search", params={"q": rng.choice(WORDS), "limit": 10})
    if kind == "stories page":
        return await http.get("/stories")
    if kind == "GET /v1/stories":
        return await http.get("/v1/stories", params={"limit": 20})
    return await http.get(f"/articles/{rng.choice(ctx['ids'])}")


async def run(
    base: str, kinds: list[str], clients: int, seconds: float, ctx: dict[str, Any]
) -> Tally:
    tally = Tally()
    end = time.monotonic() + seconds

    async def client(n: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(n)
        while time.monotonic() < end:
            kind = pick(rng) if len(kinds) > 1 else kinds[0]
            while kind not in kinds:
                kind = pick(rng)
            started = time.perf_counter()
            try:
                response = await request(http, kind, rng, ctx)
                code = response.status_code
                shed = code in (429, 503) and "retry-after" in response.headers
                tally.add(
                    kind,
                    time.perf_counter() - started,
                    str(code),
                    code not in (200, 201) and not shed,
                )
                if shed:
                    await asyncio.sleep(float(response.headers["retry-after"]))
            except httpx.HTTPError as exc:
                tally.add(kind, time.perf_counter() - started, type(exc).__name__, True)

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120.0, limits=limits) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return tally


async def warm_up(base: str, ctx: dict[str, Any]) -> None:
    """Each kind of read a few times, untimed: the first request of a route imports its
    modules and compiles its template, which no later request pays."""
    rng = random.Random(0)
    async with httpx.AsyncClient(base_url=base, timeout=120.0) as http:
        for kind in READS:
            for _ in range(3):
                await request(http, kind, rng, ctx)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values) or [0.0]
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def table(title: str, tally: Tally) -> None:
    print(f"**{title}**\n")
    print("| request | count | p50 ms | p99 ms | statuses | errors |")
    print("|---|---:|---:|---:|---|---:|")
    for kind in [k for k, _ in MIX if k in tally.latency]:
        lat = tally.latency[kind]
        statuses = ", ".join(f"{s}×{n}" for s, n in sorted(tally.status[kind].items()))
        print(
            f"| {kind} | {len(lat)} | {statistics.median(lat) * 1000:.0f} | {pct(lat, 0.99):.0f} "
            f"| {statuses} | {tally.errors[kind]} |"
        )
    reads = [x for k in READS for x in tally.latency.get(k, [])]
    print(
        f"\nall reads: {len(reads)}, p50 {pct(reads, 0.5):.0f} ms, p99 {pct(reads, 0.99):.0f} ms\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--unanalysed", action="store_true", help="ingest without analysis (article pages analyse)"
    )
    parser.add_argument(
        "--src", type=Path, default=REPO / "src", help="the package folder the server runs"
    )
    args, _ = parser.parse_known_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} is missing (the shared data sit beside the checkout)")
    texts = load_texts(ARTICLES)
    site, site_base = slow_site(texts)
    src = args.src.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        ids = ingest(db, texts, analyse=not args.unanalysed, src=src)
        port = free_port()
        load_before = os.getloadavg()
        server = start_server(port, extra=["--db", str(db), "--allow-private-urls"], src=src)
        base = f"http://{HOST}:{port}"
        ctx = {"texts": texts[:100], "site": site_base, "ids": ids}
        memory: list[float] = []
        cpu: dict[int, float] = {}  # CPU seconds of each process of the tree, last seen
        stop = threading.Event()

        def sample() -> None:
            """The server's whole process tree (server + analysis workers), every 0.2 s."""
            root = psutil.Process(server.pid)
            while not stop.is_set():
                try:
                    procs = [root, *root.children(recursive=True)]
                    memory.append(sum(p.memory_info().rss for p in procs) / 2**20)
                    for p in procs:
                        times = p.cpu_times()
                        cpu[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            time.sleep(8)  # the analysis workers load their models
            start_rss = memory[-1] if memory else 0.0
            asyncio.run(warm_up(base, ctx))
            baseline = asyncio.run(run(base, list(READS), 10, 10.0, ctx))
            cpu_start = sum(cpu.values())
            mixed = asyncio.run(run(base, [k for k, _ in MIX], args.clients, args.seconds, ctx))
            cpu_mixed = sum(cpu.values()) - cpu_start
        finally:
            stop.set()
            server.terminate()
            server.wait(timeout=30)
            site.shutdown()
    load = os.getloadavg()
    store = "without analysis" if args.unanalysed else "analysed at ingest"
    print(f"server: {src}; store of {ARTICLES} articles {store}")
    print(
        f"load average before the server started: {load_before[0]:.1f}; at the end: "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f} ({os.cpu_count()} cores)"
    )
    print(f"server process tree CPU during the mixed run: {cpu_mixed:.0f} s\n")
    table("baseline: reads alone, 10 clients, 10 s", baseline)
    table(f"mixed: {args.clients} clients, {args.seconds:.0f} s", mixed)
    errors = sum(mixed.errors.values()) + sum(baseline.errors.values())
    print("| server process tree RSS | MiB |")
    print("|---|---:|")
    print(f"| after start-up (models loaded) | {start_rss:.0f} |")
    print(f"| peak during the run | {max(memory, default=0.0):.0f} |")
    print(f"| at the end | {memory[-1] if memory else 0.0:.0f} |")
    print(f"\nerrors (not counting 429/503 with Retry-After): {errors}")


if __name__ == "__main__":
    main()
