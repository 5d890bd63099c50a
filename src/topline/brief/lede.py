"""What a Topline may not be: the classes of sentence that are not the news, even on top.

An editor's Topline is one sentence that says what happened, read alone. Measured on pages
of many outlets, about half the Toplines that were not the news fell into a few classes,
each a property of the sentence that needs no article-specific knowledge:

- it leans on a sentence the reader has not seen: it opens with a pronoun ("He recalled …",
  "This comes after …", "It would be called …") or a connective ("But …", "And …",
  "However, …", "In fact, …", "Actually, …"), or leaves out the verb its auxiliary needs
  ("Staying on the Moon and reaching Mars, however, haven't.", :func:`elliptical`), or
  ends on a bare pointing word ("… highlighted both.", "… did the same.");
- it is not a statement: a question, a headline set in title case ("13-Inch MacBook Pro
  With Scissor Keyboard Expected …"), a line with no sentence-final stop (a subhead, a label),
  or a row of figures (a table, an ingredient list);
- it goes on from a quotation begun earlier ("…," Paganini added.);
- it is a photo caption ("… (pictured) …", "AP Photo/…"), or a run-on: a caption or a second
  sentence glued to the lede, longer than :data:`RUN_ON_WORDS` once compressed;
- it sets the time in the past ("In 1988, …", "Three years ago, …", "Earlier this year, …"):
  that is Key background;
- it is a foil: it says what usually happens ("Candidates typically take a timeout …") and
  the next sentence turns against it ("But that hasn't stopped …", :func:`foil`);
- it sets a scene or talks to the reader: a short sentence naming nobody and no figure
  ("The symptoms came on quickly."), or one in the first or second person ("If you …",
  "Of course you …", "I want …"); "we" only when an organisation does not announce its
  own news (:func:`~topline.brief.voice_rules.own_announcement`: "We are excited to
  announce …" is a company post's news).

:func:`not_news` names the class of a sentence (or None); :func:`topline.brief.select.choose_topline`
keeps such sentences out of the Topline whenever a sentence near the top is none of these.
"""

from __future__ import annotations

import re

from topline.brief.voice_rules import cataphoric_possessive, own_announcement
from topline.cue_lexicon import SPEECH_VERBS

# --- tunables ----------------------------------------------------------------------------
#: A Topline (after compression) longer than this is a run-on: two sentences, or a caption
#: glued to the lede (a newsroom lede runs under 30 words; the editorial audit flags 45).
RUN_ON_WORDS = 45
#: A sentence shorter than this that names no one and no figure is a scene-setter.
SCENE_WORDS = 12
#: A headline in title case: at least this many words, and this share of them capitalised.
HEADLINE_WORDS = 5
HEADLINE_CAPITALS = 0.9
#: A line whose words are more than this share numbers is a table row or a recipe list.
NUMERIC_SHARE = 0.35

