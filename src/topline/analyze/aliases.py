"""The alias table: names that refer to one real-world entity ("U.S." = "America" = "American").

The table ships with the package (``topline/data/aliases.json``) and can be extended without
editing the package, in three ways (later sources override earlier ones for the same alias):

1. the environment variable ``TOPLINE_ALIASES``: one or more JSON files separated by
   ``os.pathsep`` (``:`` on Linux/macOS);
2. an entry point in the group ``topline.aliases`` whose object is a path, or a callable
   returning a path or an already-parsed table (a dict of the same shape);
3. :func:`load_aliases` called with ``extra=[path, ...]`` (then :func:`set_alias_table`).

A table file looks like::

    {"entities": [{"canonical": "United States", "label": "GPE", "kind": "country",
                   "aliases": ["U.S.", "America"], "demonyms": ["American"]}]}

``kind`` is ``country``, ``outlet`` (news organisation: a source that *reports*), or
``organization``. Lookups are case-insensitive, ignore full stops, a leading "the" and a
possessive "'s", so "the U.S.", "US" and "U.S.'s" all find the same entry.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from topline.errors import InputError

ENV_VAR = "TOPLINE_ALIASES"
ENTRY_POINT_GROUP = "topline.aliases"

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One real-world entity of the table."""

    canonical: str
    label: str
    kind: str
    demonym: bool = False


#: Names whose lookup key is kept: an article names the same people and places again and
#: again, and each mention is looked up whole and by its trailing words.
NORMALIZE_CACHE = 4096


@functools.lru_cache(maxsize=NORMALIZE_CACHE)
def normalize(name: str) -> str:
    """The lookup key of a name: lower case, no full stops, no leading "the", no "'s"."""
    key = " ".join(name.split())
    key = _POSSESSIVE.sub("", key)
    key = _LEADING_THE.sub("", key)
    return key.replace(".", "").lower().strip()


class AliasTable:
    """A mapping from normalized alias to :class:`AliasEntry`."""

    def __init__(self) -> None:
        self._entries: dict[str, AliasEntry] = {}

    def add_table(self, data: Mapping[str, Any], *, origin: str = "<table>") -> None:
        items = data.get("entities")
        if not isinstance(items, list):
            raise InputError("an alias table needs an 'entities' list", source=origin)
        for item in items:
            canonical = str(item["canonical"])
            label = str(item.get("label", "ORG"))
            kind = str(item.get("kind", "organization"))
            base = AliasEntry(canonical, label, kind)
            for alias in [canonical, *item.get("aliases", ())]:
                self._entries[normalize(str(alias))] = base
            for demonym in item.get("demonyms", ()):
                self._entries[normalize(str(demonym))] = AliasEntry(canonical, label, kind, True)

    def lookup(self, name: str) -> AliasEntry | None:
        return self._entries.get(normalize(name))

    def __len__(self) -> int:
        return len(self._entries)


def _read(path: Path) -> Mapping[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read alias table: {exc}", source=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError("an alias table must be a JSON object", source=str(path))
    return data


def _from_entry_points() -> Iterable[tuple[str, Mapping[str, Any]]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        obj = ep.load()
        value = obj() if callable(obj) else obj
        if isinstance(value, Mapping):
            yield ep.name, value
        else:
            yield str(value), _read(Path(str(value)))


def load_aliases(extra: Iterable[str | Path] = ()) -> AliasTable:
    """The packaged table, then entry points, then ``TOPLINE_ALIASES``, then ``extra``."""
    table = AliasTable()
    packaged = resources.files("topline").joinpath("data/aliases.json")
    table.add_table(json.loads(packaged.read_text(encoding="utf-8")), origin="aliases.json")
    for origin, data in _from_entry_points():
        table.add_table(data, origin=origin)
    env = os.environ.get(ENV_VAR, "")
    paths = [p for p in env.split(os.pathsep) if p.strip()] + [str(p) for p in extra]
    for path in paths:
        table.add_table(_read(Path(path)), origin=path)
    return table


_override: list[AliasTable] = []


@functools.cache
def _default_table() -> AliasTable:
    return load_aliases()


def alias_table() -> AliasTable:
    """The table the extractors use (loaded once per process)."""
    return _override[-1] if _override else _default_table()


def set_alias_table(table: AliasTable | None) -> None:
    """Use ``table`` from now on (None: back to the default, re-reading the environment)."""
    _override.clear()
    _default_table.cache_clear()
    if table is not None:
        _override.append(table)
