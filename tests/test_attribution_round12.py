"""Attribution classes of the twelfth #18 round (thirteenth session, second round;
docs/quotes.md): a role noun or a pronoun is given a name only where the text ties it to
that person, on texts written for these tests.

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


# --- a title word ties to a name only when it stands against it ---------------------------

HARBOR = (
    "The harbor board met with the mayor and John Miller, who runs the ferry line.\n\n"
    "The board then heard from the public for an hour.\n\n"
    '"We will not raise the fares this year," the mayor said.\n'
)


def test_a_title_ending_an_earlier_phrase_is_not_the_next_names() -> None:
    assert _speaker_name(HARBOR, "We will not raise") != "John Miller"


VICE = (
    "Vice President Carla Mendes opened the plant on Monday with President Omar Sayed.\n\n"
    "Workers lined the road to the gate.\n\n"
    '"This plant is for the valley," the vice president said.\n'
)


def test_the_vice_president_is_the_one_titled_vice_president() -> None:
    assert _speaker_name(VICE, "This plant is") == "Carla Mendes"


PRESIDENT = (
    "Vice President Carla Mendes toured the flooded towns on Monday.\n\n"
    "The rain stopped late in the afternoon.\n\n"
    '"We will rebuild every bridge," the president said in a statement.\n'
)


def test_a_vice_president_is_not_the_president() -> None:
    assert _speaker_name(PRESIDENT, "We will rebuild") != "Carla Mendes"


COMMA = (
    "Voters in Millbrook, the governor said on Friday, will get new polling places. "
    "Dana Price, the county commissioner, agreed.\n\n"
    '"The lines were too long last year," the commissioner said.\n'
)


def test_an_apposition_after_the_comma_still_gives_a_title() -> None:
    assert _speaker_name(COMMA, "The lines were") == "Dana Price"


# --- a negated or quantified noun phrase names nobody ---------------------------------------

NOBODY = (
    "The report found that no other inspector had signed the forms.\n\n"
    '"I followed the rules every day," the inspector said.\n'
)


def test_no_other_inspector_is_not_the_inspectors_name() -> None:
    assert _speaker_name(NOBODY, "I followed the rules") != "no other inspector"


# --- a role noun's place or party must not disagree with the person's title ---------------

STATES = (
    "Sen. Paul Wilson, the senator from Ohio, spoke at the fair with Mark Brandt, the "
    "governor of Kansas.\n\n"
    "Later, Maria Ortiz, a Texas senator, toured the barns.\n\n"
    '"The fair is bigger every year," the Ohio senator said.\n\n'
    '"We cannot fund the roads alone," the Nevada senator said.\n'
)


def test_a_role_nouns_state_finds_the_person_of_that_state() -> None:
    assert _speaker_name(STATES, "The fair is bigger") == "Paul Wilson"


def test_no_person_of_that_state_leaves_the_role_noun() -> None:
    assert _speaker_name(STATES, "We cannot fund") not in {"Paul Wilson", "Maria Ortiz"}


PARTIES = (
    "Democratic nominee Laura Simms and Republican nominee Frank Doyle met on Tuesday.\n\n"
    "Later, Democratic nominee Laura Simms held a rally.\n\n"
    '"Taxes will fall," the Republican nominee said.\n'
)


def test_the_republican_nominee_is_not_the_democratic_one_named_last() -> None:
    assert _speaker_name(PARTIES, "Taxes will fall") == "Frank Doyle"


# --- a description inside someone's quotation is not the writer's antecedent ---------------

TWEET = (
    "The city hired an inspector from Dayton in March.\n\n"
    'The mayor tweeted: "Worst inspector ever! Sad!"\n\n'
    '"I stand by every report," the inspector said.\n'
)


def test_a_description_in_a_quotation_is_not_the_antecedent() -> None:
    assert _speaker_name(TWEET, "I stand by") == "an inspector"


# --- an apposition the parse took for a subject -------------------------------------------

UNITED = (
    "Alan Reeve, the secretary general of the Harbor League, opened the summit.\n\n"
    "Delegates argued until dawn.\n\n"
    '"We have an agreement," the secretary general said.\n'
)


def test_an_apposition_parsed_as_a_subject_still_gives_a_title() -> None:
    assert _speaker_name(UNITED, "We have an agreement") == "Alan Reeve"


# --- a new paragraph about one person, over the speaker of paragraphs ago -----------------

BOARD = (
    '"The dam will pay for itself," said Dana Kirby, the engineer who drew the plan.\n\n'
    "The county will vote on the dam in May.\n\n"
    "The vote is a test for Ms. Rosa Ortiz, who has fought the plan for years. Residents "
    'packed the hall on Monday. "It will flood the valley," she said.\n'
)


def test_the_paragraphs_one_person_is_the_pronoun_not_the_earlier_speaker() -> None:
    assert _speaker_name(BOARD, "It will flood") == "Rosa Ortiz"


CARRY_ON = (
    '"The dam will pay for itself," said Mr. Dan Kirby, the engineer who drew the plan.\n\n'
    "The county will vote on the dam in May.\n\n"
    "He also praised Tom Reyes, the mayor, for his patience. The hall was full. "
    '"We owe the mayor a thank-you," he said.\n'
)


def test_a_writers_pronoun_earlier_in_the_paragraph_carries_the_speaker_on() -> None:
    assert _speaker_name(CARRY_ON, "We owe the mayor") == "Dan Kirby"


SAID_ABOUT = (
    '"We are tired of waiting," said Mr. Lane Ford, a county chairman.\n\n'
    "Mr. Victor Dunn, who takes no large donations, fits that bill for many voters, he "
    "added.\n"
)


def test_the_subject_of_what_the_pronoun_reports_is_not_the_speaker() -> None:
    assert _speaker_name(SAID_ABOUT, "Mr. Victor Dunn") == "Lane Ford"


# --- an untagged surname two people share ---------------------------------------------------

COUPLE = (
    "Tom Ebeling and his wife, Betsy Ebeling, drove from Chicago. Tom Ebeling parked the car "
    "by the school. Then Ebeling said it was worth it."
)


def _by_name(name: str) -> str | None:
    from topline.analyze.speakers import SpeakerResolver
    from topline.nlp import get_nlp

    doc = get_nlp()(COUPLE)
    analysis = analyze(Article(id="t", text=COUPLE))
    resolver = SpeakerResolver(doc, analysis.clusters)
    found = resolver._cluster_by_name(name, len(COUPLE))  # as if the name came next
    return None if found is None else found.canonical


def test_a_shared_surname_is_the_person_named_last() -> None:
    assert _by_name("Ebeling") == "Tom Ebeling"


def test_a_shared_surname_after_mrs_is_not_the_man() -> None:
    assert _by_name("Mrs. Ebeling") == "Betsy Ebeling"


# --- a title phrase that ends with its person's name is that person -----------------------

MANAGERS = (
    "Her campaign manager, Rita Moss, spoke to donors on Monday.\n\n"
    'His campaign manager, Glen Walsh, said: "We will win Ohio."\n\n'
    '"We expect a long night," said a spokesman for Rita Moss.\n'
)


def test_a_title_phrase_ending_with_a_name_is_that_person() -> None:
    assert _speaker_name(MANAGERS, "We will win Ohio") == "Glen Walsh"


def test_a_name_in_the_title_nouns_own_phrase_is_not_the_speaker() -> None:
    assert _speaker_name(MANAGERS, "We expect a long night") != "Rita Moss"


OFFICIAL = (
    "The campaign official sat beside Donald Trump at lunch on Monday.\n\n"
    '"We are not slowing down," the official said.\n'
)


def test_a_role_noun_beside_a_name_in_another_clause_is_not_that_person() -> None:
    assert _speaker_name(OFFICIAL, "We are not slowing") != "Donald Trump"
