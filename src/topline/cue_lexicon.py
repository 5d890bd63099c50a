"""The word lists of the speech-verb cue finder (:mod:`topline.analyze.cues`), in one place.

Each list is a class of English the cue rules read by lemma; tuning attribution means
editing these sets, not the rules that read them. The module imports nothing and sits
outside :mod:`topline.analyze` (whose package loads spaCy) because the brief reads the same
verbs of speech when it credits a bullet (:data:`topline.brief.credit.SAYING`).
"""

from __future__ import annotations

#: Lemmas of verbs that report speech, writing or a claim.
SPEECH_VERBS = frozenset(
    "say tell add state write declare announce explain note claim insist argue ask reply "
    "respond acknowledge admit warn report tweet post recall remark suggest conclude predict "
    "promise vow urge deny confirm complain joke quip observe concede testify emphasize stress "
    "allege contend maintain assert counter reveal disclose indicate estimate believe think "
    "say continue caution charge point_out learn cite describe call dub label brand term "
    "accuse criticize blast praise demand propose question wonder reiterate signal "
    "boast brag chant shout yell exhort implore plead proclaim lambaste liken tout discuss".split()
)
#: Verbs of written words that report a quotation right after them ("a sign read “…”").
INSCRIPTION_VERBS = frozenset({"read"})
#: Verbs whose complement is a name or description, not a clause ("called it a disgrace").
NAMING_VERBS = frozenset("call describe dub label brand term".split())
#: Verbs that need a clausal complement or a frame to count as reporting (not "he called her").
CLAUSE_ONLY = frozenset("think believe learn continue point_out question wonder".split())
#: Verbs whose infinitive complement is what they ask for ("urged Congress to act").
DIRECTIVE_VERBS = frozenset(
    "urge promise vow warn tell ask encourage exhort implore beg invite challenge order "
    "instruct advise remind".split()
)
#: Speech verbs whose object is the one spoken to, never the speaker: "“…,” Ramos, 58, told
#: AFP" is no inverted frame naming AFP (the parse may lose the subject before the verb).
ADDRESSEE_VERBS = frozenset("tell inform assure remind".split())
#: Speech verbs that take a gerund as what is reported ("reported spending $1 million",
#: "denied taking the money", "proposed cutting the tax"); not "say" or "continue", whose
#: "-ing" word after them is an adjunct or an aspect ("he said, introducing her").
GERUND_VERBS = frozenset(
    "report deny admit acknowledge recall propose suggest recommend mention discuss "
    "consider confirm regret describe detail disclose advocate".split()
)
#: Speech verbs whose object is what is reported ("cited the figures", "denied the claims").
OBJECT_SPEECH_VERBS = frozenset(
    "cite mention deny confirm acknowledge reveal announce propose demand disclose "
    "praise criticize blast question reiterate recommend detail discuss note promise admit "
    "claim report predict estimate suggest stress emphasize concede dispute recall".split()
)
#: Speech verbs of those whose object states a position, so one short object is enough
#: ("questioned Cruz's temperament", "denied the claims"); "suggest", "mention", … need a
#: fuller object (the minimum of :mod:`topline.analyze.quotes`).
STANCE_SPEECH_VERBS = frozenset("praise criticize blast question dispute deny demand".split())
#: Speech verbs whose object is the topic of the talk, as "talked about" ("discussed the
#: investigation", "would not discuss their terms"): one short object is enough too.
TOPIC_OBJECT_VERBS = frozenset({"discuss"})
#: Dependency labels that make a clause the content of a reporting verb.
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Entity types that never speak: the noun after "said" in "said Thursday" is a time.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Prepositions before a participle whose subject is the clause's ("before insisting",
#: "after saying", "while arguing", "by claiming").
SHARING_PREPS = frozenset({"before", "after", "while", "by", "without", "in"})