_TIME_NOUN = (
    r"(?:week|weekend|year|month|morning|afternoon|evening|season|summer|spring|fall|autumn|"
    r"winter|time)"
)
PRONOUN_OPENER = re.compile(
    r"^\W{0,2}(?:(?:He|She|It|They|We|I|You|Him|Them|Us|His|Her|Its|Their|Our|My|Your|"
    r"Here|There)(?:['’]\w+)?\b(?!-)|(?:This|That|These|Those)\b(?!\s+" + _TIME_NOUN + r"\b)"
    # "Those who …", "Those mourning …", "Those killed …": the people the clause describes,
    # not a pointer back (twelfth session)
    r"(?<!Those)|Those\b(?!\s+(?:who|whom|whose|[a-z]{3,}ing|[a-z]{3,}ed|killed|hurt|"
    r"injured|left|held|taken|caught|born)\b))"
)
#: A sentence that opens with a bare shell noun and its verb points back to the sentence
#: before it ("The find almost certainly means …", "The move comes after …"; "The move to
#: close the plant …" says what it is): shown as the Topline, the reader never saw what was
#: found or moved (twelfth session). A demonstrative and a shell noun later in the sentence
#: ("… rejected these accusations …") point back too, but refusing them cost 1.2 ROUGE-1 on
#: the pages' odd half (one page) and is not done.
#: The class is Schmid's (2000, *English Abstract Nouns as Conceptual Shells*): nouns whose
#: content is a proposition or an event told elsewhere, in the families news writing uses to
#: refer back to its news (the fifteenth session added the factual and linguistic ones:
#: findings, report, study, result, problem, statement; :mod:`topline.brief.refs` reads
#: them in the bullets).
SHELL_NOUNS = (
    r"(?:find|findings?|discovery|move|decision|announcement|incident|ruling|deal|vote|"
    r"development|revelation|remarks|comments|accusations?|allegations?|claims?|charges?|"
    r"measures?|proposal|plan|plans|change|changes|news|report|study|survey|results?|"
    r"outcome|agreement|verdict|problem|situation|step|effort|attempt|statement)"
)
SHELL_OPENER = re.compile(
    rf"^\W{{0,2}}The {SHELL_NOUNS}\s+(?:(?:almost|also|now|already|still|only|"
    r"\w+ly)\s+){0,2}(?:comes?|came|was|is|are|were|has|have|had|will|would|could|may|"
    r"might|means?|meant|follows?|followed|marks?|marked|sparked|prompted|drew|brings?|"
    r"brought|represents?|appears?|seems?)\b"
)
#: "We" opening an organisation's announcement of its own news names the organisation, whose
#: page it is: it leans on no sentence before it.
WE_OPENER = re.compile(r"^\W{0,2}(?:Today,?\s+)?(?:We|Our)\b")
CONNECTIVE_OPENER = re.compile(
    r"^\W{0,2}(?:But|And|Or|So|Yet|Still|Also|However|Meanwhile|Moreover|Furthermore|"
    r"Nevertheless|Nonetheless|Instead|Besides|Thus|Therefore|Hence|Then|Indeed|Plus|"
    r"Otherwise|Again|Likewise|Similarly|Surely|Consequently|Accordingly|Finally|Ultimately|"
    r"Rather|Regardless|"
    r"In fact|Of course|For example|For instance|In addition|In other words|After all|"
    r"As a result|Even so|On the other hand|That said|In the end|In short|Above all|"
    r"In it|In turn|By contrast|In contrast|At the same time|Not only that|"
    # a correction of what was just said: "Actually, what socialism does is …"
    r"Actually|In reality|In truth|Then again|Even then|Not that|"
    # a time relative to what was just told: "In the meantime, the mayor …" (twelfth session)
    r"In the meantime|In the meanwhile|Since then|By then|Until then|After that)\b"
)
#: A short sentence (at most :data:`ELLIPSIS_WORDS` words) that ends on an auxiliary whose
#: verb it leaves out ("Staying on the Moon and reaching Mars, however, haven't.", "Others
#: did not."): the verb is in the sentence before it. A longer one usually has it in its own
#: first clause ("… are able to go to school but he is not.").
ELLIPSIS_WORDS = 12
_ELLIPSIS_END = re.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|may|might|"
    r"must|shall)(?:n['’]t|\s+not)[\"”’']?\s*[.!?][\"”’']?\s*$|"
    r"\b(?:isn|aren|wasn|weren|hasn|haven|hadn|don|doesn|didn|won|wouldn|couldn|shouldn|"
    r"can)['’]t[\"”’']?\s*[.!?][\"”’']?\s*$"
)
#: A sentence that ends on a bare pointing word for what the sentence before it told ("The
#: view from here of Super Tuesday highlighted both.", "Nobody had expected that.", "The
#: council did the same."): read alone, the reader never learns both of what.
POINTS_BACK_END = re.compile(
    r"\s(?:both|either|neither|this|that|these|those|the same)[\"”’']?\s*[.!][\"”’']?\s*$"
)
#: A short sentence that ends on "it" after a preposition ("Donald Trump says he doesn't
#: believe in it.", the second line of a column's lede after "Ted Cruz says climate change
#: is not happening."): the thing it is about was named before it (fourteenth session).
#: Only up to :data:`SHORT_IT_WORDS` words: a longer sentence names its own thing first.
ENDS_ON_IT = re.compile(
    r"\s(?:in|about|of|on|with|for|against|to|from|by|into|over) it[\"”’']?\s*[.!][\"”’']?\s*$"
)
SHORT_IT_WORDS = 12
#: A quotation whose cue says it goes on from an earlier one ("…," Paganini added.", "…,"
#: she continued."): its speaker was introduced, and the quotation begun, in a sentence the
#: reader of the Topline does not see.
CONTINUED_QUOTE = re.compile(
    r"[,.!?…](?:''|[\"”’'])\s+(?:(?:[A-Z][\w.'’-]*|he|she|they)\s+){1,3}"
    r"(?:added|adds|continued|continues|went on)\b[^.!?\"“”]{0,40}[.!?]?\s*$"
)
SECOND_PERSON = re.compile(r"\b(?:you|your|yourself)\b", re.I)
#: The writer's first person, in every case of the pronoun ("I", "me", "my", "myself";
#: "we", "us", "our", "ours", "ourselves": "Donald Trump has warned us about …" speaks
#: for the writer as "we" does). "mine" is left out: it is a noun too.
FIRST_PERSON_SINGULAR = re.compile(r"(?:^|\s)(?:I|I['’]m|I['’]ve|my|me|myself)\b")
FIRST_PERSON_PLURAL = re.compile(r"(?:^|\s)(?:we|our|us|ours|ourselves)\b")
CAPTION = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file)\b|"
    r"\bpictured\b|\bphoto(?:graph)?(?:ed)? by\b|\b(?:AP|AFP|EPA|Reuters) Photo\b|"
    r"\bGetty Images\b|\bShutterstock\b|\b(?:photo|image) credit\b|"
    r"\bin this (?:photo|image|picture|file photo|handout)\b|\bseen here\b|"
    # the page's pictures as the subject: "…, these images will have the propaganda unit
    # spitting feathers" (fourteenth session)
    r"\b(?:these|those) (?:images|pictures|photos|photographs)\b",
    re.I,
)
BACKGROUND_OPENER = re.compile(
    r"^\W{0,2}(?:(?:Back )?(?:In|By|During|Until) (?:the )?(?:early |late |mid-?|summer of |"
    r"spring of |fall of |autumn of |winter of )?(?P<year>(?:1[89]|20)\d\d)(?:['’]?s)?\b"
    # a decade reads so too: "In the late 1960s, the ice fields covered …" (fourteenth session)
    r"(?!\s*(?:will|to)\b)|"
    # "Seventy-four years ago, …": a number written with a hyphen (fourteenth session)
    r"(?:\w+(?:-\w+)?|A few|Several|Many) (?:years|decades|months) (?:ago|earlier|before)\b|"
    # one period back: "A year ago, NASA announced …" (eleventh session)
    r"(?:A|One) (?:year|decade|month|century) (?:ago|earlier|before)\b|"
    r"(?:Years|Decades|Months|Long) (?:ago|earlier|before)\b|"
    r"Earlier this (?:year|month|decade)\b|Last (?:year|spring|summer|fall|autumn|winter)\b|"
    r"Once upon\b|When (?:he|she|I|we|they) (?:was|were)\b)"
)
#: An entry of a timeline or a live blog: a clock time and a dash open it ("11:00 am – Police
#: receive calls …", "9.45pm — The minister arrives"). It is one moment of many, and the
#: page's news is what the entries add up to (twelfth session).
TIMELINE_ENTRY = re.compile(
    r"^\W{0,2}\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|EDT|EST|CET|ET|PT)?|\s*[ap]\.?m\.?)"
    r"\s*[–—-]{1,2}\s",
    re.I,
)
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up via vs with".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^[\W]*[\d½¼¾][\d.,:/%½¼¾-]*\W*$")
#: Sentence-final punctuation, possibly followed by closing quotes or brackets.
_TERMINATED = re.compile(r"[.!?…][\"”’')\]]*\s*$")


