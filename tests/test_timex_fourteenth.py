"""Date classes of the fourteenth session (#18), in histories and the news that recalls them:

* a winter is named by the year it begins (TIDES 2005), whichever way it is read: "the
  winter of 1916-17" is one DATE (1916-WI), "that winter" after January 1872 is 1871-WI,
  "last winter" said in December is the one before the winter begun;
* a calendar quarter named by its months ("the April-June quarter") is a quarter;
* "the new year" is the year after the one the text is in;
* the start of a range written without a year takes the end's ("from 4 May to 17 June 1690");
* a year before 1600 is a year after a preposition of time ("founded in 1284") and in a
  written date ("3 June 1590"), never a count ("rose to 1500 from 1200").

Each passage is written for the rule; each positive assertion fails on the code before it,
each negative one passes on both.
"""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp


def _values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The battalion spent the winter of 1916-17 in dugouts above the Ancre.",
            "the winter of 1916-17",
            "1916-WI",
        ),
        (
            "During the winter of 1899–1900 the harbour froze from shore to shore.",
            "the winter of 1899–1900",
            "1899-WI",
        ),
        ("Food ran short in winter 1941/42, the diarist wrote.", "winter 1941/42", "1941-WI"),
    ],
)
def test_a_winter_across_two_years_is_one_date_named_by_its_first(
    text: str, span: str, value: str
) -> None:
    assert _values(text, "2012-03-05")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The brig left Dundee in August 1836. The ice held her fast from January, and "
            "that winter six of the crew died of scurvy.",
            "that winter",
            "1836-WI",
        ),
        (
            "The settlers landed in October 1635. That winter was the hardest they knew, and "
            "in the spring they moved inland.",
            "the spring",
            "1636-SP",
        ),
        (
            "The abbey's roof fell in the winter of 1703-04. In February the monks moved to "
            "the barns.",
            "February",
            "1704-02",
        ),
        (
            # A winter written with one year begins in that December too (TIDES 2005).
            "The abbey's roof fell in the winter of 1703. In February the monks moved to the "
            "barns.",
            "February",
            "1704-02",
        ),
    ],
)
def test_a_winter_read_in_a_history_begins_in_december(text: str, span: str, value: str) -> None:
    assert _values(text, "2019-06-11")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Last winter the ferry ran on only 40 days.", "2023-12-04", "2022-WI"),
        ("This winter has brought the heaviest snow since 1982.", "2024-01-22", "2023-WI"),
        ("Next winter the council will grit the hill roads first.", "2024-01-22", "2024-WI"),
    ],
)
def test_a_winter_named_from_the_publication_begins_in_december(
    text: str, anchor: str, value: str
) -> None:
    found = _values(text, anchor)
    assert next(v for k, v in found.items() if "winter" in k.lower()) == ("DATE", value)


def test_last_summer_and_next_spring_keep_their_years() -> None:
    """Negatives: seasons within one year are read as before."""
    assert _values("Last summer the lido stayed shut.", "2024-01-22")["Last summer"] == (
        "DATE",
        "2023-SU",
    )
    assert _values("Next spring the lido reopens.", "2024-10-02")["Next spring"] == (
        "DATE",
        "2025-SP",
    )


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        (
            "Exports of timber grew 6 percent in the April-June quarter, the bureau said.",
            "2023-09-14",
            "the April-June quarter",
            "2023-Q2",
        ),
        (
            "Output fell in the October–December quarter of 2021.",
            "2023-09-14",
            "the October–December quarter of 2021",
            "2021-Q4",
        ),
        (
            "The mill was bought by Ferris & Cole in 1957. In the January to March quarter it "
            "shipped a record tonnage.",
            "2020-05-01",
            "the January to March quarter",
            "1957-Q1",
        ),
    ],
)
def test_a_quarter_named_by_its_months_is_a_quarter(
    text: str, anchor: str, span: str, value: str
) -> None:
    assert _values(text, anchor)[span] == ("DATE", value)


