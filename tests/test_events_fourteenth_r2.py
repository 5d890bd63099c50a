"""Event classes of the fourteenth session's second round (#18). Sentences written for the
rules; each negative assertion fails on the code before, each positive one is a control.

* A verb of talking with its topic ("talked about", "bragged about", "spoke of") and no object
  is an attribution the quote step reports (guideline, section 4), not an event; talk aimed
  at someone ("railed against", "spoke to") and a thing written ("wrote a letter about") stay.
* A number between commas after a noun ("Ruiz, 47, who …") is an age, not the antecedent of
  the relative pronoun after it.
"""

from __future__ import annotations

import pytest

from topline.testing import event_triples as _triples


def _with(text: str, verb: str) -> list[tuple[str | None, str, str | None]]:
    return [t for t in _triples(text) if verb in t[1].split()]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The governor talked about property taxes at the county fair.", "talked"),
        ("The coach bragged about his unbeaten record before the final.", "bragged"),
        ("At the hearing the engineer spoke of cracks in the northern span.", "spoke"),
        ("Residents complained about the noise from the new runway.", "complained"),
    ],
)
def test_talk_with_a_topic_is_an_attribution(text: str, verb: str) -> None:
    assert _with(text, verb) == []


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("The mayor railed against the new bridge tolls.", "railed", "The mayor"),
        ("The governor spoke to farmers in Ames on Friday.", "spoke", "The governor"),
        ("The farmers marched on the capitol on Monday.", "marched", "The farmers"),
        ("Angry residents complained loudly.", "complained", "Angry residents"),
    ],
)
def test_talk_aimed_at_someone_or_a_thing_written_stays(text: str, verb: str, actor: str) -> None:
    found = _with(text, verb)
    assert found and found[0][0] == actor


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Maria Ruiz, 47, who has coached the team for a decade, resigned on Monday.",
            "coached",
            "Maria Ruiz",
        ),
        (
            "The new director, 52, who ran the museum in Lyon, arrived in May.",
            "ran",
            "The new director",
        ),
    ],
)
def test_an_age_is_not_the_antecedent(text: str, verb: str, actor: str) -> None:
    found = _with(text, verb)
    assert found and found[0][0] == actor
