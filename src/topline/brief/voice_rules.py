"""Whose voice a sentence is in, where the first person or a pronoun opener is no sign of the
writer talking or of a sentence leaning back (part of :mod:`.editorial_rules`): an
organisation announcing its own news as "we", and a possessive bound to the subject named
after it. Read by :mod:`.sentence_rules`, :mod:`.lede` and :mod:`.page_rules`."""

from __future__ import annotations

import re

from topline.brief.quote_rules import outside_quotes

#: An organisation announcing its own news in its own voice, the lede of a company's post or
#: press release ("We are excited to announce …", "Acme is thrilled to welcome Ann Lee as
#: our new President", "Today we launched …", "We have acquired …"): "we" is the company,
#: and the sentence is the news of the page, not the writer talking to the reader.
_ANNOUNCES = re.compile(
    r"\b(?:excited|thrilled|pleased|proud|happy|delighted|honou?red)\s+to\s+"
    r"(?:announce|welcome|introduce|unveil|share|launch|have|name|report|partner|release|"
    r"present|open|debut)\b|"
    r"\b(?:[Ww]e|[Ww]e['’](?:ve|re)|[Ww]e (?:have|are))\s+(?:just\s+|now\s+|officially\s+)?"
    r"(?:announced|announcing|launched|launching|released|releasing|acquired|acquiring|"
    r"raised|hired|appointed|named|opened|opening|signed|partnered|partnering|introduced|"
    r"introducing|unveiled|unveiling|expanded|expanding|welcomed|welcoming|"
    r"rolled out|rolling out)\b|"
    r"\b[Tt]oday,?\s+we\s+(?:announce|launch|release|introduce|unveil|welcome)d?\b"
)


#: The first person singular, someone speaking of themselves (the lookahead lets the search
#: skip every other letter at once: half the search's time on a news text).
FIRST_PERSON = re.compile(r"(?=[IMm])\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)\b")
#: A quotation in single marks ("'I've seen it,' he said"), or from a lone opening mark to the
#: end: a mark that opens a word after a space, and the first mark before a space or a stop.
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(:—–-]))['‘].*?(?:['’](?=[\s.,;:!?)—–-]|$)|$)")


#: The first person as a speaker says it: "me", "my", "myself" in lower case ("The Captain
#: and Me", "Healthy Me" are names), "My"/"Me" opening the text, and "I" or its contractions,
#: but not "I" in a name or a number ("a Level I Trauma Center", "World War I", "Phase I").
_SPEAKER_FIRST_PERSON = re.compile(
    r"\b(?:me|my|myself)\b|^\W{0,2}(?:My|Me)\b|\bI['’](?:m|ve|d|ll)\b|"
    r"(?<!\bWar )(?<!\bPhase )(?<!\bPart )(?<!\bLevel )(?<!\bType )(?<!\bClass )(?<!\bGrade )"
    r"(?<!\bStage )(?<!\bTitle )(?<!\bChapter )\bI\b(?![.'’]?\s*[A-Z0-9]|-)"
)


#: Any word of the first person, in or out of quotations: the cheap test first.
_ANY_FIRST_PERSON = re.compile(r"(?=[IMm])\b(?:I\b|I['’]|me\b|my\b|myself\b|M[ey]\b)")


def unquoted_first_person(text: str) -> bool:
    """Someone says "I", "me" or "my" outside every quotation mark, double or single: in news,
    a quotation whose marks were lost ("Seamus tells me straight away there is contact …",
    a manager's words inside a quotation opened sentences before), never the reporter's."""
    if not _ANY_FIRST_PERSON.search(text):
        return False  # most sentences (one search that skips every other letter)
    return bool(_SPEAKER_FIRST_PERSON.search(_SINGLE_QUOTED.sub(" ", outside_quotes(text))))


def own_announcement(text: str) -> bool:
    """An organisation announces its news in the first person plural (:data:`_ANNOUNCES`)."""
    return bool(_ANNOUNCES.search(outside_quotes(text)))