def test_months_that_bound_no_calendar_quarter_stay_months() -> None:
    """Negative: "the February-April quarter" (a retailer's) is not a calendar quarter."""
    found = _values("Sales rose in the February-April quarter.", "2023-09-14")
    assert not any(v[1] and "-Q" in v[1] for v in found.values())


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The council will vote on the rates rise in the new year.", "2023-12-08", "2024"),
        ("Bookings slowed in the new year, the travel agent said.", "2024-01-11", "2024"),
        (
            "The pit closed in November 1925. In the new year the families left for Kent.",
            "2019-06-11",
            "1926",
        ),
        (
            "He was elected in 1880 and took his seat early in the new year.",
            "2019-06-11",
            "1881",
        ),
    ],
)
def test_the_new_year_is_the_year_after_the_texts(text: str, anchor: str, value: str) -> None:
    assert _values(text, anchor)["the new year"] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The town was besieged from 4 May to 17 June 1690.", "4 May", "1690-05-04"),
        ("Between 3 March and 9 April 1865 the corps lost half its men.", "3 March", "1865-03-03"),
        ("The strike ran from March to November 1926.", "March", "1926-03"),
        (
            "Snow fell from December 20 to January 4, 1929, without a break.",
            "December 20",
            "1928-12-20",
        ),
    ],
)
def test_a_range_start_without_a_year_takes_the_ends(text: str, span: str, value: str) -> None:
    assert _values(text, "2019-06-11")[span] == ("DATE", value)


def test_a_range_end_still_takes_the_starts_year() -> None:
    """Negative: the older rule, the other way round."""
    found = _values("The fair runs from Jan. 3, 2020, to Feb. 9.", "2019-06-11")
    assert found["Feb. 9"] == ("DATE", "2020-02-09")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The priory was founded in 1284 and burned in 1539.", "1284", "1284"),
        ("The priory was founded in 1284 and burned in 1539.", "1539", "1539"),
        ("She was born in May 1542 and died on 3 June 1590.", "3 June 1590", "1590-06-03"),
        ("She was born in May 1542 and died on 3 June 1590.", "May 1542", "1542-05"),
        ("The earls held the castle from 1461 until the war.", "1461", "1461"),
    ],
)
def test_a_year_before_1600_after_a_preposition_of_time(text: str, span: str, value: str) -> None:
    assert _values(text, "2019-06-11")[span] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "The total rose to 1500 from 1200 last year.",
        "Of 1500 ballots counted, 1200 were for the mayor.",
        "In 1400 cases the court found for the landlord.",
        "The stadium holds 1250 people.",
    ],
)
def test_a_count_of_1000_to_1599_is_no_year(text: str) -> None:
    found = _values(text, "2019-06-11")
    assert not any(k[:2] in {"14", "15", "12"} for k in found)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The quarry opened in 1902. A lockout in 1911 lasted five months; the owners gave "
            "way in August, and work resumed on the 21st.",
            "the 21st",
            "1911-08-21",
        ),
        (
            "The quarry opened in 1902. A lockout in 1911 lasted five months; the owners gave "
            "way in August, and work resumed on the 21st.",
            "August",
            "1911-08",
        ),
        ("Ballots must reach the clerk by the 28th, the county said.", "the 28th", "2022-10-28"),
    ],
)
def test_a_day_of_the_month_alone_is_the_texts_month(text: str, span: str, value: str) -> None:
    assert _values(text, "2022-10-12")[span] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "She lives on the 14th floor of the tower.",
        "He crashed on the 3rd lap.",
        "The 5th of May was wet and cold.",
    ],
)
def test_an_ordinal_that_counts_something_else_is_no_day(text: str) -> None:
    found = _values(text, "2022-10-12")
    assert not any(k in {"the 14th", "the 3rd", "the 5th"} for k in found)


def test_an_indefinite_weekday_names_no_day_and_no_present() -> None:
    text = (
        "The ropeworks opened in 1868. A fire in 1890 gutted the sheds; the owners rebuilt "
        "them in May. The works closed on a Thursday in June 1971."
    )
    found = _values(text, "2021-03-03")
    assert found["May"] == ("DATE", "1890-05")
    assert found["Thursday"] == ("DATE", None)


