"""Editorial rules on page furniture and openings: boilerplate, headings, the Topline's
opener, captions and raw codes (part of :mod:`.editorial_rules`)."""

from __future__ import annotations

import re

from topline.brief.lede import elliptical
from topline.brief.quote_rules import outside_quotes
from topline.brief.regex_gate import gate
from topline.brief.voice_rules import cataphoric_possessive, own_announcement
from topline.headline_block import heading as heading

# --- boilerplate -------------------------------------------------------------------------
BOILERPLATE = re.compile(
    r"\b(?:sign(?:ing)? up (?:for|to|here|now)|subscribe (?:to|now|for|here|today)|"
    r"click (?:here|the link)|by e-?mail\b|in your inbox|newsletters?\b|"
    r"please (?:share|send|contact|visit|email|e-mail|call|click|follow|like|note|read)|"
    r"share (?:your|this) (?:videos?|photos?|pictures?|story|stories|article)|ireport|"
    r"follow (?:us|@\w+) on|like us on facebook|read (?:more|the full story)|continue reading|"
    r"read the (?:rest|full|whole|entire|complete)(?: of (?:the|this))? "
    r"(?:story|article|piece|post|interview|column)|"
    r"download (?:the|our) (?:free )?app|all rights reserved|terms of (?:use|service)|"
    r"privacy policy|cookie (?:policy|settings)|(?:we|this (?:site|website)) uses? cookies|"
    r"scroll down for|watch the (?:full )?video|send (?:us )?(?:your|a) (?:tips?|story)|"
    r"contact us|www\.|https?://|pic\.twitter\.com/|copyright ©|©|(?:is|was|are) sponsored by|sponsored content|"
    r"paid partnership|affiliate links?|how to (?:listen|watch|subscribe)|"
    r"your (?:source|destination|go-to) for (?:the )?(?:best|latest)|"
    r"see (?:more|all|other) (?:stories|news|photos|videos) from|"
    r"follow\b[^.!?]{0,60}\bon (?:facebook|twitter|instagram)|leave a comment|"
    r"let us know (?:what|in the comments|your|below)|in the comments (?:below|section)|"
    r"share (?:it|this|the (?:story|article|post)) with (?:a friend|your friends|friends)|"
    r"more on this (?:story|topic)|\bvisit (?:the )?site\b)",
    re.I,
)

#: BOILERPLATE, not run on a sentence that holds none of its words (:mod:`.regex_gate`).
_BOILERPLATE_GATE = gate(BOILERPLATE)


#: A link's call to action: an imperative that sends the reader "here", after a label or
#: not ("Pro tip: Get more pre-workout meal ideas here!", "See the full schedule here.",
#: "Read our review of the phone here"); the link was the point, and it is gone.
_CALL_TO_LINK = re.compile(
    r"^\W{0,2}(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}:\s*)?"
    r"(?:Get|Find|See|Read|Learn|Discover|Shop|Browse|Explore|Watch|Listen|Check)\b"
    r"[^.!?:]{0,80}\bhere\s*[.!]*[\"”’')\]]*\s*$"
)


def boilerplate(text: str) -> bool:
    """Page furniture or a call to action ("Get … by email", "Click here", "Sign up",
    "See the full list here."), a sponsorship line, a press release's "About <name> <name>
    is …" section, or a heading set in capitals ("MAKING SPICED HONEY PEAR JAM")."""
    return bool(
        _BOILERPLATE_GATE.search(text)
        or _ABOUT_US.match(text)
        or _TAGS_LINE.match(text)
        or ("here" in text and _CALL_TO_LINK.match(text))
    ) or heading(text)


#: A page's tags or categories line, in English or the languages of the pages read ("Tags
#: calendario stock car 2018, stock car brasil, …", "Filed under: Politics, Senate, …"): a
#: label, then a list of at least three items: after a colon, or with no final stop (a
#: sentence that opens with "Tags" and a list ends on one).
_TAGS_LINE = re.compile(
    r"^\W*(?:Tags|Tagged(?:\s+(?:with|in|as))?|Topics|Related topics|Filed under|Categories|"
    r"Category|Keywords|Etiquetas|Marcadores|Temas|Tópicos|Schlagwörter|Étiquettes|Mots-clés)"
    r"\b(?:\s*:\s*[^,.!?]{1,60}(?:,[^,.!?]{1,60}){2,}|\s+[^,.!?]{1,60}(?:,[^,.!?]{1,60}){2,}$)"
)


#: A press release's closing section, its heading run into its first line ("About my6sense
#: my6sense offers an open programmatic …", "About Acme Corp. Acme Corp. is …").
_ABOUT_US = re.compile(r"^\W*About\s+(?P<name>\S+(?:\s+\S+){0,3}?)\s+(?P=name)(?!\w)")


