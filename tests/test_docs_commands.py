"""Every shell command in README.md and docs/*.md is run here, or listed with the reason it is not.

Commands are read from the documents' ``console`` blocks (``$ `` lines) and plain or ``bash``
blocks (one command a line, ``\\`` continues it, ``# …`` is a comment). Each must be in
``RUN`` (run in a sandbox folder holding the files the docs name, made from ``examples/``)
or in ``NOT_RUN`` (with the test that covers it instead); a command in neither, or a listed
command no longer in the docs, fails the test, so the list stays in sync with the docs.
For the README's tour, the output shown must still start with what the command prints.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
EXAMPLES = REPO / "examples"
_BLOCK = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.S | re.M)
_SHELL = {"", "bash", "console", "sh", "shell"}
#: In plain and bash blocks (which also hold diagrams and sample output), a line is a command
#: when it starts with one of these programs (after ``VAR=value`` assignments).
_COMMAND = re.compile(
    r"^(?:[A-Z_]+=\S+\s+)*(?:topline|python3?|pip|curl|nice|pytest|export|spark-submit|"
    r"venv-pack|cat|ruff|mypy|uvicorn|sqlite-utils|datasette)\b"
)

#: Commands not run by this test, each with the reason and what covers it instead.
NOT_RUN: dict[str, str] = {
    "python benchmarks/cold_start.py --runs 3": "a timing benchmark (whole processes, minutes)",
    "python benchmarks/throughput.py --limit 100 --only spacy,one --rounds 3": "a timing benchmark",
    "python benchmarks/throughput.py --limit 2000 --only spacy,one --rounds 2": (
        "a timing benchmark on ../shared (about 20 minutes)"
    ),
    "python benchmarks/throughput.py --limit 300 --only spacy,one --against "
    "/tmp/startsrc12/src --rounds 2": "a timing against another tree (a git archive)",
    "python benchmarks/throughput.py --limit 300 --only spacy,one --against "
    "/tmp/throughput/start/src --rounds 2": "a timing against another tree (a git archive)",
    "python benchmarks/throughput.py --limit 300 --only spacy,one --against "
    "/work/lead14/start/src --rounds 2": "a timing against another tree (a git archive)",
    "python ../shared/tools/score_quotes.py L --pred P.jsonl": (
        "the shared scorer on placeholder files (L: a list of articles, P: predictions)"
    ),
    'pip install -e ".[dev]"': "installs: .ci/run runs it first, with the bundled pip",
    "pytest": "is this test suite",
    "topline serve": "a server: tests/web/test_app.py serves the same app in-process",
    "topline serve --port 9000 --db news.db": "a server: tests/web",
    "topline serve --workers 2": "a server: tests/web",
    "curl -s localhost:8000/v1/brief -H 'content-type: application/json' -d "
    '\'{"text": "…", "published": "2020-01-16"}\'': "needs a server: tests/web posts the same JSON",
    "curl -s localhost:8000/v1/brief -H 'content-type: application/json' -d "
    '\'{"text": "…article…", "published": "2020-01-16", "bullets": 4}\'': "tests/web",
    "curl -s localhost:8000/v1/brief -F file=@article.html": "tests/web posts a file upload",
    "curl -s 'localhost:8000/v1/brief?published=2020-01-16' -H 'content-type: text/plain' "
    "--data-binary @article.txt": "tests/web posts text/plain",
    "nice /work/venv/bin/python benchmarks/timex.py": "a benchmark on ../shared/data (minutes)",
    "nice /work/venv/bin/python benchmarks/timex.py --value-errors": "a benchmark on ../shared",
    "nice /work/venv/bin/python benchmarks/timex.py --halves": "a benchmark on ../shared (minutes)",
    "nice /work/venv/bin/python benchmarks/timex.py --shared-errors": "a benchmark on ../shared",
    "nice python benchmarks/timex.py --halves --no-dateparser": "a benchmark on ../shared",
    "nice python benchmarks/timex_cost.py --against /tmp/timex_base/src --rounds 2": (
        "a timing benchmark on ../shared against another tree (minutes)"
    ),
    "nice python benchmarks/timex.py --fresh": "a benchmark: parses the blind set, runs dateparser",
    "nice python benchmarks/timex.py --fresh2": "a benchmark: the second blind set, scored twice",
    "nice python benchmarks/timex.py --fresh3": "a benchmark: the third blind set, scored twice",
    "nice python benchmarks/timex.py --fresh4": "a benchmark: the fourth blind set, scored twice",
    "nice python benchmarks/timex.py --fresh5": "a benchmark: the fifth blind set, scored twice",
    "nice python benchmarks/timex.py --fresh6": "a benchmark: the sixth blind set, scored twice",
    "nice python benchmarks/timex.py --fresh7": "a benchmark: the seventh blind set, scored twice",
    "nice python benchmarks/timex.py --fresh8": "a benchmark: the eighth blind set, scored twice",
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AC --cache /tmp/reader2/ac": (
        "prints briefs for a person to read (spaCy analyses of ../shared texts)"
    ),
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AD --cache /tmp/reader2/ad": (
        "prints briefs for a person to read (spaCy analyses of ../shared texts)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets check11,check10": "a benchmark (spaCy analyses)",
    "nice python benchmarks/timex_cost.py --against <git archive of main 9891520>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/timex_cost.py --against <git archive of main bd7f798>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/timex.py --fresh2; nice python benchmarks/timex.py --fresh3": (
        "benchmarks: the second and third blind sets"
    ),
    "nice python benchmarks/timex.py --shared-errors": "a benchmark: TBAQ errors by class",
    "nice python benchmarks/timex_cost.py --against <git archive of main c8f8124>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/timex_cost.py --against <git archive of main 859f435>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/events.py [--errors] [--errors-part PART]": "a benchmark on ../shared",
    "nice python benchmarks/events.py [--errors --errors-part PART] [--blind]": "a benchmark on ../shared",
    "nice python benchmarks/events.py --blind": "a benchmark on ../shared (blind parts, scored twice)",
    "nice -n 5 python benchmarks/events_loso.py --cache /tmp/events/cache [--only rules|abstention|unlabelled] [--show RULE]": "a benchmark on ../shared (the events lane's leave-one-part-out study)",
    "nice python benchmarks/events.py --cache /tmp/events/cache [--blind]": "a benchmark on ../shared (parses cached)",
    "nice python benchmarks/timex_cost.py --against <git archive of main 56e37e4>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/timex_cost.py --against <git archive of main afc6bed>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice python benchmarks/timex_cost.py --against ../main/src --size 150 --rounds 3 "
    "--cache /tmp/timex_h/cost.spacy": "a timing benchmark on ../shared against another tree",
    "nice python benchmarks/timex.py --conventions": "a benchmark: TBAQ gold forms and errors",
    "nice python benchmarks/timex_cost.py --against <git archive of main 559211d>/src --size 150 "
    "--rounds 3": "a timing against another tree (a placeholder path)",
    "nice /work/venv/bin/python benchmarks/quantities.py": "a benchmark on ../shared/data",
    "nice /work/venv/bin/python benchmarks/bignumber_audit.py [--limit N] [--quiet]": "benchmark",
    "nice python benchmarks/editorial_audit.py --sets cnndm,xsum,pages --cache /tmp/crucial_cache": (
        "benchmark (shared data); tests/test_editorial_audit.py runs the audit on fixtures"
    ),
    "python benchmarks/bignumber_audit.py --sample 30 --cache /tmp/crucial_cache": (
        "benchmark over the audit's cache (shared data), for reading"
    ),
    "pytest tests/test_bignumber_labels.py": "part of this test suite",
    "nice python benchmarks/html_extraction.py --explore": "a benchmark on ../shared/data",
    "nice -n 10 python benchmarks/store.py --analyses /tmp/store-bench-analyses.jsonl": "benchmark",
    "nice -n 5 python benchmarks/store.py --parts scale --sizes 10000,100000,1000000 --keep DIR": (
        "a benchmark (an hour or more of CPU)"
    ),
    "nice -n 5 python benchmarks/store.py --parts scale --sizes 10000,30000": "a benchmark",
    "nice -n 5 python benchmarks/stories.py --analyses /tmp/story20-polnear-analyses.jsonl "
    "--sweep": "a benchmark (PolNeAR analyses take minutes)",
    "nice -n 5 python benchmarks/stories.py --analyses /tmp/story20-polnear-analyses.jsonl "
    "--pairs": "a benchmark (PolNeAR analyses take minutes)",
    "nice -n 5 python benchmarks/stories.py --analyses /tmp/story7/polnear-analyses.jsonl": (
        "a benchmark (PolNeAR analyses take minutes)"
    ),
    "nice -n 5 python benchmarks/stories.py --analyses /tmp/story8/polnear.jsonl --sweep": (
        "a benchmark (PolNeAR analyses take minutes)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets check3": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories_loso.py --cache /tmp/story/loso --polnear "
    "/tmp/story/polnear.jsonl": "a benchmark (twelve sets' spaCy analyses, 55 configurations)",
    "nice -n 5 python benchmarks/stories.py --sets polnear --analyses /tmp/story9/polnear.jsonl": (
        "a benchmark (PolNeAR, spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4,check5": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets polnear --analyses /tmp/story10/polnear.jsonl "
    "--sweep": "a benchmark (PolNeAR, spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4,check5,check6": (
        "a benchmark (spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets check7": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets check8": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets check9": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets check10": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets check11": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets check12": "a benchmark (spaCy analyses)",
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AK --cache /tmp/reader3/ak": (
        "prints briefs for a reader (spaCy analyses)"
    ),
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AL --cache /tmp/reader3/al": (
        "prints briefs for a reader (spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets check12,check11,check10": (
        "a benchmark (spaCy analyses of three blind sets)"
    ),
    "nice python benchmarks/brief_cost.py --against /work/lead16/start/src --rounds 3 --every 4": (
        "a timing against another tree (a git archive)"
    ),
    "nice python benchmarks/throughput.py --limit 100 --only spacy,one --against "
    "/work/lead16/start/src --rounds 3": "a timing against another tree (a git archive)",
    "nice python benchmarks/wire_datelines.py --src /tmp/lead_mainsrc/src": (
        "a benchmark against another tree (a git archive)"
    ),
    "nice python benchmarks/wire_datelines.py": "a benchmark (spaCy analyses of TBAQ)",
    "nice python benchmarks/typewriter_quotes.py --src /work/lead16/start/src": (
        "a benchmark against another tree (a git archive)"
    ),
    "nice python benchmarks/typewriter_quotes.py": "a benchmark (spaCy analyses of TBAQ)",
    "nice -n 5 python benchmarks/speakers_written.py": (
        "a blind benchmark (spaCy analyses); tests/test_speakers_written.py runs its scorer"
    ),
    "nice -n 5 python benchmarks/speakers_written.py --set written2": (
        "a blind benchmark (spaCy analyses); tests/test_speakers_written.py loads the set"
    ),
    "nice -n 5 python benchmarks/story_brief.py --sets blind17": (
        "a blind benchmark (spaCy analyses); tests/test_story_brief_blind_sets.py loads the set"
    ),
    "nice -n 5 python benchmarks/stories_then.py --work /tmp/story/then": (
        "a benchmark (nine old source trees' spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories_loso.py --cache /tmp/story/loso --losses": (
        "a benchmark (twelve sets' spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories_loso.py --cache /tmp/story/loso --presets --polnear "
    "/tmp/story/polnear.jsonl": "a benchmark (twelve sets' and PolNeAR's spaCy analyses)",
    "nice -n 5 python benchmarks/stories_loso.py --cache /tmp/story/loso --idle --polnear "
    "/tmp/story/polnear.jsonl": "a benchmark (twelve sets' and PolNeAR's spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --analyses /tmp/story/polnear.jsonl --sets polnear,"
    "synthetic,hard,followups,check,check2,check3,check4,check5,check6,check7,check8,check9": (
        "a benchmark (PolNeAR, spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets synthetic,hard,followups,check,check2,"
    "check3,check4,check5,check6,check7,check8,check9": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets synthetic,hard,followups,check,check2,"
    "check3,check4,check5,check6,check7,check8,check9 --sweep": "a benchmark (spaCy analyses)",
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4,check5,check6,check7,check8 --sweep": (
        "a benchmark (spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4,check5,check6,check7 --sweep": (
        "a benchmark (spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets "
    "synthetic,hard,followups,check,check2,check3,check4,check5,check6,check7": (
        "a benchmark (spaCy analyses)"
    ),
    "nice -n 5 python benchmarks/stories.py --sets polnear --analyses /tmp/story/polnear.jsonl "
    "--sweep": "a benchmark (PolNeAR, spaCy analyses)",
    "python benchmarks/store.py --parts scale --sizes 500000,1000000 --keep DIR "
    "--resume-from 426320": "a benchmark that goes on growing a store a stopped run left",
    "PYTHONPATH=<checkout>/src python benchmarks/import_time.py --repeat 5": "a benchmark",
    "nice python benchmarks/quotes.py --split dev --pred-out /tmp/pred.jsonl --cache /tmp/parses": (
        "a benchmark on ../shared/data"
    ),
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 3 --systems topline "
    "--cache /tmp/parses --links /tmp/work --pred-out /tmp/work.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/work --pred /tmp/work.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 140 --systems topline "
    "--cache /tmp/parses --links /tmp/s140 --pred-out /tmp/s140.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/s140 --pred /tmp/s140.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 4 --systems topline "
    "--cache /tmp/parses --links /tmp/w4 --pred-out /tmp/w4.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/w4 --pred /tmp/w4.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 1 --systems topline "
    "--cache /tmp/parses --links /tmp/attr1 --pred-out /tmp/attr1.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/attr1 --pred /tmp/attr1.jsonl": "a shared scorer",
    "PYTHONPATH=/tmp/a11/X/src nice python /tmp/a11/X/benchmarks/quotes.py --split train "
    "--limit 140 --offset 1 --systems topline --cache /tmp/parses --links /tmp/a11/X-1 "
    "--pred-out /tmp/a11/X-1.jsonl": "a benchmark on ../shared, from a frozen copy",
    "python ../shared/tools/score_quotes.py /tmp/a11/X-1 --pred /tmp/a11/X-1.jsonl": "a shared scorer",
    "python ../shared/tools/score_quotes.py /tmp/attribution/L-X-o1 --pred /tmp/attribution/X-o1.jsonl": (
        "a shared scorer"
    ),
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 5 --systems topline "
    "--cache /tmp/parses --links /tmp/attr5 --pred-out /tmp/attr5.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/attr5 --pred /tmp/attr5.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 5 --systems topline "
    "--cache /tmp/parses --links /tmp/w5 --pred-out /tmp/w5.jsonl": "a benchmark on ../shared",
    "nice python benchmarks/quotes.py --split train --limit 70 --offset 5 --systems topline "
    "--cache /tmp/parses --links /tmp/w70 --pred-out /tmp/w70.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/w70 --pred /tmp/w70.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 70 --offset 11 --systems topline "
    "--cache /tmp/parses --links /tmp/c70 --pred-out /tmp/c70.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/c70 --pred /tmp/c70.jsonl": "a shared scorer",
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 1 --cache /tmp/parses "
    "--links /tmp/work --pred-out /tmp/work.jsonl": "a benchmark on ../shared",
    "nice python benchmarks/quotes.py --split train --limit 140 --offset 2 --systems topline "
    "--cache /tmp/parses --links /tmp/work --pred-out /tmp/work.jsonl": "a benchmark on ../shared",
    "nice python benchmarks/quotes.py --split dev --systems topline --cache /tmp/parses "
    "--links /tmp/dev --pred-out /tmp/dev.jsonl": "a benchmark on ../shared",
    "nice python benchmarks/quotes.py --split train --limit 140 --cache /tmp/parses "
    "--links /tmp/s140 --pred-out /tmp/s140.jsonl": "a benchmark on ../shared",
    "nice python benchmarks/quotes.py --split dev --cache /tmp/parses --links /tmp/dev "
    "--pred-out /tmp/dev.jsonl": "a benchmark on ../shared",
    "python ../shared/tools/score_quotes.py /tmp/dev --pred /tmp/dev.jsonl": "a shared scorer",
    "python ../shared/tools/score_quotes.py /tmp/work": "a shared scorer (runs textacy)",
    "python ../shared/tools/score_quotes.py ../shared/data/polnear/dev": "a shared scorer",
    "python ../shared/tools/score_quotes.py ../shared/data/polnear/dev --pred /tmp/pred.jsonl": (
        "a shared scorer"
    ),
    "python benchmarks/story_brief.py": "a benchmark",
    "python benchmarks/story_brief.py --briefs": "a benchmark",
    "nice python benchmarks/editorial_audit.py --examples 0 --cache /tmp/sources/audit_cache "
    "--save DIR": "benchmark (shared data); tests/test_editorial_audit.py runs it on fixtures",
    "nice python benchmarks/brief_cost.py --against /tmp/sources/base/src --rounds 3": (
        "benchmark: needs another checkout's src"
    ),
    "nice python benchmarks/editorial_audit.py --examples 0 --cache /tmp/sources2/audit_cache "
    "--save DIR": "benchmark (shared data); tests/test_editorial_audit.py runs it on fixtures",
    "nice python benchmarks/brief_cost.py --against /tmp/sources2/base/src --rounds 3": (
        "benchmark: needs another checkout's src"
    ),
    'python benchmarks/story_brief.py --polnear "FBI: no charges over Clinton emails"': "benchmark",
    'python benchmarks/story_brief.py --polnear "Indiana primary"': "benchmark (shared data)",
    "python benchmarks/story_brief.py --pairs": "a benchmark",
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AQ --cache /tmp/reader17e/aq": (
        "a reading aid on ../shared (24 briefs for a person to read)"
    ),
    "PYTHONPATH=src nice -n 5 python benchmarks/brief_read.py --sample AR --cache /tmp/reader17e/ar": (
        "a reading aid on ../shared (24 briefs for a person to read)"
    ),
    "nice python benchmarks/brief_cost.py --against /work/lead17/start/src --rounds 3 --every 4": (
        "a timing benchmark against the session's start (a path on the lead's machine)"
    ),
    "nice python benchmarks/markdown_lines.py": "a benchmark on ../shared (183 articles, minutes)",
    "nice python benchmarks/markdown_lines.py --src /work/lead17/start/src": (
        "a benchmark against the session's start (a path on the lead's machine)"
    ),
    "nice python benchmarks/throughput.py --limit 100 --only spacy,one --against /work/lead17/start/src --rounds 3": (
        "a timing benchmark against the session's start (a path on the lead's machine)"
    ),
    "nice python benchmarks/story_brief.py --briefs": "a benchmark",
    "nice python benchmarks/story_brief.py --read-stories A --analyses /tmp/storybrief/polnear.jsonl": (
        "a reading aid on ../shared (PolNeAR into a store, minutes)"
    ),
    "nice python benchmarks/story_brief.py --read-stories B --analyses /tmp/storybrief/polnear.jsonl": (
        "a reading aid on ../shared (PolNeAR into a store, minutes)"
    ),
    "nice python benchmarks/story_brief.py --read-stories R --analyses /tmp/storybrief/polnear.jsonl": (
        "a reading aid on ../shared (PolNeAR into a store, minutes)"
    ),
    "python benchmarks/story_brief.py --read-stories B --analyses /tmp/storybrief/polnear.jsonl": (
        "a reading aid on ../shared (PolNeAR into a store, minutes)"
    ),
    "nice python benchmarks/story_brief.py --title-lines --analyses /tmp/storybrief/polnear.jsonl --show": (
        "a counting aid on ../shared (PolNeAR's titles, minutes)"
    ),
    "nice -n 10 python benchmarks/store.py --parts stories --analyses /tmp/polnear.jsonl": (
        "a benchmark on ../shared/data (minutes of spaCy)"
    ),
    "nice /work/venv/bin/python benchmarks/events.py [--errors]": "a benchmark on fixtures",
    "PYTHONPATH=../main/src python benchmarks/ingest_cost.py main": "a benchmark of two checkouts",
    "PYTHONPATH=src python benchmarks/ingest_cost.py offsets": "a benchmark of two checkouts",
    "nice python benchmarks/extractors.py --size 100": "a benchmark on ../shared/data",
    "nice python benchmarks/offsets.py --limit 60": "a benchmark on ../shared/data",
    "curl -s localhost:8000/v1/stories/3f2a…/brief?since=2024-03-05": "needs a server: tests/web",
    "topline spark-brief articles.jsonl briefs.parquet --master 'local[*]'": (
        "starts a JVM: tests/scale/test_spark.py runs the same adapter in local[2]"
    ),
    "topline spark-brief articles.parquet briefs/ --format jsonl --id-col url --partitions 64": (
        "starts a JVM: tests/scale/test_spark.py"
    ),
    "python -m venv topline-env && . topline-env/bin/activate": "cluster packaging recipe",
    "pip install 'topline[spark]' venv-pack": "cluster packaging recipe",
    "venv-pack -o topline-env.tar.gz": "cluster packaging recipe",
    "export PYSPARK_DRIVER_PYTHON=python": "cluster packaging recipe",
    "export PYSPARK_PYTHON=./environment/bin/python": "cluster packaging recipe",
    "export SPARK_HOME=\"$(python -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')\"": (
        "standalone-cluster recipe (JVMs): benchmarks/spark_standalone.py runs it"
    ),
    'export PYSPARK_PYTHON="$(which python)" PYSPARK_DRIVER_PYTHON="$(which python)"': (
        "standalone-cluster recipe: benchmarks/spark_standalone.py"
    ),
}
_SPARK_SUBMIT = "spark-submit --master yarn"  # a YARN cluster; prefix, the command is long

#: Commands run in the sandbox -> the exit code they must end with (the placeholder ids of
#: docs/store.md are not in the sandbox's store: "not found" is 4).
RUN: dict[str, int] = {
    "topline brief examples/topline-form.txt": 0,
    "topline brief examples/plain-article.txt --published 2024-06-09": 0,
    "cat examples/plain-article.txt | topline brief - --published 2024-06-09 --format json": 0,
    "topline parse examples/topline-form.txt --format json": 0,
    "topline extract examples/topline-form.txt --published 2024-07-16 --format md": 0,
    "topline batch articles/ feed.xml more.jsonl --out briefs.jsonl -j 0": 0,
    "topline batch corpus.jsonl --out extractions.jsonl -j 4 --what extract": 0,
    "topline brief --batch a.txt b.txt c.txt --out briefs.jsonl -j 2": 0,
    "topline batch articles/ feed.xml --format md --out briefs/": 0,
    "topline ingest articles/ -j 0 --db news.db": 0,
    "topline ingest feeds/ article.txt more/*.txt": 0,
    "topline ingest corpus.jsonl -j 0": 0,
    'topline search "troops Iraq"': 0,
    "topline stories --since 2020-01-01 --entity Iraq": 0,
    "topline story s1a2b3c4d5e6f7a8": 4,
    "topline story s1a2b3c4d5e6f7a8 --format json": 4,
    "topline show 1a2b3c4d5e6f7a8b": 4,
    "topline brief puente.txt": 2,
    "topline show 1a2b3c4d5e6f7a8b --format json": 4,
    "topline story 3f2a… --brief": 4,
    "topline story 3f2a… --brief --since 2024-03-05 --format json": 4,  # docs/ingest.md: Spanish is refused
    "topline export --format jsonl > everything.jsonl": 0,
}


def doc_commands(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for each command of a document."""
    for block in _BLOCK.finditer(path.read_text(encoding="utf-8")):
        lang, lines = block.group(2), block.group(3).splitlines()
        if lang not in _SHELL:
            continue
        if lang == "console":
            for i, line in enumerate(lines):
                if line.startswith("$ "):
                    shown = []
                    for after in lines[i + 1 :]:
                        if after.startswith("$ "):
                            break
                        shown.append(after)
                    yield re.sub(r"\s+#\s.*$", "", line[2:]).strip(), shown
            continue
        command = ""
        for line in lines:
            command = f"{command} {line.strip()}".strip()
            if command.endswith("\\"):
                command = command[:-1].rstrip()
                continue
            command = re.sub(r"\s+#\s.*$", "", command).strip()
            if _COMMAND.match(command):
                yield command, []
            command = ""


