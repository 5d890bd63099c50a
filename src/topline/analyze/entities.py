"""Named entities and their clusters (first version: spaCy's NER, clustered by exact text).

The quotes-and-attribution issue replaces this with alias tables and mention clustering.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.model import Entity, EntityCluster, Span

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def find_entities(doc: Doc) -> tuple[tuple[Entity, ...], tuple[EntityCluster, ...]]:
    entities = []
    groups: dict[str, list[Span]] = {}
    labels: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        name = ent.text.strip()
        span = Span(ent.start_char, ent.start_char + len(name))
        entities.append(Entity(span=span, label=ent.label_, canonical=name))
        groups.setdefault(name, []).append(span)
        labels.setdefault(name, ent.label_)
    clusters = tuple(
        EntityCluster(id=f"e{i}", canonical=name, label=labels[name], mentions=tuple(spans))
        for i, (name, spans) in enumerate(groups.items())
    )
    return tuple(entities), clusters
