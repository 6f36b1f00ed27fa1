"""Counts that belong to someone else than the ASSKomm network (the rules are data).

A press text on the network also counts the members of other bodies ("dem Deutschen Städtetag
gehören 200 Städte an"), the municipalities of programmes in other German states ("In
Niedersachsen sind 200 Kommunen dem Landesprogramm beigetreten") and rankings of size or safety
("zu den zehn größten Städten Sachsens"). None of these is a milestone of the network.
"""

from __future__ import annotations

#: Bodies whose members are municipalities or clubs, other than the network: umbrella
#: associations of municipalities, federations, associations and clubs. Regex fragments,
#: matched case-sensitively on word boundaries (compounds: "Landessportbund", "Zweckverband");
#: "Verbund" and "Vereinbarung" are the network's own words and stay out, and so do plurals: clubs
#: and associations may be members of the network beside its municipalities ("Dem Netzwerk gehören
#: 60 Kommunen und zahlreiche Vereine an").
OTHER_BODIES = (
    r"\w*[Ss]tädtetag\w*",
    r"\w*[Gg]emeindetag\w*",
    r"Landkreistag\w*",
    r"\w*(?<![Vv]er)bund(?:es|s)?",
    r"\w*[Vv]erband(?:es|s)?",
    r"\w*[Vv]erein(?:es|s)?",
)

#: German states that are no city (a city-state is mostly the venue of a national meeting, "in
#: Berlin"), whose programmes are not Saxony's: named after a locative preposition ("in Bayern",
#: "im Saarland", "aus Thüringen"). Saxony is absent on purpose.
OTHER_STATE_PREPOSITIONS = (r"[Ii]n", r"[Ii]m", r"[Aa]us", r"[Ii]nnerhalb")
CITY_STATES = frozenset({"Berlin", "Hamburg", "Bremen", "Sachsen"})
#: Adjectives of those states (stems, any ending): "die bayerischen Kommunen".
OTHER_STATE_ADJECTIVES = (
    r"bayerisch",
    r"brandenburgisch",
    r"hessisch",
    r"niedersächsisch",
    r"thüringisch",
    r"saarländisch",
    r"(?:nordrhein-)?westfälisch",
    r"rheinland-pfälzisch",
    r"schleswig-holsteinisch",
    r"baden-württembergisch",
    r"mecklenburg-vorpommersch",
    r"sachsen-anhaltisch",
)

#: A superlative between a number and its noun makes a ranking of size or safety, no count of
#: members: "die zehn sichersten Städte", "die 3. größte Stadt". Lowercase adjectives in
#: -ste/-ßte (any inflection); a participle in -sste ("die 45 erfassten Kommunen") is none.
SUPERLATIVE = r"(?-i:[a-zäöüß]{2,}(?:ß|(?<!s)s)te[nmrs]?)"

#: Names of the network itself: where one stands nearer to a rank than another body or state,
#: the rank is the network's ("tritt der Allianz als 50. Kommune bei und ist Mitglied im
#: Städtetag"); also in a compound ("im Präventionsnetzwerk des Freistaates").
NETWORK_NAMES = (
    r"ASSKomm\w*",
    r"Allianz",
    r"\w*[Nn]etzwerk\w*",
    r"Verbund\w*",
    r"Bündnis\w*",
    r"Kooperationsvereinbarung\w*",
)

#: Undertakings of others that municipalities take part in or are chosen for: a competition, a
#: campaign, a funding round. A count in a sentence on one that names not the network is theirs
#: ("Am Wettbewerb haben sich bereits 45 Kommunen beteiligt").
OTHER_UNDERTAKINGS = (
    r"\w*[Ww]ettbewerb\w*",
    r"Aktionswoche\w*",
    r"Aktionstag\w*",
    r"\w*[Kk]ampagne\w*",
    r"Förderprogramm\w*",
    r"Förderrunde\w*",
    r"Förderaufruf\w*",
    r"Ausschreibung\w*",
)

#: Words that name a ceremony: without a cumulative marker the count of its sentence is of that one
#: event ("Im Rahmen einer Feierstunde haben vier Kommunen die Vereinbarung unterzeichnet"). A day's
#: date is none: it may date the founding count ("Am 6. Februar 2019 ... mit acht Modellkommunen
#: ins Leben gerufen") or the report ("wie sie am Mittwoch mitteilte"). Case-insensitive.
ONE_EVENT_MARKERS = (r"Feierstunde\w*", r"Festakt\w*", r"feierlich\w*")
#: Words of a goal or a plan: a count in their clause is not reached yet ("Bis Ende des Jahres
#: sollen 100 Kommunen dem Netzwerk angehören"). Matched case-insensitively.
GOAL_MARKERS = (r"sollen", r"soll", r"Ziel\w*", r"angestrebt\w*", r"geplant\w*", r"wollen", r"will")

#: Words of a ranking or a table: an ordinal or "Nummer" in their clause places a town in it, no
#: member in the network ("Musterau ist die Nummer 3 im Städteranking").
RANKING_WORDS = (r"\w*[Rr]anking\w*", r"\w*[Tt]abelle\w*", r"\w*[Rr]angliste\w*", r"\w*[Bb]estenliste\w*")