# --- the Topline's opener ----------------------------------------------------------------
_OPENER = re.compile(
    r"^\W{0,3}(?:(?:He|She|It|It's|It’s|They|We|I|You|His|Her|Its|Their|Our|Them|"
    r"But|And|Or|Nor|However|Yet|Also|Meanwhile|Still|Instead|Moreover|"
    r"Furthermore|Nevertheless|Nonetheless|Besides|Thus|Therefore|Hence|Indeed|Then|So(?! far)|"
    r"Otherwise|Likewise|Similarly|Consequently)\b(?!-)|"
    # "This is …", "That erased …" (a pronoun), not "This year …" or "These photos …"
    r"(?:This|That|These|Those)(?:'s|’s|\s+(?:is|was|are|were|has|had|have|will|would|"
    r"could|can|may|might|must|should|comes|came|means|meant|follows|[a-z]+ed)\b)|"
    r"In addition\b(?! to)|As a result\b(?! of)|Despite this\b|On the other hand\b|"
    r"For (?:example|instance),|In fact,|In other words\b|After all,|Finally,|Ultimately,|"
    r"In short,|That said,|Actually,|In reality,|Then again,|"
    # a comparison with what was just said: "The same is true for …", "Then there are …"
    r"The same (?:is|was|goes|applies|holds)\b|Then there (?:is|are|was|were)\b|"
    # an interjection before a connective or a pronoun: "Ah, but one piece …"
    r"(?:Ah|Oh|Well|Yes|No|Sure|Indeed),\s+(?:but|and|so|yet|he|she|it|they|we)\b)"
)


#: A pronoun subject right after a short opening phrase ("In a new case study out Monday,
#: they detail …", "But by December, they worsened"): it leans back as an opener does.
INTRO_PRONOUN = re.compile(
    r"^\W{0,3}(?:In|On|At|By|For|After|Before|During|Since|Within|Over|Under|Despite|"
    r"Earlier|Later|Last|Once|When|While|As|But|And|So|Yet|Still|Now|Then|Meanwhile|"
    r"However|Instead|Today|Yesterday|Along|Amid|With|Without|Unlike|Like|Following|Through|"
    r"Among|Against|Throughout|Upon|Having)\b(?P<intro>[^,.;:!?\"“”()]{0,60}),\s+"
    r"(?P<pronoun>he|she|they|his|her|their|"
    # "this" or "that" as the subject, its verb next: "In theory, this opened the door …"
    # ("In 2019, this company …" is a determiner and its noun)
    r"(?:this|that)(?=\s+(?:is|was|has|had|will|would|could|can|may|might|means|meant|"
    r"[a-z]{3,}ed)\b)|"
    # "it" only as the one who says: "In a statement released Tuesday, it said …" ("In
    # 2019, it rained" has an empty "it")
    r"it(?=\s+(?:said|says|announced|reported|added|noted|stated|argued|claimed|wrote|"
    r"confirmed|denied|told)\b))\b(?!-)"
)
#: Capitalised words in an opening phrase that name nobody (days, months).
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


#: "it" as the one who says after a longer opening phrase with an appositive ("In a
#: statement released November 5, the day bids were due, it said …").
_INTRO_IT = re.compile(
    r"^\W{0,3}(?:In|On|At|By|After|Before|During|Earlier|Later|Last|When|While|Following)\b"
    r"[^.;:!?\"“”()]{0,100},\s+it\s+(?:said|says|announced|reported|added|noted|stated|"
    r"argued|claimed|wrote|confirmed|denied|told)\b"
)


def intro_pronoun(text: str) -> str | None:
    """The pronoun that follows a short opening phrase ("In a study out Monday, they …",
    "Along with Bush and Powell, he …"), or None; a possessive after a phrase that names
    someone is bound to that name ("While Clinton was …, her department …")."""
    match = INTRO_PRONOUN.match(text)
    if match is None:
        return "it" if _INTRO_IT.match(text) else None
    pronoun = match.group("pronoun")
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]*", match.group("intro"))]
    if pronoun in {"his", "her", "their"} and any(w.lower() not in _CALENDAR_WORDS for w in names):
        return None  # "While Clinton was …, her department …": bound to the phrase's name
    return pronoun


_WE = re.compile(r"^\W{0,3}(?:Today,?\s+)?(?:We|Our)\b")


