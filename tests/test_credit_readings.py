"""Credits a reader reads otherwise (thirteenth session): a subject description between the
name and "he said", a person spoken *of* after the cue, a court case or a newspaper as the
speaker, an absolute phrase shown as the speaker's role. Texts written for these tests."""

from __future__ import annotations

import dataclasses

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit import pronoun_credit_ok, whole_word
from topline.brief.credit_readings import (
    case_name,
    description_between,
    outlet_shaped,
    spoken_of,
)
from topline.brief.crucial import credited
from topline.brief.speaker_role import absolute_phrase
from topline.ingest import article_from_text
from topline.model import Analysis, Quote, Source, Span

MAGISTRATE = (
    "Two brothers who ran a late-night bar in Porthcawl were fined on Friday after police "
    "found drinkers there at dawn.\n\nMark Hollis, 51, admitted serving drinks long after "
    "closing time.\n\nThe magistrate said the bar had been a nuisance for years and regretted "
    'that he had no power to close it.\n\n"This was the worst case of its kind that I have '
    'seen in this court in a long career," he said.\n\nHollis was fined £2,000.'
)
JUDGE = (
    "A bar owner in Porthcawl was fined on Friday after police found drinkers there at dawn."
    "\n\nMark Hollis, 51, admitted serving drinks long after closing time. Judge Owen Pryce "
    "said the bar had been a nuisance for years.\n\nThe judge regretted that he had no power "
    'to close it.\n\n"This was the worst case of its kind that I have seen in this court in a '
    'long career," he said.\n\nHollis was fined £2,000.'
)
DERBY = (
    "Rovers beat City 1-0 on Saturday to climb out of the relegation zone.\n\nCity "
    "goalkeeper Sam Tallis could do nothing as Ryan Moss, 29, curled the winner into the top "
    "corner. The 29-year-old was overcome with emotion at the final whistle.\n\n"
    '"I have waited my whole career for a goal like that one in front of these fans," he '
    "said.\n\nRovers play United next week."
)
SISTER = (
    "Bill Dorsey campaigned for his sister Ellen Dorsey on Monday in a packed school gym.\n\n"
    '"Nobody has run for this office better prepared to do the job on the first day," '
    "Dorsey declared of Ellen Dorsey, to loud applause.\n\nEllen Dorsey is favoured to win."
)


def _he_quote(analysis: Analysis) -> Quote:
    text = analysis.article.text
    return next(
        q
        for q in analysis.quotes
        if q.speaker is not None and q.speaker.span is not None and q.speaker.span.of(text) == "he"
    )


def _as(analysis: Analysis, source: Source, name: str) -> Source:
    """``source`` credited to the person the analysis calls ``name``."""
    cluster = next(c for c in analysis.clusters if c.canonical == name)
    return Source(name=name, span=source.span, cluster=cluster.id, kind="person")


