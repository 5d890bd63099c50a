"""Attribution classes of the seventh #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class read on a fresh half of PolNeAR train (``--limit 70 --offset 5``): the
topic of talk after more verbs and prepositions ("focused on", "argued against", "talked
of", "agrees with"), a speech verb's scant object ("said nothing about"), a judgement passed
by no one named ("was widely seen as …"), a decision or a course considered ("decided not
to …", "is contemplating abandoning …"), and the relative pronoun as the mention of a source
whose cue is in its relative clause.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- the topic of talk --------------------------------------------------------------------


def test_the_topic_after_verbs_of_dwelling_arguing_and_agreeing_is_reported() -> None:
    a = _run(
        "The mayor focused on the harbor budget. Ms. Perez argued against intervention by "
        "outside powers. The board talked of reforms. The medical association agrees with "
        "Dr. Dean."
    )
    got = _contents(a)
    for topic in ("the harbor budget", "intervention by outside powers", "reforms", "Dr. Dean"):
        assert topic in got
    assert _speaker(a, _quote(a, "intervention by")) == "Ms. Perez"


def test_the_terms_of_speaking_are_no_topic() -> None:
    a = _run("One attendee spoke on the condition of anonymity.")
    assert not any("condition" in c for c in _contents(a))


def test_what_a_speaker_says_nothing_about_is_the_topic() -> None:
    a = _run(
        "The governor said nothing about the tax. She has said little about how she would "
        "pay for the bridge."
    )
    assert "the tax" in _contents(a)
    q = _quote(a, "how she would pay")
    assert _speaker(a, q) == "She"


def test_saying_nothing_without_about_is_no_topic() -> None:
    a = _run("The clerk said nothing and left the room.")
    assert _contents(a) == []


# --- a judgement passed by no one named -----------------------------------------------------


def test_an_agentless_passive_judgement_with_as_is_a_hedge() -> None:
    a = _run(
        "The march was widely seen as a test of the new mayor. The rollout was criticized "
        "as sloppy."
    )
    got = _contents(a)
    assert "The march was widely seen as a test of the new mayor" in got
    assert "The rollout was criticized as sloppy" in got
    assert _quote(a, "The march").speaker is None


def test_a_passive_of_seeing_without_as_or_with_an_agent_is_no_hedge() -> None:
    a = _run(
        "He was seen at the market on Friday. The plan was described by the auditor as "
        "reckless. Lewandowski was dismissed on Monday as campaign manager."
    )
    assert not any(c.startswith("He was seen") for c in _contents(a))
    assert not any(c.startswith("The plan was described") for c in _contents(a))
    assert not any(c.startswith("Lewandowski") for c in _contents(a))


# --- decisions and courses considered -------------------------------------------------------


def test_a_decision_and_a_course_considered_are_positions() -> None:
    a = _run(
        "The union had decided not to make a bid. The group is now contemplating abandoning "
        "the nominee."
    )
    assert _speaker(a, _quote(a, "not to make a bid")) == "The union"
    assert _speaker(a, _quote(a, "abandoning the nominee")) == "The group"


# --- the relative pronoun is the mention ----------------------------------------------------


def test_a_source_in_a_relative_clause_is_mentioned_by_its_pronoun() -> None:
    text = "The senator was joined by Collins, who had previously endorsed Jeb Bush."
    a = _run(text)
    q = _quote(a, "Jeb Bush")
    assert q.speaker is not None and q.speaker.name == "Collins"
    assert _speaker(a, q) == "who"


# --- the frame's own next verb, joined by the parse to the reported clause ------------------


def test_a_verb_in_the_frames_form_is_the_frames_next_report() -> None:
    a = _run(
        "The mayor forecast that the harbor economy would soon rebound and praised efforts "
        "by the port authority to find new tenants."
    )
    assert "that the harbor economy would soon rebound" in _contents(a)
    praised = _quote(a, "efforts by the port authority")
    assert _speaker(a, praised) == "The mayor"


def test_a_deeper_clause_stops_before_the_frames_next_verb() -> None:
    a = _run(
        "Ms. Hale has said she wants to open a clinic in the valley and has expressed support "
        "for a new bridge."
    )
    got = _contents(a)
    assert "she wants to open a clinic in the valley" in got
    assert "to open a clinic in the valley" in got
    assert _speaker(a, _quote(a, "support for a new bridge")) == "Ms. Hale"


def test_a_verb_in_the_reported_clauses_form_stays_in_the_report() -> None:
    a = _run("The clerk said the company cut jobs and raised prices.")
    assert "the company cut jobs and raised prices" in _contents(a)


# --- a party and state in parentheses belong to the name ------------------------------------


def test_a_party_and_state_abbreviation_stays_in_the_source_span() -> None:
    a = _run(
        "“We will win this seat,” said Rep. Beto O'Rourke (D-Tex.). “Nobody doubts it.”\n\n"
        "“It is a bad bill,” said Rep. Ann Lee (D-Tex.), who is running for the Senate."
    )
    assert _speaker(a, _quote(a, "We will win")) == "Rep. Beto O'Rourke (D-Tex.)"
    got = _speaker(a, _quote(a, "It is a bad bill"))
    assert got == "Rep. Ann Lee (D-Tex.), who is running for the Senate"


# --- a report in a relative clause whose subject is the noun it modifies --------------------


def test_a_report_in_a_relative_clause_starts_at_its_relative_pronoun_or_noun() -> None:
    a = _run(
        "She defended the vote, which she has repeatedly said was a mistake.\n\n"
        "The bureau opened a probe the agency said was ongoing as of this month."
    )
    got = _contents(a)
    assert "which she has repeatedly said was a mistake" in got
    assert "a probe the agency said was ongoing as of this month" in got


def test_a_relative_clause_whose_report_has_its_own_subject_keeps_the_clause() -> None:
    a = _run("The mayor who said the bridge was safe resigned on Friday.")
    assert "the bridge was safe" in _contents(a)


# --- running against someone is no stance ---------------------------------------------------


def test_challenging_a_person_in_a_race_is_no_position() -> None:
    a = _run(
        "Ann Kirk, who is challenging Sen. Ron Johnson in Wisconsin, spoke first. The "
        "senator challenged the ruling."
    )
    got = _contents(a)
    assert not any("Ron Johnson" in c for c in got)
    assert "the ruling" in got


# --- a participle after a reported clause (lead, ninth session) ---------------------------


def test_a_participle_set_off_after_a_reported_clause_is_the_frames() -> None:
    a = _run(
        "Ward said that after legal consultation Harborview had concluded the zone was lawful, "
        "saying she trusted the courts to decide."
    )
    assert _speaker(a, _quote(a, "she trusted the courts")) == "Ward"


def test_a_participle_of_the_reported_clause_itself_keeps_its_subject() -> None:
    a = _run("The council rejected the plan on Monday, saying it would cost too much.")
    assert _speaker(a, _quote(a, "it would cost too much")) == "The council"