def pronoun_or_connective_opener(text: str) -> bool:
    """The Topline opens with a pronoun or a connective, or with a pronoun right after a
    short opening phrase: it leans on a sentence the reader has not seen ("But the rolling
    blackouts …", "It would be called …", "In a study out Monday, they detail …"). "We"
    opening an organisation's announcement of its own news (:func:`~topline.brief.
    voice_rules.own_announcement`) names the organisation whose page it is; a possessive
    bound to the subject after the comma (:func:`~topline.brief.voice_rules.
    cataphoric_possessive`) names its own."""
    if (_WE.match(text) and own_announcement(text)) or cataphoric_possessive(text):
        return False  # "We are excited to announce …", "Their dream shattered, 150 Indians …"
    return bool(_OPENER.match(text) or elliptical(text) or intro_pronoun(text))


#: "Also", "too", "as well" in the reporter's words: the sentence adds to news told before it
#: ("Candidates Ben Carson, … also joined the bid", "An AP journalist also reported …").
_ADDITIVE = re.compile(r"\balso\b|\btoo\s*[.,;!?]|\bas well\b(?! as)", re.I)


def additive(text: str) -> bool:
    """The sentence adds to news it does not tell ("… also joined …", "…, too."): as a
    Topline it leans on a sentence the reader has not seen. Words inside a quotation are
    the speaker's, not the reporter's; "also" in a relative clause ("…, who also …") or
    naming ("also known as") adds nothing to the news."""
    words = outside_quotes(text)
    for match in _ADDITIVE.finditer(words):
        clause = re.split(r"[,;:—–(]", words[: match.start()])[-1]
        if _RELATIVE.search(clause) or _NAMING.match(words, match.end()):
            continue  # "…, who also finished …", "also known as": not the news's own verb
        return True
    return False


_RELATIVE = re.compile(r"\b(?:who|whom|which|that|whose|where|when)\b", re.I)
_NAMING = re.compile(r"\s+(?:known as|called|dubbed|named)\b")


# --- raw codes ---------------------------------------------------------------------------
RAW_CODE = re.compile(
    r"\b\d{4}-\d\d(?:-\d\d)?T(?:NI|MO|AF|EV|DT)\b|\b(?:PAST|PRESENT|FUTURE)_REF\b|"
    r"\bP(?:T?\d+(?:\.\d+)?[YMWDHS])+\b|\bPT\d|\bXXXX\b|\b\d{4}-W\d\d\b|"
    r"\b\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])\b"
)


def raw_code(text: str) -> bool:
    """A TimeML value shown to a reader (``2023-11-07TNI``, ``FUTURE_REF``, ``P5Y``)."""
    return bool(RAW_CODE.search(text))


# --- Key background ----------------------------------------------------------------------
_CAPTION = re.compile(
    r"^\W*(?:pictured|photo(?:graph)?|image|video|above|below|left|right|top|bottom|"
    r"file photo|credit|caption)\b|\(pictured\)|getty images|\bap photo\b|/ap\b|/reuters\b|"
    r"\bphotograph:|\bimage caption\b|\bshutterstock\b",
    re.I,
)
_PERSON_OPENER = re.compile(r"^\W{0,3}(?:He|She|They|His|Her|Their|Him|Them|It|Its)\b")
#: A sentence that ends: a stop and any closing marks after it.
PUNCT_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


#: A photo caption written as a sentence: the picture shows someone doing something ("Fans
#: are pictured leaving the ground"), or an aside places them in it ("Justine Dawson
#: (seated on the sofa), is shown guiding …", "(second left)"). News says "was seen
#: leaving"; "In one video, she is seen using …" tells what footage shows, and stays. A
#: sentence about "these images" points at the page's pictures as a caption does.
_DESCRIBES_PICTURE = re.compile(
    r"\b(?:is|are) (?:pictured|photographed) [a-z]+ing\b|"
    r"\((?:seated|standing|sitting|kneeling|lying|far left|far right|(?:second|third) "
    r"(?:from )?(?:left|right))\b|"
    # the page's pictures as what the sentence is about: "…, these images will have the
    # propaganda unit spitting feathers" (fourteenth session)
    r"\b[Tt]h(?:ese|ose)\s+(?:images|pictures|photos|photographs)\b"
)


def describes_picture(text: str) -> bool:
    """The sentence describes a picture on the page (:data:`_DESCRIBES_PICTURE`): a caption,
    not a fact of the story."""
    return bool(_DESCRIBES_PICTURE.search(text))


def caption(text: str) -> bool:
    """A photo caption or credit, or a line that does not end like a sentence."""
    return bool(_CAPTION.search(text)) or not PUNCT_END.search(text)


def person_pronoun_opener(text: str) -> bool:
    return bool(_PERSON_OPENER.match(text))
