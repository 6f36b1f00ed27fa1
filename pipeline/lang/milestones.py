"""Words that make a number a milestone of the ASSKomm network (the rules are data).

Each table pairs a regular-expression fragment (matched case-insensitively, on word
boundaries) with the canonical unit it stands for. The extractor in
:mod:`pipeline.extract.milestones` only combines these fragments; to widen or narrow what counts,
edit the tables here.
"""

from __future__ import annotations

from types import MappingProxyType

#: Members whose ordinal is a rank: "die 42. Kommune", "Sachsens 46. Kommunaler
#: Präventionsrat", "die dritte ostsächsische Hochschulstadt". Singular forms only: an
#: ordinal before a plural ("die ersten Mitglieder des Gremiums") is no rank.
MEMBER_UNITS = MappingProxyType(
    {
        r"(?:ASSKomm-)?Mitgliedskommune": "Mitgliedskommune",
        r"(?:ASSKomm-|Mitglieds)?Kommune": "Kommune",
        # a town of any kind ("Kreisstadt", "Hochschulstadt"), but no relation or part of a town
        r"(?!(?:Partner|Innen|Alt|Vor|Heimat|Geburts|Zelt|\w*[Hh]aupt)stadt\b)\w*stadt": "Stadt",
        r"Gemeinde": "Gemeinde",
        r"Gebietskörperschaft": "Gebietskörperschaft",
        r"Mitglied": "Mitglied",
        r"Mitgliedschaft": "Mitgliedschaft",
        r"Kommunale[rn]?\s+Präventionsrat(?:e?s)?": "Kommunaler Präventionsrat",
        r"(?:ASSKomm-)?Kooperationsvereinbarung": "Kooperationsvereinbarung",
        r"Unterzeichnung": "Unterzeichnung",
    }
)

#: Recurring events of the programme itself; ordinals of these are ranks, also "erste".
#: National events (Deutscher Präventionstag) and other bodies' sittings are absent on purpose.
EVENT_UNITS = MappingProxyType(
    {
        # also in the genitive: "die Vorbereitung des fünften Vernetzungstreffens"
        r"(?:ASSKomm-)?Vernetzungstreffens?": "Vernetzungstreffen",
        # the programme's own named meetings; a bare "Treffen" is any meeting and stays out
        r"(?:ASSKomm[-\s])?(?:Präsenz|Koordinator(?:en|innen)?-?|Netzwerk|Landes)treffens?": "Treffen",
        r"ASSKomm-Fachtag(?:ung|es|s)?": "ASSKomm-Fachtag",
        r"Fachtag(?:ung|es|s)?\s+(?:der\s+)?(?:»|„|\")?(?:ASSKomm|Allianz\s+Sichere)": "ASSKomm-Fachtag",
        r"(?:Sitzung\s+der\s+)?(?:AG|Arbeitsgruppe)\s+(?:»|„|\")?ASSKomm": "AG ASSKomm",
        r"Landes-?präventionstag(?:es|s)?": "Landespräventionstag",
        r"(?:Plenarsitzung|Sitzung\s+des\s+Plenums)\s+des\s+Landespräventionsrat(?:e?s)?": "Plenarsitzung",
    }
)

#: What a running total counts (plural forms), with the canonical unit.
COUNT_UNITS = MappingProxyType(
    {
        r"Modell?kommunen": "Modellkommunen",
        r"(?:ASSKomm-?\s?|Mitglieds-?|Partner-?)?Kommunen": "Kommunen",
        r"Gebietskörperschaften": "Gebietskörperschaften",
        r"Städten?\s+und\s+Gemeinden": "Städte und Gemeinden",
        r"Städten?": "Städte",
        r"Gemeinden": "Gemeinden",
        r"(?:kommunalen?\s+|kommunale\s+)?Präventionsräten?": "Kommunale Präventionsräte",
        r"kommunalen?\s+Präventionsgremien": "Kommunale Präventionsräte",
        r"(?:ASSKomm-)?Kooperationsvereinbarungen": "Kooperationsvereinbarungen",
        # members named by the programme ("ASSKomm-Mitglieder"): a bare "Mitglieder" counts people
        r"(?:ASSKomm|Allianz|Netzwerk|Verbund)-?[Mm]itglieder[n]?": "Mitglieder",
        # the municipalities that signed ("hat die Vereinbarung nun 75 Unterzeichner")
        r"Unterzeichner(?:kommunen)?": "Unterzeichner",
    }
)

