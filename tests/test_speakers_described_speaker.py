"""A "he"/"she" right after a speaker the text describes rather than names ("His sister said
…. "…," she said"): a reader pins the pronoun on that description, the speaker of the
sentence before, not on the last person the text named. Family stories written for this test
(seventeenth session), before the rule was built."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.ingest import article_from_text
from topline.model import Analysis

ORCHARD = (
    "Henry Calder has grown apples on the same hillside above Lydford for fifty years, and "
    "this autumn he will sell the orchard.\n\n"
    'Calder said the frosts had ruined three harvests in a row. "I am too old to gamble on '
    'the weather," he said.\n\n'
    'His daughter said the family had tried to keep the farm. "We looked at every grant '
    'there is," she said. "None of them would cover the new trees."\n\n'
    'A buyer, Stephen Orme, has offered to keep the trees. "They are the best russets in '
    'the county," Orme said.'
)
SHOP = (
    "Maria Esposito opened her shoe repair shop on Canal Street in 1988.\n\n"
    '"People still bring me boots their fathers wore," Esposito said. "Good leather lasts."\n\n'
    "Her husband said the rent had tripled since the new flats went up. "
    '"We cannot charge forty pounds to fix a heel," he said.\n\n'
    "The landlord, Brook Estates, did not reply to a request for comment."
)
CLINIC = (
    "Dr Anil Mehta has treated patients in Harwell for thirty years.\n\n"
    '"I know three generations of some families," Dr Mehta said.\n\n'
    "Joyce Fenner, a patient, said the waiting list had grown. "
    '"It took me six weeks to see anyone," Ms Fenner said.\n\n'
    "The doctor's receptionist said two doctors had left in the spring. "
    '"We are advertising, but nobody applies," she said.'
)
#: A possessed noun of kin as the main subject just before the pronoun, not a speaker.
SCHOOL = (
    "Ruth Okafor, the head teacher, said the school would close in July. "
    '"We did everything we could," Okafor said.\n\n'
    "My grandmother taught there for thirty years. At 90, she still says, "
    '"A school is a town\'s heart."'
)
#: A pronoun in another speaker's reported clause is spoken of: the chain stays the speaker's.
COIN = (
    "Arjun Nair, 9, found the coin in his garden in Ashby.\n\n"
    "The family took it to the town museum, where curator Dr Sam Holm identified it as "
    "Roman.\n\n"
    '"It is a fine one," Dr Holm said. She said the museum hoped to buy it.\n\n'
    "His mother, Anita Nair, said he had wanted to be an archaeologist since he was five. "
    '"He checks the garden every day," she said.'
)
#: "the cautious candidate": a definite description most often resumes a person named
#: before, so the pronoun keeps going to that person.
RESUMED = (
    "Governor Alice Tran campaigned in Fresno on Monday.\n\n"
    "The cautious candidate said she would not debate her rival. "
    '"Nothing new about that," she said.'
)
#: "his sister" written before with her name: the description resumes that name.
NAMED_KIN = (
    "Tomas Reyes, 31, died in the crash on Route 9, his sister, Ana Duarte, told reporters.\n\n"
    "He had just bought a house in Salem, his sister said. "
    '"He was so proud of it," she said.'
)
#: Controls: the pronoun is someone else's or the description is of the other sex.
CONTROL_OTHER_SEX = (
    "Peter Holt runs the ferry between Arnby and the island.\n\n"
    "His wife said the ferry had not missed a crossing in ten years. "
    '"The boat is older than our children," Holt said. "It still runs," he said.'
)
CONTROL_NEW_PARAGRAPH = (
    "Sarah Lind was elected mayor of Tolby on Tuesday.\n\n"
    "Her brother said the family had knocked on every door in town.\n\n"
    'Lind thanked the volunteers. "We did this together," she said.'
)


def _speaker_of(analysis: Analysis, words: str) -> str | None:
    text = analysis.article.text
    for q in analysis.quotes:
        if words in q.content_span.of(text):
            return q.speaker.name if q.speaker is not None else None
    raise AssertionError(f"no quote holds {words!r}")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (ORCHARD, "We looked at every grant", "His daughter"),
        (ORCHARD, "None of them would cover", "His daughter"),
        (SHOP, "We cannot charge forty pounds", "Her husband"),
        (CLINIC, "We are advertising", "The doctor's receptionist"),
        (SCHOOL, "A school is a town", "My grandmother"),
    ],
)
def test_pronoun_after_described_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(analyze(article_from_text(text)), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (ORCHARD, "I am too old to gamble", "Henry Calder"),
        (ORCHARD, "They are the best russets", "Stephen Orme"),
        (SHOP, "Good leather lasts", "Maria Esposito"),
        (CLINIC, "It took me six weeks", "Fenner"),
        # "His wife" is no "he"; the man named after her is
        (CONTROL_OTHER_SEX, "It still runs", "Peter Holt"),
        (RESUMED, "Nothing new about that", "Alice Tran"),
        (COIN, "He checks the garden", "Anita Nair"),
        (NAMED_KIN, "He was so proud of it", "Ana Duarte"),
        # a description of another paragraph does not carry over a name
        (CONTROL_NEW_PARAGRAPH, "We did this together", "Sarah Lind"),
    ],
)
def test_named_speakers_keep_their_pronouns(text: str, words: str, speaker: str) -> None:
    found = _speaker_of(analyze(article_from_text(text)), words)
    assert found is not None and speaker in found
