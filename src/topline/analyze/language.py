"""Which language an article is in, and the refusal of text the English model cannot read.

topline's model and extractors are English: a Spanish page briefed by them gets a Topline cut
mid-sentence and no quotes, silently. So before analysis the text is checked, by the share of
its words that are function words (stop words) of each language — a cheap, robust signal once
a text has a few dozen words (English news: 40-50% of words are on spaCy's English list; a
Spanish text: under 10%). The stop lists are spaCy's own (``spacy/lang/XX/stop_words.py``),
shipped as one data file (:mod:`topline.analyze.stop_table`), so the check imports no language
package (French's alone costs 2 s) and reads no spaCy source.

Evidence, strongest first: the text when it is long enough and one language clearly leads;
else the article's declared language (HTML ``lang``, feed or JSON field); else English.
Mostly non-Latin letters (Cyrillic, Arabic, CJK …) are never English. A text in Latin letters
whose language has no stop list here (Welsh, Irish, Basque, Swahili …) has no leader; it is
still not English when its lower-case words are far from English ones: of a news text's
lower-case words 30–70% are English stop words, of such a text under 20%. Only lower-case
words count, and only when there are enough different ones, so that box scores, tables,
team sheets and notices in capitals (English, yet mostly names, figures and capitals) are
never refused (distribution: `benchmarks/language.py`; docs/benchmarks.md, "Topline and bullets,
thirteenth session").
The user overrides the check with ``--language en`` (:func:`overriding`).
"""

from __future__ import annotations

import contextvars
import functools
import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

from topline.errors import InputError, UnsupportedLanguage
from topline.model import Article

# --- tunable settings ----------------------------------------------------------------------

#: Languages compared (spaCy has a stop list for each), with their names for messages.
LANGUAGES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
    "pl": "Polish", "ro": "Romanian", "ca": "Catalan", "tr": "Turkish", "id": "Indonesian",
    "fi": "Finnish", "hu": "Hungarian", "cs": "Czech", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ar": "Arabic", "fa": "Persian", "he": "Hebrew",
}  # fmt: skip
#: The languages topline's pipeline reads.
SUPPORTED = frozenset({"en"})
#: Words looked at (the start of the text says enough).
MAX_WORDS = 600
#: Fewer words than this: the text says too little; the declared language decides.
MIN_WORDS = 15
#: The leading language's stop-word share must reach this, and exceed the runner-up's by
#: LEAD times, for the text to decide.
MIN_SHARE = 0.15
LEAD = 1.3
#: Below this share of Latin letters among all letters, a text is not English.
MIN_LATIN_SHARE = 0.5
#: A text where no language leads is not English when fewer than this share of its lower-case
#: words are English stop words (English news: lowest 0.30 of 1,318 texts, median 0.55;
#: Welsh, Irish, Basque, Icelandic, Swahili, Tagalog of our own writing: 0.00-0.17) ...
MAX_UNREAD_SHARE = 0.22
#: ... and it has at least this many different lower-case words (a box score has about ten).
MIN_LOWER_WORDS = 30

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Characters past Latin Extended-B (U+0250 on): Latin letters are the ones below.
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")
_OVERRIDE: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)


@dataclass(frozen=True)
class Detection:
    """The language found (a code, or None when unknown) and what decided it."""

    language: str | None
    evidence: str  # "text", "script", "declared" or "default"


@functools.cache
def _stop_table() -> dict[str, list[str]]:
    """spaCy's stop lists, shipped as data (:mod:`topline.analyze.stop_table` builds them)."""
    raw = resources.files("topline").joinpath("data/stop_words.json").read_text(encoding="utf-8")
    table: dict[str, list[str]] = json.loads(raw)
    return table