#: Verbs (mostly participles) saying the programme has reached the counted members
#: overall. Finite past forms of one event ("traten ... bei", "unterzeichneten") are absent
#: on purpose: they report a single signing, not a total.
REACH_VERBS = (
    r"beigetreten\w*",
    r"angehören",
    r"gehören",
    r"angeschlossen",
    r"kontaktiert",
    r"beraten",
    r"berät",
    r"berieten",
    r"begleitet",
    r"gecoacht",
    r"betreut",
    r"konstituiert",
    r"reaktiviert",
    r"unterzeichnet",
    r"unterschrieben",
    r"entschlossen",
    r"eingeführt",
    r"eingerichtet",
    r"gegründet",
    r"gebildet",
    r"ausgewählt",
    r"erreicht",
    r"beteiligt",
    r"beteiligen",
    r"ins\s+Leben\s+gerufen",
    r"gestartet",
    r"startete",
    r"zusammenarbeiten",
    r"arbeiten\W+(?:\w+\W+){0,8}zusammen",  # the count may stand in between
)

#: Verbs that state a count of anything ("In Sachsen gibt es 418 Gemeinden", "der Landkreis
#: umfasst 57 Gemeinden"): a total of the programme only where its sentence names the programme.
GENERIC_REACH_VERBS = (
    r"gibt\s+es",
    r"existieren",
    r"zählt",
    r"umfasst",
    r"hat",
    r"haben",
    r"bestehen",
    r"besteht",
    # the count a signing results in: "Mit der heutigen Unterzeichnung sind es 64 Mitgliedskommunen"
    r"sind\s+es",
    # the count the programme grew to: "Das Netzwerk wächst auf 71 Kommunen"
    r"(?:wächst|wuchs|steigt|stieg|(?:an)?gewachsen|gestiegen)\s+(?:[\w-]+\s+){0,3}?auf",
)

#: Reach verbs that take what the municipalities set up as their object ("34 Kommunen haben einen
#: Präventionsrat gegründet"): where that object is something else ("45 Städte haben
#: Waffenverbotszonen eingerichtet"), the count is no total of the programme.
OBJECT_REACH_VERBS = (
    r"eingeführt",
    r"eingerichtet",
    r"gegründet",
    r"gebildet",
    r"gestartet",
    r"ins\s+Leben\s+gerufen",
)
#: Prepositions before a capitalised word that make it no object ("in Sachsen", "seit Mai").
OBJECT_PREPOSITIONS = frozenset(
    {
        "in",
        "im",
        "aus",
        "von",
        "vom",
        "bei",
        "beim",
        "seit",
        "mit",
        "für",
        "nach",
        "zu",
        "zum",
        "zur",
        "an",
        "am",
        "auf",
    }
)
#: A member rank followed by "mit" and what the town has ("die 3. Kommune mit einer
#: Videoüberwachung") is a first of something else, unless that is the programme's council or
#: refers back to it ("die 45. Kommune mit einem solchen Gremium").
RANK_QUALIFIER = r"\s+mit\s+(?:einem|einer|einen|eigenem|eigener|eigenen)\s+[^.;:!?,]*"
RANK_QUALIFIER_KEEPS = (
    r"solche\w*|Präventionsr[aä]t\w*|Präventionsgremi\w*|ASSKomm\w*|Kooperationsvereinbarung\w*"
)

#: Other programmes of prevention: their agreements and meetings are no milestones of ASSKomm.
OTHER_PROGRAMMES = (
    r"Prävention\s+im\s+Team",
    r"PiT",
    # networks beyond Saxony's, or like it: "Bundesweit gibt es ähnliche Netzwerke mit 200 Kommunen"
    r"[Bb]undesweit",
    r"[Dd]eutschlandweit",
    r"[Ee]uropaweit",
    r"(?:ähnliche|andere|vergleichbare)n?\s+Netzwerke",
    r"[Ii]n\s+anderen\s+(?:Bundesländern|Ländern|Staaten)",
)

#: Adverbs that mark a running total ("mittlerweile 29 Kommunen", "insgesamt acht Städte").
CUMULATIVE_MARKERS = (
    r"mittlerweile",
    r"inzwischen",
    r"bereits",
    r"nunmehr",
    r"nun",
    r"insgesamt",
    r"aktuell",
    r"derzeit",
    r"bisher",
    r"bislang",
    r"seither",
    r"schon",
    r"jetzt",
    # the count a joining results in: "Im Landkreis sind damit fünf Städte im Netzwerk"
    r"damit",
)

#: "eine von 13 Modellkommunen": membership in a counted whole the programme reached ("eine von
#: nur neun Gemeinden mit hoher Kriminalität" does not match: "nur" stands between).
MEMBERSHIP_OF = r"eine[nmr]?\s+von"
#: "Die Stadt gehört damit zu den acht Modellkommunen": membership among a counted whole, where a
#: verb of belonging stands before "zu den" in its sentence.
MEMBERSHIP_AMONG = r"\b(?:gehör|zähl)\w*\s+(?:\w+\s+){0,3}?zu\s+den\s*$"

