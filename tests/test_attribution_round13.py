"""Attribution classes of the thirteenth #18 round (fourteenth session; docs/quotes.md): the
person a "he"/"she" is, read as the sentence gives it, on texts written for these tests.

Read on dev and the working train slices (``--limit 140 --offset 1`` to ``4``) only.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Article
from topline.testing import quote_starting as _quote
from topline.testing import source_texts as _sources


def _speaker_name(text: str, start: str) -> str | None:
    analysis = analyze(Article(id="t", text=text))
    quote = _quote(analysis, start)
    return None if quote.speaker is None else quote.speaker.name


# --- the pronoun subject of a reported clause is its teller --------------------------------

ORCHARD = (
    "Martha Greene, 61, runs the orchard on Miller Road with her nephew.\n\n"
    '"We lost half the apples to the frost," Mrs. Greene said.\n\n'
    "On Monday the girl told the inspectors she wanted the trucks stopped.\n"
)

PLANT = (
    "Tom Hale ran the packing plant for a decade before it closed.\n\n"
    '"Nobody told us a thing," Mr. Hale said.\n\n'
    "The driver said he wanted the plant reopened.\n"
)

LAWYER = (
    "Anna Voss was charged on Tuesday with fraud.\n\n"
    '"I did nothing wrong," Ms. Voss said.\n\n'
    "Her lawyer said on Wednesday that she wanted the charges dropped.\n"
)


def test_a_girl_who_tells_what_she_saw_is_the_she() -> None:
    assert _speaker_name(ORCHARD, "the trucks stopped") != "Martha Greene"


def test_a_role_noun_teller_is_the_he() -> None:
    assert _speaker_name(PLANT, "the plant reopened") != "Tom Hale"


def test_a_named_speaker_is_kept_when_nothing_else_tells() -> None:
    assert _speaker_name(ORCHARD, "We lost half") == "Martha Greene"


def test_a_teller_holding_the_pronouns_possessive_speaks_for_someone_else() -> None:
    assert _speaker_name(LAWYER, "the charges dropped") == "Anna Voss"


# --- a person described by sex or age as the subject just before takes the pronoun -----------

KITCHEN = (
    "Rosa Lind told the court the kitchen had been cleaned that morning.\n\n"
    '"I locked the door myself," Ms. Lind said.\n\n'
    'The girl then called her brother: "Come and get me." Later, she wrote to him again: '
    '"Hurry up."\n'
)

COUNCIL = (
    "Joan Pike chairs the council's budget committee.\n\n"
    '"We will not cut the library," Ms. Pike said.\n\n'
    'The senator then called the mayor. Later, she wrote to him: "Keep the branch open."\n'
)


def test_a_girl_named_as_the_subject_before_takes_the_she() -> None:
    assert _speaker_name(KITCHEN, "Hurry up") != "Rosa Lind"


def test_an_office_noun_before_does_not_take_the_she_from_the_speaker() -> None:
    # "the senator" is most often the person just named, told another way
    assert _speaker_name(COUNCIL, "Keep the branch") == "Joan Pike"


# --- a sentence the parse ran into the one before ----------------------------------------------

RUN_ON = (
    "Found: Ellen Marsh, 40, was found in her car after driving her son and Park home from a "
    "concert The family's lawyer, Dana Holt, said Thursday he believes the driver was drunk.\n"
)

JOINED = "Ellen Marsh thanked the crews on Friday and said the road would stay closed for a week.\n"


def test_a_speech_verb_run_on_after_a_comma_set_person_is_that_persons() -> None:
    assert _sources(RUN_ON, "he believes")[0] == "The family's lawyer, Dana Holt"


def test_a_conjunct_joined_by_and_keeps_the_shared_subject() -> None:
    assert _sources(JOINED, "the road would")[0] == "Ellen Marsh"
