"""Patterns only rare input needs are compiled when first used, not at import (issue #19)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from topline.lazy_re import lazy


def test_a_lazy_pattern_compiles_on_the_first_call_and_keeps_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(re, "compile", counting)
    pattern = lazy(r"(?P<word>colou?r)", re.IGNORECASE)
    assert compiled == []
    first = pattern()
    assert first is pattern()
    assert compiled == [r"(?P<word>colou?r)"]
    assert first.flags & re.IGNORECASE
    assert [m["word"] for m in first.finditer("Color and COLOUR")] == ["Color", "COLOUR"]


def test_a_plain_article_compiles_none_of_the_topline_form_parsers_patterns() -> None:
    """Reading a plain article, and asking whether it is in Topline form, leaves the parser's
    quotation, source and number patterns uncompiled (≈ 5 ms of start-up each process)."""
    code = """
import json
from topline.brief import parse, parse_numbers, parse_sources
from topline.ingest import article_from_text
text = "The council voted on Monday to close the bridge.\\n\\nThe mayor said repairs take a year."
assert parse.parse_topline(article_from_text(text)) is None
lazies = [p for m in (parse, parse_numbers, parse_sources) for p in vars(m).values()
          if hasattr(p, "cache_info")] + list(parse._QUOTES)
print(json.dumps([len(lazies), sum(p.cache_info().currsize for p in lazies)]))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    declared, compiled = json.loads(out)
    assert declared >= 14
    assert compiled == 0


def test_the_topline_form_parser_still_reads_its_quote_and_number() -> None:
    from topline.brief.parse import parse_topline
    from topline.ingest import article_from_text

    text = (
        "Topline: The council closed the bridge on Monday.\n\n"
        "Crucial quote: “We had no choice,” Mayor Ana Ruiz said at a news conference.\n\n"
        "Big number: 3,000. That's how many drivers cross the bridge each day."
    )
    brief = parse_topline(article_from_text(text))
    assert brief is not None and brief.crucial_quote is not None and brief.big_number is not None
    assert brief.crucial_quote.speaker is not None
    assert brief.crucial_quote.speaker.name == "Ana Ruiz"
    assert brief.big_number.value == 3000