#: Words before or inside a count that make it the count of one event or a subset, not a
#: total: "fünf weitere Städte", "alle drei Kommunen", "die beiden Kommunen".
EVENT_COUNT_BLOCKERS = (
    r"weitere\w*",
    r"alle",
    r"allen",
    r"beide\w*",
    r"diese\w*",
    r"die",
    r"den",
    r"gleich",
    r"neue\w*",
    r"heute",
    # where the people of one meeting come from: "Vertreter aus 35 Kommunen"
    r"aus",
)

#: A sentence with one of these reports a single event, so its count is no total.
EVENT_SENTENCE_MARKERS = (r"heute", r"gleich\s+\w+\s+(?:Städte|Kommunen|Gemeinden)")

#: "davon arbeiten 40 eng zusammen": a part of a total named just before, counted in its unit.
SUBSET_LEADS = (r"davon", r"darunter", r"wovon")
#: "Der Landkreis hat 53 Gemeinden, davon sind bereits 20 Mitglied": the members among a whole
#: that is no total itself, after a subset lead and a copula.
MEMBER_SUBSET_TAILS = (r"Mitglied\w*", r"dabei", r"beigetreten", r"im\s+(?:Netzwerk|Verbund|Bündnis)")
#: "In Sachsen gibt es 419 Gemeinden, von denen 70 der Allianz beigetreten sind": the members among
#: a whole, in a relative clause (its verb at the end).
MEMBER_RELATIVE_LEADS = (r"von\s+denen", r"unter\s+denen")
#: "38 Kommunen ..., fünf davon im Landkreis": a part of the total after its number.
SUBSET_TAILS = (r"davon", r"darunter")

#: "Die Zahl der Mitgliedskommunen steigt damit auf 52": a count named by its noun, its value after
#: a verb of change or of amount ("steigt auf", "wächst auf", "liegt bei", "beträgt").
COUNT_NOUNS = (r"Zahl", r"Anzahl")
COUNT_VALUE_LEADS = (r"auf", r"bei", r"beträgt", r"betrug")

#: "sechs solcher Gremien": a count of the councils named before ("solcher" refers back), only
#: where a Präventionsrat is named shortly before.
ANAPHORIC_COUNCILS = r"solche[rn]?\s+(?:Gremien|Räte)"
COUNCIL_ANTECEDENT = r"Präventionsr[aä]t\w*"
#: How far back (characters) the antecedent of "solcher Gremien" may stand.
ANTECEDENT_CHARS = 300

#: "der 52. Kommunale Präventionsrat in Sachsen und der vierte im Erzgebirgskreis": a second
#: ordinal without its noun, coordinated with a rank and followed by a locative, ranks the same.
ELLIPTIC_RANK_LEADS = (r"und", r"sowie")
#: "die 41. und 42. Kooperationsvereinbarung", "A ist die 43., B die 44. Mitgliedskommune": an
#: ordinal whose noun comes only with the rank coordinated after it ranks the same noun.
GAPPED_RANK_ARTICLES = (r"der", r"die", r"das", r"als", r"zur", r"zum")
GAPPED_RANK_JOINS = (r"und", r"sowie", r"oder", r",")
#: A member ranked first counts only within a district or region ("als erste Kommune im
#: Landkreis", "die erste Kommune des Landkreises"), where its sentence names the programme.
DISTRICT_NOUNS = r"(?:Land)?[Kk]reis(?:es)?|\w+kreis(?:es)?|Region|Bezirk(?:s|es)?"

#: Ordinals of members that state a first of something else ("die erste Kommune in Sachsen,
#: die diesen Schritt geht"): a member rank of 1 is never the network's count.
MIN_MEMBER_RANK = 2

#: A member rank followed by a relative clause ("die zweite Stadt, die ein Alkoholverbot
#: erlässt") counts only when the clause speaks of joining the programme.
PROGRAMME_WORDS = (
    r"Kooperationsvereinbarung\w*",
    r"Vereinbarung\w*",
    r"ASSKomm\w*",
    r"Allianz",
    r"Verbund\w*",
    r"Netzwerk\w*",
    r"beitr\w+",
    r"beigetreten",
    r"unterschr\w+",
    r"unterzeichn\w+",
    r"Mitglied\w*",
    r"Präventionsr[aä]t\w*",
    # the programme's model municipalities: "zu den ersten acht Modellkommunen, die ... gestartet sind"
    r"Modell?kommune\w*",
)

