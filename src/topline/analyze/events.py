"""Actor–action–target events (first version: none).

The dates-numbers-events issue fills this module from the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.model import EntityCluster, Event, Timex


def find_events(
    doc: Doc, clusters: tuple[EntityCluster, ...], timexes: tuple[Timex, ...]
) -> tuple[Event, ...]:
    return ()
