"""An (X)HTML or trafilatura-XML tree → text, with paragraphs, list items and section labels.

Both the page reader (:mod:`topline.ingest.html`, on trafilatura's body) and the Topline-form
renderer (:mod:`topline.ingest.topline_html`, on the labelled container) render trees the same
way, so the rendering lives here on its own: neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

# --- tunable settings ------------------------------------------------------------------------

#: A bold-only paragraph of at most this many words is a section label ("Big number").
MAX_LABEL_WORDS = 5

BULLET = "• "
_BLOCK_TAGS = frozenset(
    "p head div section article blockquote quote pre code table tr row h1 h2 h3 h4 h5 h6 "
    "figure figcaption dl dt dd header footer aside main".split()
)
_LIST_TAGS = frozenset({"list", "ul", "ol"})
_ITEM_TAGS = frozenset({"item", "li"})
_BREAK_TAGS = frozenset({"lb", "br"})
_CELL_TAGS = frozenset({"cell", "td", "th"})
_BOLD_TAGS = frozenset({"b", "strong"})
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "graphic", "img", "ref"})


@dataclass
class _Blocks:
    """Accumulates rendered text: a list of blocks, each a list of lines."""

    blocks: list[list[str]] = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    #: Indexes of blocks that are a section label alone ("Big number:").
    labels: set[int] = field(default_factory=set)
    label_next: bool = False

    def flush(self, *, new_block: bool) -> None:
        text = " ".join("".join(self.line).split())
        if text == BULLET.strip():
            return  # an item whose text starts inside a nested block: keep its bullet
        self.line = []
        if text:
            if not self.blocks:
                self.blocks.append([])
            self.blocks[-1].append(text)
            if self.label_next:
                self.labels.add(len(self.blocks) - 1)
        self.label_next = False
        if new_block and self.blocks and self.blocks[-1]:
            self.blocks.append([])

    def join(self) -> str:
        """Blocks with blank lines between; a label block runs into the block after it."""
        parts: list[str] = []
        blocks = [b for b in self.blocks if b]
        labels = {i for i, b in enumerate(self.blocks) if b and i in self.labels}
        kept = [i for i, b in enumerate(self.blocks) if b]
        merge = False
        for index, lines in zip(kept, blocks, strict=True):
            text = "\n".join(lines)
            if merge:
                glue = "\n" if text.startswith(BULLET) else " "
                parts[-1] = parts[-1] + glue + text
            else:
                parts.append(text)
            merge = index in labels
        return "\n\n".join(parts)


def render_tree(root: etree._Element, *, topline_form: bool = False) -> str:
    """Text of an (X)HTML or trafilatura-XML tree: paragraphs separated by blank lines.

    A list item becomes one line starting with "• " (blocks inside an item stay on its line);
    consecutive items of a list stay in one block. In a Topline-form page a short subheading
    or bold-only paragraph is a section label: it gets a colon if it has none and runs into
    what follows, so that the page reads as the printed form ("Big number: 300. That is …",
    "Key Facts:" followed by its "• " lines).
    """
    out = _Blocks()
    _walk(root, out, topline_form=topline_form, in_item=False)
    out.flush(new_block=True)
    return out.join()


def _walk(el: etree._Element, out: _Blocks, *, topline_form: bool, in_item: bool) -> None:
    tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS or not tag:
        if el.tail:
            out.line.append(el.tail)
        return
    block = tag in _BLOCK_TAGS or tag in _LIST_TAGS
    item = tag in _ITEM_TAGS
    if item or (block and in_item):
        out.flush(new_block=False)
        if item:
            out.line.append(BULLET)
    elif block:
        out.flush(new_block=True)
    elif tag in _BREAK_TAGS:
        out.flush(new_block=False)
    elif tag in _CELL_TAGS and out.line:
        out.line.append(" ")
    if el.text:
        out.line.append(el.text)
    for child in el:
        _walk(child, out, topline_form=topline_form, in_item=in_item or item)
    if topline_form and block and not in_item and _is_label(el, tag):
        if not "".join(out.line).rstrip().endswith(":"):
            out.line.append(":")
        out.label_next = True
    if item or (block and in_item):
        out.flush(new_block=False)
    elif block:
        out.flush(new_block=True)
    if el.tail:
        out.line.append(el.tail)


def _is_label(el: etree._Element, tag: str) -> bool:
    """A short subheading, or a paragraph whose whole text is one short bold run."""
    text = " ".join("".join(el.itertext()).split())
    if not text or len(text.rstrip(":").split()) > MAX_LABEL_WORDS:
        return False
    if tag in _SUBHEADING_TAGS or (tag == "head" and el.get("rend", "h2") != "h1"):
        return True
    if tag != "p":
        return False
    bold = [c for c in el if _is_bold(c)]
    return len(bold) == 1 and " ".join("".join(bold[0].itertext()).split()) == text


def _is_bold(el: etree._Element) -> bool:
    tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
    return tag in _BOLD_TAGS or (tag == "hi" and "#b" in (el.get("rend") or ""))
