"""The editorial rules, one small predicate per class of defect.

Each predicate looks at the text a reader is shown (and, where the rule needs it, the article
text the element's spans point into); none needs the analysis or a language model, so the
editorial audit (:mod:`topline.eval.editorial`) runs them on any briefs JSONL, and the brief
(:mod:`.compose`, :mod:`.crucial`, :mod:`.bignumber`, :mod:`.background`) uses the same
definitions as guards, so that it never shows an element the audit would flag. The rules are
deliberately plain, so that an editor can check them by eye.

This module is the one name the callers use; the rules live by concern in
:mod:`.rule_limits` (the tunable limits), :mod:`.quote_rules` (quotation marks),
:mod:`.sentence_rules` (a sentence as a unit: starts, run-ons, glue, fragments),
:mod:`.cut_rules` (a sentence cut short), :mod:`.page_rules` (boilerplate, headings, openers, captions, raw codes) and
:mod:`.claim_rules` (source tags, the Big number).
"""

from __future__ import annotations

from topline.brief.claim_rules import (
    PRONOUNS,
    ROLE_HEADS,
    VERB_START,
    bad_source,
    clause_of,
    negated_or_hedged,
    not_a_noun_phrase,
    refers_back,
    vague_figure,
)
from topline.brief.cut_rules import DANGLING_LAST, cut_mid_phrase, cut_short
from topline.brief.lede import elliptical
from topline.brief.page_rules import (
    BOILERPLATE,
    INTRO_PRONOUN,
    PUNCT_END,
    RAW_CODE,
    additive,
    boilerplate,
    caption,
    describes_picture,
    heading,
    intro_pronoun,
    person_pronoun_opener,
    pronoun_or_connective_opener,
    raw_code,
)
from topline.brief.quote_rules import (
    quotation,
    unbalanced_quotes,
)
from topline.brief.rule_limits import (
    GLUE_MIN_WORDS,
    MAX_ELEMENT_WORDS,
    MAX_SOURCE_WORDS,
    MIN_TITLE_WORDS,
    REPEAT_SIMILARITY,
)
from topline.brief.sentence_rules import (
    TITLE_END,
    fragment,
    glued_sentence,
    glued_stops,
    list_item,
    listing,
    run_on,
    runs_into_next,
    speaks_to_reader,
    split_cue,
    split_inside,
    starts_badly,
    starts_mid_sentence,
)

__all__ = [
    "DANGLING_LAST",
    "TITLE_END",
    "additive",
    "cut_mid_phrase",
    "cut_short",
    "elliptical",
    "BOILERPLATE",
    "GLUE_MIN_WORDS",
    "INTRO_PRONOUN",
    "MAX_ELEMENT_WORDS",
    "MAX_SOURCE_WORDS",
    "MIN_TITLE_WORDS",
    "PRONOUNS",
    "PUNCT_END",
    "RAW_CODE",
    "REPEAT_SIMILARITY",
    "ROLE_HEADS",
    "VERB_START",
    "bad_source",
    "boilerplate",
    "caption",
    "clause_of",
    "describes_picture",
    "fragment",
    "glued_sentence",
    "glued_stops",
    "heading",
    "intro_pronoun",
    "list_item",
    "listing",
    "negated_or_hedged",
    "not_a_noun_phrase",
    "person_pronoun_opener",
    "pronoun_or_connective_opener",
    "quotation",
    "raw_code",
    "refers_back",
    "run_on",
    "speaks_to_reader",
    "split_cue",
    "runs_into_next",
    "split_inside",
    "starts_badly",
    "starts_mid_sentence",
    "unbalanced_quotes",
    "vague_figure",
]