def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list for ``language`` (lower case), from the shipped table."""
    return frozenset(_stop_table().get(language, ()))


#: Texts whose verdict is kept: a batch checks each article before parsing it and again in
#: the analysis (the same string object, whose hash Python keeps), a chunk apart at most.
DETECT_CACHE = 256


@functools.lru_cache(maxsize=DETECT_CACHE)
def detect_text(text: str) -> Detection:
    """The language of ``text`` by script and stop words; None when the text cannot tell."""
    sample = text[: MAX_WORDS * 12]
    # Letters past Latin Extended-B; an English text mostly has none (its curly quotes and
    # dashes are not letters), and then every letter is Latin: no count of all letters.
    beyond = sum(map(str.isalpha, _BEYOND_LATIN.findall(sample)))
    if beyond:
        letters = sum(map(str.isalpha, sample))
        if (letters - beyond) / letters < MIN_LATIN_SHARE:
            words = [w.lower() for w in _WORD.findall(sample)[:MAX_WORDS]]
            best = _leader(words, [c for c in LANGUAGES if c in _NON_LATIN])
            return Detection(best or "und", "script")
    found = _WORD.findall(sample)[:MAX_WORDS]
    words = [w.lower() for w in found]
    if len(words) < MIN_WORDS:
        return Detection(None, "text")
    leader = _leader(words, [c for c in LANGUAGES if c not in _NON_LATIN])
    if leader is None and _unlike_english([w for w in found if w.islower()]):
        return Detection("und", "text")
    return Detection(leader, "text")


def _unlike_english(lower: list[str]) -> bool:
    """Whether the lower-case words are, by their English stop words, not English at all."""
    if len(set(lower)) < MIN_LOWER_WORDS:
        return False
    english = stop_words("en")
    return sum(w in english for w in lower) < MAX_UNREAD_SHARE * len(lower)


_NON_LATIN = frozenset({"ru", "uk", "el", "ar", "fa", "he"})


def _leader(words: list[str], candidates: list[str]) -> str | None:
    if len(words) < MIN_WORDS:
        return None
    # each distinct word looked up once, for all languages at a time (same integer sums)
    hits = dict.fromkeys(candidates, 0)
    index = _stop_languages(tuple(candidates))
    for w, n in Counter(words).items():
        for code in index.get(w, ()):
            hits[code] += n
    shares = sorted(((hits[c] / len(words), c) for c in candidates), reverse=True)
    (best, code), (second, _) = shares[0], shares[1]
    return code if best >= MIN_SHARE and best >= LEAD * second else None


@functools.cache
def _stop_languages(candidates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Word → the languages among ``candidates`` whose stop list holds it."""
    index: dict[str, list[str]] = {}
    table = _stop_table()
    for code in candidates:
        for word in table.get(code, ()):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def detect(article: Article) -> Detection:
    """The article's language: the text's verdict, else the declared language, else English."""
    found = detect_text(article.text)
    if found.language is not None:
        return found
    declared = (article.language or "").split("-")[0].lower()
    return Detection(declared, "declared") if declared else Detection("en", "default")


def name(code: str | None, evidence: str = "script") -> str:
    if not code or code == "und":
        if evidence == "text":
            return "a language other than English (few of its words are English function words)"
        return "a language other than English (mostly non-Latin letters)"
    return f"{LANGUAGES.get(code, code)} ({code})"


def require_supported(article: Article) -> None:
    """Raise :class:`UnsupportedLanguage` unless the article is English or overridden."""
    if _OVERRIDE.get() in SUPPORTED:
        return
    found = detect(article)
    if found.language in SUPPORTED:
        return
    how = {"text": "its text reads as", "script": "its text is in", "declared": "it declares"}
    raise UnsupportedLanguage(
        f"{how.get(found.evidence, 'it is in')} {name(found.language, found.evidence)}; topline's model reads "
        "English only (`topline brief --language en` briefs it with the English model anyway)",
        source=article.source or None,
    )


def check_override(language: str | None) -> str | None:
    """Validate ``--language``: a language whose model is installed, i.e. English."""
    if language is None:
        return None
    code = language.strip().lower().split("-")[0].split("_")[0]
    if code not in SUPPORTED:
        raise InputError(
            f"--language {language}: no model for {LANGUAGES.get(code, code)} is installed; "
            f"topline's installed model reads {', '.join(sorted(SUPPORTED))}"
        )
    return code


@contextmanager
def overriding(language: str | None) -> Iterator[None]:
    """Within the block, analysis takes the text to be in ``language`` (no check)."""
    token = _OVERRIDE.set(check_override(language))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)
