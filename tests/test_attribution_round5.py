"""Attribution classes of the fifth #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class read on a third fresh PolNeAR train slice (``--offset 2``): who
speaks in frames the parse builds badly (a subject on the next line, a frame before a
comma and a quotation, "“A,” said NAME" hung on a later verb, a colon after any verb, a
passive subject shared by an active conjunct), a speaker span that never starts inside the
quote, a report in the speaker's relative clause that does not break the continuation;
evidence framed by a document ("…, the poll found."), positions in a relative clause, what
went unanswered, the writer's hedge by an adverb, names a thing is known as, a naming verb
after a colon or a dash.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- a frame followed by a comma and a quotation ------------------------------------------


def test_a_frame_before_a_comma_reports_the_quotation_after_it() -> None:
    a = _run(
        "In a statement to reporters, a county official said, “We are not going to comment "
        "on the lawsuit.”"
    )
    q = _quote(a, "We are not going to comment")
    assert _speaker(a, q) == "a county official"
    assert not any(c.startswith("In a statement") for c in _contents(a))


def test_a_broken_quote_keeps_its_first_part_as_the_content() -> None:
    a = _run("“We will appeal,” the lawyer said, “and we will win.”")
    assert _speaker(a, _quote(a, "We will appeal")) == "the lawyer"
    assert _speaker(a, _quote(a, "and we will win")) == "the lawyer"


# --- a colon after any verb ---------------------------------------------------------------


def test_a_clause_ending_in_a_colon_introduces_the_quotation() -> None:
    a = _run("Mr. Christie gloated: “I told you he wouldn't be ready.”")
    assert _speaker(a, _quote(a, "I told you")) == "Mr. Christie"


def test_the_colon_frame_may_close_the_paragraph_before() -> None:
    a = _run(
        "The city council issued a statement on Friday:\n\n“We regret the delay and will reopen "
        "the bridge next week.”"
    )
    assert _speaker(a, _quote(a, "We regret the delay")) == "The city council"


def test_a_colon_frame_needs_an_active_subject_that_can_speak() -> None:
    a = _run(
        "He was asked: “Will you run again?”\n\nWait, it gets better:\n\n“The fee will double "
        "next year for every single resident.”\n\nThe rule is: “No dogs on the beach after "
        "nine in the morning.”"
    )
    for start in ("Will you run again", "The fee will double", "No dogs on the beach"):
        assert _speaker(a, _quote(a, start)) is None


# --- "“A,” said NAME" when the parse hangs the name elsewhere -----------------------------


def test_an_inverted_frame_names_the_speaker_after_the_verb() -> None:
    a = _run(
        "“I'm not going to say it is a mistake, so forget about it,” said retired "
        "neurosurgeon Ben Carson, asked about his claims that he had received a scholarship."
    )
    q = _quote(a, "I'm not going to say")
    assert _speaker(a, q) == "retired neurosurgeon Ben Carson"


# --- subjects and speaker spans -----------------------------------------------------------


def test_of_two_subjects_the_one_on_the_verbs_line_speaks() -> None:
    a = _run(
        "“Well, I wouldn’t phrase it exactly like that but it’s close to true,” replied "
        "Sanders.\n\n___.\n\n1:26 p.m."
    )
    assert _speaker(a, _quote(a, "Well, I wouldn’t")) == "Sanders"


def test_an_active_conjunct_shares_a_passive_subject() -> None:
    a = _run(
        "Ms. Ortiz was joined on stage by the mayor and joked, “Nobody here knows how to dance.”"
    )
    assert _speaker(a, _quote(a, "Nobody here knows")) == "Ms. Ortiz"


def test_a_passive_conjunct_shares_nothing() -> None:
    a = _run("The suspect was arrested and charged with burglary on Monday night.")
    assert not any(_speaker(a, q) == "The suspect" for q in a.quotes)


def test_a_speaker_span_never_starts_inside_the_quote() -> None:
    a = _run(
        "The actress campaigns for the senator.\n\n“That’s a legitimate concern, because "
        "they’re very passionate,” Sarandon, 69, told MSNBC Monday when asked about the race."
    )
    q = _quote(a, "That’s a legitimate concern")
    speaker = _speaker(a, q)
    assert speaker is not None and speaker.startswith("Sarandon")


# --- a report in the speaker's relative clause --------------------------------------------


def test_a_report_in_the_speakers_relative_clause_does_not_break_the_continuation() -> None:
    a = _run(
        "“Prices are up a little,” said Mr. Ekovich, who noted that during the recession "
        "some courses had “cratered” in value. “Things are moving in the right direction.”"
    )
    assert _speaker(a, _quote(a, "Things are moving")) == "Mr. Ekovich"
    assert any(c.startswith("that during the recession") for c in _contents(a))


# --- a document's finding set as a frame --------------------------------------------------


def test_a_finding_framed_at_the_end_of_the_sentence() -> None:
    a = _run(
        "Most farmers in the valley back the new water plan, while a third oppose it, the "
        "survey found."
    )
    q = _quote(a, "Most farmers in the valley back the new water plan")
    assert _speaker(a, q) == "the survey"


def test_a_finding_framed_in_the_middle_reports_both_sides() -> None:
    a = _run("Over the same period, county records showed, the ferry made 412 crossings.")
    assert "Over the same period" in _contents(a)
    assert "the ferry made 412 crossings" in _contents(a)


def test_a_finding_verb_with_an_object_is_no_frame() -> None:
    a = _run("He walked to the door, the dog found a bone.")
    assert not any(c.startswith("He walked") for c in _contents(a))


# --- a position stated in a relative clause -----------------------------------------------


def test_a_position_in_a_relative_clause_is_reported_by_its_antecedent() -> None:
    a = _run(
        "The rally drew Bernie Sanders, who on Tuesday endorsed Clinton.\n\nThe fund was "
        "started by a California investor who previously backed Jeb Bush."
    )
    sanders, investor = _quote(a, "Clinton"), _quote(a, "Jeb Bush")
    assert sanders.speaker is not None and sanders.speaker.name == "Bernie Sanders"
    assert investor.speaker is not None and investor.speaker.name == "a California investor"
    # the mention is the clause's subject, the relative pronoun (seventh round)
    assert _speaker(a, sanders) == "who" and _speaker(a, investor) == "who"


# --- what went unanswered -----------------------------------------------------------------


def test_what_a_source_did_not_respond_to_is_reported() -> None:
    a = _run("The ferry company did not respond to several questions about the schedule.")
    q = _quote(a, "several questions about the schedule")
    assert _speaker(a, q) == "The ferry company"


def test_an_answer_in_words_keeps_its_speech_cue() -> None:
    a = _run("Clinton replied to Mills: “Why now? That was on my way to Libya?”")
    q = _quote(a, "Why now?")
    assert _speaker(a, q) == "Clinton"
    assert "Mills" not in _contents(a)


def test_a_colon_frame_whose_subject_is_no_one_is_the_writers_lead_in() -> None:
    a = _run(
        "The bias begins to show when looking at how the site rated this claim in June:\n\n"
        "“If you look at the harbor, the jobs are gone and the boats are gone.”"
    )
    assert _speaker(a, _quote(a, "If you look at the harbor")) is None


def test_a_finding_frame_after_a_report_of_its_own_is_none() -> None:
    a = _run(
        "The lawyer said the tapes do not show whether the driver had anything in his "
        "hands, the footage shows."
    )
    assert not any(_speaker(a, q) == "the footage" for q in a.quotes)


# --- a naming verb after a colon or a dash ------------------------------------------------


def test_a_naming_verb_keeps_its_description_after_a_colon() -> None:
    a = _run(
        "Even people who backed the plan sounded unsure: Former Rep. Jane Harman called it "
        "“the least bad option under the circumstances.”"
    )
    q = _quote(a, "it “the least bad option")
    assert _speaker(a, q) == "Former Rep. Jane Harman"


def test_a_naming_verb_keeps_its_description_after_a_dash() -> None:
    a = _run(
        'For that she drew the senator\'s ire - he called her "weak" and said she had "zero '
        'support" in the state.'
    )
    assert 'her "weak"' in _contents(a)


# --- the writer's hedge by an adverb, names a thing goes by, the topic discussed -----------


def test_reportedly_passes_on_a_claim_with_no_source() -> None:
    a = _run("The clerk has reportedly been meeting with the developer since January.")
    q = _quote(a, "The clerk has reportedly been meeting")
    assert q.speaker is None


def test_an_adverb_hedge_inside_a_report_belongs_to_the_report() -> None:
    a = _run("The mayor said the money had allegedly gone to a cousin.")
    q = _quote(a, "the money had allegedly gone")
    assert _speaker(a, q) == "The mayor"
    assert not any(c.startswith("The mayor said") for c in _contents(a))


def test_the_name_a_thing_is_known_as_has_no_source() -> None:
    a = _run("The court applied what is known as the Purcell doctrine.")
    q = _quote(a, "the Purcell doctrine")
    assert q.speaker is None


def test_known_by_someone_is_no_hedge() -> None:
    a = _run("He is known for his temper, and known by his friends as a loyal neighbor.")
    assert not any(c.startswith("a loyal neighbor") for c in _contents(a))


def test_what_was_discussed_is_the_topic_of_the_talk() -> None:
    a = _run("Spokesmen at the bureau would not discuss the investigation.")
    q = _quote(a, "the investigation")
    assert _speaker(a, q) == "Spokesmen at the bureau"


def test_a_quoted_name_is_left_to_the_quote_rules() -> None:
    a = _run("The levy, known as the ''Harbor rule,'' would start in May.")
    assert not any("Harbor rule" in c for c in _contents(a))
