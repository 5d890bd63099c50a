"""The analysis's per-character and repeated scans cut in the eleventh session (issue #19):
the quotation-mark scan jumps from mark to mark, the language check counts all letters
only when some are past Latin, the TIMEX rules' required strings are each looked for once
per text, and a headline line's words are read only when the line can be one. Each fast
path is checked against the plain one it replaced, on generated texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from topline.analyze import entities, language, quote_marks
from topline.analyze.rule_filter import RuleFilter
from topline.analyze.timex_grammar import PATTERNS
from topline.testing import texts_of_pieces

#: Quotation marks of every kind the scan knows (and some it does not), typewriter pairs,
#: paragraph breaks, bullets, brackets and words: the contexts the region rules read.
QUOTE_PIECES = [
    '"', "“", "”", "„", "«", "»", "‘", "’", "'", "''", "``", "`", "\n", "\n\n", "\n\n“",
    "• ", "(", ")", "—", ":", ",", ".", "?", "He said", "no", "Ann Lee", "twice", "the ’90s",
    "rock ’n’ roll", "said Locke", "“a start”", "‘a test’", 'say "yes"', "é",
]  # fmt: skip


def _regions(text: str) -> tuple[quote_marks.QuoteRegion, ...]:
    return quote_marks._find_quote_regions.__wrapped__(text)


def test_the_scan_jumps_only_over_characters_no_rule_reads() -> None:
    """Every character the scan's branches test for is one the jump stops at, and no other."""
    acted_on = set(quote_marks._DOUBLE_OPEN + quote_marks._DOUBLE_CLOSE + '"')
    for code in range(0x3000):
        ch = chr(code)
        assert bool(quote_marks._MARKS.fullmatch(ch)) == (ch in acted_on), repr(ch)


@settings(max_examples=300, deadline=None)
@given(texts_of_pieces(QUOTE_PIECES))
def test_regions_are_those_of_the_character_by_character_scan(text: str) -> None:
    fast = _regions(text)
    marks = quote_marks._MARKS
    quote_marks._MARKS = re.compile("(?s).")  # stop at every character, as the old loop
    try:
        slow = _regions(text)
    finally:
        quote_marks._MARKS = marks
    assert fast == slow


def _pairs_one_by_one(text: str) -> str:
    """The typewriter-pair rewrite as it was: one character at a time."""
    chars, i = list(text), 0
    while i < len(text) - 1:
        if text[i : i + 2] in {"''", "``"}:
            chars[i], chars[i + 1] = (text[i - 1] if i > 0 else " "), '"'
            i += 2
        else:
            i += 1
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(texts_of_pieces(QUOTE_PIECES))
def test_typewriter_pairs_are_rewritten_as_one_by_one(text: str) -> None:
    assert quote_marks._scan_text(text) == _pairs_one_by_one(text)
    assert len(quote_marks._scan_text(text)) == len(text)


def _latin_share_as_counted(sample: str) -> float | None:
    letters = [ch for ch in sample if ch.isalpha()]
    return sum(ch < "\u0250" for ch in letters) / len(letters) if letters else None


