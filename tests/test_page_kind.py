"""A page in its writer's own voice (a column, a review, an analysis, a first-person account)
is told from its own signals, and its Topline and uncredited bullets are credited to the
writer; a news page is briefed as before."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.page_kind import page_kind
from topline.ingest import article_from_text
from topline.ingest.html import article_from_html
from topline.model import Article
from topline.render.brief import render_html, render_markdown

COLUMN_BODY = """
<p>The city council has spent three years promising a new bus depot, and it still has not
chosen a site for it.</p>
<p>The delay is a failure of nerve, not of money, because the funds were set aside in the
budget two years ago.</p>
<p>Every month without a depot costs the transit agency about $40,000 in rent for the old
yard by the river.</p>
<p>Council members say they want more public meetings before they decide on the plan.</p>
<p>The neighbourhoods near the old yard have waited long enough for the buses to leave.</p>
<p>A decision this spring would let construction begin before the end of next year.</p>
"""


def _page(head: str, body: str = COLUMN_BODY, title: str = "The depot can't wait") -> str:
    return (
        f"<html><head><title>{title}</title>{head}"
        '<meta name="author" content="Dana Whitfield"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_a_page_whose_metadata_says_opinion_credits_its_topline_to_the_writer() -> None:
    html = _page('<meta property="article:opinion" content="true">')
    article = article_from_html(html, url="https://example.org/2024/03/depot")
    brief = compose(analyze(article))
    assert brief.page_kind == "opinion"
    assert brief.topline is not None and brief.topline_attribution is not None
    assert brief.topline_attribution.name == "Dana Whitfield"
    assert brief.topline_attribution.kind == "writer"
    assert brief.bullets and all(b.attribution is not None for b in brief.bullets)
    shown = render_markdown(brief, article)
    assert f"**Topline:** Dana Whitfield argues: {brief.topline.text}" in shown
    assert "Dana Whitfield argues: " in render_html(brief, article)


def test_the_section_tag_the_json_ld_type_and_the_url_name_the_kind() -> None:
    section = _page('<meta property="article:section" content="Opinion/Columnists">')
    assert page_kind(article_from_html(section)).kind == "opinion"
    ld = _page(
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": ["NewsArticle", "ReviewNewsArticle"], "headline": "A depot"}</script>'
    )
    assert page_kind(article_from_html(ld)).kind == "review"
    by_url = article_from_html(_page(""), url="https://example.org/opinion/2024/depot-wait")
    assert page_kind(by_url).kind == "opinion"
    news = _page('<meta property="article:section" content="Local News">')
    assert page_kind(article_from_html(news)).kind == "news"


def test_metadata_is_read_as_the_page_writes_it_not_as_its_text_happens_to_look() -> None:
    # attributes in any order, a JSON-LD block that is not JSON before one that is, a type
    # inside "@graph", a section given as a list
    reordered = _page('<meta content="Commentary" name="section">')
    assert page_kind(article_from_html(reordered)).kind == "opinion"
    graph = _page(
        '<script type="application/ld+json">{"@context": "https://schema.org",}</script>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "WebPage"}, {"@type": "AnalysisNewsArticle", "headline": "A depot"}]}'
        "</script>"
    )
    assert page_kind(article_from_html(graph)).signal == "JSON-LD AnalysisNewsArticle"
    listed = _page(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleSection": ["Film reviews", "Culture"]}</script>'
    )
    assert page_kind(article_from_html(listed)).kind == "review"
    # words of a kind in a script that is no metadata, or in the page's text, say nothing
    scripted = _page('<script>var t = {"@type": "OpinionNewsArticle"};</script>')
    assert page_kind(article_from_html(scripted)).kind == "news"


def test_a_label_in_the_title_names_the_kind_and_a_review_in_the_news_does_not() -> None:
    def kind(title: str) -> str:
        return page_kind(Article(id="x", text="A sentence.", title=title)).kind

    assert kind("Opinion: The depot can't wait") == "opinion"
    assert kind("Why the depot can't wait | Commentary") == "opinion"
    assert kind("Harbour Lights review – a slow, handsome ghost story") == "review"
    assert kind("Council orders review of bus depot delays") == "news"
    assert kind("Analysis: What the depot vote means for riders") == "analysis"


def test_a_news_page_keeps_its_topline_uncredited() -> None:
    html = _page('<meta property="article:section" content="Local News">')
    brief = compose(analyze(article_from_html(html)))
    assert brief.page_kind == "news" and brief.topline_attribution is None
    assert "argues" not in render_markdown(brief)


FIRST_PERSON = (
    "The river burst its banks on a Sunday night in late October.\n\n"
    "I woke to water coming under the door of my kitchen at about two in the morning.\n\n"
    "My neighbours were already carrying their children up to the church on the hill.\n\n"
    "I took the dog and the photographs and left everything else behind me.\n\n"
    "When we came back a week later the ground floor was a field of mud.\n\n"
    "It took me four months and most of my savings to make the house dry again.\n\n"
    "The council has since promised a new flood wall along the riverbank."
)
QUOTED_FIRST_PERSON = (
    "The river burst its banks on Sunday night, flooding 40 homes in the valley.\n\n"
    '"I woke to water coming under my door," said Ruth Amos, 71.\n\n'
    '"My neighbours were already carrying their children up the hill," she said.\n\n'
    '"I took the dog and the photographs and left," she added.\n\n'
    '"It will take me months to dry the house out," Ms Amos said.\n\n'
    "The council said a new flood wall would be built along the riverbank next year."
)


def test_a_first_person_account_is_the_writers_and_quoted_first_person_is_news() -> None:
    told = compose(analyze(article_from_text(FIRST_PERSON, published="2024-11-04")))
    assert told.page_kind == "first_person"
    assert told.topline_attribution is not None and told.topline_attribution.kind == "writer"
    assert all(b.attribution is not None for b in told.bullets)
    quoted = compose(analyze(article_from_text(QUOTED_FIRST_PERSON, published="2024-11-04")))
    assert quoted.page_kind == "news" and quoted.topline_attribution is None


INTERVIEW = (
    "Mara Quint took over as director of the city's public library system in January, after "
    "two decades running branch libraries across the county.\n\n"
    "Q: What is the first thing you changed?\n\n"
    "We opened every branch on Sundays, which the system had not done since the budget cuts "
    "of 2011.\n\n"
    "Q. How did you pay for that?\n\n"
    "The county found $1.2 million in its reserve fund, and a local foundation matched half "
    "of it for two years.\n\n"
    "QWhat comes next for the branches?\n\n"
    "Every branch will lend laptops and hotspots by the end of the year, starting with the "
    "three busiest ones downtown.\n\n"
    "Q: Will the main library be renovated?\n\n"
    "The plans for the main building will go to the council in the spring."
)


def test_a_q_and_a_credits_its_answers_to_the_interviewee_and_shows_no_question() -> None:
    brief = compose(analyze(article_from_text(INTERVIEW, published="2024-06-10")))
    assert brief.page_kind == "qa"
    shown = [*(b.text for b in brief.bullets)]
    assert shown and not any(t.startswith(("Q", "What", "How")) for t in shown)
    from_answers = [b for b in brief.bullets if not b.text.startswith("Mara Quint")]
    assert from_answers and all(
        b.attribution is not None and b.attribution.name == "the interviewee" for b in from_answers
    )
    if brief.topline is not None and brief.topline.text.startswith("Mara Quint"):
        assert brief.topline_attribution is None  # the writer's introduction is news


LABELLED = (
    "The harbour master retires this month after 31 years, and spoke to us about the port's "
    "busiest decade.\n\n"
    "Q: What changed most while you were in charge?\n\n"
    "Ines Varga: The ships tripled in size, and the old quay could no longer take them, so "
    "the port dredged the channel to fourteen metres in 2009.\n\n"
    "Q: Was the dredging worth the cost?\n\n"
    "Ines Varga: Cargo volumes doubled within five years of the work, and the port now "
    "handles two million containers a year.\n\n"
    "Q: What comes next for the port?\n\n"
    "Ines Varga: A second container terminal opens on the north shore in 2026, with room for "
    "four ships at once."
)


def test_an_answer_opened_by_a_speakers_label_is_credited_to_that_speaker() -> None:
    analysis = analyze(article_from_text(LABELLED, published="2024-06-10"))
    brief = compose(analysis)
    assert brief.page_kind == "qa"
    answered = [b for b in brief.bullets if not b.text.startswith("The harbour master")]
    assert answered
    for b in answered:
        assert b.attribution is not None and b.attribution.name == "Ines Varga"
        assert b.attribution.span is not None
        assert b.attribution.span.of(analysis.article.text) == "Ines Varga"


def test_one_capitalised_word_before_a_colon_names_no_one() -> None:
    from topline.brief.page_kind import answerer
    from topline.model import Span

    text = "Yes: the county paid for it, and the foundation matched half of the cost."
    assert answerer(text, Span(0, len(text))).name == "the interviewee"
    text = "QUINT: The county paid for it, and the foundation matched half of the cost."
    assert answerer(text, Span(0, len(text))).name == "QUINT"
