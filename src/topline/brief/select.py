"""Which sentences make the brief: a learned score, editorial filters, and MMR.

The score comes from a small logistic-regression model over :mod:`topline.brief.features`,
trained by ``python -m benchmarks.train_scorer`` on sentences labelled by a greedy ROUGE oracle
against human summaries, and shipped as plain JSON (``topline/data/sentence_scorer.json``):
loading it needs no unpickling and no particular scikit-learn version. The same file holds the
:class:`Blend` (how much the lead prior counts, the MMR trade-off), which the training script
picks by cross-validation rather than by hand. The Topline is the model's choice among the
first news sentences; the bullets follow the story's order (:func:`in_story_order`), which
the bullet model did not beat, and the bullet score ranks the Crucial quote's sentence.

Editors never pick a sentence without a verb, a "Read more" line, a photo credit, a second
sentence that says what an earlier pick already said, or one that opens with a pronoun whose
antecedent the reader has not seen ("He told reporters …"); :func:`select_bullets` enforces
that with filters and maximal marginal relevance (MMR).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib import resources
from operator import mul, sub, truediv

from topline.brief.compress import compress
from topline.brief.cues import past_signals
from topline.brief.features import (
    DEICTIC_START,
    FEATURE_NAMES,
    PERSON_PRONOUN_START,
    SentenceView,
    content_terms,
    cosine,
    cosine_with,
    sentence_features,
    sentence_views,
    square_norm,
)
from topline.brief.fit import shorten
from topline.brief.lede import RUN_ON_WORDS, not_news
from topline.brief.refs import dangling_reference, introducing_sentence
from topline.brief.regex_gate import gate
from topline.brief.voice_rules import own_announcement
from topline.errors import ModelMissing
from topline.model import Analysis, Span, join_spans

# --- tunables ----------------------------------------------------------------------------
MODEL_FILE = "sentence_scorer.json"
#: The Topline is looked for among this many leading (eligible) sentences: the news is on top.
TOPLINE_WINDOW = 3
#: The Topline is looked for among this many leading eligible sentences when the first ones
#: are not news (a feature lede, a caption): the nut paragraph of a feature comes early.
NEWS_SEARCH = 6
#: MMR trade-off: score weight versus similarity to sentences already chosen (default of
#: :class:`Blend`; the shipped model file carries its own). The brief's bullets are chosen
#: in story order with :data:`BULLET_MMR_LAMBDA` instead (:func:`in_story_order`).
MMR_LAMBDA = 0.7
#: MMR trade-off of the bullets, which are scored by story order: 1 keeps the story's order
#: and leaves repeats to the duplicate filter (:data:`DUPLICATE_SIMILARITY`); trading order
#: against similarity (0.85) scored lower under nested cross-validation.
BULLET_MMR_LAMBDA = 1.0
#: Two sentences this similar (cosine of stemmed content words) say the same thing.
DUPLICATE_SIMILARITY = 0.5
#: Sentences shorter than this many words are not bullets ("Read more." "Watch the video.").
MIN_WORDS = 5
#: Weight of the lead prior ``1 / (1 + position)`` blended with the model's probability (default
#: of :class:`Blend`). On full articles nothing beat the inverted pyramid in cross-validation;
#: the model mostly reorders within the top of the story and rescues articles whose lede is weak.
LEAD_WEIGHT = 0.3
#: The same for the Topline model.
TOPLINE_LEAD_WEIGHT = 0.3
#: How much the page's own description (og:/meta description, written by an editor) counts
#: in the Topline choice when the page has one: cosine of content words, added to the
#: Topline score. It only reorders eligible news sentences of the window; its text is never
#: shown. Not tuned: a description is the outlet's own summary, so it outweighs the model.
DESCRIPTION_WEIGHT = 0.5
#: Classes of :func:`topline.brief.lede.not_news` that lean on a sentence the reader of the
#: Topline does not see ("It's a long trip …", "But …"): worse than any other not-news class
#: when no news sentence is near the top, since the reader cannot even tell who or what.
LEANING = frozenset({"pronoun", "connective"})
#: A sentence's share of a very long article is capped (avoid scoring pages of comments).
MAX_SENTENCES = 200

_BOILERPLATE = re.compile(
    r"^\W*(?:read more|sign up|click here|scroll down|visit site|subscribe|follow (?:us|him|her)|share this|"
    r"related:|advertisement|watch:?|video:|photo:|image:|picture:|credit:|copyright|"
    r"all rights reserved|for more (?:news|information|stories)|this article|this story|"
    r"email (?:us|me)|contact us|download|listen:|see also|more:|latest:|"
    r"(?:additional )?reporting by|editing by|writing by|compiled by|disclosure:)"
    r"|(?:getty images|ap photo|afp/getty|reuters/[a-z]|/ap\b|/reuters\b|photo credit|"
    r"©|\(c\) \d{4}|newsletter|cookies?\b|terms of (?:use|service)|privacy policy|"
    r"may earn (?:a )?(?:small )?(?:commission|affiliate))",
    re.I,
)
#: A line that opens by pointing at a picture ("Pictured is the clerk …", "Pictured: the
#: scene …", "Above, the new stadium …", "Left: the couple in 2010"): a caption, kept as a
#: sentence by the page, that names what the reader sees rather than what happened. A word
#: that opens a sentence too ("Above all, …", "Right now …") is followed by other words.
_PICTURE_OPENER = re.compile(
    r"^\W{0,2}(?:Pictured|Above|Below|Left|Right|Top|Bottom|Inset|Main picture|Main image)"
    r"(?:\s*[:,—–]|\s+-|\s+(?:is|are|was|were|here|with)\b)"
)
_SPEECH_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according|asked|wrote|writes|stated|explained|"
    r"insisted|claimed|argued|warned|announced|admitted|revealed)\b",
    re.I,
)
#: The two searches asked of every sentence, skipped where none of their words occurs.
_BOILERPLATE_GATE, _SPEECH_CUE_GATE = gate(_BOILERPLATE), gate(_SPEECH_CUE)
#: A sentence that opens by setting a time a few days or weeks before the news ("Last week,
#: the ministry said …", "Earlier this week, …", "Days earlier, …"): what happened before
#: the story's own news, told after it. :func:`~topline.brief.cues.past_signals` reads "last
#: month" and "earlier this month" but not these (they are the scorer's features, fixed).
_EARLIER_OPENER = re.compile(
    r"^\W{0,2}(?:Last (?:week|weekend)|Earlier (?:this|that|in the) week|"
    r"(?:A|One|Two|Three|A few|Several) (?:days|weeks?) (?:ago|earlier|before)|"
    r"(?:Days|Weeks) (?:ago|earlier|before)|The (?:previous|prior) (?:week|day))\b"
)
#: A sentence whose subject is a bare role noun ("The agency released …", "The company
#: said …", "The 34-year-old was …") names someone the story named before: shown alone, the
#: reader never learns which agency. As the first news sentence it may be all there is (a
#: text whose opening was cut); after one, it goes on from it.
_ROLE_SUBJECT = re.compile(
    r"^\W{0,2}The (?:agency|company|firm|group|department|ministry|organi[sz]ation|charity|"
    r"club|team|union|network|council|committee|commission|authority|board|office|bank|"
    r"court|campaign|hospital|school|university|museum|library|retailer|carrier|airline|"
    r"regulator|watchdog|broadcaster|publisher|carmaker|"
    r"man|woman|boy|girl|couple|pair|family|player|singer|actor|actress|star|Briton|"
    r"\d{1,3}-year-old)\s+(?!of\b|in\b|at\b|for\b|and\b|or\b)(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|said|told|is|was|were|are|will|would|could|can|may|must|won|lost|"
    r"made|took|gave|became|found|left|paid|sold|went|came|began|got|set|put|cut|hit|led|"
    r"saw|kept|held|ran|spent|now|also|then|still)\b"
)
#: The same with a description before the role noun, or a relative clause after it ("The
#: two-time Tony-winning actor-singer, who also stars in …, returns …", "The quaint capital
#: city put on one hell of a show …", "The former senator told …"): an epithet for someone
#: or somewhere the sentence before named, which it never names itself (fourteenth session,
#: second round). The description is in lower case (a name in capitals, "The European
#: Commission said …", names its own), or a capital only inside a hyphenated word
#: ("Oscar-winning", "Tony-winning").
_EPITHET_SUBJECT = re.compile(
    r"^\W{0,2}The (?:(?:[a-z0-9][a-z0-9-]*|[A-Z][a-z]+-[a-z]+)\s+){1,3}"
    r"(?:actor|actress|singer|star|player|writer|author|director|producer|artist|musician|"
    r"senator|candidate|lawmaker|politician|governor|mayor|minister|billionaire|tycoon|"
    r"mogul|businessman|businesswoman|entrepreneur|coach|manager|striker|champion|"
    r"city|town|village|capital|country|nation|island|resort|festival|company|firm|group|"
    r"agency|club|team|man|woman|couple|family)"
    r"(?:-[a-z]+)?(?:,\s+(?:who|which)\b|\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|is|was|"
    r"were|are|will|would|could|can|may|must|won|lost|made|took|gave|became|found|left|put|"
    r"paid|sold|went|came|began|got|set|cut|hit|led|saw|kept|held|ran|spent|now|also)\b)"
)
_OPENS_WITH_QUOTE = re.compile(r"^\W{0,2}[‘“\"']")
_ENDS_WITH_QUOTE = re.compile(r"[’”\"']\W{0,2}$")
#: An opening mark inside the sentence ("branded the move 'disgraceful'."): the quote is whole.
_OPENING_MARK = re.compile(r"(?:^|[\s(\[—-])[‘“\"'](?=\w)")
_FIRST_PERSON = re.compile(r"^\W{0,2}(?:I|I'm|I’m|I've|I’ve|We|We're|We’re|My|Our|Me|Us)\b")


@dataclass(frozen=True)
class LinearModel:
    """A standardised logistic regression: ``sigmoid(((x - mean) / scale) · coef + b)``."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def __post_init__(self) -> None:
        sizes = {len(self.mean), len(self.scale), len(self.coef)}
        if len(sizes) != 1:
            raise ValueError("a model's mean, scale and coefficients differ in length")

    def score(self, row: Sequence[float]) -> float:
        if len(row) != len(self.coef):
            raise ValueError(f"{len(row)} features for a model of {len(self.coef)}")
        # ``c * (x - m) / s`` term by term, in C (no Python frame or tuple per term): the
        # same operations in the same order, so the same floats and the same sum.
        terms = map(truediv, map(mul, self.coef, map(sub, row, self.mean)), self.scale)
        z = self.intercept + sum(terms)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def to_json(self) -> str:
        return json.dumps(
            {
                "kind": "logistic",
                "features": list(self.features),
                "mean": list(self.mean),
                "scale": list(self.scale),
                "coef": list(self.coef),
                "intercept": self.intercept,
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, raw: str) -> LinearModel:
        data = json.loads(raw)
        return cls(
            features=tuple(data["features"]),
            mean=tuple(data["mean"]),
            scale=tuple(data["scale"]),
            coef=tuple(data["coef"]),
            intercept=float(data["intercept"]),
        )


@dataclass(frozen=True)
class Blend:
    """How the models' probabilities meet the editors' priors.

    ``lead_weight`` and ``topline_lead_weight`` mix the lead prior ``1 / (1 + position)`` into
    the bullet and Topline scores; ``mmr_lambda`` trades score against similarity to the
    sentences already chosen. Learned alongside the models (``train.tune_blend``).
    """

    lead_weight: float = LEAD_WEIGHT
    topline_lead_weight: float = TOPLINE_LEAD_WEIGHT
    mmr_lambda: float = MMR_LAMBDA


@dataclass(frozen=True)
class Scorer:
    """Two models, one for the Topline (the single best sentence) and one for the bullets,
    and the :class:`Blend` that turns their probabilities into choices."""

    topline: LinearModel
    bullet: LinearModel
    blend: Blend = Blend()

    def to_json(self) -> str:
        return json.dumps(
            {
                "topline": json.loads(self.topline.to_json()),
                "bullet": json.loads(self.bullet.to_json()),
                "blend": dataclasses.asdict(self.blend),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, raw: str) -> Scorer:
        data = json.loads(raw)
        return cls(
            topline=LinearModel.from_json(json.dumps(data["topline"])),
            bullet=LinearModel.from_json(json.dumps(data["bullet"])),
            blend=Blend(**{k: float(v) for k, v in data.get("blend", {}).items()}),
        )


_RETRAIN = "reinstall topline, or from a source checkout run: python -m benchmarks.train_scorer"


@functools.cache
def load_model() -> Scorer:
    """The shipped scorer; a clear error when the file is missing or out of date."""
    try:
        raw = (resources.files("topline") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ModelMissing(f"the sentence scorer {MODEL_FILE} is missing; {_RETRAIN}") from exc
    try:
        model = Scorer.from_json(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelMissing(f"{MODEL_FILE} is unreadable; {_RETRAIN}") from exc
    if model.topline.features != FEATURE_NAMES or model.bullet.features != FEATURE_NAMES:
        raise ModelMissing(f"{MODEL_FILE} was trained on other features; {_RETRAIN}")
    return model


@dataclass(frozen=True)
class Scored:
    """A sentence with its bullet score and its Topline score (each blended with the lead)."""

    view: SentenceView
    score: float
    topline_score: float = 0.0


def _blend(probability: float, index: int, weight: float) -> float:
    return (1 - weight) * probability + weight / (1 + index)


def score_sentences(analysis: Analysis, model: Scorer | None = None) -> list[Scored]:
    """Every sentence with the probabilities that an editor would keep it (lead-blended)."""
    model = model or load_model()
    views = sentence_views(analysis)[:MAX_SENTENCES]
    rows = sentence_features(analysis, views)
    blend = model.blend
    described = Counter(content_terms(analysis.article.description or ""))
    return [
        Scored(
            v,
            _blend(model.bullet.score(r), v.index, blend.lead_weight),
            _blend(model.topline.score(r), v.index, blend.topline_lead_weight)
            + DESCRIPTION_WEIGHT * cosine(v.terms, described),
        )
        for v, r in zip(views, rows, strict=True)
    ]


def is_boilerplate(text: str) -> bool:
    """Page furniture ("Read more: …", "Visit site …", a photo credit) or a line that
    describes a picture (:data:`_PICTURE_OPENER`): not a statement of the news."""
    return bool(_BOILERPLATE_GATE.search(text) or _PICTURE_OPENER.match(text))


def is_unattributed_speech(text: str) -> bool:
    """A piece of a quotation cut off from its speaker ("I can't thank them enough.'").

    Such sentences read as the reporter's own voice when shown alone, so they are never a
    Topline or a bullet; quotes with their speaker in the same sentence stay eligible, and so
    do sentences that end on a whole quoted phrase ("branded the move 'disgraceful'.").
    """
    if _SPEECH_CUE_GATE.search(text):
        return False
    if _FIRST_PERSON.match(text) and not own_announcement(text):
        return True  # "We are excited to announce …" is a company's post, not a quotation
    if _OPENS_WITH_QUOTE.match(text):
        return True
    return bool(_ENDS_WITH_QUOTE.search(text)) and not _OPENING_MARK.search(text)


def has_verb(view: SentenceView) -> bool:
    """Whether the sentence has a verb, as the analysis pass tagged it
    (:attr:`topline.model.Sentence.has_verb`): the brief never runs spaCy again."""
    return view.has_verb


def _starts_like_a_sentence(text: str) -> bool:
    """A fragment left by a bad split ("you to everyone who came") starts in lower case."""
    first = next((ch for ch in text if ch.isalnum()), "")
    return first.isupper() or first.isdigit()


def eligible(candidates: Sequence[Scored]) -> list[Scored]:
    """Sentences an editor could use at all: long enough, not boilerplate, with a verb."""
    kept = [
        c
        for c in candidates
        if c.view.words >= MIN_WORDS
        and c.view.terms
        and not is_boilerplate(c.view.text)
        and not c.view.inside_quote
        and not is_unattributed_speech(c.view.text)
        and _starts_like_a_sentence(c.view.text)
        and has_verb(c.view)
    ]
    return kept


def _shown(view: SentenceView) -> tuple[str, int, bool]:
    """The sentence as a Topline shows it (dateline, wire credit and asides left out), its
    length in words, and whether it had to be cut: the lede rules judge what the reader
    would read.

    A sentence still longer than :data:`~topline.brief.lede.RUN_ON_WORDS` is shown as its
    whole first main clause when :func:`~topline.brief.fit.shorten` can cut it there ("A
    six-year trend of deficits will end this year, the budget office reported on Tuesday --
    a development that …"): that is what the Topline would show, so it is what is judged.
    A run-on with no clause end to cut at (a caption glued to the lede) stays a run-on.
    """
    spans = compress(view.text, Span(0, len(view.text)), lede=True)
    shown = join_spans(view.text, spans)
    cut = None
    if len(shown.split()) > RUN_ON_WORDS and (cut := shorten(view.text, spans)) is not None:
        shown = join_spans(view.text, cut)
    return shown, len(shown.split()), cut is not None


def _judged(view: SentenceView) -> tuple[str | None, bool]:
    """:func:`topline_defect` and whether the sentence is shown cut to its first clause."""
    shown, words, cut = _shown(view)
    defect = not_news(
        shown, raw=view.text, named=view.named, words=words, published_year=view.published_year
    )
    return defect, cut


def topline_defect(view: SentenceView) -> str | None:
    """Why ``view`` cannot be the Topline (:func:`topline.brief.lede.not_news`), or None."""
    return _judged(view)[0]


def choose_topline(
    candidates: Sequence[Scored],
    window: int | None = None,
    foils: Collection[int] = (),
    leaning: Collection[int] = (),
) -> Scored | None:
    """The best-scoring of the first ``window`` eligible sentences that are news.

    The news is on top, so only the first :data:`NEWS_SEARCH` eligible sentences are looked
    at. Of these, a sentence that is not the news (:mod:`topline.brief.lede`: a pronoun or a
    connective opener, a question, a caption or run-on, a headline, a past-time opener, a
    scene-setter) is never the Topline while one that is remains; nor is a later sentence
    that talks about the past ("The council had already cut hours since 2019", "Last week,
    the ministry said …", :data:`_EARLIER_OPENER`): that is Key background; nor a later
    sentence whose subject is a bare role noun for someone named before ("The agency
    released …", :data:`_ROLE_SUBJECT`; "The two-time Tony-winning actor-singer, who …,
    returns …", :data:`_EPITHET_SUBJECT`), nor a later sentence too long to show whole (cut
    to its first clause, :func:`_shown`: the lede may be cut so, not a sentence below a
    whole one), nor a later sentence in ``leaning``: one whose opening refers back to what
    an earlier sentence introduced (:func:`topline.brief.refs.leans_back`: "The computer
    maker said …", "Of the total purchase price, …", "…, Castro said …"); the Topline is read
    alone. When no sentence near the top is news, the best of the first ``window``
    sentences that still read alone (not a question, not a pronoun or connective opener,
    :data:`LEANING`) is taken, and only when there is none the best of the first ``window``
    that are not questions. ``foils`` are the indices of sentences that the sentence after
    them turns against (:func:`topline.brief.lede.foil`): not the news either. A choice
    that opens with a bare surname or shell noun yields to the news sentence that
    introduces it (:func:`_introduced`).
    """
    window = window or TOPLINE_WINDOW
    top = list(candidates[:NEWS_SEARCH])
    judged = [_judged(c.view) for c in top]
    defects = [
        "foil" if d is None and c.view.index in foils else d
        for c, (d, _) in zip(top, judged, strict=True)
    ]
    cut = {id(c) for c, (_, was_cut) in zip(top, judged, strict=True) if was_cut}
    news = [c for c, d in zip(top, defects, strict=True) if d is None]
    # With no news sentence near the top (a column, a short item): a sentence that reads
    # alone, else any statement (the old rule).
    statements = [(c, d) for c, d in zip(top, defects, strict=True) if d != "question"]
    alone = [c for c, d in statements if d not in LEANING]
    lead = news[:window] or alone[:window] or [c for c, _ in statements][:window]
    first = lead[0] if lead else None
    plain = [
        c
        for c in lead
        if c is first
        or not (
            id(c) in cut
            or past_signals(c.view.text)
            or _EARLIER_OPENER.match(c.view.text)
            or _ROLE_SUBJECT.match(c.view.text)
            or _EPITHET_SUBJECT.match(c.view.text)
            or c.view.index in leaning
        )
    ]
    best = max(plain, key=lambda c: c.topline_score, default=None)
    return _introduced(best, plain)


def _introduced(best: Scored | None, plain: Sequence[Scored]) -> Scored | None:
    """``best``, or the news sentence that introduces what it refers back to when it opens
    with a bare surname or a bare shell noun (:func:`topline.brief.refs.dangling_reference`,
    nothing shown before a Topline): "Boyle's question centered on …" yields to "Donald
    Trump praised … Matthew Boyle …", which states the news and names him. The introducing
    sentence must be one of the ``plain`` news sentences a Topline may be; when it is not
    (past talk, not a candidate), the lede (the first ``plain`` sentence) is taken instead
    when it reads alone: the Topline is read alone, and the news is on top; only when the
    lede leans back too ``best`` stays: nothing in the brief could resolve it."""
    if best is None or dangling_reference(best.view, ()) is None:
        return best
    intro = introducing_sentence(best.view, [c.view for c in plain])
    first = plain[0]
    lede = first if dangling_reference(first.view, ()) is None else best
    return next((c for c in plain if c.view.index == intro), lede)


def in_story_order(candidates: Sequence[Scored]) -> list[Scored]:
    """The candidates scored by their place in the story alone (``1 / (1 + position)``): how
    the bullets are chosen. The bullet model's score (blended with the lead prior) did not
    beat story order under nested cross-validation on CNN/DM, and lost to it when trained on
    other news (docs/benchmarks.md, seventh session); it still ranks the Crucial quote's
    sentence and Key background's ties."""
    # ``dataclasses.replace(c, score=…)``, made directly (asked for every pool of bullets)
    return [Scored(c.view, 1.0 / (1 + c.view.index), c.topline_score) for c in candidates]


def too_similar(view: SentenceView, chosen: Sequence[SentenceView]) -> bool:
    return any(cosine(view.terms, c.terms) >= DUPLICATE_SIMILARITY for c in chosen)


def dangling_pronoun(view: SentenceView, taken: Sequence[SentenceView]) -> bool:
    """Whether the sentence opens with a reference whose antecedent the brief does not show.

    "He/She/His/Her …" needs the nearest earlier sentence that names a person to be in the
    brief (otherwise the reader pins the pronoun on whoever the brief named last);
    "It/This/These …" needs the very sentence before it. A bare surname ("Calabrese told
    …") needs an element that names that person in full, a bare shell noun ("The move
    comes …") the sentence before it or an element with the same noun
    (:func:`topline.brief.refs.dangling_reference`).
    """
    if PERSON_PRONOUN_START.match(view.text):
        return all(t.index != view.person_antecedent for t in taken)
    if DEICTIC_START.match(view.text):
        return all(t.index != view.index - 1 for t in taken)
    return dangling_reference(view, taken) is not None


def select_bullets(
    candidates: Sequence[Scored],
    chosen: Sequence[SentenceView],
    max_bullets: int,
    mmr_lambda: float = MMR_LAMBDA,
) -> list[SentenceView]:
    """Up to ``max_bullets`` sentences by MMR, none too close to another, none opening with a
    dangling pronoun; in story order."""
    pool = [c for c in candidates if all(c.view.index != v.index for v in chosen)]
    if mmr_lambda == 1.0:
        return _by_score(pool, chosen, max_bullets)
    picked: list[SentenceView] = []
    # Each candidate's redundancy (its largest cosine with a sentence taken so far) is kept up
    # to date as sentences are taken, not recomputed against all of them in every round:
    # the same maxima of the same cosines (all ≥ 0), so the same choices.
    # Squared norms are read once per sentence, not once per cosine (:func:`cosine_with`:
    # the same integer sums, so the same floats).
    norms = [square_norm(c.view.terms) for c in pool]
    redundancy = [
        max(
            (cosine_with(c.view.terms, t.terms, n, square_norm(t.terms)) for t in chosen),
            default=0.0,
        )
        for c, n in zip(pool, norms, strict=True)
    ]
    while pool and len(picked) < max_bullets:
        taken = [*chosen, *picked]
        k = max(
            range(len(pool)),
            key=lambda i: mmr_lambda * pool[i].score - (1 - mmr_lambda) * redundancy[i],
        )
        best = pool.pop(k)
        best_redundancy = redundancy.pop(k)
        best_norm = norms.pop(k)
        if best_redundancy >= DUPLICATE_SIMILARITY or dangling_pronoun(best.view, taken):
            continue  # too similar to a sentence taken (:func:`too_similar`), or dangling
        picked.append(best.view)
        redundancy = [
            max(r, cosine_with(c.view.terms, best.view.terms, n, best_norm))
            for c, r, n in zip(pool, redundancy, norms, strict=True)
        ]
    return sorted(picked, key=lambda v: v.index)


def _by_score(
    pool: list[Scored], chosen: Sequence[SentenceView], max_bullets: int
) -> list[SentenceView]:
    """:func:`select_bullets` when similarity has no weight in the choice (``mmr_lambda``
    1, the bullets' :data:`BULLET_MMR_LAMBDA`): the best score left is taken each round, and
    only its redundancy is read, to refuse a repeat. The same cosines, the same maximum
    (all ≥ 0), so the same choices, without a cosine per candidate per sentence taken."""
    picked: list[SentenceView] = []
    while pool and len(picked) < max_bullets:
        taken = [*chosen, *picked]
        best = pool.pop(max(range(len(pool)), key=lambda i: pool[i].score))
        terms = best.view.terms
        norm = square_norm(terms)
        redundancy = max(
            (cosine_with(terms, t.terms, norm, square_norm(t.terms)) for t in taken),
            default=0.0,
        )
        if redundancy >= DUPLICATE_SIMILARITY or dangling_pronoun(best.view, taken):
            continue
        picked.append(best.view)
    return sorted(picked, key=lambda v: v.index)