def all_commands() -> list[tuple[Path, str, list[str]]]:
    return [
        (path, command, shown)
        for path in DOCS
        if path.name != "cli.md"  # generated from --help, tested by test_reference.py
        for command, shown in doc_commands(path)
    ]


def test_every_documented_command_is_run_or_listed_with_a_reason() -> None:
    found = {command for _path, command, _shown in all_commands()}
    unlisted = sorted(
        c for c in found if c not in RUN and c not in NOT_RUN and not c.startswith(_SPARK_SUBMIT)
    )
    assert not unlisted, f"documented commands neither run nor listed in NOT_RUN: {unlisted}"
    stale = sorted((set(RUN) | set(NOT_RUN)) - found)
    assert not stale, f"listed commands no longer in the docs: {stale}"


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coastline Wire</title><link>https://example.com/</link>
<description>News</description>
<item><title>Harbor dredging to start in May</title><link>https://example.com/dredging</link>
<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>
<description>The port authority said on Monday that dredging of the Eller harbor channel would
start later this month and last about 12 weeks, closing one berth at a time. "We will keep
the ferries running throughout," said harbor master Tomas Reyes.</description></item>
</channel></rss>
"""


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding every file the documented commands name."""
    root = tmp_path_factory.mktemp("docs")
    plain = (EXAMPLES / "plain-article.txt").read_text(encoding="utf-8")
    topline_form = (EXAMPLES / "topline-form.txt").read_text(encoding="utf-8")
    shutil.copytree(EXAMPLES, root / "examples")
    for folder in ("articles", "more"):
        (root / folder).mkdir()
        (root / folder / "ferry.txt").write_text(plain, encoding="utf-8")
        (root / folder / "grid.txt").write_text(topline_form, encoding="utf-8")
    (root / "feeds").mkdir()
    for name in ("feed.xml", "feeds/feed.xml"):
        (root / name).write_text(_FEED, encoding="utf-8")
    for name, text in (("article.txt", plain), ("a.txt", plain), ("b.txt", topline_form)):
        (root / name).write_text(text, encoding="utf-8")
    (root / "c.txt").write_text(plain.replace("Harwick", "Tarn"), encoding="utf-8")
    (root / "puente.txt").write_text(
        "El ayuntamiento votó el martes cerrar el viejo puente del puerto durante seis meses "
        "para repararlo, después de que los inspectores encontraran grietas en dos de sus "
        "soportes, dijo la alcaldesa.\n",
        encoding="utf-8",
    )
    records = [
        {"text": plain, "date": "2024-06-09", "url": "https://example.com/ferry"},
        {"text": topline_form, "date": "2024-07-16", "url": "https://example.com/grid"},
    ]
    for name in ("more.jsonl", "corpus.jsonl"):
        (root / name).write_text("".join(json.dumps(r) + "\n" for r in records))
    return root


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    scripts = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
        "TOPLINE_DB": str(cwd / "store.db"),
        "COLUMNS": "100",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize("path", [p for p in DOCS if p.name != "cli.md"], ids=lambda p: p.name)
def test_documented_commands_run(path: Path, sandbox: Path) -> None:
    """Each document's commands, in document order (ingest before search), in the sandbox."""
    for _path, command, shown in (c for c in all_commands() if c[0] == path):
        if command not in RUN:
            continue
        result = _run(command, sandbox)
        assert result.returncode == RUN[command], f"{command}\n{result.stderr}"
        shown_text = "\n".join(shown).strip()
        if shown_text:  # output shown in the docs: its first lines must still be printed
            head = [line for line in shown_text.splitlines() if line.strip()][:2]
            stream = result.stdout if RUN[command] == 0 else result.stderr
            printed = [line for line in stream.splitlines() if line.strip()][:2]
            assert printed == head, f"{command}: the output shown in {path.name} is stale"