#: Words that name the newest member: only "neueste", never "neu" (ANNOTATION.md).
NEWEST_WORD = r"neueste[nmrs]?"
NEWEST_UNITS = (
    r"(?:ASSKomm-)?Mitgliedskommune",
    r"(?:ASSKomm-)?Kommune",
    r"Mitglied",
    r"Stadt",
    r"Gemeinde",
    r"Partner(?:kommune)?",
)

#: What each canonical unit above counts: ``member`` (municipalities and their agreements with
#: the network), ``event`` (the programme's recurring events) or ``other`` (other bodies, such as
#: Kommunale Präventionsräte). The growth figure plots members only.
UNIT_CLASSES = MappingProxyType(
    {
        **{unit: "member" for unit in MEMBER_UNITS.values()},
        **{unit: "member" for unit in COUNT_UNITS.values()},
        **{unit: "event" for unit in EVENT_UNITS.values()},
        "Kommunaler Präventionsrat": "other",
        "Kommunale Präventionsräte": "other",
    }
)

#: Words saying that municipalities joined or belong to the network (the cue for ``members``).
MEMBER_CUES = (
    r"beigetreten\w*",
    r"beitreten",
    r"beitritt\w*",
    r"tritt",
    r"traten",
    r"angehören",
    r"gehören",
    r"angeschlossen",
    r"Mitglied\w*",
    # "beteiligen sich" is no cue: municipalities take part in the network and in its sub-projects
    # ("An der Bürgerbefragung haben sich 22 Kommunen beteiligt"); without another cue, members
    r"unterzeichn\w+",
    r"unterschrieben",
    r"ins\s+Leben\s+gerufen",
    r"gegründet\w*",
    r"Gründung\w*",
    r"Verbund\w*",
    r"Netzwerk\w*",
)

#: What else a milestone may count, by the cue words of its sentence: the cue nearest to the
#: number wins (on a tie, the earlier class here; the member cues above come first). Regex
#: fragments, matched case-insensitively on word boundaries.
COUNTED_CUES = (
    ("councils", (r"Präventionsr[aä]t\w*", r"Präventionsgremi\w*", r"KPR")),
    (
        "participants",
        (r"\w*analyse[n]?", r"\w*befragung\w*", r"Studie\w*", r"Modellprojekt\w*", r"Pilot\w*", r"PiT"),
    ),
    (
        "advised",
        (
            r"berät",
            r"berieten",
            r"beraten",
            r"Beratung\w*",
            r"kontaktiert",
            r"begleitet",
            r"gecoacht",
            r"betreut",
            r"unterstützt",
            r"angesprochen",
            r"informiert",
        ),
    ),
)

#: Units that count the network's agreements rather than its member municipalities.
AGREEMENT_UNITS = frozenset({"Kooperationsvereinbarung", "Kooperationsvereinbarungen", "Unterzeichnung"})

#: Adjectives of Saxon regions (stems, any ending) that make a milestone regional: "die dritte
#: ostsächsische Hochschulstadt".
REGIONAL_ADJECTIVES = MappingProxyType(
    {
        "ostsächsisch": "Ostsachsen",
        "westsächsisch": "Westsachsen",
        "nordsächsisch": "Nordsachsen",
        "mittelsächsisch": "Mittelsachsen",
        "südwestsächsisch": "Südwestsachsen",
        "erzgebirgisch": "Erzgebirge",
        "vogtländisch": "Vogtland",
        "oberlausitzisch": "Oberlausitz",
        "lausitzisch": "Lausitz",
    }
)

#: Adverbs opening "Inzwischen sind es 63." after a sentence on the programme: the count it has
#: reached by now, without its noun (besides "Damit sind es 87." after a joining).
COUNT_NOW_LEADS = (r"Inzwischen", r"Mittlerweile", r"Heute", r"Aktuell", r"Derzeit", r"Nunmehr")
#: "In 38 von ihnen ist ein Kommunaler Präventionsrat aktiv": a part of the total of the sentence
#: before ("von ihnen" refers back), where the part has set up a council or is reached further.
PART_OF_THEM_LEADS = (r"In", r"Bei")
PART_OF_THEM = r"von\s+ihnen"
PART_OF_THEM_COUNCILS = r"Präventionsr[aä]t\w*|Präventionsgremi\w*"
#: "die 65 Kommunen, die bereits eine Kooperationsvereinbarung geschlossen haben": a definite count
#: defined by a relative clause of reaching, with a cumulative marker in it.
DEFINITE_ARTICLES = frozenset({"die", "den"})
RELATIVE_LEADS = (r"die", r"denen", r"welche")
CONCLUDED_AGREEMENT = r"(?:Kooperations)?[Vv]ereinbarung\w*(?:\s+\S+){0,8}?\s+(?:ab)?geschlossen"
