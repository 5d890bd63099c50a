"""British-style single quotes (‘…’ and '…') on texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.analyze.quote_marks import find_quote_regions
from topline.model import Analysis, Article


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def _speech(text: str) -> list[str]:
    return [text[r.content_start : r.content_end] for r in find_quote_regions(text) if not r.single]


def _direct(a: Analysis) -> dict[str, str | None]:
    text = a.article.text
    return {
        q.content_span.of(text): (q.speaker.name if q.speaker else None)
        for q in a.quotes
        if q.kind == "direct"
    }


def test_curly_single_quote_with_apostrophes_and_inverted_cue() -> None:
    text = (
        "Tom Baxter will stay as manager. ‘I’d be over the moon to keep the job and the "
        "players’ wages are not my worry,’ said Baxter. ‘I had a taste of it in the ’90s.’"
    )
    assert _speech(text) == [
        "I’d be over the moon to keep the job and the players’ wages are not my worry",
        "I had a taste of it in the ’90s.",
    ]
    quotes = _direct(_run(text))
    assert quotes["I had a taste of it in the ’90s."] == "Tom Baxter"
    assert any(k.startswith("I’d be over the moon") for k in quotes)


def test_straight_single_quote_after_colon_cue() -> None:
    text = (
        "Anna Berg runs the shop. Ms Berg said: 'We sell rock 'n' roll records from the "
        "'60s and the customers' favourite is Elvis.' The shop opens at nine."
    )
    assert _speech(text) == [
        "We sell rock 'n' roll records from the '60s and the customers' favourite is Elvis."
    ]
    quotes = _direct(_run(text))
    assert quotes == {
        "We sell rock 'n' roll records from the '60s and the customers' favourite is Elvis.": (
            "Anna Berg"
        )
    }


def test_possessive_apostrophes_make_no_quote() -> None:
    text = "The players’ wages rose while the Joneses’ house and the ’90s club were sold."
    assert find_quote_regions(text) == []


def test_single_quote_runs_over_paragraphs_that_reopen_it() -> None:
    text = (
        "Mark Hale said: ‘The club has been through a lot this year and we all know it\n\n"
        "‘But the fans stood by us and I’m grateful for that.’\n\nThe match is on Sunday."
    )
    regions = [r for r in find_quote_regions(text) if not r.single]
    assert len(regions) == 1
    assert regions[0].paragraphs == 2
    assert text[regions[0].content_start : regions[0].content_end].endswith("for that.")


def test_double_quote_nested_in_single_stays_inside() -> None:
    text = "‘He told me “never again” and walked out,’ said Jane Doe."
    regions = find_quote_regions(text)
    assert len(regions) == 1
    assert "“never again”" in text[regions[0].content_start : regions[0].content_end]


def test_single_quote_nested_in_double_stays_inside() -> None:
    text = "“He told me ‘never again’ and walked out,” said Jane Doe."
    regions = find_quote_regions(text)
    assert len(regions) == 1
    assert "‘never again’" in text[regions[0].content_start : regions[0].content_end]


def test_scare_quote_in_a_double_quote_article_stays_a_phrase() -> None:
    text = "“We will win,” said Jane Doe of the ‘special relationship’ with Paris."
    singles = [r for r in find_quote_regions(text) if r.single]
    assert [text[r.content_start : r.content_end] for r in singles] == ["special relationship"]


def test_mixed_curly_and_straight_marks_close_after_punctuation() -> None:
    text = "Jo Kerr added: ‘He is not hurt, but he was tired.' Kerr said he would rest."
    assert _speech(text) == ["He is not hurt, but he was tired."]


def test_scare_quote_ending_in_s_does_not_swallow_the_next_quote() -> None:
    text = (
        "The agency raised ‘red flags’ for immigration. ‘This is a huge breach in "
        "security,’ said Dan Holt. ‘It must stop.’"
    )
    assert _speech(text) == [
        "red flags",
        "This is a huge breach in security",
        "It must stop.",
    ]
