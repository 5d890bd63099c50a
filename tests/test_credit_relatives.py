"""A credit to a relative's full name: relatives share a surname, and an analysis that
merges two of them into one person names one by the other's full name. Texts written for
these tests (twelfth session)."""

from __future__ import annotations

from topline.brief.credit import pronoun_credit_ok
from topline.brief.credit_names import relative_named_later, role_contradicts
from topline.model import Analysis, Article, EntityCluster, Source, Span

SPEECH = (
    "The senate hopeful Dana Kestrel spoke to a half-empty hall on Tuesday.\n\n"
    '"We can build more than we think," she told the students.\n\n'
    "Months earlier, Kestrel had confided to her husband, Rob Kestrel, that the race "
    "would be hard."
)


def _analysis(text: str, gender: str | None = "f") -> Analysis:
    mentions = tuple(
        Span(i, i + len("Kestrel"))
        for i in range(len(text))
        if text.startswith("Kestrel", i) and not text.startswith("Rob Kestrel", i - 4)
    )
    cluster = EntityCluster(
        id="e0", canonical="Rob Kestrel", label="PERSON", mentions=mentions, gender=gender
    )
    return Analysis(article=Article(id="kestrel", text=text), clusters=(cluster,))


def _source(text: str, mention: str, name: str = "Rob Kestrel", nth: int = 0) -> Source:
    at = -1
    for _ in range(nth + 1):
        at = text.index(mention, at + 1)
    return Source(name=name, span=Span(at, at + len(mention)), cluster="e0", kind="person")


def test_a_pronoun_credit_to_a_husband_named_later_is_refused() -> None:
    analysis = _analysis(SPEECH)
    speaker = _source(SPEECH, "she")
    assert relative_named_later(analysis, speaker)
    assert not pronoun_credit_ok(analysis, speaker)


def test_the_surname_after_the_relative_is_named_is_refused_when_genders_differ() -> None:
    text = SPEECH + '\n\n"The hall will fill," Kestrel said later.'
    analysis = _analysis(text)
    speaker = _source(text, "Kestrel", nth=3)
    assert relative_named_later(analysis, speaker)
    # of a person whose gender the article does not show, the surname stays a credit
    assert not relative_named_later(_analysis(text, gender=None), speaker)


def test_the_relative_credited_by_his_own_name_stays() -> None:
    text = SPEECH + '\n\n"It was hard," her husband, Rob Kestrel, said.'
    analysis = _analysis(text)
    at = text.rindex("Rob Kestrel")
    speaker = Source(name="Rob Kestrel", span=Span(at, at + 11), cluster="e0", kind="person")
    assert not relative_named_later(analysis, speaker)


def test_a_name_that_also_stands_for_itself_is_the_analysis_reading() -> None:
    text = SPEECH + "\n\nRob Kestrel, a lawyer, runs her campaign."
    assert not relative_named_later(_analysis(text), _source(text, "she"))


def test_the_right_name_is_kept() -> None:
    analysis = _analysis(SPEECH)
    speaker = _source(SPEECH, "she", name="Dana Kestrel")
    assert not relative_named_later(analysis, speaker)


def test_a_role_of_the_other_gender_than_the_pronoun() -> None:
    assert role_contradicts("she", "son of the firm's founder")
    assert role_contradicts("he", "the company's spokeswoman")
    assert role_contradicts("She", "her husband")
    assert not role_contradicts("she", "head of human resources at the firm")
    assert not role_contradicts("he", "son of the firm's founder")
    assert not role_contradicts("they", "son of the firm's founder")
