"""Questions a long article asks once per cue, figure or sentence, answered by a lookup.

Each lookup is checked against a copy of the scan it replaced (the answers must be the
same), and the quotes pass is checked to ask its question of a few regions per cue, not of
every region of the article.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from topline.analyze import analyze_doc, quotes
from topline.analyze.quote_checks import inside
from topline.analyze.speakers import SpeakerResolver, _title_keys, _title_tokens
from topline.analyze.timex_grammar import disjoint
from topline.brief import background, bignumber
from topline.ingest import article_from_text
from topline.model import EntityCluster
from topline.nlp import doc_text, get_nlp, remember_text

ranges = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=40,
)


def _disjoint_by_scan(spans: list[tuple[int, int]]) -> list[int]:
    kept: list[int] = []
    for k, (start, end) in enumerate(spans):
        if all(end <= spans[j][0] or start >= spans[j][1] for j in kept):
            kept.append(k)
    return kept


@given(ranges)
def test_timex_candidates_kept_by_bisection_as_by_scan(spans: list[tuple[int, int]]) -> None:
    assert disjoint(spans) == _disjoint_by_scan(spans)


def _parsed(text: str):  # type: ignore[no-untyped-def]
    article = article_from_text(text)
    doc = get_nlp()(article.text)
    remember_text(doc, article.text)
    return article, doc


REPORTS = "\n\n".join(
    f'{name} said that the plan was "a disgrace to the town" and would fail by {month}.'
    for name in ("Mayor Jane Doe", "Tom Hale", "Ann Bright", "the governor", "Bo Rand") * 6
    for month in ("March",)
)


def test_a_cues_inner_quotations_are_read_from_the_regions_near_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, doc = _parsed(REPORTS)
    calls = []

    def counted(region, content):  # type: ignore[no-untyped-def]
        calls.append(region)
        return inside(region, content)

    monkeypatch.setattr(quotes, "inside", counted)
    finder = quotes._QuoteFinder(doc, ())
    found = finder.run()
    assert sum(q.quote.kind == "mixed" for q in found) >= 25
    # the scan asked every region (30) for every cue with content (30): 900 calls
    assert len(calls) <= 3 * len(finder.regions)
    monkeypatch.setattr(quotes, "inside", inside)
    text = doc_text(doc)
    for start in range(0, len(text), 37):
        for end in range(start, min(len(text), start + 400), 53):
            scan = [r for r in finder.regions if inside(r, (start, end))]
            assert sorted(finder._inner(start, end), key=finder.regions.index) == scan


TITLED = (
    "Prime Minister Ann Bright met Tom Hale, the minister of trade, on Monday. "
    "The minister said the talks went well. Governor Bo Rand and President Kay Moss spoke. "
    "The president said little; the governor, Bo Rand, said more. Ann Bright, a former "
    "senator, left. The senator called it a day."
)


def _titled_by_scan(resolver: SpeakerResolver, title: str, before: int) -> EntityCluster | None:
    found = None
    for s, e, c in resolver._by_start:
        if s >= before:
            break
        if c.label != "PERSON":
            continue
        name = resolver.doc.char_span(s, e, alignment_mode="expand")
        if name is not None and title in _title_keys(_title_tokens(name)):
            found = c
    return found


def test_a_titles_person_is_found_by_bisection_as_by_scan() -> None:
    article, doc = _parsed(TITLED)
    analysis = analyze_doc(article, doc)
    resolver = SpeakerResolver(doc, analysis.clusters)
    found = 0
    for title in ("minister", "president", "governor", "senator", "former", "mayor"):
        for before in range(0, len(article.text) + 1, 7):
            expected = _titled_by_scan(resolver, title, before)
            assert resolver._titled_person(title, before) == expected
            found += expected is not None
    assert found > 20


DATED = " ".join(
    f"In {1990 + k} the plant closed, and on March {k + 1}, {2000 + k} it opened again."
    for k in range(20)
)


def test_key_backgrounds_timexes_per_sentence_as_by_scan() -> None:
    article, doc = _parsed(DATED)
    analysis = analyze_doc(article, doc)
    assert len(analysis.timexes) >= 40
    for s in analysis.sentences:
        scan = [t for t in analysis.timexes if s.span.contains(t.span)]
        assert background.timexes_within(analysis, s.span.start, s.span.end) == scan
    for start in range(0, len(article.text), 41):
        end = start + 150
        scan = [t for t in analysis.timexes if start <= t.span.start and t.span.end <= end]
        assert background.timexes_within(analysis, start, end) == scan


def test_about_section_is_tried_only_where_a_line_opens_with_about() -> None:
    texts = [
        "Sales rose 12% to $4 million.\n\nAbout Acme Corp\nAcme makes 300 widgets.",
        "ABOUT THE AUTHOR: Jo writes.\nShe sold 40 books",
        "About 200 people came. About Acme\n\nAcme employs 50 people.",
        "No heading here: 7 people and 9 dogs.\n \n  About\n\nAbout Us\n\n\n8 more",
        "x\nAbout Acme Widgets International Holdings and Partners of the Great Lakes Region",
    ]
    seen = 0
    for text in texts:
        for at in range(len(text) + 1):
            expected = bool(bignumber._ABOUT_SECTION.search(text, 0, at))
            assert bignumber._in_about_section(text, at) == expected, (text, at)
            seen += expected
    assert seen > 50
    openers = bignumber._about_openers(texts[3])
    assert openers and all(texts[3][k - 1] == "\n" for k in openers)
    assert bignumber._about_openers(texts[3].replace("About", "Across")) == ()
