"""Attribution classes of the ninth #18 round (eleventh session; docs/quotes.md), on texts
written for these tests.

Read on the working train slices (``--limit 140 --offset 1`` to ``4``): a frame that is
itself reported ("“A,” X said, according to Y": the words are X's, the report is Y's), and
headline lines "Opener: words" whose opener is a title phrase ending with a name, a name
before "to"/"on"/"at", a plural noun of people or a phrase ending with a document noun,
with an unquoted question after the colon read as a topic, not a quote.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_starting as _quote
from topline.testing import source_texts as _sources
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


# --- a frame reported "according to Y" ------------------------------------------------------

REPORTED = (
    "“The bridge will reopen in May,” Mayor Ann Kovac said at a council meeting, according "
    "to the Daily Sentinel. “We owe the town that much.”\n\nThe council did not vote."
)


def test_a_frame_reported_according_to_someone_credits_the_reporter() -> None:
    assert _sources(REPORTED, "The bridge will reopen") == ["the Daily Sentinel"]
    # the rest of her quotation in the paragraph is the same report
    assert _sources(REPORTED, "We owe the town") == ["the Daily Sentinel"]


def test_the_speaker_of_a_reported_frame_is_still_who_spoke() -> None:
    a = _run(REPORTED)
    assert _speaker(a, _quote(a, "The bridge will reopen")) == "Mayor Ann Kovac"


def test_an_indirect_frame_reported_according_to_someone_credits_the_reporter() -> None:
    text = (
        "The bridge would reopen in May, Mayor Ann Kovac told reporters, according to a transcript."
    )
    assert _sources(text, "The bridge would reopen") == ["a transcript"]


def test_a_report_whose_cue_comes_first_keeps_its_own_subject() -> None:
    # Y's claim about what X did, not X's words: X stays the source of "declined"
    text = "The publisher declined to renew the contract, according to two people familiar with it."
    assert _sources(text, "to renew the contract") == ["The publisher"]


def test_according_to_at_the_start_of_the_next_sentence_takes_no_frame() -> None:
    text = (
        "“The bridge will reopen in May,” Mayor Ann Kovac said. According to the Daily "
        "Sentinel, the council has not voted."
    )
    assert _sources(text, "The bridge will reopen") == ["Mayor Ann Kovac"]


# --- headline openers ----------------------------------------------------------------------


def _line_quote(text: str) -> tuple[str | None, str] | None:
    """(speaker span, content) of the headline's colon quote, if any."""
    a = _run(text)
    head = text.split("\n", 1)[0]
    for q in a.quotes:
        if q.cue_span is not None and q.cue_span.of(text) == ":" and q.span.end <= len(head):
            spk = q.speaker.span.of(text) if q.speaker and q.speaker.span else None
            return spk, q.content_span.of(text)
    return None


def test_a_title_phrase_ending_with_a_name_speaks_in_a_headline() -> None:
    text = (
        "Dr. Ann Kovac: The Harbor Bridge ‘Will Not Survive Another Winter.’\n\n"
        "Ann Kovac, an engineer, spoke to the council on Monday."
    )
    assert _line_quote(text) == (
        "Dr. Ann Kovac",
        "The Harbor Bridge ‘Will Not Survive Another Winter.’",
    )


def test_a_name_before_to_speaks_in_a_headline() -> None:
    text = (
        "Kovac to Harbor Council: The bridge will close in March.\n\n"
        "Mayor Ann Kovac told the council on Monday that the bridge would close."
    )
    found = _line_quote(text)
    assert found is not None and found[0] == "Kovac"


def test_a_plural_noun_of_people_speaks_in_a_headline() -> None:
    text = (
        "Engineers: The harbor bridge will not survive another winter.\n\nThe report came Monday."
    )
    found = _line_quote(text)
    assert found is not None and found[0] == "Engineers"


def test_a_document_phrase_speaks_in_a_headline() -> None:
    text = "Sentinel editorial: 'Close the harbor bridge now.'\n\nThe paper wrote on Monday."
    found = _line_quote(text)
    assert found is not None and found[0] == "Sentinel editorial"


def test_a_topic_headline_has_no_quote() -> None:
    # two names joined by "and", a label with no verb, an unquoted question, a kicker word
    for text in (
        "Kovac and Lindqvist: A long rivalry.\n\nThe two met in 2009.",
        "Ann Kovac: Engineer or politician?\n\nShe spoke on Monday.",
        "Breaking: The harbor bridge will close in March.\n\nThe council voted.",
    ):
        assert _line_quote(text) is None, text


