"""Key background that leans on a set or a pair the reader has not seen ("The three states
last voted for …": which three? "Of the 31-year-old, the latter said …": the latter of
whom?), or dated by what it refers to: a comparison ("unchanged from the past two polls, in
February and October"), a reference ("invoked Ronald Reagan's polling deficit in 1980"), a
dated record ("a video of Trump … from 1999"). A set the news names ("NASA … adding five
companies" over "The five companies … join …") does not lean. From an editor's read of unseen briefs,
fourteenth session. Texts written for these tests."""

from __future__ import annotations

from topline.brief.background_rules import referred_dates, told_set


def test_a_set_or_a_pair_told_before_leans_on_it() -> None:
    for text in (
        "The four provinces last elected a Liberal premier in 1996.",
        "The two brothers opened the bakery in 1987.",
        "Asked about the striker, the latter said in 2019 that he was finished.",
        "The former, a lawyer, had resigned in 2011.",
    ):
        assert told_set(text, None) is not None, text
        assert told_set(text, "Voters in the west went to the polls on Sunday.") is not None
    for text in (
        "The former mayor opened the bakery in 1987.",
        "The two Koreas were divided in 1948.",
        "The three of them met in 1990 at college.",
        "Both provinces last elected a Liberal premier in 1996.",
    ):
        assert told_set(text, None) is None, text


def test_a_set_the_news_names_does_not_lean() -> None:
    item = "The four provinces last elected a Liberal premier in 1996."
    assert told_set(item, "Liberals won the four provinces of the east on Sunday.") is None
    pair = "Of the striker, the latter said in 2019 that he was finished."
    assert told_set(pair, "The coach and the chairman fell out on Sunday.") is not None


def _dated_outside(text: str, year: str) -> bool:
    at = text.index(year)
    return not any(a <= at < b for a, b in referred_dates(text))


def test_dates_of_what_the_sentence_refers_to() -> None:
    for text, date in (
        (
            "The survey found 51% back the mayor, little changed from the last two surveys, "
            "in March and June.",
            "June",
        ),
        (
            "The coach admitted the side were tired but invoked the club's slump in 2011 to "
            "argue it would pass.",
            "2011",
        ),
        (
            "Her rivals circulated a photo of the senator at a rally from 2004, in which she "
            "wore the other party's badge.",
            "2004",
        ),
    ):
        assert not _dated_outside(text, date), text
    for text, date in (
        ("The survey found in 2019 that support was unchanged.", "2019"),
        ("The firm moved its offices from 2004 onwards, the records show.", "2004"),
        ("The coach was sacked in 2011 after the slump.", "2011"),
    ):
        assert _dated_outside(text, date), text
