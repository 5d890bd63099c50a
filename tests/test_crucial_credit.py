"""The Crucial quote's credit as a reader makes it (eleventh session's editor's read): "he"
after a person the recogniser missed is that person's; a bare surname after another person
of that surname named in full is not the first one's; a role is a title, never an adverb or
a clause. Texts written for these tests."""

from __future__ import annotations

import dataclasses

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit_names import ambiguous_surname, missed_names
from topline.brief.crucial import credited
from topline.brief.speaker_role import speaker_role
from topline.ingest import article_from_text
from topline.model import Analysis, CrucialQuote, Source, Span
from topline.render.brief import quote_line

FAMILY = (
    "Tom Carver, the party's candidate for governor, brought his brother to a rally in "
    "Columbia on Monday.\n\n"
    "Carver has trailed in the polls for weeks, and Carver's campaign had hoped for a boost. "
    "Carver spoke first.\n\n"
    "His older brother, Robert T. Carver, a former governor, spoke for twenty minutes.\n\n"
    "Mr. Carver praised his younger brother's record on schools and roads. "
    '"All the slogans and all the talk will not matter if we do not win in November," he '
    "said.\n\nThe primary is on Saturday."
)


def _credited_to(analysis: Analysis, words: str, person: str) -> bool:
    """Whether the quotation holding ``words``, credited to ``person``'s cluster through the
    quote's own speaker mention, is a credit an editor would print."""
    text = analysis.article.text
    quote = next(q for q in analysis.quotes if words in q.content_span.of(text))
    assert quote.speaker is not None
    cluster = next(c for c in analysis.clusters if c.canonical == person)
    speaker = dataclasses.replace(quote.speaker, name=person, cluster=cluster.id)
    return credited(analysis, dataclasses.replace(quote, speaker=speaker))


def test_a_surname_after_another_person_of_that_name_is_not_the_first_ones() -> None:
    analysis = analyze(article_from_text(FAMILY))
    assert not _credited_to(analysis, "slogans", "Tom Carver")


SAME_NAME = (
    "Governor Ann Carver signed the schools bill on Monday after a year of debate.\n\n"
    "Ann Carver had promised the bill in her campaign, and teachers' unions backed it.\n\n"
    "Ms. Carver spoke to reporters at the capitol after the signing. "
    '"Every child in this state deserves a school that works for them," she said.\n\n'
    "The law takes effect in September."
)


def test_a_surname_of_the_only_person_so_named_keeps_its_credit() -> None:
    analysis = analyze(article_from_text(SAME_NAME))
    assert _credited_to(analysis, "Every child", "Ann Carver")
    brief = make_brief(analysis)
    assert brief.crucial_quote is not None and brief.crucial_quote.speaker is not None
    assert brief.crucial_quote.speaker.name == "Ann Carver"


VIDEO = (
    "A clip of Senator Tom Hale appears in a new recruitment video released by a militant "
    "group on Friday.\n\n"
    '"We will close the border until we know what is going on," Tom Hale says in the clip. '
    "The crowd cheers his words.\n\n"
    "The video then shows the preacher Omar Al-Rashid, who was killed in 2011.\n\n"
    "Footage of Al-Rashid appears again. "
    '"The West will turn against its own citizens," he says. He adds that there are two '
    'choices: "You either leave this country now or you stay and you fight."\n\n'
    "Al-Rashid also praises an earlier attack.\n\n"
    "The group has used such clips before."
)


def test_a_name_the_recogniser_missed_takes_the_pronoun() -> None:
    analysis = analyze(article_from_text(VIDEO))
    recognised = {e.span.start for e in analysis.entities}
    assert all(e.span.start not in recognised for e in missed_names(analysis))
    assert not _credited_to(analysis, "either leave", "Tom Hale")
    assert _credited_to(analysis, "close the border", "Tom Hale")


def _role(text: str, name: str) -> str | None:
    analysis = analyze(article_from_text(text))
    at = text.index(name)
    span = speaker_role(analysis, Source(name, Span(at, at + len(name)), None, "person"))
    return span.of(text) if span is not None else None


def test_an_adverb_or_a_contraction_is_no_role() -> None:
    assert (
        _role("The plan failed. Rosa Almeida, meanwhile, said it was a shame.", "Rosa Almeida")
        is None
    )
    assert (
        _role(
            "The class grew. Justine Lowe, who's been teaching for eight years, said so.",
            "Justine Lowe",
        )
        is None
    )
    assert (
        _role("The plan failed. Rosa Almeida, reportedly, said it was a shame.", "Rosa Almeida")
        is None
    )
    assert (
        _role(
            "The plan failed. Rosa Almeida, the city's mayor, said it was a shame.", "Rosa Almeida"
        )
        == "the city's mayor"
    )


def test_a_speaker_known_only_by_the_surname_is_the_person_so_named() -> None:
    """The analysis may keep "Ms. Carver" in a cluster of its own: she is still Ann Carver,
    the only person of that name."""
    analysis = analyze(article_from_text(SAME_NAME))
    text = analysis.article.text
    at = text.index("Carver spoke")
    speaker = Source("Carver", Span(at, at + len("Carver")), None, "person")
    people = [e for e in analysis.entities if e.label == "PERSON"]
    assert not ambiguous_surname(analysis, speaker, people)


def test_a_quotation_cut_at_a_plural_possessive_is_no_crucial_quote() -> None:
    text = (
        "Pat Ingles, 68, found love again after years alone. Pat has been single for years "
        "following the death of her husband. But now she has found happiness with Colin, 66. "
        "She said: 'We have a fantastic time together, we go dancing, we enjoy each others' "
        "company. 'I realised how much I missed that, having someone to care for me.' "
        "The couple plan to marry next spring."
    )
    brief = make_brief(analyze(article_from_text(text)))
    assert brief.crucial_quote is not None
    assert brief.crucial_quote.text.startswith("'I realised")


def test_a_context_that_goes_on_with_a_participle_takes_its_comma() -> None:
    quote = CrucialQuote(
        text="“We have had a city drinking lead-contaminated water,”",
        spans=(Span(0, 10),),
        speaker=Source("Rosa Almeida"),
        cue="said",
        context="adding, “It would not have happened in a rich suburb.”",
    )
    assert quote_line(quote).endswith(
        "Rosa Almeida said, adding, “It would not have happened in a rich suburb.”"
    )


def test_a_context_that_goes_on_with_any_participle_takes_its_comma() -> None:
    quote = CrucialQuote(
        text="“We will not go back to the old rules,”",
        spans=(Span(0, 10),),
        speaker=Source("Rosa Almeida"),
        cue="said",
        context="recalling the strike that closed the port in 1984",
    )
    assert quote_line(quote).endswith(
        "Rosa Almeida said, recalling the strike that closed the port in 1984."
    )
    during = dataclasses.replace(quote, context="during a rally in the docks")
    assert quote_line(during).endswith("Rosa Almeida said during a rally in the docks.")


def test_a_relative_clause_about_the_speaker_follows_the_name() -> None:
    quote = CrucialQuote(
        text="“The score you see is not the one your bank uses,”",
        spans=(Span(0, 10),),
        speaker=Source("Ian Marlow"),
        cue="said",
        context="who writes about credit for consumers",
    )
    assert quote_line(quote).endswith("Ian Marlow, who writes about credit for consumers, said.")
