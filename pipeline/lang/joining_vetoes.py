"""Words that make a joining word of a sentence no joining: plans, wishes, denials (rule data).

:mod:`pipeline.extract.joining_cues` reads the clause of each joining word
(:mod:`pipeline.lang.joinings`) for these: a modal or planning verb that governs it, an intention
noun, a negation or refusal. To widen or narrow what vetoes a joining, edit them here.
"""

from __future__ import annotations

#: Words in the clause of a joining word that make it an intention, a plan or a wish, not a
#: joining ("will beitreten", "soll unterzeichnet werden", "hat beantragt, dass ... beitrete").
INTENT_WORDS = (
    r"geplant\w*",
    r"Absicht\w*",
    r"Antrag\w*",
    r"Beitritts(?:absicht|wunsch|antrag|gespräch)\w*",
    r"über\s+(?:einen|den)\s+(?:möglichen\s+)?Beitritt",
    r"möglich\w*",
    r"angestrebt\w*",
    r"vorgesehen\w*",
    r"Vorvereinbarung\w*",
    r"Absichtserklärung\w*",
    r"Interesse\w*",
    r"interessiert\w*",
    r"demnächst",
    # an open question: "Ob Döbeln auch beitritt, ist noch offen", "wissen, wofür wir unterschreiben"
    r"ob",
    r"wofür",
    r"wozu",
    r"warum",
    r"weshalb",
    r"wieso",
    r"vorbereit\w*",
    r"aussteh\w*",
    r"steht\s+(?:noch\s+)?aus",
    r"künftig\w*",
    r"zukünftig\w*",
    r"bald",
)
#: Joining verbs as zu-infinitives: a plan or a wish ("hat beschlossen, der Allianz beizutreten"),
#: except in a purpose clause of a reported past event ("trafen sich, um ... zu unterzeichnen").
ZU_INFINITIVES = (
    r"beizutreten",
    r"zu\s+unterzeichnen",
    r"zu\s+unterschreiben",
    r"anzuschließen",
)
#: Plans that govern a joining noun from the end of its clause ("Die Unterzeichnung der
#: Vereinbarung mit der Stadt ist für Juni geplant", "steht noch aus"), besides the modals.
LATE_PLANS = (
    r"geplant",
    r"vorgesehen",
    r"aussteh\w*",
    r"steht\s+(?:noch\s+)?aus",
    r"erst\s+noch",
    r"offen",
    # a refusal at the clause's end: "Einen Beitritt zur Allianz lehnt die Stadt vorerst ab"
    r"lehn(?:t|en|te|ten)",
    r"abgelehnt",
    r"nicht(?!\s+(?:nur|zuletzt|weniger|mehr\s+als))",
)

#: The modal and planning verbs among the intent words: they govern a joining verb of their
#: clause, not a joining noun after a preposition ("Mit dem Beitritt will die Stadt ...").
MODAL_VERBS = (
    r"will",
    r"wolle",
    r"wollen",
    r"wollte\w*",
    r"möchte\w*",
    r"soll",
    r"solle",
    r"sollen",
    r"sollte\w*",
    r"plan(?:t|en|te|ten)",
    r"beabsichtig\w*",
    r"beantrag\w*",
    r"könnte\w*",
    r"würde\w*",
    r"wäre\w*",
    r"erwäg\w*",
    r"prüf(?:t|en)",
    r"anstreb\w*",
)

#: Words that deny or revoke a joining in its clause ("ist nicht beigetreten", "lehnte den
#: Beitritt ab"); "nicht nur", "nicht zuletzt" and "nicht weniger" deny nothing.
NEGATION_WORDS = (
    r"nicht(?!\s+(?:nur|zuletzt|weniger|mehr\s+als))",
    r"kein\w*",
    r"nie(?:mals)?",
    r"abgelehnt",
    r"ablehn\w*",
    r"lehnt\w*",
    r"Absage\w*",
    r"abgesagt",
    r"verzicht\w*",
    r"ausgetreten",
    r"Austritt\w*",
    r"gegen\s+(?:einen\s+|den\s+)?(?:Beitritt|Unterzeichnung|Mitgliedschaft)",
)

