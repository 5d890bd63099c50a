"""Pages and bare HTML fragments written in Topline form, rendered whole.

A Forbes-style story marks its sections with short labels ("Topline", "Key Facts",
"Crucial Quote", …) set in bold or as subheadings, with the Key facts as a ``<ul>``. A
general body extractor is built to drop exactly such things (subheadings, lists and bold
one-liners look like navigation), and a bare fragment from a CMS export has no page around it
for the extractor to learn from: the Topline stays, and the Key facts or labels vanish without
a word. So when a page is in Topline form, the labels themselves say where the story is: the
smallest element that holds every label is rendered as it stands
(:func:`topline.ingest.html.render_tree`, labels kept, list items as "• " lines).
"""

from __future__ import annotations

import re

from lxml import etree

#: Section labels of the Topline form (the parser, ``topline.brief.parse``, reads the same).
LABEL = re.compile(
    r"(?:top ?line|key facts?|crucial quotes?|big numbers?|key background|what to watch for|"
    r"tangent|surprising facts?|chief critics?|contra|news peg|what we don[’']?t know|"
    r"further reading)\s*[:：]?",
    re.IGNORECASE,
)
_TOPLINE = re.compile(r"top ?line\s*[:：]?", re.IGNORECASE)
#: A page is in Topline form when an element's whole text is the Topline label, or a block
#: opens with "Topline:" (any case).
MARK = re.compile(r">\s*top ?line\s*[:：]?\s*<|>\s*top ?line\s*[:：]", re.IGNORECASE)
#: With a single label, climb until the container holds this much text (the story around it).
MIN_CONTAINER_CHARS = 400
#: Elements never part of a story's body.
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "form"})


def is_topline_form(html: str) -> bool:
    return bool(MARK.search(html))


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _label_elements(root: etree._Element) -> list[etree._Element]:
    """Elements whose whole text is a section label, or that open with "Topline:"."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP:
            continue
        text = _text(el)
        if len(text) > 40 and not _TOPLINE.match(text):
            continue
        if LABEL.fullmatch(text) or (_TOPLINE.match(text) and el.tag.lower() in {"p", "div"}):
            if not any(LABEL.fullmatch(_text(c)) for c in el):  # the innermost one
                found.append(el)
    return found


def _ancestors(el: etree._Element) -> list[etree._Element]:
    out = []
    node: etree._Element | None = el
    while node is not None:
        out.append(node)
        node = node.getparent()
    return out


def story_container(root: etree._Element) -> etree._Element | None:
    """The smallest element holding the Topline label and every label after it."""
    labels = _label_elements(root)
    first = next((i for i, el in enumerate(labels) if _TOPLINE.match(_text(el))), None)
    if first is None:
        return None
    labels = labels[first:]
    if len(labels) == 1 and LABEL.fullmatch(_text(labels[0])):
        return None  # a lone "Top line" (a menu entry, a heading) is no Topline story
    common = _ancestors(labels[0])
    for el in labels[1:]:
        chain = set(_ancestors(el))
        common = [a for a in common if a in chain]
    if not common:
        return None
    container = common[0]
    if len(labels) == 1:
        for ancestor in common:
            container = ancestor
            if len(_text(ancestor)) >= MIN_CONTAINER_CHARS:
                break
    return container


def render_topline_html(html: str) -> str | None:
    """The Topline-form story of a page or fragment as text, or None if none is found."""
    import lxml.html

    from topline.ingest.html import render_tree

    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError):
        return None
    for el in list(root.iter(*_SKIP)):
        if el.getparent() is not None:
            el.drop_tree()
    container = story_container(root)
    if container is None:
        return None
    return render_tree(container, topline_form=True)


def _parser() -> etree.HTMLParser:
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
