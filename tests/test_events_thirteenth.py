"""Event classes of the thirteenth session (#18): where the parse is likely wrong, the
extractor refuses the triple (or takes the one reading English grammar leaves) rather than
guess (``analyze/event_doubts.py``). Sentences written for the rules; each negative assertion
fails on the code before (the false triple was reported), each positive one shows the act or
the right reading stays."""

from __future__ import annotations

import pytest

from topline.testing import event_triples as _triples


def _with(text: str, verb: str) -> list[tuple[str | None, str, str | None]]:
    return [t for t in _triples(text) if verb in t[1].split()]


# --- a "by" phrase of time is no agent -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("The contract was signed by Monday evening.", "signed", "The contract"),
        ("The grant was approved by the end of the week.", "approved", "The grant"),
    ],
)
def test_a_time_after_by_is_no_agent(text: str, verb: str, target: str) -> None:
    assert _with(text, verb) == [(None, verb, target)]


def test_a_by_agent_stays() -> None:
    assert ("the governor", "signed", "The bill") in _triples(
        "The bill was signed by the governor on Friday."
    )


# --- the head verb's object read as the subject of the clause after it -----------------


def test_a_participle_does_not_take_the_head_verbs_object_as_actor() -> None:
    triples = _triples("The union made a final offer to the managers gathered in the hall.")
    assert ("The union", "made", "a final offer") in triples
    assert all(actor != "a final offer" for actor, _, _ in triples)


def test_a_to_infinitive_has_no_subject_the_noun_is_the_object() -> None:
    triples = _triples(
        "The charity has made a five-figure emergency cash grant to repair the roof."
    )
    assert ("The charity", "made", None) not in triples
    assert all(actor != "a five-figure emergency cash grant" for actor, _, _ in triples)


def test_the_noun_after_the_verb_is_its_object_not_one_past_a_clause() -> None:
    text = (
        "\"The network first hired Dan Kirk and Dan crashed, then Lisa Moss and that didn't "
        'work," the host wrote.'
    )
    assert ("The network", "hired", "Lisa Moss") not in _triples(text)
    assert ("The network", "hired", "Dan Kirk") in _triples(text)


def test_object_control_and_expectation_keep_the_infinitive_doer() -> None:
    assert ("the board", "approve", "the merger") in _triples(
        "The shareholders expect the board to approve the merger this week."
    )


# --- an -ing form with no coordinator after a noun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The senator has won or tied among the group of farmers growing corn in the state.",
            "growing",
        ),
        (
            "The mayor will make the point to reporters waiting outside that the road is safe.",
            "waiting",
        ),
    ],
)
def test_an_ing_form_after_a_prepositional_noun_is_not_the_far_subjects(
    text: str, verb: str
) -> None:
    assert _with(text, verb) == []


def test_a_real_conjunct_participle_keeps_the_subject() -> None:
    assert ("The crowd", "singing", "the anthem") in _triples(
        "The crowd was clapping and singing the anthem outside the stadium."
    )


# --- a quoted clause as object -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            'Thousands of fans marched through the city, chanting "We want our club back."',
            "chanting",
        ),
        ("The protesters kept shouting “You cannot build here” at the workers.", "shouting"),
        ('The villagers chanted "We will not leave" as the police arrived.', "chanted"),
    ],
)
def test_a_quoted_clause_is_what_was_said(text: str, verb: str) -> None:
    assert _with(text, verb) == []


def test_a_quoted_noun_stays_a_target() -> None:
    assert _with("The governor slammed “the failed policies” of the last decade.", "slammed")


# --- an indirect question is no target ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The report shows how much the city has changed.", ("the city", "changed", None)),
        (
            "It reveals how much the team has improved since May.",
            ("the team", "improved", None),
        ),
    ],
)
def test_how_much_is_a_clause_not_a_target(text: str, triple: tuple[str, str, None]) -> None:
    assert triple in _triples(text)


def test_how_before_a_relative_gap_keeps_the_noun() -> None:
    triples = _triples("The photos show how a diet plan she started last year helped her sleep.")
    assert ("she", "started", "a diet plan") in triples


# --- a light verb with its object lost, and agreeing ---------------------------------------


def test_a_light_verb_with_its_object_lost_is_no_event() -> None:
    triples = _triples("The mayor stubbornly refuses to do what every other mayor has done.")
    assert ("The mayor", "refuses to do", None) not in triples


def test_a_light_verb_with_its_object_stays() -> None:
    assert ("The city", "taken", "a two-year bank loan") in _triples(
        "The city has taken a two-year bank loan to rebuild the bridge."
    )


