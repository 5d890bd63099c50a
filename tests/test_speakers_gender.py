"""Pronouns resolve only to people of the gender the article itself shows."""

from __future__ import annotations

from pathlib import Path

from topline.analyze import analyze
from topline.analyze.gender import infer_genders
from topline.model import Analysis, Article, Quote
from topline.nlp import get_nlp


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def _speaker(a: Analysis, start: str) -> str | None:
    text = a.article.text
    hits: list[Quote] = [q for q in a.quotes if q.content_span.of(text).startswith(start)]
    assert hits, [q.content_span.of(text) for q in a.quotes]
    return hits[0].speaker.name if hits[0].speaker else None


def _genders(text: str) -> dict[str, str]:
    a = _run(text)
    found = infer_genders(get_nlp()(text), a.clusters)
    return {c.canonical: found[c.id] for c in a.clusters if c.id in found}


def test_feature_apprentice_he_is_not_the_woman_who_spoke_before(fixtures_dir: Path) -> None:
    a = _run((fixtures_dir / "articles" / "feature.txt").read_text(encoding="utf-8"))
    assert _speaker(a, "People think a book") == "Martha Greene"
    assert _speaker(a, "the craft had taught him") == "Daniel Ortiz"
    assert _speaker(a, "You cannot rush glue") == "Daniel Ortiz"


def test_two_people_of_different_genders_alternate_quotes() -> None:
    text = (
        "Anna Berg and Tom Hale debated the budget on Monday. “We cannot afford it,” Berg "
        "said, adding that she would vote no. Hale, the chairman, disagreed. “This is the "
        "cheapest plan we have,” he said. “Nobody has a better one,” she replied."
    )
    a = _run(text)
    assert _speaker(a, "We cannot afford it") == "Anna Berg"
    assert _speaker(a, "This is the cheapest plan") == "Tom Hale"
    assert _speaker(a, "Nobody has a better one") == "Anna Berg"


def test_unknown_gender_newcomer_takes_the_pronoun_the_last_speaker_cannot() -> None:
    text = (
        "Sarah Lee runs the food bank. “Demand has doubled,” she said. "
        "A volunteer, Jordan Park, arrived in 2019. He said the lines now reach the corner."
    )
    a = _run(text)
    assert _speaker(a, "Demand has doubled") == "Sarah Lee"
    assert _speaker(a, "the lines now reach") == "Jordan Park"


def test_plural_they_resolves_to_the_group_subject_before() -> None:
    council = _run("The city council voted on Tuesday. They said the new park would open in June.")
    assert _speaker(council, "the new park") == "The city council"
    org = _run("Greenpeace criticized the plan on Monday. “This is a disaster,” they said.")
    assert _speaker(org, "This is a disaster") == "Greenpeace"


def test_gender_from_honorifics_role_nouns_and_bound_pronouns() -> None:
    assert _genders("Sir Alan Reed opened the hall. Lady Jane Moss closed it.") == {
        "Alan Reed": "m",
        "Jane Moss": "f",
    }
    assert _genders("The farmer met his wife, Maria Lopez, on Monday.") == {"Maria Lopez": "f"}
    assert _genders("Tom Ford, the chairman, resigned. Actor Leo Park stayed home.") == {
        "Tom Ford": "m",
        "Leo Park": "m",
    }
    assert _genders("Kim Lo and Pat Roe met. Kim Lo said she was tired.") == {"Kim Lo": "f"}


def test_pronoun_before_a_name_says_nothing_about_that_name() -> None:
    genders = _genders("Her apprentice, Daniel Ortiz, joined the shop two years ago.")
    assert "Daniel Ortiz" not in genders


def test_last_speaker_keeps_the_pronoun_over_a_woman_named_in_passing() -> None:
    text = (
        "Attorney General Maria Lopez spoke to reporters on Monday. “We will not rush,” "
        "she said. She met the husband of the senator, Ana Reyes, over the weekend. "
        "Lopez also discussed the budget. It was a long week for the department, with "
        "many meetings. “People tend not to say those things to me,” she said."
    )
    a = _run(text)
    assert _speaker(a, "People tend not to say") == "Maria Lopez"


def test_a_name_inside_a_quote_is_not_the_pronoun_antecedent() -> None:
    text = (
        "Leslie Moore leads the caucus. “They thought Michelle Obama saying ‘go vote’ "
        "would do it. But it is not enough,” she said."
    )
    a = _run(text)
    assert _speaker(a, "They thought") == "Leslie Moore"


def test_pronoun_after_a_non_subject_name_says_nothing_of_its_gender() -> None:
    genders = _genders(
        "The woman’s enthusiasm for Tom Baker is recorded in detail. “Here he comes,” she said."
    )
    assert "Tom Baker" not in genders


def test_newcomer_of_unknown_gender_does_not_displace_a_known_speaker() -> None:
    text = (
        "“We agreed on nothing,” Mr. Reid said. Then Jordan Park took the microphone "
        "from Sam Lee. “It might happen again,” he said."
    )
    a = _run(text)
    assert _speaker(a, "It might happen again") == "Reid"


def test_a_role_noun_without_article_before_of_shows_the_gender() -> None:
    text = (
        "Karen Lowe opened the board meeting on Friday. Owen Marsh, son of the firm's founder, "
        "objected to the plan. Lowe said the vote would go ahead. Marsh left the room early."
    )
    genders = _genders(text)
    assert genders.get("Owen Marsh") == "m"
