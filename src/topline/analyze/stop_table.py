"""Build the table of stop words the language check reads (a development tool).

The language check (:mod:`topline.analyze.language`) compares a text's words with spaCy's
stop lists for some twenty languages. Reading them from spaCy's ``lang/XX/stop_words.py``
(compiling and running each file, since importing the language packages costs seconds) took
≈ 50 ms per process, more than the analysis of a short article after the model is loaded
(issue #19's cold start). So the lists are read here once and shipped as
``topline/data/stop_words.json`` (language code → sorted lower-case words);
``tests/test_language.py`` rebuilds it from the installed spaCy and fails when the shipped
file differs. Regenerate after a spaCy upgrade::

    python -m topline.analyze.stop_table

Nothing in topline imports this module at run time.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path

#: Where the table ships.
TABLE = Path(__file__).resolve().parents[1] / "data" / "stop_words.json"


def spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list for ``language``, lower-cased, read from its data file (no package
    import); empty when spaCy has none."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py"
    if not path.exists():
        return frozenset()
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    words = namespace.get("STOP_WORDS", set())
    return frozenset(str(w).lower() for w in words) if isinstance(words, set) else frozenset()


def build(languages: Iterable[str]) -> dict[str, list[str]]:
    """Each language's spaCy stop list, sorted."""
    return {code: sorted(spacy_stop_words(code)) for code in languages}


def render(table: dict[str, list[str]]) -> str:
    """The file's text: one language per line, so a spaCy upgrade shows as a short diff."""
    lines = [
        f"{json.dumps(code)}: {json.dumps(words, ensure_ascii=False)}"
        for code, words in table.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":  # pragma: no cover - the regeneration command
    from topline.analyze.language import LANGUAGES

    TABLE.write_text(render(build(LANGUAGES)), encoding="utf-8")
    print(f"{TABLE}: {len(LANGUAGES)} languages")
