"""A Crucial quote interrupted by its speech clause ("“…,” Nandra said. “…”") already names
its speaker: the line does not add "— Priya Nandra" after it (the seed's own form:
"“…,” Abdul-Mahdi said in a speech …"). A pronoun or a role in the clause ("he said", "the
president added") names nobody, so the credit stays; an organisation's last word is no
surname. Texts written for these tests (seventeenth session, lead)."""

from __future__ import annotations

from topline.model import CrucialQuote, Source, Span
from topline.render.brief import names_speaker, quote_line
from topline.web.pages import names_its_speaker

_SPANS = (Span(0, 10),)


def _quote(text: str, name: str, kind: str = "person", cue: str | None = None) -> CrucialQuote:
    return CrucialQuote(text=text, spans=_SPANS, speaker=Source(name=name, kind=kind), cue=cue)


def test_a_surname_in_the_speech_clause_names_the_speaker() -> None:
    line = quote_line(
        _quote(
            "“Nobody came into politics to close libraries,” Nandra said. “But we cannot "
            "keep open buildings that almost nobody visits.”",
            "Priya Nandra",
        )
    )
    assert "Nandra said" in line
    assert "— Priya Nandra" not in line


def test_a_pronoun_in_the_speech_clause_keeps_the_credit() -> None:
    line = quote_line(
        _quote(
            "“We looked at every saving,” she said. “There is nothing left to cut.”",
            "Priya Nandra",
        )
    )
    assert line.endswith("— Priya Nandra")


def test_a_surname_inside_the_quotation_is_the_speakers_own_word() -> None:
    line = quote_line(_quote("“Ask Nandra what she promised us,” he said.", "Priya Nandra"))
    assert line.endswith("— Priya Nandra")


def test_an_organisations_last_word_is_no_surname() -> None:
    text = "“The bill will not pass,” the House clerk said. “Not this week.”"
    assert not names_speaker(text, "White House", person=False)
    assert quote_line(_quote(text, "White House", kind="organization")).endswith("— White House")


def test_a_suffix_is_not_the_surname() -> None:
    text = "“We will march again,” King said. “And again.”"
    assert names_speaker(text, "Arthur King Jr.", person=True)
    assert not names_speaker("“We will march again,” Jr. said.", "Arthur King Jr.", person=True)


def test_a_quotation_ending_on_a_comma_is_not_given_a_second_speech_clause() -> None:
    # the quotation and its clause are one span; "Carla Benn told" after it said her twice
    line = quote_line(
        _quote(
            "“Of course the mayor is fair game,” Benn told the station,", "Carla Benn", cue="told"
        )
    )
    assert "Carla Benn" not in line
    assert line.startswith("“Of course the mayor is fair game,” Benn told the station,")


def test_the_page_shows_no_speaker_line_when_the_clause_names_the_speaker() -> None:
    named = {
        "text": "“Yes,” Nandra said. “We will.”",
        "speaker": {"name": "Priya Nandra", "kind": "person"},
    }
    pronoun = {
        "text": "“Yes,” she said. “We will.”",
        "speaker": {"name": "Priya Nandra", "kind": "person"},
    }
    inside = {
        "text": "“Ask Nandra,” he said.",
        "speaker": {"name": "Priya Nandra", "kind": "person"},
    }
    assert names_its_speaker(named)
    assert not names_its_speaker(pronoun)
    assert not names_its_speaker(inside)
    assert not names_its_speaker({"text": "“Yes.”", "speaker": None})


def test_a_surname_that_is_the_subject_of_the_cue_names_any_speaker() -> None:
    # the recogniser read the person as an organisation: the cue's subject still names her
    text = '"Of course the mayor is fair game," Benn told "City Talk,"'
    assert names_speaker(text, "Carla Benn", cue="told")
    line = quote_line(_quote(text, "Carla Benn", kind="organization", cue="told"))
    assert "Carla Benn" not in line
    assert names_speaker("“No,” said Benn.", "Carla Benn", cue="said")


def test_an_organisations_last_word_not_the_cues_subject_names_nothing() -> None:
    text = "“The bill will not pass,” the House clerk said. “Not this week.”"
    assert not names_speaker(text, "White House", cue="said")