#: A quotation: in curly or straight marks, or in typewriter pairs (``…'' on the wires,
#: ''…'' in the NYT's archive; :mod:`topline.analyze.quote_marks` reads them so).
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’(?!\w)|(?:``|'')(?:(?!''|``).)*''")
#: A lede that states what usually happens, or what a thing is known for ("Presidential
#: candidates typically take a timeout from the paid-speech circuit …", "Technology shows
#: … have become known for their 'booth babes' …", "It's well known that exercise …"): a
#: foil set up for the story to break, when the sentence after it turns (:data:`TURN_OPENER`:
#: "But that hasn't stopped …", "However, a Dutch firm has …"). The news is the exception,
#: told after the turn (fourteenth session, second round).
HABITUAL = re.compile(
    r"\b(?:typically|usually|normally|generally|traditionally|customarily|routinely|"
    r"tends? to|ha(?:ve|s) long|ha(?:ve|s) become (?:known|famous|synonymous)|"
    r"(?:is|are) (?:best |widely |well )?known (?:for|as)|well[- ]known|conventional wisdom)\b",
    re.I,
)
#: The sentence after a foil that breaks it: "But …", "However, …", "Yet …", "Now, …".
TURN_OPENER = re.compile(
    r"^\W{0,2}(?:But|However|Yet|Instead|Now|Not so|Until now|That is,? until)\b"
)


#: A present-tense verb group that tells an event going on ("is racing", "are introducing"):
#: news in the present, not a general statement.
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+)?\w{2,}ing\b")


def _third_person(verb: str) -> str:
    """ "says", "denies", "pushes", "warns": the present third person of a verb's lemma."""
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")


#: A verb of saying in the present ("Sanders says he is …", "Critics warn …"): a report of
#: what someone says, told in the present as news writing does, not the writer's frame.
_SAYING_NOW = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            form for verb in SPEECH_VERBS if "_" not in verb for form in (verb, _third_person(verb))
        )
    )
    + r")\b"
)


