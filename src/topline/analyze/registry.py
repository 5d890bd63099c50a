"""The extractors, registered by name with what they need and what they provide.

An :class:`Extractor` reads the parsed ``Doc`` (never parsing again) and the results of the
extractors it ``needs``, and returns the :class:`~topline.model.Analysis` fields it
``provides``. :func:`plan` orders the registered extractors so that each runs after what it
needs, and selects a subset (``only`` / ``skip``); :func:`run` runs a plan on one document,
optionally adding each extractor's CPU time to a ``timings`` dict (the benchmarks' per-extractor
table). To add an extractor: write a module with one public function taking the ``Doc``, and
register it in :data:`EXTRACTORS` with its needs and its outputs (fields of ``Analysis``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from topline.analyze.attribution import find_attributions
from topline.analyze.entities import find_entities
from topline.analyze.events import find_events
from topline.analyze.gender import with_genders
from topline.analyze.quantities import find_quantities
from topline.analyze.quotes import find_quotes
from topline.analyze.sentences import split_paragraphs, split_sentences
from topline.analyze.timex import find_timexes
from topline.errors import InputError
from topline.model import Article
from topline.nlp import remember_text, shared_spans


@dataclass(frozen=True)
class Step:
    """What an extractor sees: the article, its parsed doc and what ran before it."""

    article: Article
    doc: Doc
    found: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.found[name]


@dataclass(frozen=True)
class Extractor:
    """One extractor: ``run`` returns one value per name in ``provides``, in order."""

    name: str
    needs: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[Step], tuple[Any, ...]]


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("sentences", (), ("sentences",), lambda s: (split_sentences(s.doc),)),
    Extractor("paragraphs", (), ("paragraphs",), lambda s: (split_paragraphs(s.article.text),)),
    Extractor(
        "entities",
        (),
        ("entities", "clusters"),
        lambda s: with_genders(s.doc, *find_entities(s.doc)),
    ),
    Extractor("quotes", ("clusters",), ("quotes",), lambda s: (find_quotes(s.doc, s["clusters"]),)),
    Extractor("timexes", (), ("timexes",), lambda s: (find_timexes(s.doc, s.article.published),)),
    Extractor(
        "attributions",
        ("clusters", "quotes"),
        ("attributions",),
        lambda s: (find_attributions(s.doc, s["clusters"], s["quotes"]),),
    ),
    Extractor(
        "quantities",
        ("timexes",),
        ("quantities",),
        lambda s: (find_quantities(s.doc, s["timexes"]),),
    ),
    Extractor(
        "events",
        ("clusters", "timexes"),
        ("events",),
        lambda s: (find_events(s.doc, s["clusters"], s["timexes"]),),
    ),
)

NAMES = tuple(e.name for e in EXTRACTORS)


def plan(
    only: Collection[str] = (),
    skip: Collection[str] = (),
    extractors: Sequence[Extractor] = EXTRACTORS,
) -> tuple[Extractor, ...]:
    """The extractors to run, each after what it needs.

    ``only``: these and the extractors they need (transitively). ``skip``: not these, nor any
    extractor that needs what they provide; their fields stay empty. Unknown names raise
    :class:`~topline.errors.InputError`.
    """
    by_name = {e.name: e for e in extractors}
    unknown = sorted((set(only) | set(skip)) - by_name.keys())
    if unknown:
        known = ", ".join(by_name)
        raise InputError(f"unknown extractor {', '.join(unknown)} (known: {known})")
    provider = {field: e for e in extractors for field in e.provides}
    chosen = set(by_name) if not only else set()
    pending = list(only)
    while pending:
        name = pending.pop()
        if name not in chosen:
            chosen.add(name)
            pending.extend(provider[n].name for n in by_name[name].needs)
    dropped = set(skip)
    changed = True
    while changed:
        changed = False
        for e in extractors:
            lost = {f for d in dropped for f in by_name[d].provides}
            if e.name not in dropped and lost.intersection(e.needs):
                dropped.add(e.name)
                changed = True
    ordered: list[Extractor] = []
    done: set[str] = set()
    waiting = [by_name[n] for n in by_name if n in chosen - dropped]
    while waiting:
        ready = [e for e in waiting if all(provider[n].name in done for n in e.needs)]
        if not ready:
            raise ValueError(f"extractors need each other: {[e.name for e in waiting]}")
        for e in ready:
            ordered.append(e)
            done.add(e.name)
            waiting.remove(e)
    return tuple(ordered)


@functools.lru_cache(maxsize=64)
def planned(only: tuple[str, ...] = (), skip: tuple[str, ...] = ()) -> tuple[Extractor, ...]:
    """:func:`plan` of the registered extractors, made once per choice (a batch asks it for
    every article)."""
    return plan(only, skip)


def run(
    steps: Sequence[Extractor],
    article: Article,
    doc: Doc,
    timings: MutableMapping[str, float] | None = None,
) -> dict[str, Any]:
    """The fields ``steps`` provide for one parsed article."""
    found: dict[str, Any] = {}
    remember_text(doc, article.text)
    with shared_spans(doc):
        for extractor in steps:
            # CPU, so a shared machine's load does not count; read only when asked for (a
            # system call per extractor and article otherwise)
            started = time.process_time() if timings is not None else 0.0
            values = extractor.run(Step(article, doc, found))
            if timings is not None:
                timings[extractor.name] = timings.get(extractor.name, 0.0) + (
                    time.process_time() - started
                )
            found.update(zip(extractor.provides, values, strict=True))
    return found
