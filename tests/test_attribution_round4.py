"""Attribution classes of the fourth #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class read on a fresh PolNeAR train slice: the topic of speech ("talked
about security", "spoke highly of …", "was referring to …").
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- the topic of speech --------------------------------------------------------------------


def test_the_topic_of_talk_is_what_the_speaker_reports() -> None:
    a = _run("The harbor master talked about the silting of the channel at the meeting.")
    q = _quote(a, "the silting of the channel")
    assert _speaker(a, q) == "The harbor master"


def test_an_adverb_may_stand_between_verb_and_preposition() -> None:
    a = _run("Lena Ortiz spoke warmly of her first teacher in the valley.")
    q = _quote(a, "her first teacher in the valley")
    assert _speaker(a, q) == "Lena Ortiz"


def test_a_one_word_topic_is_enough() -> None:
    a = _run("The new coach refused to answer, but she later wrote about tactics.")
    assert "tactics" in _contents(a)


def test_a_time_or_a_condition_is_no_topic() -> None:
    a = _run(
        "The two inspectors spoke on the condition of anonymity. Mr. Hale spoke about a week ago."
    )
    assert not any(c.startswith(("the condition", "a week ago")) for c in _contents(a))


def test_a_topic_stops_at_a_colon_before_the_words_said() -> None:
    text = (
        "The governor talked about the long season ahead: "
        "\u201cWe have nine towns to win and no money left to do it.\u201d"
    )
    a = _run(text)
    assert _quote(a, "We have nine towns").kind == "direct"
    assert not any(c.startswith("the long season ahead:") for c in _contents(a)), _contents(a)


def test_a_quoted_topic_is_left_to_the_quote_rules() -> None:
    a = _run(
        "The professor wrote about \u201cThe Long Winter of the Plains,\u201d a novel of 1931."
    )
    assert not any(c.startswith("\u201cThe Long Winter") for c in _contents(a))


# --- a gerund as what a speech verb reports -------------------------------------------------


def test_a_gerund_is_what_is_reported() -> None:
    a = _run("The county party reported spending $40,000 on radio ads in March.")
    q = _quote(a, "spending $40,000 on radio ads")
    assert _speaker(a, q) == "The county party"


def test_a_denied_gerund_is_the_claim() -> None:
    a = _run("The treasurer denied taking money from the building fund.")
    assert _quote(a, "taking money from the building fund").kind == "indirect"


def test_an_ing_word_after_said_is_no_gerund_report() -> None:
    text = (
        "\u201cShe is the best we have,\u201d the mayor said introducing Ms. Vance at the dinner."
    )
    a = _run(text)
    assert not any(c.startswith("introducing") for c in _contents(a)), _contents(a)
    assert _speaker(a, _quote(a, "She is the best we have")) == "the mayor"


# --- adjectives of belief or worry with a clause --------------------------------------------


def test_a_belief_adjective_with_a_that_clause_is_an_attribution() -> None:
    a = _run("The ferry operators remain confident that the new schedule will hold.")
    q = _quote(a, "that the new schedule will hold")
    assert _speaker(a, q) == "The ferry operators"


def test_a_worry_adjective_without_that_takes_a_clause_with_its_own_subject() -> None:
    a = _run("Mayor Ruth Okafor is not sure the bridge will reopen by June.")
    q = _quote(a, "the bridge will reopen by June")
    assert _speaker(a, q) == "Mayor Ruth Okafor"


def test_a_question_after_the_adjective_is_no_claim() -> None:
    a = _run("The harbor master was not sure why the boats had left early.")
    assert not any(c.startswith("why") for c in _contents(a)), _contents(a)


def test_a_clause_held_by_no_one_is_not_attributed() -> None:
    a = _run("It is certain that the levee will need repairs before the spring floods.")
    assert not any(c.startswith("that the levee") for c in _contents(a)), _contents(a)


# --- a possessed noun of intention with its infinitive --------------------------------------


def test_a_possessed_pledge_takes_its_infinitive() -> None:
    a = _run("The governor's pledge to close the old mill angered the town council.")
    q = _quote(a, "to close the old mill")
    assert _speaker(a, q) == "The governor"


def test_a_possessive_pronoun_holds_the_decision() -> None:
    a = _run(
        "Ms. Varga left the board in May. Her decision not to run again surprised the members."
    )
    q = _quote(a, "not to run again")
    assert q.speaker is not None and q.speaker.name.endswith("Varga")


def test_a_thing_holds_no_intention() -> None:
    a = _run("The bridge's plan to carry trucks by 2030 was drawn up by engineers.")
    assert not any(c.startswith("to carry trucks") for c in _contents(a)), _contents(a)


# --- a frame inside a relative clause -------------------------------------------------------


def test_a_relative_clause_with_a_frame_inside_is_the_report() -> None:
    a = _run("The new tolls, which the mayor said had emptied the harbor, end in June.")
    q = _quote(a, "which the mayor said had emptied the harbor")
    assert _speaker(a, q) == "the mayor"


# --- an answer or an earlier claim taken up: "said yes", "said so", "say the same" ---------


def test_a_one_word_answer_is_the_content() -> None:
    a = _run("Asked whether the dam should stay, the county engineer said no.")
    q = _quote(a, "no")
    assert _speaker(a, q) == "the county engineer"


def test_the_same_is_the_content_with_its_topic() -> None:
    a = _run("Most of the growers said the same of the new rules.")
    assert "the same of the new rules" in _contents(a)


def test_the_same_before_a_noun_is_a_reported_clause() -> None:
    a = _run("The engineer said the same pumps could drain the lower field.")
    assert "the same pumps could drain the lower field" in _contents(a)


def test_so_before_an_adjective_is_no_answer() -> None:
    a = _run("The engineer said so many people had called that the line broke.")
    assert "so" not in _contents(a)


# --- a participle after "before" / "after" / "while" shares the clause's subject ------------


def test_a_participle_after_a_preposition_shares_the_subject() -> None:
    text = (
        "\u201cThe river is rising,\u201d the warden told reporters, "
        "before insisting the levee would hold through the night."
    )
    a = _run(text)
    q = _quote(a, "the levee would hold")
    assert _speaker(a, q) == "the warden"
    assert _speaker(a, _quote(a, "The river is rising")) == "the warden"


def test_a_participle_after_a_noun_shares_nothing() -> None:
    a = _run("The report on saying that the tax was fair drew no comment from the board.")
    assert not any(c.startswith("that the tax was fair") for c in _contents(a)), _contents(a)


# --- typewriter quotation marks ('') close a quote before a frame like curly ones ----------


def test_a_partial_quote_in_typewriter_marks_keeps_its_lead_in_and_speaker() -> None:
    a = _run("The harbor master ''looked worried,'' Ms. Dunne said.")
    q = _quote(a, "The harbor master ''looked worried,''")
    assert q.kind == "mixed"
    assert _speaker(a, q) == "Ms. Dunne"


# --- adjectives of stance with their preposition, of eagerness with an infinitive ----------


def test_a_stance_adjective_takes_what_its_preposition_names() -> None:
    a = _run("The fishermen's union has been critical of the new quota system.")
    q = _quote(a, "the new quota system")
    assert _speaker(a, q) == "The fishermen's union"


def test_an_eager_subject_holds_the_infinitive() -> None:
    a = _run("The county commissioners are eager to reopen the old ferry line.")
    q = _quote(a, "to reopen the old ferry line")
    assert _speaker(a, q) == "The county commissioners"


def test_an_adjective_of_a_thing_states_no_position() -> None:
    a = _run("The road is open to traffic again after the storm.")
    assert not any(c.startswith("traffic") for c in _contents(a)), _contents(a)


def test_an_adjective_never_swallows_a_quotation() -> None:
    text = (
        "The editor was critical of the plan - at one point telling the board: "
        "\u201cYou cannot sell the presses and keep the paper.\u201d"
    )
    a = _run(text)
    assert _quote(a, "You cannot sell the presses").kind == "direct"
    assert not any("\u201cYou cannot" in c for c in _contents(a)), _contents(a)


def test_made_it_clear_states_its_clause() -> None:
    a = _run("The ferry operators made it clear that the winter timetable would stay.")
    q = _quote(a, "that the winter timetable would stay")
    assert _speaker(a, q) == "The ferry operators"


def test_made_clear_without_a_clause_states_nothing() -> None:
    a = _run("The storm made the danger clear to everyone on the coast.")
    assert a.quotes == (), _contents(a)


# --- a short object of a speech verb of stance ----------------------------------------------


def test_a_short_object_of_a_stance_speech_verb_is_enough() -> None:
    a = _run("The mayor questioned Hale's judgment.")
    q = _quote(a, "Hale's judgment")
    assert _speaker(a, q) == "The mayor"


def test_a_short_object_of_another_speech_verb_is_not() -> None:
    a = _run("The mayor recalled the flood.")
    assert "the flood" not in _contents(a)