def test_agreeing_with_someone_is_an_attitude() -> None:
    assert _with("The teachers' union agrees with the minister.", "agrees") == []


def test_agreeing_to_act_stays() -> None:
    assert ("The company", "agreed to pay", "a fine") in _triples(
        "The company agreed to pay a fine of two million dollars."
    )


# --- verbs competing for one subject, an ambiguous "which", a lost coordination ---------


def test_a_conjunct_past_a_relative_clause_with_its_own_subject_is_refused() -> None:
    text = "Ms Hill described the diet that cut her weight by half – and gave the Ohio teacher a new life."
    triples = _triples(text)
    assert ("the diet", "cut", "her weight") in triples
    assert _with(text, "gave") == []


def test_a_conjunct_past_an_infinitive_relative_keeps_the_subject() -> None:
    assert ("the team", "must win", "every game") in _triples(
        "The coach said the team still has work to do and must win every game."
    ) or ("the team", "win", "every game") in _triples(
        "The coach said the team still has work to do and must win every game."
    )


def test_which_after_a_comma_on_a_prepositional_noun_is_refused() -> None:
    text = "The senator attacked the cost of the program, which angered his donors."
    assert ("The senator", "attacked", "the cost") in _triples(text)
    assert _with(text, "angered") == []


def test_a_verb_conjoined_with_a_noun_has_lost_its_object() -> None:
    assert _with("Hunters will trap and ritually sacrifice goats on the hill.", "trap") == []


def test_a_name_read_as_an_adjective_complement_is_the_object() -> None:
    """Built parse: the parser's "leads Trump (acomp)" on a poll sentence in context."""
    from spacy.tokens import Doc

    from topline.analyze.event_roles import roles
    from topline.analyze.intervals import CharRanges
    from topline.nlp import get_nlp

    words = ["She", "leads", "Trump", "by", "nine", "points", "."]
    doc = Doc(
        get_nlp().vocab,
        words=words,
        pos=["PRON", "VERB", "PROPN", "ADP", "NUM", "NOUN", "PUNCT"],
        tags=["PRP", "VBZ", "NNP", "IN", "CD", "NNS", "."],
        deps=["nsubj", "ROOT", "acomp", "prep", "nummod", "pobj", "punct"],
        heads=[1, 1, 1, 1, 5, 3, 1],
    )
    found = roles(doc[1], [doc[1]], CharRanges([]))
    assert found is not None
    assert found[1] is not None and found[1].text == "Trump"


# --- controls: what the refusals must leave alone ----------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Trump says praise from the Russian leader helps the country.",
            ("praise", "helps", "the country"),
        ),  # a reported clause after a verb of saying is no misread object
        (
            "The mayor refused to let the views of one donor shape the city budget.",
            ("The mayor", "refused to let", "the views"),
        ),  # a bare verb after "let" is a small clause
        ("The governor did well in the northern counties.", ("The governor", "did", None)),
        (
            "The candidate took to the morning shows to defend his plan.",
            ("The candidate", "took", None),
        ),
        (
            "The issue will compete for time and space with other questions.",
            ("The issue", "compete", None),
        ),  # a noun conjoined inside the verb's prepositional phrase
        (
            "Voters in Ohio will help decide which party controls the Senate.",
            ("Voters", "help decide", None),
        ),  # an indirect question's subject is no object
    ],
)
def test_the_refusals_leave_sound_parses_alone(
    text: str, triple: tuple[str, str, str | None]
) -> None:
    assert triple in _triples(text)


# --- the -ing complement of a passive is its subject's act ----------------------------------


@pytest.mark.parametrize(
    ("text", "passive", "act"),
    [
        (
            "The minister was seen leaving the embassy on Tuesday.",
            (None, "seen", "The minister"),
            ("The minister", "leaving", "the embassy"),
        ),
        (
            "Two men were caught stealing copper wire from the depot.",
            (None, "caught", "Two men"),
            ("Two men", "stealing", "copper wire"),
        ),
    ],
)
def test_a_passives_ing_complement_is_its_subjects_act(
    text: str, passive: tuple[None, str, str], act: tuple[str, str, str]
) -> None:
    triples = _triples(text)
    assert passive in triples
    assert act in triples


def test_an_active_ing_complement_stays_in_the_chain() -> None:
    assert ("The band", "kept playing", "the old songs") in _triples(
        "The band kept playing the old songs until midnight."
    )