def foil(text: str, following: str, tense: str = "") -> bool:
    """``text`` is a foil for the news, not the news, when the sentence ``following`` it turns
    against it (:data:`TURN_OPENER`) and ``text`` says what usually happens (:data:`HABITUAL`,
    outside quotation marks) or, told in the simple present (``tense``, the analysis's
    reading of its root verb), states what is so rather than what happened ("Flipping a coin
    is supposed to be one of the fairest ways …" / "However, when coins were flipped …";
    "X is a former Army captain and a lifelong Republican." / "But on Thursday he spoke …"):
    a feature's set-up, whose turn brings the news (the "nut graf" tells an event, in the
    past or the present perfect). An event going on ("is racing to visit …") or a report of
    what someone says ("says he is prepared …") in the present is news, not a set-up."""
    if not TURN_OPENER.match(following):
        return False
    own = _QUOTED.sub(" ", text)
    if HABITUAL.search(own):
        return True
    return tense == "present" and not _PROGRESSIVE.search(own) and not _SAYING_NOW.search(own)


def elliptical(text: str) -> bool:
    """A short sentence whose last verb is an auxiliary with its verb left out
    (:data:`_ELLIPSIS_END`)."""
    return len(text.split()) <= ELLIPSIS_WORDS and bool(_ELLIPSIS_END.search(text))


def is_headline(text: str) -> bool:
    """Title case with no final stop: a headline or a label repeated in the body."""
    if _TERMINATED.search(text):
        return False
    words: list[str] = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if len(words) < HEADLINE_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= HEADLINE_CAPITALS


def is_background(text: str, published_year: int | None = None) -> bool:
    """Opens by setting the time in the past: an earlier year (when the publication year is
    known, else any year opener), "three years ago", "earlier this year", "last year"."""
    m = BACKGROUND_OPENER.match(text)
    if m is None:
        return False
    year = m["year"]
    return year is None or published_year is None or int(year) < published_year


def is_table_row(text: str) -> bool:
    """Mostly numbers: a line of a table, a score sheet or an ingredient list."""
    tokens = _TOKEN.findall(text)
    return (
        bool(tokens) and sum(bool(_NUMBER.match(t)) for t in tokens) / len(tokens) > NUMERIC_SHARE
    )


def _names_its_own(text: str) -> bool:
    """A pronoun opener that leans on no earlier sentence: "We" announcing an organisation's
    own news, or a possessive bound to the subject after the comma ("Their dream shattered,
    nearly 150 Indians returned …")."""
    return bool(WE_OPENER.match(text) and own_announcement(text)) or cataphoric_possessive(text)


def not_news(
    text: str,
    *,
    raw: str | None = None,
    named: bool = True,
    words: int | None = None,
    published_year: int | None = None,
) -> str | None:
    """The class of sentence that ``text`` is when it cannot be a Topline, else None.

    ``text`` is the sentence as the Topline would show it (dateline and short asides left
    out), ``raw`` the sentence as written (default ``text``: whether it ends like a sentence is
    read there, since compression may cut its final stop); ``named`` says whether it names an entity, a figure or a date; ``words`` is its
    length once compressed (the run-on test); ``published_year`` tells an earlier year
    ("In 2019, …" in a 2020 story) from this year's news.
    """
    stripped = text.rstrip("\"”’' ")
    n = words if words is not None else len(text.split())
    if stripped.endswith("?"):
        return "question"
    if CONNECTIVE_OPENER.match(text) or elliptical(text):
        return "connective"
    if PRONOUN_OPENER.match(text) and not _names_its_own(text):
        return "pronoun"
    if SHELL_OPENER.match(text):
        return "pronoun"  # a bare shell noun that points back: "The find almost …"
    if POINTS_BACK_END.search(raw if raw is not None else text):
        return "pronoun"  # "… highlighted both.": both of what, the sentence before said
    if n <= SHORT_IT_WORDS and ENDS_ON_IT.search(raw if raw is not None else text):
        return "pronoun"  # "Donald Trump says he doesn't believe in it.": in what?
    if CAPTION.search(text):
        return "caption"
    if CONTINUED_QUOTE.search(text):
        return "continued"
    if TIMELINE_ENTRY.match(raw if raw is not None else text):
        return "timeline"
    if n > RUN_ON_WORDS:
        return "run-on"
    whole = raw if raw is not None else text
    if is_headline(whole):
        return "headline"
    if not _TERMINATED.search(whole):
        return "unterminated"
    if is_table_row(text):
        return "table"
    if is_background(text, published_year):
        return "background"
    own_words = _QUOTED.sub(" ", text)  # a quoted "we" is the speaker's, not the writer's
    if SECOND_PERSON.search(own_words) or FIRST_PERSON_SINGULAR.search(own_words):
        return "reader"
    if FIRST_PERSON_PLURAL.search(own_words) and not own_announcement(text):
        return "reader"  # "we" is the writer's voice, unless an organisation announces its news
    if not named and n < SCENE_WORDS:
        return "scene-setter"
    return None
