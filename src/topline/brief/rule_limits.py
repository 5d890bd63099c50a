"""The editorial rules' tunable limits, in one place (:mod:`.editorial_rules` re-exports them)."""

from __future__ import annotations

#: A line with at least this many words (articles and short prepositions aside), all
#: capitalised, is a title-case heading (:func:`topline.headline_block.heading`).
from topline.headline_block import MIN_TITLE_WORDS as MIN_TITLE_WORDS

#: A single element (Topline, bullet) longer than this is a run-on.
MAX_ELEMENT_WORDS = 45
#: A bullet whose stemmed content words overlap the Topline's this much repeats it.
REPEAT_SIMILARITY = 0.6
#: A source tag longer than this is a clause, not a source.
MAX_SOURCE_WORDS = 10
#: Each side of a glue point must be at least this many words: a caption and a sentence.
GLUE_MIN_WORDS = 5
