"""Attribution classes of the eleventh #18 round (thirteenth session; docs/quotes.md), on
texts written for these tests.

Read on dev and the working train slices (``--limit 140 --offset 1`` to ``4``) only.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Article
from topline.testing import quote_starting as _quote
from topline.testing import source_texts as _sources

# --- the apposition after an inverted "said NAME," ----------------------------------------

PORT = (
    "The port authority approved the budget on Tuesday.\n\n"
    '"We cannot keep patching the same piers every winter," said Marta Olsen, a senior '
    "engineer at the Harbor Works Institute and a former adviser to Governor Paul T. Reyes "
    "Jr.\n\n"
    "Mrs. Reyes often says she is not running the port, but she has praised the plan.\n\n"
    '"Nobody expected the dredging to take this long," recalled Tomas Berg, then director of '
    "the port.\n\n"
    '"It will pay for itself," declared Lena Ward, 41, of Easton, Md.\n\n'
    '"The numbers are better than last year," said Carl Dunn, an analyst who follows the '
    "shipping lines for Bayside Capital.\n\n"
    '"I was not surprised," said Hugo Lind, half joking. He has worked at the docks for years.\n'
)


def test_the_apposition_the_parse_ran_into_the_next_paragraph_is_the_source() -> None:
    assert _sources(PORT, "We cannot keep")[0] == (
        "Marta Olsen, a senior engineer at the Harbor Works Institute and a former adviser "
        "to Governor Paul T. Reyes Jr."
    )


def test_an_apposition_opened_by_then_is_the_source() -> None:
    assert _sources(PORT, "Nobody expected")[0] == "Tomas Berg, then director of the port"


def test_an_age_and_a_place_stay_in_the_source() -> None:
    assert _sources(PORT, "It will pay")[0] == "Lena Ward, 41, of Easton, Md."


def test_a_relative_clause_on_the_apposition_noun_stays_in_the_source() -> None:
    assert _sources(PORT, "The numbers are")[0] == (
        "Carl Dunn, an analyst who follows the shipping lines for Bayside Capital"
    )


def test_a_predicate_after_the_comma_is_not_an_apposition() -> None:
    assert _sources(PORT, "I was not surprised")[0] == "Hugo Lind"


# --- a paragraph of narration that hands the floor to someone else -----------------------

BRIDGE = (
    "The mayor spoke at the ribbon cutting on Friday.\n\n"
    '"This bridge was ten years late," Mayor Ana Ruiz said. "We owe the city an apology."\n\n'
    "When the old bridge closed in 1998, Governor Tom Hale released the following "
    "statement:\n\n"
    '"We will rebuild it within five years, whatever the cost."\n\n'
    "The council voted on the plan later that day.\n\n"
    '"We will not wait another decade," Councilman Joe Park said. "The money is there."\n\n'
    "@parkforcouncil.\n\n"
    '"Proud of this team. Proud of this city."\n\n'
    '"Traffic will be lighter," Ruiz said. "Buses will run on time."\n\n'
    "Ruiz thanked the engineers who designed it.\n\n"
    '"They did the hard part."\n\n'
    '"It was a good day for the city," Park said. "I thank the builders."\n\n'
    "He smiled at the crowd.\n\n"
    '"And the next bridge will come sooner."\n'
)


def test_a_paragraph_that_introduces_the_quotation_stops_the_continuation() -> None:
    assert _sources(BRIDGE, "We will rebuild") == []


def test_a_paragraph_that_never_names_the_speaker_stops_the_continuation() -> None:
    assert _sources(BRIDGE, "Proud of this team") == []


def test_a_paragraph_that_names_the_speaker_keeps_the_continuation() -> None:
    assert _sources(BRIDGE, "They did the hard part") == ["Ruiz"]


def test_a_paragraph_that_refers_back_by_pronoun_keeps_the_continuation() -> None:
    assert _sources(BRIDGE, "And the next bridge") == ["Park"]


# --- the subject of a colon frame is the newest person for the "she said" after it --------

HEARING = (
    "The hearing ran late into the evening.\n\n"
    '"The agency has never had a budget like this," said Mark Dole, a professor of public '
    "policy at Lakeland University.\n\n"
    'Sen. Ann Kirk scolded the director: "You were told about these failures a year ago," '
    'she said. "Nothing was done."\n'
)


def test_she_after_a_colon_frame_is_its_subject_not_the_last_speaker() -> None:
    a = analyze(Article(id="t", text=HEARING))
    names = {q.speaker.name for q in a.quotes if q.speaker is not None}
    assert "Ann Kirk" in names
    told = _quote(a, "You were told")
    assert told.speaker is not None and told.speaker.name == "Ann Kirk"


# --- what a stance verb's object is backed or blamed for ---------------------------------

STANCES = (
    "The debate ran long on Thursday.\n\n"
    "Governor Ruth Ames encouraged the counties to expand early voting before the fall.\n\n"
    "The senator defended the mayor against charges of favoritism in the contract.\n\n"
    "Ames praised the volunteers, who had worked through the night.\n"
)


def _contents(text: str) -> list[str]:
    return [q.content_span.of(text) for q in analyze(Article(id="t", text=text)).quotes]


def test_the_infinitive_after_a_stance_object_is_part_of_the_position() -> None:
    assert "the counties to expand early voting before the fall" in _contents(STANCES)


def test_a_against_phrase_after_a_stance_object_is_part_of_the_position() -> None:
    assert "the mayor against charges of favoritism in the contract" in _contents(STANCES)


def test_a_relative_clause_after_a_comma_stays_as_it_was() -> None:
    assert "the volunteers, who had worked through the night" in _contents(STANCES)


# --- a standing measured by a poll, told after the verb ---------------------------------

POLLS = (
    "The race tightened over the summer.\n\n"
    "Governor Ames is ahead in the latest state polls.\n\n"
    "Her rival slipped in the polls and is now raising money in Texas.\n\n"
    "Ward, who leads in the polls, spoke on Monday.\n\n"
    "Ames spoke in the auditorium.\n"
)


def test_a_standing_in_the_polls_is_attributed_to_the_polls() -> None:
    a = analyze(Article(id="t", text=POLLS))
    q = _quote(a, "Governor Ames is ahead")
    assert q.content_span.of(POLLS) == "Governor Ames is ahead"
    assert q.cue_span is not None and q.cue_span.of(POLLS) == "in"
    assert _sources(POLLS, "Governor Ames is ahead") == ["the latest state polls"]


def test_the_next_clause_is_not_part_of_the_standing() -> None:
    assert "Her rival slipped" in _contents(POLLS)


def test_a_relative_clause_and_a_place_are_no_standing() -> None:
    assert not any("leads" in c or "auditorium" in c for c in _contents(POLLS))


# --- a relative clause that reports is not part of the apposition ------------------------

ROADS = (
    "The road plan passed on Monday.\n\n"
    '"It is the best plan we have seen in years," said Nora Field, a planner from Dover, '
    "Delaware, who said she was pleased with the vote.\n\n"
    '"It took years," said Ana Moreno, an engineer at the county, who designed the bridge.\n'
)


def test_a_reporting_relative_clause_is_cut_from_the_speakers_apposition() -> None:
    assert _sources(ROADS, "It is the best plan")[0] == "Nora Field, a planner from Dover, Delaware"


def test_the_cut_relative_clause_still_speaks_for_the_speaker() -> None:
    a = analyze(Article(id="t", text=ROADS))
    q = _quote(a, "she was pleased")
    assert q.speaker is not None and q.speaker.name == "Nora Field"


def test_a_describing_relative_clause_stays_as_it_was() -> None:
    assert _sources(ROADS, "It took years")[0].startswith("Ana Moreno, an engineer")


# --- the clause before the colon, not a cue earlier in its sentence ----------------------

CUBA = (
    "The debate turned to Cuba in the second hour.\n\n"
    "When Mayor Kent suggested that Cuba would sue the city, Judge Ruiz fired back "
    'forcefully: "If they sue us in a court in Miami, they are going to lose."\n\n'
    'The mayor added: "We will see."\n'
)


def test_the_colon_clause_speaks_not_the_one_it_answers() -> None:
    a = analyze(Article(id="t", text=CUBA))
    q = _quote(a, "If they sue us")
    assert q.speaker is not None and q.speaker.name == "Ruiz"


def test_a_plain_colon_frame_keeps_its_speaker() -> None:
    assert _sources(CUBA, "We will see") == ["The mayor"]


# --- a bare verb whose clause ended before the quotation is not its frame -----------------

RALLY = (
    "The former governor spoke in Greenville.\n\n"
    '"Labels are for soup cans," the former governor told a crowd that the campaign '
    'estimated at 3,000 people at a civic center here. "The presidency is a serious job."\n'
)


def test_a_bare_verb_whose_sentence_ended_does_not_own_the_next_quotation() -> None:
    from topline.analyze.cue_parts import Cue
    from topline.analyze.quote_cues import CueAssigner
    from topline.analyze.quote_marks import find_quote_regions
    from topline.nlp import get_nlp

    doc = get_nlp()(RALLY)
    verb = next(t for t in doc if t.text == "estimated")
    subject = next(t for t in doc if t.text == "campaign")
    cue = Cue(verb.i, verb.idx, verb.idx + len(verb), (subject.i,), None)
    region = [r for r in find_quote_regions(RALLY) if not r.single][-1]
    starts = [s.start_char for s in doc.sents]
    ends = [s.end_char for s in doc.sents]
    assigner = CueAssigner(doc, RALLY, [cue], starts, ends)
    assert not assigner.own_cue(region, cue, later=False)


def test_the_quotation_after_the_finished_clause_keeps_the_frame_before_it() -> None:
    a = analyze(Article(id="t", text=RALLY))
    q = _quote(a, "The presidency is")
    assert q.speaker is not None and q.speaker.span is not None
    assert q.speaker.span.of(RALLY) == "the former governor"


# --- a question put by no one named whose clause is only its topic -----------------------

ASKED = (
    "The mayor spoke on Monday.\n\n"
    "Asked about the closure of the harbor, the mayor said the city had no choice.\n\n"
    "Asked at a briefing on Tuesday about her future role, she smiled.\n\n"
    "She asked the governor about the budget.\n"
)


def test_asked_about_opening_a_sentence_is_a_question_with_no_asker() -> None:
    a = analyze(Article(id="t", text=ASKED))
    q = _quote(a, "about the closure of the harbor")
    assert q.speaker is None


def test_the_answer_after_asked_about_keeps_its_speaker() -> None:
    assert _sources(ASKED, "the city had no choice") == ["the mayor"]


# --- evidence told after its finding ----------------------------------------------------------

FINDINGS = (
    "The filings came out on Friday.\n\n"
    "Donations to the two parties rose to nearly $90 million through the end of May, an "
    "analysis of newly filed finance reports shows.\n\n"
    "The county records show that most gifts came from out of state.\n"
)


def test_a_finding_before_its_evidence_is_attributed_to_the_evidence() -> None:
    assert _sources(FINDINGS, "Donations to the two parties") == [
        "an analysis of newly filed finance reports"
    ]


def test_a_finding_after_its_evidence_stays_as_it_was() -> None:
    assert _sources(FINDINGS, "that most gifts") == ["The county records"]


# --- forms of cue verbs the small model lemmatises wrongly ---------------------------------

HOPES = (
    "The session ended on Friday.\n\n"
    "The union hopes the talks will resume next week.\n\n"
    "Critics lambasted the plan as reckless.\n"
)


def test_hopes_is_a_form_of_hope() -> None:
    assert _sources(HOPES, "the talks will resume") == ["The union"]


def test_the_mislemma_table_only_takes_forms_of_the_verb() -> None:
    from topline.analyze.cue_parts import _form_of

    assert _form_of("hoping", "hope") and _form_of("hoped", "hope")
    assert not _form_of("hopping", "hope") and not _form_of("hops", "hope")
