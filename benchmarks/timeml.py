"""Reading TempEval-3 TimeML files: plain text, document creation time, gold TIMEX3 mentions."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from topline.eval.timex_scorer import Mention

_PIECE = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;|[^<&]+|&")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    part: str
    text: str
    dct: str
    gold: tuple[Mention, ...]


def read_timeml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    dct = dct_match.group(1) if dct_match else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[Mention] = []
    for m in _PIECE.finditer(body):
        if m.group(2):
            if m.group(2) != "TIMEX3":
                continue
            if m.group(1):
                if open_timex is not None:
                    start, attrs = open_timex
                    gold.append(Mention(start, pos, attrs.get("type", ""), attrs.get("value")))
                open_timex = None
            else:
                open_timex = (pos, dict(_ATTR.findall(m.group(3))))
            continue
        piece = html.unescape(m.group(0))
        out.append(piece)
        pos += len(piece)
    return TimeMLDoc(path.stem, path.parent.name, "".join(out), dct, tuple(gold))


def read_corpus(root: Path) -> list[TimeMLDoc]:
    return [read_timeml(p) for p in sorted(root.glob("*/*.tml"))]
