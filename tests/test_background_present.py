"""Key background is never a sentence told in the present whose past time is no earlier
event: a time inside the subject of a present verb of evidence, "until now" with a past
perfect, a recent event told by a present verb of saying, a prediction that mentions an old
event. Texts written for this test (fourteenth session, second round)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_present import subject_times, until_now
from topline.brief.background_rules import future_with_past_tail
from topline.ingest import article_from_text


def _background(text: str, published: str) -> list[str]:
    brief = make_brief(analyze(article_from_text(text, published=published)))
    return [item.text for item in brief.key_background]


def test_a_time_inside_the_subject_of_a_present_verb_of_evidence() -> None:
    text = "A look at rail timetables over the past five years shows that trains run slower."
    spans = subject_times(text)
    assert [text[a:b] for a, b in spans] == ["over the past five years"]
    assert subject_times("A review of hospital records since 2012 finds more cases.")
    assert not subject_times("In the past five years the line has closed twice.")
    assert not subject_times("Rail use fell over the past five years, the report shows.")


def test_until_now_tells_the_change_of_today() -> None:
    assert until_now("Until now, the cause of the fire had been unknown.")
    assert not until_now("He had worked at the mill until 1998.")


def test_a_prediction_that_mentions_an_old_event_is_no_background() -> None:
    assert future_with_past_tail(
        "The mayor is likely to win over older voters by recalling that she ran the port in 1998."
    )
    assert future_with_past_tail("She is also expected to speak after she met the pope in 2001.")
    assert not future_with_past_tail("She ran the port from 1998 until 2004.")


ARTICLE = (
    "Harbour workers in Portmere ended their strike on Thursday after the port agreed to a "
    "pay rise of 6 percent.\n\n"
    "The deal was backed by a large majority of the members who took part.\n\n"
    "The union says 1,240 members voted in the ballot held from March 2 to March 9.\n\n"
    "Port managers said ships would be unloaded again from Monday.\n\n"
    "A look at port wages over the past five years shows that pay has fallen behind "
    "prices.\n\n"
    "Until now, the port had refused to offer more than 3 percent.\n\n"
    "Shipping firms said the strike had cost them millions in lost trade.\n\n"
    "The mayor is likely to praise the deal by recalling that she ran the port in 1998.\n\n"
)


def test_the_brief_keeps_only_the_earlier_event() -> None:
    items = _background(ARTICLE, "2019-03-15")
    joined = " ".join(items)
    assert "1,240 members" not in joined
    assert "over the past five years" not in joined
    assert "Until now" not in joined
    assert "likely to praise" not in joined
