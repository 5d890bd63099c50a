"""``topline batch --format md|html --out FOLDER``: one readable file per article.

Why after the JSONL rather than instead of it: the batch core (``scale/batch.py``) stays one
path — streaming, input order, resumable, every core, the model loaded once per worker — and
writes ``FOLDER/briefs.jsonl`` as always; each record is then rendered by the same renderers
as ``topline brief --format md|html``. Re-running resumes the JSONL and rewrites the files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from topline.model import Analysis, Article, Brief, from_dict

#: The batch's own JSONL inside the output folder (resumable, the files' source).
RECORDS_NAME = "briefs.jsonl"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_stem(record: dict[str, Any]) -> str:
    """A file name for a record: its source's name (``feed.xml#3`` → ``feed-3``), else its id."""
    source = str(record.get("source") or "")
    name, _, entry = source.partition("#")
    stem = Path(name.split("?")[0].rstrip("/")).stem if name else ""
    if stem and entry:
        stem = f"{stem}-{entry}"
    if ":" in source and not entry and source.rsplit(":", 1)[-1].isdigit():  # file.jsonl:7
        stem = f"{Path(source.rsplit(':', 1)[0]).stem}-{source.rsplit(':', 1)[-1]}"
    return _UNSAFE.sub("-", stem).strip("-.") or str(record.get("id") or "article")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and "result" in record:
                    yield record


def render_record(record: dict[str, Any], fmt: str) -> str:
    """A brief (or extraction) record as Markdown or HTML, as the single-article commands print."""
    result = record["result"]
    if record.get("what") == "extract":
        from topline.render.extraction import render_extraction

        return render_extraction(from_dict(Analysis, result), fmt)
    from topline.render.brief import render

    article = from_dict(Article, result["article"]) if "article" in result else None
    return render(from_dict(Brief, result["brief"]), fmt, article)


def write_files(folder: Path, fmt: str) -> int:
    """Render every record of ``folder/briefs.jsonl`` into ``folder/<name>.<fmt>``; the count."""
    used: dict[str, int] = {}
    written = 0
    for record in _records(folder / RECORDS_NAME):
        stem = file_stem(record)
        used[stem] = used.get(stem, 0) + 1
        if used[stem] > 1:  # two inputs with one name (a/x.txt, b/x.txt): keep both
            stem = f"{stem}-{used[stem]}"
        text = render_record(record, fmt)
        (folder / f"{stem}.{fmt}").write_text(
            text if text.endswith("\n") else text + "\n", encoding="utf-8"
        )
        written += 1
    return written
