"""Who said it, when two people in the article share a surname: a blind speaker set.

Why it exists: a quote credited to "Mr Petherick" in a story about a husband and wife, or to
"Marsh" in a match report where the manager is the scorer's father, names nobody a reader can
tell apart, and a quote given to the wrong member of a family is a wrong fact. The quote sets
of ``../shared`` (PolNeAR) hold few such articles. ``benchmarks/data/speakers_written.jsonl``
holds fifteen articles written for this benchmark (never read by a lane that changes code):
twelve with two or more people sharing a surname (spouses, parents and children, siblings, a
senator and an unrelated farmer, a manager and his player son, a couple of doctors, brothers
in a trial, a grandfather and twins), quoted every way newsrooms quote (full name, surname
alone, "Mr/Mrs/Ms/Dr X", a child's first name, "he"/"she" after the name, "his wife said",
"the elder Marsh", a paragraph that goes on quoting with no attribution), and three controls
in which every surname is unique. Each line: ``id``, ``published``, ``text``, ``quotes``
(``quote``: the words inside the marks, a substring of ``text``; ``speaker``: the person's
full name as the article gives it), ``people`` (everyone the article names, quoted or not,
with ``sex`` "m" or "f", which says whom "Mrs X" can mean) and ``control``. The gold was
written from the text before anything was run on it.

What it scores: each text is analysed (``topline.analyze``); each gold quote is matched to
the system quote whose content span overlaps it most, and the speaker a reader would see is
judged: the name the brief gives a Crucial quote's speaker (``whole_word`` of
``topline.brief.credit``, or the name after a role, ``name_after_role`` of
``topline.brief.speaker_role``, as ``topline.brief.crucial.choose_quote`` does; the
renderer prints its ``name``). A name is read as the people of the article whose names hold
all its words that are anyone's name (titles and roles aside; "Mr/Mrs/Ms" narrow it by sex;
a name of two people, "Graham and Lorraine Petherick", is read as either; a description by a
possessor, "Kyle's father", names nobody):

- **right**: it can only be the gold speaker ("Lorraine Petherick", "Lorraine", "Mrs
  Petherick" when she is the only woman of that name);
- **wrong**: another person, or a name that is nobody's in the article;
- **ambiguous**: it can be the gold speaker and someone else ("Petherick", "Dr Achebe");
- **unnamed**: no name at all (no speaker, "he", "his wife");
- **missed**: no system quote overlaps the gold quote.

Speaker precision = right / (right + wrong); right share = right / gold quotes. Per article,
the brief's Crucial quote (``topline.brief.make_brief``) is judged the same way against the
gold quote it overlaps ("not gold": it overlaps none).

    nice -n 5 python benchmarks/speakers_written.py           # the summary tables
    nice -n 5 python benchmarks/speakers_written.py --set written2   # the second set's tables
    nice -n 5 python benchmarks/speakers_written.py --show    # every quote (the lead, at the end)

``--set written2`` scores ``benchmarks/data/speakers_written2.jsonl`` (the seventeenth
session's, written by a lane that changes no code and scored at the session's start and end
only): twelve articles, 87 quotes; nine with people who share a surname (a ferry-running
couple, a speller with her mother and father, a commissioner and an unrelated farmer, brothers
on trial and their mother, a rugby coach with his player son and his wife, twin doctors, a
grandmother, her daughter-in-law and a boy of nine, rival candidates who are married and their
daughter, a conductor with his wife, son and daughter), quoted every way the first set quotes
and also by an inverted "said Ms. X" where two women share the name, "her son, 9, said", "the
elder Mrs X", a speaker named by a role and only later by name, a quote after "replied:", and
a quoted paragraph left open that the next paragraph goes on; three controls with unique
surnames.

``--show`` prints each quote's verdict: it is for the lead at the session's end only; a lane
that reads it makes the set a read one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from topline.analyze import analyze  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.credit import whole_word  # noqa: E402
from topline.brief.speaker_role import name_after_role  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Analysis, Article, Brief, Quote, Source, Span  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "speakers_written.jsonl"
#: The sets ``--set`` names (``written``, the default, is :data:`DATA`).
SETS = {"written": DATA, "written2": ROOT / "benchmarks" / "data" / "speakers_written2.jsonl"}
VERDICTS = ("right", "wrong", "ambiguous", "unnamed", "missed")

#: Titles and roles that stand before a name and name nobody themselves; the value is the sex
#: a title implies (None: either).
TITLES: dict[str, str | None] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    **dict.fromkeys(
        "dr doctor prof professor sen senator rep judge coach councillor cllr mayor det "
        "detective sgt sergeant rev reverend captain capt".split()
    ),
}
#: Words that are no name even when capitalised (a pronoun that opens a sentence).
PRONOUNS = frozenset("he she they i we it his her hers their him them you".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Person:
    name: str
    sex: str


@dataclass(frozen=True)
class Gold:
    quote: str
    speaker: str
    span: Span  # into the text as written (``Article.raw``)


@dataclass(frozen=True)
class Item:
    id: str
    published: str
    text: str
    quotes: tuple[Gold, ...]
    people: tuple[Person, ...]
    control: bool


def load(path: Path = DATA) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        golds = []
        for q in row["quotes"]:
            at = text.find(q["quote"])
            if at < 0 or text.find(q["quote"], at + 1) >= 0:
                raise ValueError(f"{row['id']}: quote not found once in the text: {q['quote']!r}")
            golds.append(Gold(q["quote"], q["speaker"], Span(at, at + len(q["quote"]))))
        people = tuple(Person(p["name"], p["sex"]) for p in row["people"])
        named = {p.name for p in people}
        for g in golds:
            if g.speaker not in named:
                raise ValueError(f"{row['id']}: speaker {g.speaker!r} is not in people")
        items.append(
            Item(row["id"], row["published"], text, tuple(golds), people, row.get("control", False))
        )
    return items


def _key(word: str) -> str:
    return re.sub(r"['’]s$", "", word).rstrip(".").lower()


#: Where a name shown as a speaker holds more than one person ("Graham and Lorraine
#: Petherick", "Ann Lee, Bo Lee") or a role after the name ("Simon Kemp, the chief executive").
_PARTS = re.compile(r"\s+(?:and|&)\s+|\s*[,;]\s*")
#: A possessor before a description ("Kyle's father", "Oscar's mother"): the description, not
#: the possessor, is who speaks.
_POSSESSOR = re.compile(r"^.*['’]s\s+(?=\S)")


def readings(name: str | None, people: Sequence[Person]) -> tuple[Person, ...] | None:
    """The people of the article a reader can take ``name`` for; None when it names no one
    (no speaker, a pronoun, a description such as "his wife" or "Kyle's father"). A name
    of two people ("Graham and Lorraine Petherick") is read as either."""
    if not name:
        return None
    read = [_part_readings(part, people) for part in _PARTS.split(name)]
    named = [r for r in read if r is not None]
    if not named:
        return None
    return tuple(p for p in people if any(p in r for r in named))


def _part_readings(name: str, people: Sequence[Person]) -> tuple[Person, ...] | None:
    name = _POSSESSOR.sub("", name)
    words = [_key(w) for w in _WORD.findall(name) if w[:1].isupper()]
    sex = next((TITLES[w] for w in words if TITLES.get(w)), None)
    words = [w for w in words if w not in TITLES and w not in PRONOUNS]
    if not words:
        return None
    known = {w for p in people for w in map(_key, p.name.split())}
    ours = [w for w in words if w in known]
    if not ours:
        return ()  # a name, but nobody's in the article
    return tuple(
        p
        for p in people
        if set(ours) <= set(map(_key, p.name.split())) and (sex is None or p.sex == sex)
    )


def verdict(name: str | None, gold: str, people: Sequence[Person]) -> str:
    """right, wrong, ambiguous or unnamed (see the module's docstring)."""
    read = readings(name, people)
    if read is None:
        return "unnamed"
    if any(p.name == gold for p in read):
        return "right" if len(read) == 1 else "ambiguous"
    return "wrong"


def shown_name(text: str, speaker: Source | None) -> str | None:
    """The speaker's name as the brief would show it for a Crucial quote."""
    if speaker is None:
        return None
    return (name_after_role(text, speaker) or whole_word(text, speaker)).name


def _raw(article: Article, span: Span) -> Span:
    """A span of ``article.text`` in the text as written."""
    if article.offsets is None:
        return span
    return Span(*article.offsets.span(span.start, span.end))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


@dataclass(frozen=True)
class Judged:
    item: str
    gold: Gold
    shown: str | None
    verdict: str
    control: bool


@dataclass(frozen=True)
class CrucialJudged:
    item: str
    shown: str | None
    gold: str | None
    verdict: str  # a VERDICTS word, "none" (no Crucial quote) or "not gold"
    control: bool


def judge(item: Item, analysis: Analysis, brief: Brief) -> tuple[list[Judged], CrucialJudged]:
    article = analysis.article
    text = article.text
    spans = [(q, _raw(article, q.content_span)) for q in analysis.quotes]
    out = []
    for g in item.quotes:
        best: tuple[int, bool, Quote] | None = None
        for q, raw in spans:
            size = _overlap(raw, g.span)
            key = (size, q.kind == "direct")
            if size and (best is None or key > best[:2]):
                best = (size, q.kind == "direct", q)
        if best is None:
            out.append(Judged(item.id, g, None, "missed", item.control))
            continue
        shown = shown_name(text, best[2].speaker)
        out.append(Judged(item.id, g, shown, verdict(shown, g.speaker, item.people), item.control))
    cq = brief.crucial_quote
    if cq is None:
        return out, CrucialJudged(item.id, None, None, "none", item.control)
    shown = cq.speaker.name if cq.speaker is not None else None
    hit = [g for g in item.quotes if any(_overlap(_raw(article, s), g.span) for s in cq.spans)]
    if not hit:
        return out, CrucialJudged(item.id, shown, None, "not gold", item.control)
    return out, CrucialJudged(
        item.id, shown, hit[0].speaker, verdict(shown, hit[0].speaker, item.people), item.control
    )


def run(items: Iterable[Item]) -> tuple[list[Judged], list[CrucialJudged]]:
    quotes: list[Judged] = []
    crucial: list[CrucialJudged] = []
    for item in items:
        article = article_from_text(item.text, published=item.published, source=item.id)
        analysis = analyze(article)
        got, cq = judge(item, analysis, make_brief(analysis))
        quotes += got
        crucial.append(cq)
    return quotes, crucial


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def table(quotes: Sequence[Judged], crucial: Sequence[CrucialJudged]) -> list[str]:
    out = [
        "| quotes of | articles | gold quotes | right | wrong | ambiguous | unnamed | missed "
        "| **speaker precision** | right share |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    groups = (
        ("shared surname", False),
        ("control (unique surnames)", True),
        ("all", None),
    )
    for label, control in groups:
        rows = [j for j in quotes if control is None or j.control == control]
        n = len({j.item for j in rows})
        c = Counter(j.verdict for j in rows)
        out.append(
            f"| {label} | {n} | {len(rows)} | "
            + " | ".join(str(c[v]) for v in VERDICTS)
            + f" | **{_ratio(c['right'], c['right'] + c['wrong'])}** "
            f"| {_ratio(c['right'], len(rows))} |"
        )
    out += [
        "",
        "| Crucial quote | articles | none | not gold | right | wrong | ambiguous | unnamed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, control in groups:
        rows_c = [j for j in crucial if control is None or j.control == control]
        c = Counter(j.verdict for j in rows_c)
        out.append(
            f"| {label} | {len(rows_c)} | {c['none']} | {c['not gold']} | "
            + " | ".join(str(c[v]) for v in VERDICTS[:4])
            + " |"
        )
    return out


def show(quotes: Sequence[Judged], crucial: Sequence[CrucialJudged]) -> list[str]:
    out = []
    for j in quotes:
        words = j.gold.quote if len(j.gold.quote) <= 60 else j.gold.quote[:57] + "..."
        out.append(f"{j.item}\t{j.verdict}\tgold={j.gold.speaker}\tshown={j.shown}\t{words}")
    for c in crucial:
        out.append(f"{c.item}\tcrucial {c.verdict}\tgold={c.gold}\tshown={c.shown}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set", choices=sorted(SETS), default="written", help="A set by name (default: written)."
    )
    parser.add_argument("--data", type=Path, help="A set by path (JSONL); overrides --set.")
    parser.add_argument(
        "--show", action="store_true", help="Also print every quote's verdict (the lead only)."
    )
    args = parser.parse_args(argv)
    quotes, crucial = run(load(args.data or SETS[args.set]))
    print("\n".join(table(quotes, crucial)))
    if args.show:
        print()
        print("\n".join(show(quotes, crucial)))


if __name__ == "__main__":
    main()