def test_he_after_an_untied_description_is_not_the_last_name() -> None:
    analysis = analyze(article_from_text(MAGISTRATE))
    quote = _he_quote(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Mark Hollis"  # the analysis's reading: the last name
    assert quote.speaker.span is not None
    assert description_between(analysis, quote.speaker, quote.speaker.span)
    assert not pronoun_credit_ok(analysis, quote.speaker, quote.content_span)


def test_a_description_the_text_ties_to_the_speaker_keeps_the_credit() -> None:
    analysis = analyze(article_from_text(JUDGE))
    quote = _he_quote(analysis)
    assert quote.speaker is not None and quote.speaker.span is not None
    pryce = _as(analysis, quote.speaker, "Owen Pryce")  # "Judge Owen Pryce" … "The judge"
    assert not description_between(analysis, pryce, quote.speaker.span)
    hollis = _as(analysis, quote.speaker, "Mark Hollis")
    assert description_between(analysis, hollis, quote.speaker.span)


def test_an_age_ties_a_description_to_one_person_only() -> None:
    analysis = analyze(article_from_text(DERBY))
    quote = _he_quote(analysis)
    assert quote.speaker is not None and quote.speaker.span is not None
    moss = _as(analysis, quote.speaker, "Ryan Moss")  # "Ryan Moss, 29," … "The 29-year-old"
    assert not description_between(analysis, moss, quote.speaker.span)
    tallis = _as(analysis, quote.speaker, "Sam Tallis")
    assert description_between(analysis, tallis, quote.speaker.span)


def test_a_person_spoken_of_after_the_cue_is_not_the_speaker() -> None:
    analysis = analyze(article_from_text(SISTER))
    text = analysis.article.text
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    assert quote.speaker is not None and quote.cue_span is not None
    # the analysis now reads "Dorsey" as Bill ("his sister Ellen Dorsey" is a relative,
    # analyze/namesakes.py; it read Ellen, the one named last, until the sixteenth session);
    # the brief's own check is tested below with her as the source, as the old reading was
    assert quote.speaker.name == "Bill Dorsey"
    at = text.index("Dorsey declared")
    mention = Span(at, at + len("Dorsey"))
    ellen = Source(
        name="Ellen Dorsey",
        span=mention,
        cluster=next(c.id for c in analysis.clusters if c.canonical == "Ellen Dorsey"),
        kind="person",
    )
    assert spoken_of(analysis, ellen, quote.cue_span)
    assert not credited(analysis, dataclasses.replace(quote, speaker=ellen))
    bill = _as(analysis, Source(name="", span=mention), "Bill Dorsey")
    assert not spoken_of(analysis, bill, quote.cue_span)


def test_a_court_case_or_a_newspaper_is_no_speaker() -> None:
    text = (
        "The council voted for a new bridge on Monday.\n\n"
        '"We will have the bridge open to traffic before the first snow falls," Tom Baker, '
        "the council's chairman, said after the vote."
    )
    analysis = analyze(article_from_text(text))
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    assert quote.speaker is not None and credited(analysis, quote)
    for name, kind in (("Dorsey v. Dorsey", "person"), ("Porthcawl Evening News", "organization")):
        named = dataclasses.replace(quote.speaker, name=name, kind=kind)
        assert not credited(analysis, dataclasses.replace(quote, speaker=named))
    assert case_name(Source(name="Trump v. Trump", kind="person"))
    assert case_name(Source(name="Roe vs Wade", kind="person"))
    assert not case_name(Source(name="Vivian Vance", kind="person"))
    assert outlet_shaped(Source(name="New York Daily News", kind="organization"))
    assert outlet_shaped(Source(name="The Denver Post", kind="organization"))
    assert not outlet_shaped(Source(name="Emily Post", kind="person"))
    assert not outlet_shaped(Source(name="Fox", kind="organization"))
    assert not outlet_shaped(Source(name="Acme Industries", kind="organization"))


def test_an_absolute_phrase_is_no_role() -> None:
    assert absolute_phrase("his words drowned by applause".split())
    assert absolute_phrase("her voice breaking".split())
    assert not absolute_phrase("his wife".split())
    assert not absolute_phrase("her longtime lawyer".split())
    assert not absolute_phrase("their coach".split())
    assert not absolute_phrase("the party's chairman".split())


def test_a_speaker_cut_inside_a_hyphenated_word_is_shown_whole() -> None:
    text = "The school's pastoral care co-ordinator, Ann Reid, said the scheme had helped."
    cut = Source(name="The school's pastoral care co", span=Span(0, 29), kind="other")
    whole = whole_word(text, cut)
    assert whole.name == "The school's pastoral care co-ordinator"
    assert whole.span is not None and whole.span.of(text) == whole.name
    done = Source(name="Ann Reid", span=Span(text.index("Ann"), text.index("Ann") + 8))
    assert whole_word(text, done) == done


SCHOOL = (
    "A new scheme to help pupils move to secondary school was launched at Hill Primary "
    "School on Friday.\n\nThe school's pastoral care co-ordinator, Ann Reid, is also its P7 "
    "teacher and said the scheme has helped pupils and parents before the big move.\n\n"
    "Pupils will visit their new schools twice before the summer."
)


def test_no_source_tag_ends_inside_a_word() -> None:
    brief = make_brief(analyze(article_from_text(SCHOOL)))
    tags = [b.attribution.name for b in brief.bullets if b.attribution is not None]
    assert tags and all(not name.endswith(" co") for name in tags), tags
