"""Attribution classes added for issue #18 (docs/quotes.md), on texts written for these tests.

Each test is one class of text: a quotation after a partial quote's frame continues it; a
relative clause describing the speaker is no cue; a cue whose words hold the quote owns it
before a frame next to it; any verb casting its object *as* a quoted description; the
description ends at its closing mark; a dateline is not part of the source; "Name:" lines
opened by a document noun or a capitalised name; the headline's own quote.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article
from topline.testing import quote_starting as _quote
from topline.testing import speaker_text as _speaker


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def test_a_quote_after_a_partial_quotes_frame_continues_it() -> None:
    a = _run(
        'The summit accomplished "too little," the minister added on Twitter. "Without new '
        'policies on trade, the union risks a lot."'
    )
    first = _quote(a, "The summit accomplished")
    second = _quote(a, "Without new policies")
    assert second.cue_span == first.cue_span
    assert _speaker(a, second) == "the minister"
    assert second.kind == "direct"


def test_a_relative_clause_describing_the_speaker_is_no_cue_and_keeps_the_continuation() -> None:
    a = _run(
        '"These are strange days," said Peter Morgan, a lawyer for the club, who has been '
        'challenging the mill owners for years. "I do not know what they intend."'
    )
    text = a.article.text
    assert not any(q.content_span.of(text).startswith("the mill owners") for q in a.quotes)
    nxt = _quote(a, "I do not know what they intend")
    assert nxt.speaker is not None and nxt.speaker.name.endswith("Peter Morgan")


def test_the_cue_whose_words_hold_the_quote_wins_over_a_frame_next_to_it() -> None:
    a = _run(
        "The senator further described the vote as a “terrible mistake,” adding that he was "
        "troubled by it."
    )
    q = _quote(a, "the vote as a “terrible mistake")
    assert q.cue_span is not None and q.cue_span.of(a.article.text) == "described"
    # a description that opens before the quotation keeps its closing mark
    assert q.content_span.of(a.article.text).endswith("mistake,”")


def test_any_verb_casting_its_object_as_a_quoted_description_names_it() -> None:
    a = _run("Senator Ruth Hale has been steadily pounding the mayor as a “con artist” for months.")
    q = _quote(a, "the mayor as a “con artist”")
    assert q.kind == "mixed"
    assert _speaker(a, q) == "Senator Ruth Hale"
    assert not q.content_span.of(a.article.text).endswith("months")


def test_a_quoted_description_ends_at_its_closing_mark_before_an_adjunct() -> None:
    a = _run("Governor Amy Cole criticized the new tax as a “crazy system” during a stop in Ohio.")
    assert _quote(a, "the new tax as a").content_span.of(a.article.text).endswith("system”")


def test_a_dateline_is_not_part_of_the_source() -> None:
    a = _run(
        "FLINT, Mich., Oct. 4 (UPI) — Former Governor Amy Cole criticized the new tax as a "
        "“crazy system” on Monday."
    )
    assert _speaker(a, _quote(a, "the new tax as a")) == "Former Governor Amy Cole"


def test_name_lines_with_a_document_noun_or_a_transcript_name() -> None:
    a = _run(
        "Poll: Voters split evenly on the stadium plan\n"
        "Maria Keane spoke to Tom Reyes on the radio on Sunday.\n"
        '"REYES: Let us start with the news about the stadium tonight.\n'
        "Update: The story was corrected to fix a name."
    )
    assert _speaker(a, _quote(a, "Voters split evenly")) == "Poll"
    assert _speaker(a, _quote(a, "Let us start with")) == "REYES"
    assert not any(q.content_span.of(a.article.text).startswith("The story") for q in a.quotes)


def test_the_headlines_quote_has_the_headlines_subject_as_speaker() -> None:
    a = _run(
        "Black Lawmakers Rip Mayor As A ‘Disgusting Fraud’\n\n"
        "Members of the city caucus on Thursday condemned the mayor over his remarks."
    )
    q = _quote(a, "Mayor As A ‘Disgusting Fraud")
    assert _speaker(a, q) == "Black Lawmakers"
    assert q.cue_span is not None and q.cue_span.of(a.article.text) == "Rip"


def test_a_headline_without_a_speaker_phrase_and_verb_has_no_quote() -> None:
    a = _run(
        "The ‘Miracle’ Diet That Took Over the Internet\n\n"
        "A diet plan spread quickly online this spring."
    )
    assert not any("Miracle" in q.content_span.of(a.article.text) for q in a.quotes)


def test_a_headline_that_tells_what_a_company_did_has_no_quote() -> None:
    shows_off = _run(
        "Samsung Shows Off ‘Glass’ Phone at Its Spring Event\n\n"
        "The company presented a new handset to reporters in Seoul on Tuesday."
    )
    assert shows_off.quotes == ()
    reveals = _run(
        "Lumatek Reveals ‘Glass’ Phone Ahead of Spring Event\n\n"
        "The company presented a new handset to reporters in Oslo on Tuesday."
    )
    assert not any("Glass" in q.content_span.of(reveals.article.text) for q in reveals.quotes)


def test_showing_a_thing_is_not_a_finding_and_content_stays_in_its_paragraph() -> None:
    a = _run("Samsung showed a new handset to reporters in Seoul on Tuesday.")
    assert a.quotes == ()
    b = _run("The study showed a sharp rise in asthma among children in the city.")
    assert _speaker(b, _quote(b, "a sharp rise in asthma")) == "The study"
    c = _run(
        "Samsung Shows Off 'Glass' Phone\n\n"
        "Samsung on Tuesday showed a new handset to reporters in Seoul."
    )
    assert c.quotes == ()


def test_a_headline_evidential_verb_reports_when_its_subject_is_a_document() -> None:
    a = _run(
        "New Survey Finds Voters ‘Deeply Uneasy’ About the Economy\n\n"
        "A survey of 1,200 adults was published by the institute on Monday."
    )
    q = _quote(a, "Voters ‘Deeply Uneasy")
    assert _speaker(a, q) == "New Survey"


def test_calling_an_object_something_is_an_attribution_without_quotation_marks() -> None:
    a = _run("The campaign called the charges unsubstantiated and invented by former staff.")
    q = _quote(a, "the charges unsubstantiated")
    assert _speaker(a, q) == "The campaign"
    b = _run("The neighbors called the police at midnight after the noise began.")
    assert b.quotes == ()


def test_a_citing_participle_takes_the_subject_of_its_clause_not_its_object() -> None:
    a = _run(
        "In 1986, the court blocked the company from closing its plants, citing a threat to "
        "public health and safety."
    )
    q = _quote(a, "a threat to public health")
    assert _speaker(a, q) == "the court"


def test_according_to_phrase_ends_at_its_comma_when_the_parse_swallows_the_report() -> None:
    a = _run("According to radio host Dan Miles, the move reeks of “fear” and desperation.")
    q = _quote(a, "the move reeks of")
    assert _speaker(a, q) == "radio host Dan Miles"


def test_as_someone_put_it_frames_the_words_after_it_or_before_it() -> None:
    a = _run(
        "As the director put it in a letter to staff in July, the station is providing a view "
        "nobody else offers."
    )
    q = _quote(a, "the station is providing")
    assert _speaker(a, q) == "the director"
    b = _run("The plan is dead on arrival, as one senator put it.")
    assert _speaker(b, _quote(b, "The plan is dead")) == "one senator"
    c = _run("She put it on the table before dinner and left the room.")
    assert c.quotes == ()