SCRIPT_PIECES = [
    "Москва", "заявил", "Αθήνα", "القاهرة", "שלום", "Ελλάδα", "the", "president", "said",
    "é", "ç", "“", "”", "—", "’", "½", "²", "٣", "ǅ", "ɐ", "ʻokina", "123", "Kyiv", "İstanbul",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(texts_of_pieces(SCRIPT_PIECES))
def test_script_check_counts_letters_past_latin_as_before(text: str) -> None:
    """Non-Latin letters found by the jump give the share the count of every letter gave."""
    beyond = sum(map(str.isalpha, language._BEYOND_LATIN.findall(text)))
    share = _latin_share_as_counted(text)
    if share is None:
        assert beyond == 0
        return
    letters = sum(map(str.isalpha, text))
    assert (letters - beyond) / letters == share


@pytest.mark.parametrize(
    ("text", "language_found", "evidence"),
    [
        ("Москва заявила, что переговоры будут продолжены на следующей неделе " * 3, None, ""),
        ("The president said on Tuesday that “talks” would go on next week — again. " * 3, "en", "text"),
        ("Le gouvernement a annoncé que les élections auront lieu dans le pays au mois de juin, selon le ministre de la justice et les responsables du parti. " * 3, "fr", "text"),
    ],
)  # fmt: skip
def test_language_verdicts_stay(text: str, language_found: str | None, evidence: str) -> None:
    found = language.detect_text.__wrapped__(text)
    if language_found is None:  # Cyrillic: decided by script, Russian or Ukrainian
        assert found.evidence == "script" and found.language in {"ru", "uk"}
    else:
        assert (found.language, found.evidence) == (language_found, evidence)


TIMEX_PIECES = [
    "January", "Jan.", "Tuesday", "last week", "the past two years", "1990s", "2019",
    "Christmas", "spring", "quarter", "the third quarter", "century", "now", "recently",
    "at least", "hours", "noon", "a.m.", "said", "the", "of", "\u212a", "é", "years ago",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(texts_of_pieces(TIMEX_PIECES))
def test_rules_run_as_when_each_asked_for_its_own_strings(text: str) -> None:
    rules = RuleFilter(PATTERNS)
    lowered = text.lower()
    plain = [need is None or any(s in lowered for s in need) for need in rules.needs]
    if not text.isascii() and re.search("[\u0130\u0131\u017f\u212a]", text):
        plain = [True] * len(rules.needs)
    assert rules.may_match(text) == plain


def test_rules_share_required_strings() -> None:
    """What the per-text answers save: rules that need the same string (months, units)."""
    needs = [n for n in RuleFilter(PATTERNS).needs if n]
    assert sum(map(len, needs)) > len(frozenset().union(*needs))


HEADLINE_PIECES = [
    "Trump", "Wins", "Vote", "In", "the", "Senate", "said", "Police", "Say", "3", "U.S.",
    "O’Brien", ".", "?", ":", "”", "\n", "\n\n", "  ", "The", "Of", "—",
]  # fmt: skip


def _headline_lines_as_before(text: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        words = re.findall(r"[^\W\d_][\w'’.-]*", line)
        if len(words) < entities.HEADLINE_MIN_WORDS or line[-1:] in '.?!:"”':
            continue
        if sum(w[0].isupper() for w in words) / len(words) >= entities.HEADLINE_CAPS_SHARE:
            out.append((match.start(), match.end()))
    return out


@settings(max_examples=300, deadline=None)
@given(texts_of_pieces(HEADLINE_PIECES))
def test_headline_lines_as_before(text: str) -> None:
    assert entities._headline_lines(text) == _headline_lines_as_before(text)


def test_headline_lines_fixture() -> None:
    text = "Senate Passes Tax Bill In Late Vote\nThe Senate passed the bill. It Was Late.\n"
    assert entities._headline_lines(text) == [(0, 35)]


@pytest.fixture(scope="module")
def parsed_how_many():  # type: ignore[no-untyped-def]
    from topline.nlp import get_nlp

    text = (
        "Big number: 3,000.  That's how many drivers cross the bridge each day.\n"
        "The council met on Monday. Ann Lee said 12 roads would close, and Bo Lee agreed.\n"
        "Lee said the plan was sound. This is how much the city spent: $4 million."
    )
    return text, get_nlp()(text)


def test_how_many_reads_the_next_sentence_as_its_tokens_spell_it(parsed_how_many) -> None:  # type: ignore[no-untyped-def]
    from topline.analyze.quantities import HOW_MANY, find_quantities

    text, doc = parsed_how_many
    first = find_quantities(doc)[0]
    assert first.span.of(text) == "3,000"
    assert first.counts == "drivers"
    for sent in doc.sents:  # the characters read are the sentence's own text
        assert text[sent.start_char : sent.end_char] == sent.text
        assert bool(HOW_MANY.match(text[sent.start_char : sent.end_char])) == bool(
            HOW_MANY.match(sent.text)
        )


def test_shared_surnames_block_as_before(parsed_how_many) -> None:  # type: ignore[no-untyped-def]
    from topline.analyze import gender
    from topline.nlp import token_table

    _, doc = parsed_how_many
    table = token_table(doc)
    assert gender._other_people(doc, set(), []) == {
        f"?{e.start_char}" for e in doc.ents if e.label_ == "PERSON"
    }
    lee = {
        f"?{table.idx[i]}"
        for i, word in enumerate(table.text)
        if word == "Lee" and table.pos[i] == "PROPN"
    }
    assert lee and lee <= gender._other_people(doc, {"Lee"}, [])


def test_nouns_by_lemma_as_a_pass_over_every_token(parsed_how_many) -> None:  # type: ignore[no-untyped-def]
    from topline.nlp import TokenTable

    _, doc = parsed_how_many
    plain: dict[str, list[int]] = {}
    for tok in doc:
        if tok.pos_ == "NOUN":
            plain.setdefault(tok.lemma_.lower(), []).append(tok.i)
    assert TokenTable(doc).nouns_by_lemma == {k: tuple(v) for k, v in plain.items()}
    assert "driver" in plain and "road" in plain
