"""Attribution classes of the sixth #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class read on a fourth fresh PolNeAR train slice (``--offset 4``): a
participle or adverbial clause hanging on a quote's frame is an aside that keeps the
continuation ("“A,” X said, noting …. “B.”"); a verb of any lemma reports the quotation
just before it when it stands in the frame's place ("“…?” Hannity pressed."); a naming
verb with "as" and its description reports a judgement without quotation marks; a side
not taken ("would support", "has not endorsed") is no position.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- an aside hanging on the frame keeps the continuation ---------------------------------


def test_a_participle_after_the_frame_keeps_the_next_quotation_with_the_speaker() -> None:
    a = _run(
        "“That is the big question,” Clark said, noting he would support any of the other "
        "candidates if they won. “We have developed a pretty deep bench here.”"
    )
    assert _speaker(a, _quote(a, "We have developed")) == "Clark"
    assert _speaker(a, _quote(a, "he would support")) == "Clark"


def test_a_when_clause_after_the_frame_keeps_the_next_quotation_with_the_speaker() -> None:
    a = _run(
        "“I will not campaign with anyone this fall,” the senator said, when asked whether she "
        "wanted the governor to visit. “I am going to be focusing on my own race.”"
    )
    assert _speaker(a, _quote(a, "I am going to be focusing")) == "the senator"


def test_a_new_sentence_after_the_frame_is_no_aside() -> None:
    # the control: an indirect report of another speaker in its own sentence still breaks
    # the continuation (no quotation after it is given to the first speaker by this rule)
    a = _run(
        "“We will win,” Clark said. The mayor said the count would take a week. “Nobody "
        "should expect a result before Friday at the earliest.”"
    )
    assert _speaker(a, _quote(a, "Nobody should expect")) != "Clark"


# --- any verb in the frame's place --------------------------------------------------------


def test_a_verb_of_any_lemma_after_a_closing_quotation_is_its_frame() -> None:
    a = _run(
        "The host met Mr. Hannity at noon. “Would it be negotiable?” Hannity pressed. "
        "“Maybe let some people stay?”\n\n"
        "“Everything you have said,” the judge exclaimed, “has totally overlapped.”\n\n"
        "“I would say this,” Trump answered. “We will work out some system that is fair.”"
    )
    assert _speaker(a, _quote(a, "Would it be negotiable")) == "Hannity"
    assert _speaker(a, _quote(a, "Maybe let some people")) == "Hannity"
    assert _speaker(a, _quote(a, "Everything you have said")) == "the judge"
    assert _speaker(a, _quote(a, "We will work out")) == "Trump"


def test_a_capital_after_a_question_mark_is_no_name_by_itself() -> None:
    a = _run("“Who is going to pay for all of this?” Silence followed for a long while.")
    assert all(_speaker(a, q) != "Silence" for q in a.quotes)


def test_a_quoted_title_before_its_noun_is_no_frame() -> None:
    a = _run("The “Apprentice” star Trump laughed at the joke for a long time.")
    assert not any(c.startswith("Apprentice") for c in _contents(a))


def test_a_verb_with_an_object_after_a_quotation_is_no_frame() -> None:
    a = _run("“We are done here,” he said. “Goodbye,” Maria waved her hand at the crowd.")
    q = _quote(a, "We are done here")
    assert _speaker(a, q) == "he"
    assert not any(
        q.cue_span is not None and q.cue_span.of(a.article.text) == "waved" for q in a.quotes
    )


# --- a naming verb with "as" --------------------------------------------------------------


def test_a_naming_verb_with_as_reports_the_description_without_quotation_marks() -> None:
    a = _run(
        "The panelists dismissed the idea, describing the plan as a passing fad that voters "
        "would reject.\n\nHe described the scene at the rally in some detail."
    )
    q = _quote(a, "the plan as a passing fad")
    assert _speaker(a, q) == "The panelists"
    assert not any(c.startswith("the scene") for c in _contents(a))


# --- a side not taken ---------------------------------------------------------------------


def test_a_side_under_a_modal_or_a_negation_is_no_position() -> None:
    a = _run(
        "The teachers union has not endorsed a candidate in the race.\n\n"
        "Ryan would begrudgingly support the nominee in the end.\n\n"
        "The nurses union endorsed the governor on Monday."
    )
    contents = _contents(a)
    assert "a candidate in the race" not in contents
    assert not any(c.startswith("the nominee") for c in contents)
    assert _speaker(a, _quote(a, "the governor")) == "The nurses union"


# --- words a thing bears, words people chant ---------------------------------------------


def test_a_thing_that_reads_a_quotation_is_its_source_a_person_reading_is_not() -> None:
    a = _run(
        "One message read “anybody but the front-runner,” and another said “Dump him now.”\n\n"
        "She read “the first chapter of the novel” twice before the class."
    )
    assert _speaker(a, _quote(a, "anybody but the front-runner")) == "One message"
    assert not any(
        q.speaker is not None
        and q.speaker.span is not None
        and q.speaker.span.of(a.article.text) == "She"
        for q in a.quotes
    )


def test_people_chanting_a_quotation_are_its_source() -> None:
    a = _run(
        "Outside, about 50 protesters chanting “no contract, no peace” marched past the casino."
    )
    assert _speaker(a, _quote(a, "no contract, no peace")) == "about 50 protesters"


# --- where a reported clause ends ---------------------------------------------------------


def test_a_reported_clause_stops_before_the_frames_next_report() -> None:
    a = _run(
        "He said his recent attacks on the governor have given his campaign momentum and said "
        "that the governor did not represent the party.\n\n"
        "Officials said meaningful debt relief is possible only in bankruptcy and have been "
        "calling on Congress to amend the law."
    )
    contents = _contents(a)
    assert "his recent attacks on the governor have given his campaign momentum" in contents
    assert _speaker(a, _quote(a, "that the governor did not represent")) == "He"
    assert "meaningful debt relief is possible only in bankruptcy" in contents


def test_a_conjoined_clause_with_its_own_verb_stays_in_the_report() -> None:
    a = _run("She said the plan would raise taxes and cut services for the poor.")
    assert "the plan would raise taxes and cut services for the poor" in _contents(a)


def test_a_participle_after_a_comma_inside_the_closing_mark_is_an_aside() -> None:
    a = _run(
        "The senator is insisting that he has “expanded the Republican party,” claiming that "
        "he is responsible for higher turnout."
    )
    assert "that he has “expanded the Republican party,”" in _contents(a)


# --- a report in the speaker's relative clause --------------------------------------------


def test_a_report_in_the_speakers_relative_clause_is_a_quote_of_the_speaker() -> None:
    a = _run(
        "“That may be of concern to people,” said Alan Berger, a doctor from Englewood, who "
        "said he is friendly with the family. “It worries me.”"
    )
    q = _quote(a, "he is friendly with the family")
    assert q.speaker is not None and q.speaker.name.startswith("Alan Berger")
    assert _speaker(a, q) == "who"
    assert _speaker(a, _quote(a, "It worries me")) is not None
    assert q.speaker.name == _quote(a, "It worries me").speaker.name  # type: ignore[union-attr]


# --- an inverted frame whose speaker the parse lost ---------------------------------------


def test_an_inverted_frame_reads_a_name_the_tagger_missed() -> None:
    a = _run(
        "“Having access to the file and two people who understand it is valuable,” said "
        "Skelly, explaining he worked more closely with the second man."
    )
    assert _speaker(a, _quote(a, "Having access to the file")) == "Skelly"


def test_an_inverted_frame_takes_the_speaker_after_a_subject_inside_the_quotation() -> None:
    a = _run(
        "“We do not have freedom of opinion anymore. #Cologne,” tweeted a German user from "
        "Hanover going by the handle Pulvermann."
    )
    q = _quote(a, "We do not have freedom")
    assert _speaker(a, q) == "a German user from Hanover going by the handle Pulvermann"


def test_an_inverted_frame_takes_a_noun_of_a_person_before_a_relative_clause() -> None:
    a = _run(
        "“One guy came in and said maybe we should start fighting back,” said the woman, who "
        "like many in the town did not want to be quoted by name."
    )
    assert _speaker(a, _quote(a, "One guy came in")) == "the woman"


# --- a partial quotation with an unquoted lead-in before its frame ------------------------


def test_an_unquoted_lead_in_opens_the_content_of_a_frame_after_the_quotation() -> None:
    a = _run(
        "Mrs. Clinton, with her long service in the administration, “is seen as having a more "
        "instinctive identification with the president,” he said.\n\n"
        "“We will win this state,” the senator said."
    )
    q = _quote(a, "Mrs. Clinton, with her long service")
    assert q.content_span.of(a.article.text).endswith("with the president,”")
    assert _speaker(a, q) == "he"
    assert "We will win this state" in _contents(a)


def test_a_lead_in_that_opens_an_aside_or_holds_another_quotation_is_not_the_content() -> None:
    a = _run(
        "Neither man was impressed by the senator - “Born with a silver spoon in her mouth,” "
        "Mr. Elkins said - but they could not back the governor.\n\n"
        "Those endorsements prompted some blowback from members (“I want my dues back,” wrote "
        "Edward Nelson, a technician, on the union's page), and more will follow."
    )
    contents = _contents(a)
    assert "Born with a silver spoon in her mouth" in contents
    assert "I want my dues back" in contents


def test_an_objects_participle_reports_for_the_clauses_subject() -> None:
    a = _run(
        "The senator emailed supporters saying: “The struggle continues” and vowed to compete.\n\n"
        "At the time, she released a statement saying, “The company has been a trusted partner "
        "for many of the finest brands.”"
    )
    assert _speaker(a, _quote(a, "The struggle continues")) != "supporters"
    assert _speaker(a, _quote(a, "The company has been")) != "a statement"


# --- a quoted topic of a verb of talking ---------------------------------------------------


def test_a_quoted_topic_of_a_verb_of_talking_is_the_subjects_partial_quote() -> None:
    a = _run(
        "The candidate spoke instead about “improving NAFTA” and making sure it is “updated.”\n\n"
        "The governor complained about the senator’s “deplorables” remark at length."
    )
    q = _quote(a, "“improving NAFTA”")
    assert _speaker(a, q) == "The candidate"
    assert not any(
        _speaker(a, q) == "The governor"
        for q in a.quotes
        if "deplorables" in q.content_span.of(a.article.text)
    )


# --- a noun the parse ran in from a preposition is no second subject (lead, eighth session) --


def test_the_object_of_a_preposition_that_lost_it_is_no_speaker() -> None:
    """ "A spokesperson who did not wish to be named because of agency policy said …": the
    parse makes "policy" a second subject of "said" and leaves "because of" without an
    object; the speaker is the spokesperson, never "agency policy"."""
    a = _run(
        "Federal officials turned down an offer from doctors on Tuesday.\n\n"
        "A spokesperson who did not wish to be named because of agency policy said in a "
        "statement that the agency has never given vaccines there."
    )
    quote = _quote(a, "that the agency has never")
    assert quote.speaker is not None
    assert quote.speaker.name == "A spokesperson"
    assert "policy" not in (_speaker(a, quote) or "")
