"""Attribution classes of the third #18 round (docs/quotes.md), on texts written for these tests.

Each test is one class: shares and counts of people as holders of a view ("Nearly half
want …", "a number of senators support …"); judgement verbs with "as" ("see X as Y");
a document or point of view opening the clause ("In the latest poll, …", "In the mayor's
view, …"); the writer's hedge ("X appears to …", "It seems likely that …", "is expected
to …"), which has no speaker and never takes a quote from the cue that reports it.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_contents as _contents
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- shares and counts of people ------------------------------------------------------------


def test_a_share_of_people_backs_a_view_but_is_never_the_speaker() -> None:
    a = _run(
        "The survey reached 900 farmers. About two-thirds of the farmers support a ban on the pesticide."
    )
    q = _quote(a, "a ban on the pesticide")
    assert q.speaker is None
    assert not any(x.claim_span == q.content_span for x in a.attributions), (
        "a share is no source tag"
    )


def test_a_count_of_people_is_someone() -> None:
    a = _run("A growing number of county commissioners support delaying the vote until spring.")
    q = _quote(a, "delaying the vote until spring")
    assert _speaker(a, q) == "A growing number of county commissioners"


def test_a_share_of_things_holds_no_view() -> None:
    a = _run("Two-thirds of the budget supports the schools of the district.")
    assert not any(c.startswith("the schools") for c in _contents(a))


def test_a_stance_verb_takes_a_gerund_as_what_is_backed() -> None:
    a = _run("The teachers' union opposes extending the school day by an hour.")
    q = _quote(a, "extending the school day")
    assert _speaker(a, q) == "The teachers' union"


# --- "see X as Y" -----------------------------------------------------------------------------


def test_seeing_something_as_something_is_a_judgement() -> None:
    a = _run("Many growers see the new tariff as a threat to their export business.")
    q = _quote(a, "the new tariff as a threat")
    assert _speaker(a, q) == "Many growers"


def test_seeing_a_thing_is_no_attribution() -> None:
    a = _run("The growers saw the flooded fields from the bridge on Monday.")
    assert _contents(a) == []


def test_seeing_that_a_clause_holds_still_reports_it() -> None:
    a = _run("The harbor board sees that the ferry service will need a new dock soon.")
    q = _quote(a, "that the ferry service")
    assert _speaker(a, q) == "The harbor board"


# --- a document or view opening the clause --------------------------------------------------


def test_a_poll_that_opens_the_clause_holds_its_finding() -> None:
    a = _run(
        "In the latest Harbor Times survey, the mayor led her challenger by nine points "
        "among older residents."
    )
    q = _quote(a, "the mayor led her challenger")
    assert _speaker(a, q) == "the latest Harbor Times survey"


def test_a_point_of_view_belongs_to_its_possessor() -> None:
    a = _run("In the governor's view, the new toll road is a waste of public money.")
    q = _quote(a, "the new toll road is a waste")
    assert q.speaker is not None and "governor" in (_speaker(a, q) or "")


def test_a_clause_with_its_own_reporting_verb_keeps_it() -> None:
    a = _run("In a statement, the ferry company said it would resume service on Friday.")
    q = _quote(a, "it would resume service")
    assert q.cue_span is not None and q.cue_span.of(a.article.text) == "said"


def test_a_time_or_place_opening_the_clause_is_no_source() -> None:
    a = _run("In the morning, the mayor visited the flooded district.")
    assert _contents(a) == []


# --- the writer's hedge ----------------------------------------------------------------------


def test_appears_to_is_a_claim_with_no_speaker() -> None:
    a = _run("The mayor appears to have a narrow lead in the northern wards.")
    q = _quote(a, "The mayor appears to have a narrow lead")
    assert q.speaker is None


def test_it_seems_likely_reports_what_follows() -> None:
    a = _run("It now seems likely that the bridge will stay closed until June.")
    _quote(a, "likely that the bridge will stay closed")


def test_an_agentless_passive_expectation_is_a_hedge() -> None:
    a = _run("The toll bill is expected to pass the state senate next week.")
    q = _quote(a, "The toll bill is expected to pass")
    assert q.speaker is None


def test_appearing_somewhere_is_no_hedge() -> None:
    a = _run("The mayor appeared on the morning show on Sunday.")
    assert _contents(a) == []


def test_a_hedge_inside_a_report_keeps_the_reporter_as_speaker() -> None:
    a = _run("The harbor master said the storm appeared to be weakening over the bay.")
    q = _quote(a, "the storm appeared")
    assert _speaker(a, q) == "The harbor master"
    assert len(a.quotes) == 1


def test_a_relative_clause_hedge_describes_its_noun() -> None:
    a = _run("Voters are tired of a council that seems unable to fix the roads.")
    assert not any(c.startswith("that seems") for c in _contents(a))


# --- short positions ---------------------------------------------------------------------------


def test_a_stance_on_one_name_is_a_position() -> None:
    a = _run("The nurses' association endorsed Lindqvist on Tuesday.")
    q = _quote(a, "Lindqvist")
    assert _speaker(a, q) == "The nurses' association"


def test_declining_to_comment_is_a_position() -> None:
    a = _run("The harbor authority said little. A spokeswoman for the port declined to comment.")
    q = _quote(a, "to comment")
    assert _speaker(a, q) == "A spokeswoman for the port"


def test_a_short_stance_describing_the_speaker_breaks_no_continuation() -> None:
    a = _run(
        "“The docks need dredging before winter,” said Ann Kovac, who ran the port for a "
        "decade, and has backed Lindqvist since the primary. “We have waited long enough.”"
    )
    assert not any(c == "Lindqvist" for c in _contents(a))
    second = _quote(a, "We have waited long enough")
    assert second.speaker is not None and second.speaker.name.endswith("Ann Kovac")


def test_expressing_a_view_is_a_stance() -> None:
    a = _run("Several shop owners expressed concern about the parking fees near the market.")
    q = _quote(a, "concern about the parking fees")
    assert _speaker(a, q) == "Several shop owners"


# --- source spans --------------------------------------------------------------------------------


def test_a_source_keeps_the_phrase_that_says_which_one() -> None:
    a = _run("A person familiar with the harbor talks said the deal would be signed in May.")
    q = _quote(a, "the deal would be signed")
    assert _speaker(a, q) == "A person familiar with the harbor talks"


def test_a_source_keeps_its_participle_phrase() -> None:
    a = _run(
        "A survey conducted by the county last spring found that most residents opposed the toll."
    )
    q = _quote(a, "that most residents opposed")
    assert _speaker(a, q) == "A survey conducted by the county last spring"


def test_a_source_keeps_its_to_phrase() -> None:
    a = _run("Aides to the harbor master said the ferries would run again on Friday.")
    q = _quote(a, "the ferries would run again")
    assert _speaker(a, q) == "Aides to the harbor master"


def test_a_hedge_around_a_quotation_leaves_it_to_the_quote_rules() -> None:
    a = _run('The new ferry schedule appears to be "a complete mess" for commuters.')
    assert not any(
        q.cue_span is not None and q.cue_span.of(a.article.text) == "appears" for q in a.quotes
    )


def test_a_share_holds_no_quotation() -> None:
    a = _run('Only 40 percent of riders agreed that the ferry is "safe enough for children."')
    assert not any(c.startswith("that the ferry") for c in _contents(a))


# --- a quotation opened in the reported clause -------------------------------------------------


def test_a_quotation_opened_in_the_reported_clause_runs_to_its_close() -> None:
    a = _run(
        "The harbor master said that the ferry crews “do a fine job. And the town depends "
        "on them every winter.”"
    )
    q = _quote(a, "that the ferry crews")
    assert q.content_span.of(a.article.text).endswith("every winter.”")
    assert _speaker(a, q) == "The harbor master"


def test_a_quotation_never_pulls_the_content_into_the_next_paragraph() -> None:
    a = _run('The harbor master said that the crews "do a fine job.\n\nThe ferry left at noon.')
    q = _quote(a, "that the crews")
    assert "\n" not in q.content_span.of(a.article.text)
