"""Whether a compressed sentence can be shown as a Topline or a bullet, and in which spans.

An editor never signs an element that leaves a quotation open, glues two sentences or a caption
into one, runs past :data:`~topline.brief.editorial_rules.MAX_ELEMENT_WORDS` words, is page
furniture, starts without its subject, or is cut short (:mod:`.cut_rules`: it ends on "the"
or "Sen.", or stops at a comma between a subject and its verb or inside a list). The rules are those of the editorial audit
(:mod:`topline.brief.editorial_rules`); here they decide which sentences may be chosen:

- a sentence longer than the limit keeps its first clause(s) when they make a whole main clause
  (at least :data:`~topline.brief.compress.MIN_TRIMMED_WORDS` words, not ending on a
  conjunction or preposition, cut at a comma, semicolon, colon or dash: never a hard word cut);
- a bullet that opens a quotation of several sentences is shown with the rest of the quotation
  when the whole fits the limit (a quotation is one unit), never cut inside it;
- anything still breaking a rule is not eligible: the next sentence is chosen instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from topline.brief import editorial_rules as rules
from topline.brief.compress import MIN_TRIMMED_WORDS, tidy, trim_to_words, word_total
from topline.brief.cut_rules import cut_mid_phrase, cut_short
from topline.brief.digest import strip_sign_off
from topline.brief.kept_meaning import leaves_empty_predicate
from topline.brief.quote_rules import unbalanced_marks
from topline.brief.voice_rules import editing_note, hand_off
from topline.model import Sentence, Span, join_spans

# --- tunables ----------------------------------------------------------------------------
#: A bullet that opens a quotation may take up to this many following sentences to close it.
MAX_QUOTE_SENTENCES = 2
#: A question in quotation marks that closes the sentence is reported, not asked, when at
#: least this many of the writer's own words come before it ("Crawford overheard a boy ask
#: his mum: 'Has she got a baby in her belly?'"): the sentence states that someone asked.
REPORTED_QUESTION_WORDS = 4

_CLAUSE_END = ",;:—–-"
#: A dash that sets off an aside: spaced, or an em dash.
_SPACED_DASH = re.compile(r"\s(?:-{1,2}|—|–)\s|—")
#: A first clause opening with one of these is subordinate: it cannot stand for the sentence.
_SUBORDINATE_START = frozenset(
    """when whenever if unless although though while whilst because since as after before
    until once despite in on at for from by with without during after amid among under over
    to whether where wherever""".split()
)
#: A correlative whose second half ("but also …") a cut may leave out.
_NOT_ONLY = re.compile(r"\bnot only\b", re.I)
_BUT = re.compile(r"\bbut\b", re.I)
#: A capitalised participle that opens the sentence ("Declaring …", "Standing …").
_PARTICIPLE_OPENER = re.compile(r"^[\"“‘']?[A-Z][a-z]{2,}ing$")
_DANGLING_END = frozenset(
    "and or but nor of to the a an that with by for in on at from as than".split()
)


#: A sentence that opens so asks a question itself ("What would they call 'the end?'").
_ASKING_OPENER = re.compile(
    r"^\W*(?:who|what|when|where|why|how|which|whose|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|shall|may|might|must|has|have|had|isn['’]t|aren['’]t|don['’]t)\b",
    re.I,
)
_CLOSING_QUOTATION = re.compile(r"(?:^|[\s:,(—–-])[\"“‘'][^\"“”‘]*\?[\"”’']\W*$")


def asks(display: str) -> bool:
    """The element is a question of its own: it ends on a question mark that is not the end
    of a quotation reported by a statement (:data:`REPORTED_QUESTION_WORDS`; a sentence
    that opens like a question asks it, quoted words or not)."""
    if not display.rstrip("\"”’' ").endswith("?"):
        return False
    quoted = _CLOSING_QUOTATION.search(display)
    if quoted is None or _ASKING_OPENER.match(display):
        return True
    return len(display[: quoted.start()].split()) < REPORTED_QUESTION_WORDS


@functools.lru_cache(maxsize=1024)
def readable(text: str, spans: tuple[Span, ...], pairs: bool = False) -> bool:
    """The element's display breaks none of the editorial rules a sentence can break.

    With ``pairs`` (the Topline), a typewriter pair of marks (``…'' in wire copy) is one
    double mark, as the analysis and the Crucial quote read it
    (:func:`~topline.brief.quote_rules.unbalanced_marks`).

    Kept for recent arguments: the Topline, bullets and background ask about the same
    sentences (half the calls repeat one); every rule reads only the text and the spans."""
    display = join_spans(text, spans)
    return not (
        asks(display)  # a question is not a fact
        or rules.boilerplate(display)
        or hand_off(display)  # a broadcast's hand-off to its correspondent: furniture
        or editing_note(display)  # "The decision, 3rd graf pvs.": the wire desk's note
        # the Topline reads typewriter pairs as marks (``pairs``); elsewhere the plain test,
        # and a wire quotation left open ("… chanting ``Liberty!": the splitter ended the
        # sentence inside it)
        or (
            unbalanced_marks(display)
            if pairs
            else rules.unbalanced_quotes(display) or ("``" in display and unbalanced_marks(display))
        )
        or rules.run_on(display)
        or rules.starts_badly(display)
        or rules.starts_mid_sentence(text, spans)
        or cut_short(display)
        or cut_mid_phrase(text, spans)
    )


def shorten(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...] | None:
    """``spans`` within the word limit: unchanged, or cut after a whole first clause."""
    if word_total(text, spans) <= rules.MAX_ELEMENT_WORDS:
        return spans
    cut = trim_to_words(text, spans, rules.MAX_ELEMENT_WORDS)
    if not cut or word_total(text, cut) < MIN_TRIMMED_WORDS:
        return None
    end = cut[-1].end
    after = text[end : end + 3].lstrip()
    words = join_spans(text, cut).split()
    if not after or after[0] not in _CLAUSE_END or words[-1].lower() in _DANGLING_END:
        return None  # a hard word cut, or a phrase left hanging
    if words[0].lower().strip("\"“‘'(") in _SUBORDINATE_START:
        return None  # "When Cameron visited the White House": not a main clause
    if _PARTICIPLE_OPENER.match(words[0]) and "," not in join_spans(text, cut):
        return None  # "Declaring that he alone can fix it": the participle's main clause
        # comes after its comma (fifteenth session)
    if join_spans(text, spans).rstrip("\"”’' ").endswith("?"):
        return None  # a question cut before its question mark reads as a statement
    shown = join_spans(text, cut)
    correlative = _NOT_ONLY.search(shown)
    if correlative is not None and not _BUT.search(shown, correlative.end()):
        return None  # "… has not only helped her mentally": its "but also …" cut away
    if leaves_empty_predicate(shown, text[end : spans[-1].end]):
        return None  # the kept clause says nothing without the rest (:mod:`.kept_meaning`)
    if shown.count("(") > shown.count(")"):
        return None  # cut inside an aside in parentheses: the main clause goes on after it
    if after[0] in "—–-" and len(_SPACED_DASH.findall(shown)) % 2 == 1:
        return None  # cut at the dash that closes an aside ("Close to 50 interviews … —
        # counties that are poised … — revealed …"): the sentence's verb comes after it
    return cut


def fit(
    text: str,
    sentences: Sequence[Sentence],
    position: int,
    spans: tuple[Span, ...],
    *,
    whole_quotes: bool = False,
    cut_long: bool = True,
    pairs: bool = False,
) -> tuple[Span, ...] | None:
    """The spans to show for the compressed sentence ``sentences[position]``, or None.

    With ``whole_quotes`` (bullets), a sentence that leaves a quotation open is joined with up
    to :data:`MAX_QUOTE_SENTENCES` following sentences until the quotation closes. Without
    ``cut_long`` (Key background, which must read as a whole sentence), a sentence over the
    word limit is not cut to its first clause but refused. With ``pairs`` (the Topline), a
    typewriter pair of marks is one double mark (:func:`readable`).
    """
    # A text with no typewriter pair reads the same either way: the plain test, whose
    # :func:`readable` answers the bullets' and the background's calls share.
    pairs = pairs and ("''" in text or "``" in text)
    unbalanced = unbalanced_marks if pairs else rules.unbalanced_quotes
    short = shorten(text, spans) if cut_long else spans
    if short is not None and readable(text, short, pairs):
        return short
    if not whole_quotes or not unbalanced(join_spans(text, spans)):
        return None
    joined = list(spans)
    for sentence in sentences[position + 1 : position + 1 + MAX_QUOTE_SENTENCES]:
        # a sign-off run into the closing mark ('… overdue."--Sam Ortiz.') is left out
        joined = [*joined, *tidy(text, [strip_sign_off(text, sentence.span)])]
        unit = tuple(joined)
        if word_total(text, unit) > rules.MAX_ELEMENT_WORDS:
            return None
        if not unbalanced(join_spans(text, unit)):
            return unit if readable(text, unit, pairs) else None
    return None
