"""Attribution classes of the fourteenth #18 round (fourteenth session, second round;
docs/quotes.md): names a reader would never take for the "he"/"she" or the role noun, on
texts written for these tests.

Read on dev and the working train slices (``--limit 140 --offset 1`` to ``4``) only.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Article
from topline.testing import quote_starting as _quote


def _speaker_name(text: str, start: str) -> str | None:
    analysis = analyze(Article(id="t", text=text))
    quote = _quote(analysis, start)
    return None if quote.speaker is None else quote.speaker.name


# --- a name the text uses only as a place is no person ----------------------------------------

TRIAL = (
    "The trial opened at the Old Bailey on Tuesday.\n\n"
    "Prosecutors said the defendant had lied to police. The Old Bailey court was told the "
    "money was never found.\n\n"
    'She said: "I did not take a penny from them."\n'
)

NURSE = (
    "A former nurse went on trial at the Old Bailey on Monday, accused of poisoning two "
    "patients.\n\n"
    "The Old Bailey jury heard that Dana Pike, 41, had worked nights at the clinic.\n\n"
    "Another Old Bailey case last year ended in an acquittal.\n\n"
    'She told the jury she "never meant to harm anyone".\n'
)


def test_a_court_named_only_as_a_place_is_not_the_she() -> None:
    assert _speaker_name(TRIAL, "I did not take") not in {"Old Bailey", "Bailey"}


def test_the_she_finds_the_person_past_the_place() -> None:
    assert _speaker_name(NURSE, "never meant") == "Dana Pike"


# --- "a woman told him she …": the teller needs no "the" ---------------------------------------

TOWN_HALL = (
    "Governor Tom Reeve spoke at a town hall on Friday.\n\n"
    '"We will build the bridge," Reeve said.\n\n'
    'A woman in the front row told him she worries the tolls are "far too high" for her '
    "family.\n"
)


def test_an_indefinite_woman_who_tells_is_the_she() -> None:
    assert _speaker_name(TOWN_HALL, "the tolls are") == "A woman in the front row"


# --- a headline is no antecedent for a role noun of the body --------------------------------

BASE_CHIEF = (
    "Former CIA chief in Benghazi breaks his silence\n\n"
    "The attack on the compound lasted 13 hours, and the team waited for orders.\n\n"
    '"We were told to wait, and we waited," said the base chief, who asked to be named only '
    "as Bob.\n"
)

EMBASSY = (
    "Senior official in Kabul resigns over leaks\n\n"
    "The embassy was closed for three days last week.\n\n"
    '"Nobody asked us before the decision," the official said on Monday.\n'
)

EMBASSY_BODY = (
    "The embassy was closed for three days last week, a senior official in Kabul said.\n\n"
    '"Nobody asked us before the decision," the official said on Monday.\n'
)


def test_a_role_noun_takes_no_name_from_the_headline() -> None:
    assert _speaker_name(BASE_CHIEF, "We were told") == "the base chief"


def test_a_description_takes_no_words_from_the_headline() -> None:
    assert _speaker_name(EMBASSY, "Nobody asked") == "the official"


def test_a_description_of_the_body_still_names_the_role_noun() -> None:
    assert _speaker_name(EMBASSY_BODY, "Nobody asked") == "a senior official in Kabul"


# --- a woman described as the main subject, over a name of unknown gender below it -----------

ACCUSER = (
    "A woman who has accused former governor Dale Rourke of fraud said on Sunday that Rourke "
    "had tried to call her weeks later.\n\n"
    'She also said that his lawyer "never returned a single letter" about the case.\n'
)

VISITOR = (
    "Omar Haddad, 39, a Syrian man visiting Lyon with his family, told reporters that he had "
    "been watching the parade.\n\n"
    '"A big truck" drove through the barriers, he said, and "everyone started running."\n'
)


def test_an_indefinite_woman_subject_is_the_she() -> None:
    assert _speaker_name(ACCUSER, "that his lawyer") == "A woman"


def test_a_man_in_apposition_to_a_name_leaves_the_name() -> None:
    assert _speaker_name(VISITOR, '"A big truck"') == "Omar Haddad"


# --- a titled short name is not the one full name of another role and gender ----------------

WHITE_HOUSE = (
    "President Hale greeted guests at the first reception of the season.\n\n"
    "The first lady, Nora Hale, stood beside him in the receiving line.\n\n"
    "Mr. Hale has held 20 such parties this month.\n\n"
    'The president told one guest that the talks were "not that simple."\n'
)

SENATE = (
    "Senator Ruth Calder opened the hearing on Monday.\n\n"
    'Ms. Calder said the bill was "long overdue."\n\n'
    'Senator Calder later told reporters the vote would be "close."\n'
)


def test_a_titled_surname_is_not_the_first_lady() -> None:
    assert _speaker_name(WHITE_HOUSE, "that the talks") != "Nora Hale"


def test_a_titled_surname_of_the_full_names_title_joins_it() -> None:
    assert _speaker_name(SENATE, "the vote would") == "Ruth Calder"


# --- of a sentence's people, one the text shows to agree with the pronoun --------------------

ENDORSE = (
    "Mr. Brandt has kept his distance from the primary for months.\n\n"
    "When I asked Paul Brandt whether he would ever endorse Dana Whitfield, he "
    'laughed and said he would "wait and see."\n'
)

HOMEMAKER = (
    "Dana Whitfield drew a large crowd in Salinas. Mrs. Whitfield spoke for an hour.\n\n"
    "Mary Tran, 52, a homemaker who attended the rally, counts herself among the voters who "
    'want change, only she thinks Whitfield "should be the one to do it."\n'
)


def test_a_man_the_text_shows_is_the_he_over_a_name_it_says_nothing_of() -> None:
    assert _speaker_name(ENDORSE, 'he would "wait') == "Paul Brandt"


def test_a_subject_of_unknown_gender_keeps_the_pronoun() -> None:
    assert _speaker_name(HOMEMAKER, 'Whitfield "should') == "Mary Tran"
