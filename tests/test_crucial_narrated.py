"""A Crucial quote whose cue follows it keeps none of the words before it that narrate the
speaker in a clause of their own: "Pike answered that the files were locked away: “…,”
Pike wrote." is shown "“…,” Dana Pike wrote.", never "… Dana Pike wrote Pike answered that
…" (an editor's read of unseen briefs, fourteenth session). Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.crucial import narrates_speaker
from topline.ingest import article_from_text
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