#: Prepositions before a joining noun that make it a fact the clause builds on ("Mit dem Beitritt
#: zur Allianz will die Stadt ..."): the clause's modal is not the joining's.
NOUN_PREPOSITIONS = frozenset(
    {"mit", "durch", "nach", "seit", "bei", "zur", "zum", "anlässlich", "infolge", "dank", "trotz", "vor"}
)

#: Forms of a joining verb that are infinitives: with "wird"/"werden" before them they announce.
#: Case-folded, as the rules look them up ("anschließen" -> "anschliessen").
INFINITIVES = frozenset(
    w.casefold() for w in ("beitreten", "unterzeichnen", "unterschreiben", "anschließen", "abschließen")
)
#: Auxiliaries of the future tense ("Die Stadt wird im Mai beitreten").
FUTURE_AUXILIARIES = frozenset({"wird", "werden"})

#: Verbs after "und"/"sowie"/"aber" that open a coordinated clause of their own: "... wollen
#: stärker auf Prävention setzen und sind dazu der Allianz beigetreten" (the modal is not theirs).
COORDINATED_VERBS = ("hat", "haben", "ist", "sind", "war", "waren", "wurde", "wurden", "trat", "traten")

#: Verbs of wishing and asking in the clause that governs a dass-clause: "Er würde sich wünschen,
#: dass die Stadt beitritt", "Die Fraktion fordert, dass die Stadt beitritt".
WISH_WORDS = (
    r"wünsch\w*",
    r"hoff\w*",
    r"erhoff\w*",
    r"forder\w*",
    r"gefordert",
    r"plädier\w*",
    r"appellier\w*",
)
#: Words that put an event later than the report ("Unterschrieben wird erst im neuen Jahr", "Die
#: Vereinbarung wird kommende Woche unterzeichnet"): with a present "wird"/"werden" a plan.
LATER_TIMES = (
    r"erst\s+(?:im|in|am|ab|nach|zum|zu\s+Beginn|Anfang|Mitte|Ende)",
    r"im\s+(?:neuen|kommenden|nächsten)\s+(?:Jahr|Monat|Frühjahr|Sommer|Herbst|Winter)",
    r"(?:nächste|kommende)[nmrs]?\s+(?:Woche|Monat|Jahr|Jahres)",
    r"in\s+(?:den\s+)?(?:kommenden|nächsten)\s+(?:Tagen|Wochen|Monaten)",
)
#: A present "wird"/"werden": with a later time the passive or future of a joining word plans it.
PRESENT_WERDEN = (r"wird", r"werden")
#: An agenda item or a draft resolution of a council ("TOP 7 – Beitritt zur Allianz",
#: "Beschlussvorlage: Beitritt ..."): it names what is to be decided, not what happened.
AGENDA_ITEMS = (r"(?-i:TOP)\s*\d+", r"Tagesordnungspunkt\w*", r"Beschlussvorlage\w*", r"Beschlussantrag\w*")
#: The subjunctive II of the copula and the auxiliaries: a clause in it supposes ("X wäre die
#: sechste Kommune, die sich dem Netzwerk anschließt"), it reports no joining.
SUBJUNCTIVE_II = (r"wäre", r"wären", r"würde", r"würden", r"hätte", r"hätten", r"könnte", r"könnten")
#: The relative pronouns opening a relative clause (", die sich dem Netzwerk anschließt").
RELATIVE_LEADS = (r"die", r"der", r"das", r"welche[rs]?")
#: The conjunctions opening a purpose clause and a complement clause.
PURPOSE_LEAD = r"um"
COMPLEMENT_LEADS = (r"dass", r"daß")