def test_a_body_line_keeps_the_body_rule() -> None:
    # only the headline reads title phrases: a body line "Engineers: …" is not a quote
    text = "Harbor bridge to close.\n\nEngineers: the bridge will not survive another winter.\n"
    assert _line_quote(text) is None
    assert not any(q.cue_span is not None and q.cue_span.of(text) == ":" for q in _run(text).quotes)


# --- a question's topic ---------------------------------------------------------------------


def test_the_topic_of_a_question_is_reported_with_the_one_asked_between() -> None:
    a = _run("Ms. Ito asked the mayor about the cost of the new pier.")
    q = _quote(a, "the cost of the new pier")
    assert q.cue_span is not None and q.cue_span.of(a.article.text).startswith("asked")
    assert _speaker(a, q) == "Ms. Ito"


def test_the_topic_of_a_question_is_reported_right_after_the_verb() -> None:
    a = _run("The moderator asked about his ties to a supplement maker.")
    assert _speaker(a, _quote(a, "his ties to a supplement maker")) == "The moderator"


def test_the_one_asked_in_a_passive_is_not_the_asker() -> None:
    for text in (
        "The mayor was asked about the cost of the new pier on Monday.",
        "Tim Hale Got Asked About the Pier and the Budget.",
    ):
        a = _run(text)
        assert not any(
            q.cue_span is not None and "sked" in q.cue_span.of(text) for q in a.quotes
        ), text


# --- a short clause split by a frame --------------------------------------------------------


def test_both_parts_of_a_short_clause_split_by_a_frame_are_reported() -> None:
    # "This campaign" + "is different": one clause of four words, two on each side
    a = _run("This campaign, the mayor says, is different.")
    assert _speaker(a, _quote(a, "is different")) == "the mayor"
    assert _speaker(a, _quote(a, "This campaign")) == "the mayor"


# --- what was described ---------------------------------------------------------------------


def test_the_object_of_describe_is_what_the_speech_was_about() -> None:
    a = _run("Mr. Hale described the council's meeting with the governor.")
    assert _speaker(a, _quote(a, "the council's meeting with the governor")) == "Mr. Hale"


def test_other_naming_verbs_without_a_description_name_nothing() -> None:
    for text in ("Ms. Ito called the harbor police on Monday.", "She described it."):
        assert not _run(text).quotes, text


# --- a message before a colon ---------------------------------------------------------------


def test_a_message_announced_before_a_colon_is_reported() -> None:
    text = (
        "The council's leaders sent the mayor an unmistakable message: He is hurting the "
        "town and must stop."
    )
    a = _run(text)
    assert _speaker(a, _quote(a, "He is hurting the town")) == "The council's leaders"


def test_a_colon_after_other_objects_reports_nothing() -> None:
    for text in ("The plan has two parts: a tax and a fee.", "The pier had one flaw: rust."):
        assert not _run(text).quotes, text


# --- a poll's standing, a judgement with "as" on the object ---------------------------------


def test_a_poll_showing_someone_with_a_lead_reports_the_standing() -> None:
    a = _run("A harbor poll out Monday showed Kovac with a healthy lead over Hale in the city.")
    q = _quote(a, "Kovac with a healthy lead")
    assert q.content_span.of(a.article.text).startswith("Kovac with a healthy lead over Hale")


def test_a_judgement_with_as_on_the_object_is_reported() -> None:
    a = _run("They see Hale's bombast as the solution to a dangerous world.")
    assert _speaker(a, _quote(a, "Hale's bombast as the solution")) == "They"


def test_a_thing_shown_with_a_feature_is_no_finding() -> None:
    for text in (
        "Samsung showed a new handset with a bigger screen.",
        "She saw the crowd with her own eyes.",
    ):
        assert not _run(text).quotes, text


# --- lexicon: "prefer" ----------------------------------------------------------------------


def test_a_preference_is_a_stance() -> None:
    a = _run("Most harbor workers preferred Ms. Kovac's plan for the pier.")
    assert _speaker(a, _quote(a, "Ms. Kovac's plan")) == "Most harbor workers"


# --- a speaker whose name the recogniser missed ---------------------------------------------


def test_she_after_a_speaker_the_recogniser_missed_is_that_speaker() -> None:
    # a line break cuts "Alison Beevers"; the model tags "Beevers" as no person
    text = (
        'Mike LeSurf, an officer at the charity, says: "Many people need these rooms."\n'
        '"Alison\nBeevers describes the effect on the whole family of having no place to '
        "change her son.\n"
        '"Imagine having to get down on your hands and knees on a dirty floor," she says.'
    )
    a = _run(text)
    assert _speaker(a, _quote(a, "Imagine having to get down")) == "she"
    q = _quote(a, "Imagine having to get down")
    assert q.speaker is not None and q.speaker.name == "Beevers"
