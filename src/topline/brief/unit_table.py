"""Build the table of units of measure from Pint's registry (a development tool).

The Big number asks whether a counted word is a unit of measure ("3 tons", "three miles",
:mod:`topline.brief.measures`). Pint's unit registry is the maintained answer, but building
it costs ≈ 0.2 CPU-s per process (its import and the parse of its definitions file): more
than the rest of a one-article ``topline brief`` after the model is loaded (issue #19's cold
start). So the answer is computed here once, for every word Pint can read, and shipped as
``topline/data/units_of_measure.txt``; ``tests/test_measures.py`` rebuilds it with the
installed Pint and fails when the shipped file differs. Regenerate after a Pint upgrade::

    python -m topline.brief.unit_table

Nothing in topline imports this module at run time; Pint is a development dependency.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

#: Where the table ships (one lower-case word per line, sorted).
TABLE = Path(__file__).resolve().parents[1] / "data" / "units_of_measure.txt"

#: Nouns Pint knows as (mostly historic or scientific) units that count things in news text,
#: by Pint's name for the unit (so plurals too): a score's points, golf shots, poker hands,
#: trophies, shopping bags, the woodwork, web links, shop chains, sports leagues, quarters of
#: a year, sections of a law, a barn, a den … (read from Pint's list of unit names).
EVERYDAY_NOUNS = frozenset(
    """are bag bar barn blob chain cup den fifth gill grain hand jig jute league line link nit
    perch point pole pond quad quarter rod section shot slug span stone toe thou gamma sigma
    lambda particle molecule gravity finger pace step unit""".split()
)
#: Metric prefixes a news unit carries ("kilometres", "megawatts", "mm"); Pint also reads
#: rare ones into plain words ("units" = micro-nits), which are refused.
PREFIXES = frozenset({"", "kilo", "mega", "giga", "tera", "milli", "centi"})


def is_unit_by_pint(registry: pint.UnitRegistry[Any], word: str) -> bool:
    """Pint reads the lower-case ``word`` as one physical unit ("tons" → ton, "km" →
    kilo-meter, "feet" → foot), with no prefix or a common one (:data:`PREFIXES`: "units" is
    not micro-"nits"), and the unit is not a duration, a dimensionless or printers' unit, nor
    an everyday noun (:data:`EVERYDAY_NOUNS`)."""
    try:
        readings = registry.parse_unit_name(word)
    except Exception:  # noqa: BLE001 - Pint raises several kinds for a word it does not know
        return False
    if len(readings) != 1:
        return False  # "amps" = atto-m/s or ampere, "mins" = minute or milli-inch: unclear
    prefix, name, _suffix = readings[0]
    if prefix not in PREFIXES or name in EVERYDAY_NOUNS or word in EVERYDAY_NOUNS:
        return False
    dims = registry.get_dimensionality(name)
    return bool(dims) and set(dims) != {"[time]"} and "[printing_unit]" not in dims


def candidate_words(registry: pint.UnitRegistry[Any]) -> frozenset[str]:
    """Every lower-case alphabetic word Pint could read as a unit with a prefix of
    :data:`PREFIXES`: a prefix (name or symbol), a unit (name, symbol or alias) and a plural
    suffix, as Pint's own ``parse_unit_name`` composes them."""
    prefixes = [
        key
        for key, definition in registry._prefixes.items()  # noqa: SLF001 - Pint's table
        if definition.name in PREFIXES
    ]
    units = list(registry._units)  # noqa: SLF001
    suffixes = list(registry._suffixes)  # noqa: SLF001
    words = {p + u + s for p in prefixes for u in units for s in suffixes}
    return frozenset(w for w in words if w.isalpha() and w == w.lower())


def build() -> frozenset[str]:
    """The words Pint reads as units of measure (:func:`is_unit_by_pint`)."""
    import pint

    registry: pint.UnitRegistry[Any] = pint.UnitRegistry()
    return frozenset(w for w in candidate_words(registry) if is_unit_by_pint(registry, w))


def render(words: frozenset[str]) -> str:
    """The file's text: one word per line, sorted."""
    return "".join(f"{word}\n" for word in sorted(words))


if __name__ == "__main__":  # pragma: no cover - the regeneration command
    words = build()
    TABLE.write_text(render(words), encoding="utf-8")
    print(f"{TABLE}: {len(words)} words")
