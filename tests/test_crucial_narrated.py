"""A Crucial quote whose cue follows it keeps none of the words before it that narrate the
speaker in a clause of their own: "Pike answered that the files were locked away: “…,”
Pike wrote." is shown "“…,” Dana Pike wrote.", never "… Dana Pike wrote Pike answered that
…"; a quote credited to a role alone whose holder is named right after it ("Redbridge
manager John Still told …") is the named person's, the role shown after the name (an
editor's read of unseen briefs, fourteenth session). Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.crucial import narrates_speaker
from topline.brief.speaker_role import name_after_role
from topline.ingest import article_from_text
from topline.model import Source, Span
from topline.render.brief import quote_line


def test_words_naming_the_speaker_narrate_them() -> None:
    assert narrates_speaker("Pike answered that the files were locked away", "Dana Pike")
    assert narrates_speaker("Ortega said the closure would be a heavy blow", "Luis Ortega")
    assert not narrates_speaker("Asked about the closure", "Luis Ortega")
    assert not narrates_speaker("In a letter to members on Monday", "Dana Pike")


ARTICLE = (
    "The county's planning office refused on Tuesday to release the flood maps that "
    "residents of Millbrook had asked to see before the vote.\n\n"
    "Dana Pike, the office's director, said the maps were held on a closed network.\n\n"
    "Pike answered the residents' letter by explaining that the maps could not leave the "
    "building: \u201cBelieve me, I want you to see them as much as you do. But until the "
    "network team moves them to the open system, I have no way to send them to anyone,\u201d "
    "Pike wrote.\n\nThe vote is due next month."
)


def test_the_quote_line_does_not_glue_the_narrating_clause_after_the_cue() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE)))
    quote = brief.crucial_quote
    assert quote is not None
    line = quote_line(quote)
    assert "answered" not in line, line
    assert line.endswith("wrote."), line


def test_a_name_right_after_a_role_credited_alone_is_the_speaker() -> None:
    text = 'Harbour &\nDistrict chairman Alan Reeve told the Echo: "We will appeal."'
    start = text.index("District")
    role = Source(name="District chairman", span=Span(start, start + 17), kind="official")
    named = name_after_role(text, role)
    assert named is not None and named.name == "Alan Reeve"
    plain = 'Alan Reeve told the Echo: "We will appeal."'
    assert name_after_role(plain, Source(name="Alan Reeve", span=Span(0, 10))) is None
    hotel = "The building Grand Central Hotel said it would close."
    assert name_after_role(hotel, Source(name="The building", span=Span(0, 12))) is None
    aside = 'The club chairman Alan Reeve, 61, has said "We will appeal."'
    chair = Source(name="The club chairman", span=Span(0, 17))
    assert name_after_role(aside, chair) is None  # no verb of saying right after the name
