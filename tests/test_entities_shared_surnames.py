"""Two people of one surname: which of them a "Mrs. X", "Mr. X" or a bare "X" names.

The entity step gives a surname-only mention the canonical name of its cluster, and the brief
prints it on quotes: "Mrs. Ellison" clustered with Mark Ellison credits his wife's words to
him. An honorific's gender must agree with the person; otherwise a shared surname is the
person most recently named.
"""

from __future__ import annotations

from topline.analyze.entities import find_entities
from topline.nlp import get_nlp


def _names(text: str) -> dict[int, str]:
    """Offset → canonical name of each PERSON mention."""
    entities, _ = find_entities(get_nlp()(text))
    return {e.span.start: e.canonical for e in entities if e.label == "PERSON"}


def _at(text: str, needle: str, nth: int = 0) -> int:
    """Offset of the surname in the ``nth`` occurrence of ``needle`` ("Mrs. Ellison")."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at + len(needle) - len(needle.split()[-1])


def test_a_honorific_stays_with_the_person_it_was_first_given_to() -> None:
    text = (
        "Joan Ellison opened the bakery on Mill Street in 1998. Mrs. Ellison said the first "
        "winter nearly closed it.\n\nMark Ellison joined the business two years later and now "
        "runs the deliveries.\n\nMrs. Ellison said the shop would stay open through the "
        "holidays."
    )
    names = _names(text)
    assert names[_at(text, "Mrs. Ellison", 0)] == "Joan Ellison"
    assert names[_at(text, "Mrs. Ellison", 1)] == "Joan Ellison"


def test_mr_is_not_the_woman_named_last() -> None:
    text = (
        "Victor Hale, a developer, bought the hotel in March. His former wife, Irene Hale, "
        "said the sale had surprised her.\n\nMr. Hale declined to comment on Friday."
    )
    names = _names(text)
    assert names[_at(text, "Mr. Hale")] == "Victor Hale"


def test_a_bare_surname_is_the_sibling_most_recently_named() -> None:
    text = (
        "Anna Kovacs runs the clinic with her brother, Laszlo Kovacs, a nurse. Ms. Kovacs "
        'said the waiting list had doubled since spring.\n\n"Two doctors have left," '
        "Kovacs said."
    )
    names = _names(text)
    assert names[_at(text, "Ms. Kovacs")] == "Anna Kovacs"
    assert names[_at(text, '," Kovacs')] == "Anna Kovacs"


def test_mr_is_not_joined_to_the_only_full_name_when_she_is_his_wife() -> None:
    text = (
        "The mayor's wife, Laura Finch, spoke first at the dinner.\n\n"
        "Mr. Finch spoke after her and thanked the volunteers."
    )
    names = _names(text)
    assert names[_at(text, "Mr. Finch")] != "Laura Finch"


def test_father_and_son_keep_their_own_names() -> None:
    text = (
        "Walter Brandt founded the mill in 1961. His son, Peter Brandt, took it over in "
        "1990.\n\nPeter Brandt said the orders had fallen. Mr. Brandt said the mill would "
        "hire again."
    )
    entities, clusters = find_entities(get_nlp()(text))
    by_name = {c.canonical: c for c in clusters}
    assert {"Walter Brandt", "Peter Brandt"} <= set(by_name)
    assert by_name["Walter Brandt"].id != by_name["Peter Brandt"].id
    names = {e.span.start: e.canonical for e in entities}
    assert names[_at(text, "Mr. Brandt")] == "Peter Brandt"


def test_one_full_name_still_takes_its_surname_and_honorific() -> None:
    text = (
        "Helen Marsh, the minister, opened the bridge on Monday. Ms. Marsh said it "
        'had cost less than planned.\n\n"It will last a century," Marsh said.'
    )
    names = _names(text)
    assert names[_at(text, "Ms. Marsh")] == "Helen Marsh"
    assert names[_at(text, '," Marsh')] == "Helen Marsh"


def test_a_capitalised_preposition_is_not_a_first_name() -> None:
    text = (
        "Behind Okafor's calm, a fight over the budget\n\n"
        "Ms. Okafor has kept the council together, but her allies are tired. Grace Okafor "
        "told reporters on Monday that the budget would pass."
    )
    entities, clusters = find_entities(get_nlp()(text))
    assert not any(c.canonical.startswith("Behind") for c in clusters)
    names = {e.span.start: e.canonical for e in entities}
    assert names[_at(text, "Ms. Okafor")] == "Grace Okafor"


def test_a_title_names_the_full_name_that_carried_it() -> None:
    text = (
        "President Alan Reyes opened the summit in Manila. Maria Reyes, a senator, "
        "criticised the agenda on Tuesday.\n\nPresident Reyes said the talks would go on."
    )
    names = _names(text)
    assert names[_at(text, "President Reyes")] == "Alan Reyes"


def test_a_title_finds_the_full_name_that_carried_it_abbreviated() -> None:
    text = (
        "Sen. Paul Ferris flew to Denver on Monday. His wife, Laura Ferris, joined him at "
        "the rally.\n\nSenator Ferris said the vote would be close."
    )
    names = _names(text)
    assert names[_at(text, "Senator Ferris")] == "Paul Ferris"


def test_a_title_with_an_of_phrase_in_lower_case_is_carried() -> None:
    text = (
        "Former secretary of state Ruth Okafor spoke at the dinner. Her husband, Daniel "
        "Okafor, spoke after her.\n\nSecretary Okafor said the treaty would hold."
    )
    names = _names(text)
    assert names[_at(text, "Secretary Okafor")] == "Ruth Okafor"


def test_a_title_in_an_apposition_is_carried() -> None:
    text = (
        "Tom Keane, the Ohio governor, toured the plant. His brother, Mark Keane, runs it."
        "\n\nGovernor Keane said the jobs would stay."
    )
    names = _names(text)
    assert names[_at(text, "Governor Keane")] == "Tom Keane"


def test_a_title_no_full_name_carried_leaves_the_person_named_last() -> None:
    text = (
        "Paul Ferris flew to Denver on Monday. His wife, Laura Ferris, joined him at the "
        "rally.\n\nSenator Ferris said the vote would be close."
    )
    names = _names(text)
    assert names[_at(text, "Senator Ferris")] == "Laura Ferris"
