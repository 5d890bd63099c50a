"""A reader pins "he added" on the surname just written ("Christian Arno … said …. Arno told
…. He added …"), whether or not the recogniser tagged that surname: news names a person in
full once and by surname after. Texts written for this test (seventeenth session); the
analysis is built by hand with what the recogniser saw (the full name; a radio station taken
for a person), so the brief's reading is what is tested."""

from __future__ import annotations

from topline.brief.credit import pronoun_credit_ok
from topline.brief.credit_names import missed_names
from topline.model import Analysis, Article, Entity, EntityCluster, Sentence, Source, Span

TEXT = (
    "Christian Arno, the mayor of Velay, said in the Radio Nord studio that the bridge "
    "would stay shut.\n\n"
    "Arno told Radio Nord that the cracks were deep.\n\n"
    "He added that repairs would start in May."
)
#: Two people of one surname: the bare surname names neither.
TWO = (
    "Lena Arno and Paul Arno run the ferry.\n\n"
    "Arno told Radio Nord that the cracks were deep.\n\n"
    "He added that repairs would start in May."
)


def _span(text: str, words: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return Span(at, at + len(words))


def _analysis(text: str, people: list[tuple[str, str]]) -> Analysis:
    """``people``: (full name, gender); each full name tagged where first written, and
    "Radio Nord" tagged a person where first written (the recogniser's mistake; in TEXT a
    modifier there, "the Radio Nord studio", so only its untagged second mention is read)."""
    ents = [Entity(_span(text, name), "PERSON", name) for name, _ in people]
    ents.append(Entity(_span(text, "Radio Nord"), "PERSON", "Radio Nord"))
    clusters = tuple(
        EntityCluster(
            id=f"e{i}", canonical=name, label="PERSON", mentions=(ents[i].span,), gender=g
        )
        for i, (name, g) in enumerate(people)
    ) + (
        EntityCluster(
            id="radio", canonical="Radio Nord", label="PERSON", mentions=(ents[-1].span,)
        ),
    )
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    ends = [s - 2 for s in starts[1:]] + [len(text)]
    sentences = tuple(
        Sentence(Span(s, e), i) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )
    return Analysis(
        article=Article(id="t", text=text),
        sentences=sentences,
        entities=tuple(sorted(ents, key=lambda e: e.span.start)),
        clusters=clusters,
    )


def test_the_surname_of_a_full_name_is_a_name_the_reader_reads() -> None:
    a = _analysis(TEXT, [("Christian Arno", "m")])
    found = missed_names(a)
    assert [e.span.of(TEXT) for e in found] == ["Arno", "Radio Nord"]
    he = Source("Christian Arno", _span(TEXT, "He"), cluster="e0", kind="person")
    assert pronoun_credit_ok(a, he)


def test_a_surname_two_people_share_names_neither() -> None:
    a = _analysis(TWO, [("Lena Arno", "f"), ("Paul Arno", "m")])
    assert all(e.span.of(TWO) != "Arno" for e in missed_names(a))