def test_a_weekday_before_its_noun_is_that_weeks_day() -> None:
    """Negative: "a Friday interview" is the Friday of the publication's week, as before."""
    found = _values("The senator said in a Friday interview that she would run.", "2021-03-08")
    assert found["Friday"] == ("DATE", "2021-03-05")


def test_a_month_name_after_a_kin_noun_is_a_name() -> None:
    found = _values(
        "She is survived by her husband, June's brother, and a daughter, April, who lives in "
        "Leeds. Her sister, May, died in June 2019.",
        "2022-08-15",
    )
    assert "April" not in found and "May" not in found
    assert found["June 2019"] == ("DATE", "2019-06")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The fort was abandoned in the early 5th century.", "the early 5th century", "04"),
        ("The hall was rebuilt in the mid-15th century.", "the mid-15th century", "14"),
        ("In the late nineteenth century the port declined.", "the late nineteenth century", "18"),
        ("A chapel was built around 1120 on the hill.", "1120", "1120"),
    ],
)
def test_an_edge_of_a_century_and_a_year_around(text: str, span: str, value: str) -> None:
    assert _values(text, "2019-05-05")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The bakery opened in 1931 and sold 2,000 mince pies that Christmas.",
            "that Christmas",
            "1931-12-25",
        ),
        (
            "The bakery opened in 1931. A second shop followed the following Easter.",
            "the following Easter",
            "1932-03-27",
        ),
    ],
)
def test_a_holiday_stepped_from_the_story(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-06-03")[span] == ("DATE", value)


def test_a_holiday_before_a_noun_is_no_date() -> None:
    """Negative: "that Christmas music" names music."""
    assert "that Christmas" not in _values("Is that Christmas music I hear?", "2024-06-03")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The nave was built from 1220 to 1260.", "1260"),
        ("Between 1301 and 1311 the walls were painted.", "1301"),
    ],
)
def test_both_ends_of_a_range_of_early_years(text: str, span: str) -> None:
    assert _values(text, "2024-06-03")[span] == ("DATE", span)


def test_a_range_of_counts_is_no_range_of_years() -> None:
    """Negative: "between 1200 and 1500 people"."""
    found = _values("Between 1200 and 1500 people came to the fair.", "2024-06-03")
    assert "1200" not in found and "1500" not in found


def test_that_month_is_the_storys() -> None:
    text = (
        "The airship first flew on 3 May 1931. Its last flight came that September, when it "
        "was damaged beyond repair."
    )
    assert _values(text, "2021-05-03")["that September"] == ("DATE", "1931-09")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In that October speech she warned of a recession.", "October"),
        ("The minister said that March was the wettest month on record.", "March"),
    ],
)
def test_that_before_a_month_as_a_determiner_or_complementizer_stays_out(
    text: str, span: str
) -> None:
    """Negatives: the month is marked alone, as before."""
    assert span in _values(text, "2021-05-03")


def test_a_fraction_of_a_century_is_no_century() -> None:
    found = _values(
        "She joined in 1962 and became editor in 1987, a quarter of a century later.",
        "2020-03-01",
    )
    assert not any("century" in k for k in found)


def test_an_anniversary_opening_frames_the_recalled_date() -> None:
    text = (
        "Sixty years ago today, on March 27, 1964, the ground shook for four minutes. By the "
        "end of the month the port had been abandoned."
    )
    found = _values(text, "2024-03-27")
    assert found["the end of the month"] == ("DATE", "1964-03")


@pytest.mark.parametrize(
    "text",
    [
        "She signed off with a birdie on the 18th and a round of 70.",
        "Benchmark scores increased from 1061 to 1128 on the new chip.",
    ],
)
def test_a_hole_or_a_change_of_figures_is_no_date(text: str) -> None:
    found = _values(text, "2016-10-15")
    assert not any(k in {"the 18th", "1061", "1128"} for k in found)


def test_a_change_by_a_figure_is_no_year() -> None:
    found = _values("The mill cut its workforce by 1200. By 1570 the town was empty.", "2016-10-15")
    assert "1200" not in found and found["1570"] == ("DATE", "1570")
