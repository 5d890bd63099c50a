"""Write ``docs/modules.md``: every module of the package with the first paragraph of its docstring.

``docs/architecture.md`` names the rooms (ingest, analyze, brief, store …) and the modules a
newcomer meets first; a package of ~190 modules also needs the full list, and a list written
by hand goes stale the day a module is added. So the list is generated from the modules' own
docstrings (read with ``ast``, nothing is imported, so no heavy library loads) and a test
compares it with the file:

    python -m topline.module_index > docs/modules.md

topline never imports this module; it lives in the package, as ``cli/reference.py`` does, so
that the test and ``mypy --strict`` see one typed copy.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

#: The longest summary shown for one module, in characters; a longer first paragraph is cut
#: at the last word that fits and ends in "…" (the module's file has the rest).
SUMMARY_LIMIT = 240

HEADER = """# Module index

Every module of `topline`, by room, with the first paragraph of its docstring (why it exists
and what it holds). Generated: `python -m topline.module_index > docs/modules.md`; a test
fails when this file is stale. Where the rooms meet and how data flows between them:
[architecture.md](architecture.md).
"""


def summary(path: Path) -> str:
    """The first paragraph of the module's docstring on one line, cut to ``SUMMARY_LIMIT``."""
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    if not docstring:
        return "(no docstring)"
    first = " ".join(docstring.split("\n\n")[0].split())
    if len(first) > SUMMARY_LIMIT:
        first = first[:SUMMARY_LIMIT].rsplit(" ", 1)[0] + " …"
    return first.replace("|", "\\|")


def _room(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else ""


def render_index() -> str:
    """The whole of ``docs/modules.md``: the package's top-level modules first, then each room."""
    modules = sorted(
        (p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts),
        key=lambda p: (_room(p), p.name != "__init__.py", p.name),
    )
    lines = [HEADER.rstrip("\n")]
    room: str | None = None
    for path in modules:
        if _room(path) != room:
            room = _room(path)
            title = f"`topline/{room}/`" if room else "`topline/` (top level)"
            lines += ["", f"## {title}", "", "| module | what it is for |", "|---|---|"]
        name = path.relative_to(PACKAGE).as_posix()
        lines.append(f"| `{name}` | {summary(path)} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - a development command
    print(render_index(), end="")