#: A possessive that points forward to the subject named after the comma, opening an
#: absolute phrase with no finite verb of its own ("Their American dream shattered and huge
#: savings wasted, nearly 150 Indians returned home …", "His career over, the coach …"):
#: the reader meets whose it is in the same sentence, so it leans on nothing before it.
_CATAPHORIC = re.compile(
    r"^\W{0,2}(?:His|Her|Their|Its)\s+(?P<phrase>[^,;:.!?\"“”()—–]{3,80}?),\s+"
    r"(?!(?:he|she|they|it|we|I|you|his|her|their|its|this|that|these|those|but|and|"
    r"which|who|where|when|according|said|says)\b)(?P<subject>[\w$£€“\"‘'-])"
)
_FINITE = re.compile(
    r"\b(?:is|was|are|were|be|been|has|had|have|will|would|can|could|did|does|do|may|"
    r"might|must|should|said|says)\b|['’](?:s|re|ve|ll|d)\b",
    re.I,
)
_PARTICIPLE = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|en)|over|gone|lost|won|done|behind|intact|"
    r"in ruins|in tatters)\b"
)


def cataphoric_possessive(text: str) -> bool:
    """The sentence opens with a possessive bound to the subject after the comma (an
    absolute phrase, :data:`_CATAPHORIC`): no finite verb before the comma, a participle
    ("shattered", "wasted", "over"), and a subject after it that is not a pronoun."""
    match = _CATAPHORIC.match(text)
    if match is None:
        return False
    phrase = match.group("phrase")
    return _FINITE.search(phrase) is None and _PARTICIPLE.search(phrase) is not None


#: A verb in the present tense or a modal, outside quotations: the writer states what is, or
#: what should or will be ("The delay is a failure of nerve", "The council must decide",
#: "Nobody doesn't see it"). A scene or an anecdote is told in the past ("In the closing
#: seconds of the game, the striker pulled off …", "While fans spent the weekend …, the
#: prince was busy …"); "could", "would" and "may" are left out, as narration and reported
#: speech use them too ("… asked how he could be so sure").
_CLAIM_VERB = re.compile(
    r"\b(?:is|are|am|isn['’]t|aren['’]t|should|shouldn['’]t|must|mustn['’]t|ought\s+to|"
    r"needs?\s+to|has\s+to|have\s+to|cannot|can['’]t|will|won['’]t|does(?:n['’]t|\s+not)|"
    r"do(?:n['’]t|\s+not)|seems?|remains?|deserves?|matters?)\b|"
    r"\b(?:[Ii]t|[Tt]hat|[Tt]his|[Tt]here|[Ww]hat|[Hh]ere)['’]s\b"
)


def makes_claim(text: str) -> bool:
    """The sentence states a claim in its writer's voice (:data:`_CLAIM_VERB` outside its
    quotations), not a scene told in the past; a question claims nothing."""
    if text.rstrip("\"”’' )").endswith("?"):
        return False
    return _CLAIM_VERB.search(outside_quotes(text)) is not None


#: A broadcast transcript's anchor handing over to a correspondent ("Lisa Schlein reports
#: from Geneva.", "NPR's Elaine Corey has more from San Francisco.", "The World's Nancy
#: Marshall reports on Mr. Blair's visit …"): the verb has no object and no clause, only
#: where the report comes from or what it is about. It is the programme's furniture, the
#: anchor's voice, not a fact of the story; the facts follow in the correspondent's report.
#: "Reuters reports that …" or "The paper reports the deaths of …" say something and are
#: not matched: the subject ends on a name and nothing but a place or a topic follows.
_HAND_OFF = re.compile(
    r"^\W{0,2}(?:From\s+[^,.!?]{1,40},\s+)?[^.!?\"“”]{0,50}?[A-Z][\w'’-]+\s+"
    r"(?:reports|has\s+(?:more|details|the\s+story|this\s+report)|files\s+this\s+report)"
    r"(?:\s+(?:from|on)\s+(?![^.!?]*\bthat\b)[^!?\"“”]{1,160}?)?\s*[.]?[\"”’']?\s*$"
)


def hand_off(display: str) -> bool:
    """The element is a broadcast anchor's hand-off to a correspondent (:data:`_HAND_OFF`)."""
    return _HAND_OFF.match(display) is not None


#: A wire desk's editing note left in the copy: where a new version picks up the old one
#: ("The decision, 3rd graf pvs.": resume at the paragraph that opens "The decision", the
#: third of the previous version; "(pvs/ji)"). "graf" (paragraph) and "pvs" (previous) are
#: the desk's jargon, written for the editors of the receiving papers, never for a reader:
#: the line is furniture, not a sentence of the story.
_EDITING_NOTE = re.compile(
    r"\b(?:graf|grafs|para|paras|paragraph)\s+(?:pvs|prev|previous)\b|\(pvs/|\bpvs\.?\s*$"
)


def editing_note(display: str) -> bool:
    """The element holds a wire desk's editing note (:data:`_EDITING_NOTE`)."""
    return _EDITING_NOTE.search(display) is not None
