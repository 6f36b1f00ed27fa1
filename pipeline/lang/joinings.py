"""Words that make a sentence report a municipality joining the ASSKomm network (rule data).

The extractor in :mod:`pipeline.extract.joinings` combines these regular-expression fragments
(matched case-insensitively unless noted); to widen or narrow what counts as a joining, edit
them here. ANNOTATION.md, section "joinings", is the specification.
"""

from __future__ import annotations

#: Names of the network itself: a sentence with one of these speaks of ASSKomm.
NETWORK_NAMES = (
    r"[\w-]*(?i:ASS-?Komm)[\w-]*",
    r"ASS\s(?:Komm|KOMM)",
    r"Allianz\s+[»„\"‚'“]?(?:für\s+)?[Ss]icher\w*\s+(?:[Ss]ächsisch\w*\s+)?Kommunen",
    r"[Ss]ichere\w?\s+[Ss]ächsische\w?\s+Kommunen",  # the name without "Allianz"
    r"Landes-?[Pp]räventionsr[aä]t\w*(?:-[\w-]+)?",
    r"LPR(?:-[\w-]+)?",  # also "LPR-Geschäftsführer"
    r"Landes(?:präventions)?strategie",
    r"[\w-]*[Ss]icherheits-?[Aa]llianz\w*",  # also hyphenated: "der Sicherheits-Allianz des Freistaates"
)

#: Words for a network in general ("tritt dem Verbund bei", "Teil des Prävention-Netzwerkes"):
#: they speak of ASSKomm only in an article that names it somewhere.
NETWORK_WORDS = (
    r"[\w-]*[Nn]etzwerk\w*",
    r"[\w-]*[Vv]erbund\w*",
    r"[\w-]*[Bb]ündnis\w*",
    r"[\w-]*-Familie",
    r"Allianz",
    r"[\w-]*(?:Präventions|Sicherheits)allianz\w*",
    r"[\w-]*Mitgliedskommune\w*",
)

#: Joining verbs and nouns ("tritt ... bei" is matched separately, see ``SEPARATED_JOIN``).
JOIN_WORDS = (
    # not the subjunctives "beitrete", "beiträte": a wish or a request ("beantragt, dass X beitrete")
    r"beitr(?:itt|eten|at|aten)",
    r"beigetreten",
    r"Beitritt\w*",
    r"anschlie(?:ß|ss)(?:t|en)",
    r"angeschlossen",
    r"Mitgliedschaft\w*",
    # a newcomer on board: "ist nun mit im Boot", "holt die Stadt ins Boot"
    r"mit\s+im\s+Boot",
    r"ins\s+Boot\s+(?:ge)?hol\w*",
    r"Neumitglied\w*",
    r"Mitgliedsurkunde\w*",  # "hat ihre Mitgliedsurkunde erhalten"
)

#: Founding the network (its founding members join it on that day): "Die Städte A, B und C
#: gründen heute die Allianz", "haben die Allianz ins Leben gerufen", "Gründungsmitglied".
#: Only with the founders named and the network itself founded (``FOUNDED_OTHERS``).
FOUNDING = (
    # the founders' partners may stand between: "gründen heute gemeinsam mit dem Landespräventionsrat
    # Sachsen die Allianz"
    r"(?:gründe|start)(?:n|en|t|te|ten|et|ete|eten)?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:(?:gemeinsam|zusammen)\s+)?mit\s+(?:dem|der|den)\s+(?:[\w-]+\s+){1,4}?)?(?:die\s+|das\s+)?[»„\"‚]?"
    # the network founded, not the frame of something else ("startet im Rahmen der Allianz eine Umfrage")
    r"(?<!\bder\s)(?<!\bdes\s)(?<!\bdem\s)(?<!\bim\s)(?:Allianz|ASS-?Komm|Netzwerk)",
    r"gegründet",
    r"ins\s+Leben\s+gerufen",
    r"zusammengeschlossen",
    r"aus\s+der\s+Taufe\s+gehoben",
    r"Startschuss\s+für\s+(?:die\s+|das\s+)?[»„\"‚]?(?:Allianz|ASS-?Komm|Netzwerk)",
    r"Gründungsmitglied\w*",
)
#: Words after which the municipalities of the sentence after a founding are listed as
#: examples or parts ("ein Netzwerk aus acht Städten, darunter A und B"), not as its founders.
LIST_MARKERS = (
    r"darunter",
    r"unter\s+anderem",
    r"u\.\s*a\.",
    r"etwa",
    r"beispielsweise",
    r"zum\s+Beispiel",
    r"(?:Kommunen|Städte|Gemeinden|Mitglieder|Orte)\s+wie",
)
#: How far into the sentence after a founding its founders must be named (as its subject: "Die
#: Städte A, B und C wollen damit gemeinsam ...").
FOUNDERS_LEAD = 40
#: What else a founding sentence may found: then it is no founding of the network.
FOUNDED_OTHERS = (
    r"(?<!Landes)(?<!Landes-)[Pp]räventionsr[aä]t\w*",
    r"R[aä]te?(?:s|es)?",
    r"[\w-]*[Ss]icherheitsr[aä]t\w*",
    r"KPR",
    r"Gremi\w*",
    r"Verein\w*",
    r"Arbeitsgruppe\w*",
)

#: The finite forms of "treten" whose particle "bei" closes the clause ("Hoyerswerda tritt der
#: Allianz ... bei", "Am 5. April trat die fünfte Kommune dem Verbund bei"), and of "sich
#: anschließen" ("schließt sich der Allianz an"). The middle field between verb and particle
#: may be long: a group with its member towns and the network's full name stand in it.
SEPARATED_JOIN = (
    r"(?:tritt|treten|trat|traten)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,240}?\bbei(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))"
    r"|(?:schließt|schließen|schloss|schlossen)\s+sich\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,240}?\ban(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))"
    r"|(?:macht|machen|machte|machten)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,120}?\bmit(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))"
)

#: Taking part in the programme itself: "beteiligt sich die Große Kreisstadt Freital an ASSKomm",
#: "nimmt an der Allianz teil", "kooperiert seit 2022 mit dem Landespräventionsrat".
TAKE_PART = (
    r"(?:beteilig\w*\s+sich|nimmt|nehmen|nahm|nahmen)\s+(?:[\w-]+\s+){0,6}?a[nm]\s+(?:[\w-]+\s+){0,4}?"
    r"[»„\"‚']?(?:ASS-?Komm|Allianz)(?:-(?:Programm|Projekt|Netzwerk|Verbund)\w*)?"
    r"|mach(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,3}?mit\s+(?:bei|in)\s+(?:der|dem|den)\s+(?:[\w-]+\s+){0,2}?"
    r"[»„\"‚']?(?:ASS-?Komm|Allianz)"  # "Glauchau macht mit bei der Allianz"
    r"|kooperier(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,6}?mit\s+(?:dem|der|den)\s+(?:[\w-]+\s+){0,2}?"
    r"[»„\"‚']?(?:ASS-?Komm|Allianz|Landes-?[Pp]räventionsrat|LPR)"
)

#: A member noun compounded with the network's name: "ASSKomm-Partnerkommune", "ASSKomm-Mitgliedsstadt",
#: "Allianz-Kommune", "Allianzmitglied" (word formation: the network as the first part, a member as the head).
MEMBER_COMPOUND = (
    r"(?:ASS-?Komm|Allianz)-?(?:Mitglieds|Partner)?-?"
    r"(?:[Kk]ommune|[Ss]tadt|[Gg]emeinde|[Mm]itglied|[Pp]artner(?:in)?)"
)

#: Being part or a member of the network: "wird Teil des Netzwerkes", "ist neues Mitglied",
#: "ist neu in der ASSKomm-Familie", "dazu gehört jetzt auch X", "auch X ist dabei".
PART_OF = (
    r"(?:ist|sind|wird|werden|wurde|wurden|war|waren)\s+(?:(?:\d+\.|[\w-]+)\s+){0,6}?Teil\s+(?:des|der|eines|einer|vom|im|von)\b",
    r"Teil\s+(?:des|der)\s+(?:[\w»«„“\"-]+\s+){1,5}?zu\s+(?:sein|werden)\b",
    r"(?:ist|sind|wird|werden|wurde|wurden)\s+(?:(?:\d+\.|[\w-]+)\s+){0,4}?(?:neuer?\s+)?(?:Kooperations)?[Pp]artner(?:kommune|stadt)?\b",
    r"(?:ist|sind|wird|werden|wurde|wurden|war|waren)\s+(?:(?:\d+\.|[\w-]+)\s+){0,6}?(?:neues\s+|offizielles\s+|neue\s+)?[\w-]*Mitglied(?:er)?\b",
    r"(?:ist|sind|wird|werden|wurde|wurden|war|waren)\s+(?:[\w-]+\s+){0,3}?(?:Mitglieds[Kk]ommune|Mitgliedsstadt|"
    rf"Mitgliedsgemeinde|{MEMBER_COMPOUND})\b",
    # taking part: "ist jetzt Teilnehmerkommune der Allianz", "eine der teilnehmenden Kommunen"
    r"(?:ist|sind|wird|werden|wurde|wurden|war|waren)\s+(?:[\w-]+\s+){0,4}?(?:Teilnehmer(?:kommune|stadt|gemeinde)|"
    r"teilnehmende[n]?\s+(?:Kommunen?|Städte|Stadt|Gemeinden?))\b",
    # "freut sich über ein weiteres Mitglied", "begrüßt eine neue Partnerkommune"
    r"(?:neue|weitere)[snr]?\s+(?:ASSKomm-)?(?:Mitglied|Mitgliedskommune|Partnerkommune|ASSKomm-Kommune)\b",
    r"seit\s+(?:[\w.]+\s+){1,4}?(?:neues\s+)?[\w-]*Mitglied\b",
    # the verb last, in a subordinate clause: "..., die seit 2021 Mitglied der Allianz ist"
    r"(?:[\w-]*Mitglied|Teil)\s+(?:des|der|im|vom|von|eines|einer)\s+(?:[\w»«„“\"()-]+\s+){0,6}?"
    r"(?:ist|sind|wurde|wurden|war|waren|(?:geworden|gewesen)\s+(?:ist|sind))\b",
    # belonging with the network as the dative right at the verb: "gehört der Allianz seit 2020
    # an", "die seit 2019 dem ASSKomm-Netzwerk angehört" (not "Dem Gremium gehören ... an")
    r"gehör(?:t|en|te|ten)\s+(?:(?:seit\s+\S+|bereits|schon|auch|nun|jetzt|ebenfalls)\s+)*(?:der|dem)\s+[»„\"]?"
    r"(?:Allianz|[\w-]*ASS-?Komm|[\w-]*Netzwerk|[\w-]*Verbund)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){0,100}?\ban"
    r"(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))",
    r"(?:ASS-?Komm-)?(?:Allianz|ASS-?Komm|Netzwerk\w*|Verbund\w*)[«“\"]?(?:\s+\([\w-]+\))?\s+angehör(?:t|en|te|ten)\b",
    # the verb after: "Bereits Mitglied sind Riesa und Meißen" (not "Mitglieder sind Vertreter der
    # Stadt", a council's people)
    r"(?:bereits|schon|auch|ebenfalls|neu)\s+(?:[\w-]*Mitglied(?:er)?|Teil)\s+(?:ist|sind|war|waren|wurde|wurden)\b",
    # also with the subject after the verb ("Seit 2022 gehört Musterau zu den ASSKomm-Kommunen"); belonging
    # to mere towns ("gehört zu den größten Städten") is none, as the network must be named beside it
    r"(?:z[äa]hl|gehör)(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,3}?zu\s+den\s+(?:[\w-]+\s+){0,2}?(?:ASS-?Komm-|Allianz-|Mitglieds)?"
    r"(?:[Kk]ommunen|Mitgliedern)\b",
    r"zu\s+den\s+(?:[\w-]+\s+){0,2}?(?:ASSKomm-|Mitglieds)(?:[Kk]ommunen|Mitgliedern)\s+(?:[\w-]+\s+){0,2}?z[äa]hl(?:t|en|te|ten)\b",
    # among the members: "Zu den jüngsten Mitgliedern der Allianz gehören A und B" (of the network, or
    # of nothing named: "zu den neuen Mitgliedskommunen zählt X"; not "Mitglieder des Präventionsrates")
    r"zu\s+den\s+(?:[\w-]+\s+){0,2}?[\w-]*Mitglie\w*\s+(?:der|des|im)\s+[»„\"]?"
    r"(?:Allianz|[\w-]*ASS-?Komm\w*|[\w-]*Netzwerk\w*|[\w-]*Verbund\w*)"
    r"(?:[^.;:!?\n]|\n(?![ \t]*\n)){0,60}?\b(?:gehör|z[äa]hl)(?:t|en|te|ten)\b",
    r"zu\s+den\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*Mitgliedern|[\w-]*Mitgliedskommunen|ASS-?Komm-Kommunen)\s+"
    r"(?:gehör|z[äa]hl)(?:t|en|te|ten)\b",
    # strengthening the network by joining it: "Mügeln verstärkt seit Mai das Netzwerk"
    r"verstärk(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,4}?(?:das|die|den)\s+(?:[\w-]+\s+){0,2}?[»„\"]?"
    r"(?:[\w-]*Netzwerk\w*|Allianz|[\w-]*Verbund\w*|ASS-?Komm\w*)",
    r"eine\s+(?:der|von\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:ASSKomm-|Mitglieds)[Kk]ommunen\b",
    r"neu(?:e[snmr]?)?\s+(?:in\s+(?:der|dem|unserer|unserem)|im)\b",
    # "Als Mitglied der Allianz hat Freital ...", "als 20. Mitglied"
    r"als\s+(?:\d+\.\s+|neues\s+|jüngstes\s+)?Mitglied\b",
    # the network grows by the one named: "Mit der Stadt X zählt das Netzwerk nun 45 Mitglieder"
    r"(?:hat|zählt|umfasst)\s+(?:[\w-]+\s+){0,3}?(?:nun|jetzt|damit)\s+(?:[\w-]+\s+){0,2}?\d+\s+"
    r"(?:Mitglieder|Mitgliedskommunen|Kommunen)\b",
    r"wächst\s+(?:[\w-]+\s+){0,4}?auf\s+\d+\b",
    r"sind\s+es\s+(?:nun|jetzt|damit|inzwischen)\s+(?:schon\s+|bereits\s+)?\d+\b",
    # joining the ranks: "reiht sich damit in das Netzwerk ein"
    r"(?:reiht|reihen|reihte|reihten)\s+sich\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,120}?\bein(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))",
    # taken in by the network: "nahm die Gemeinde X in das Netzwerk auf"
    r"(?:nimmt|nehmen|nahm|nahmen)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,120}?\bin\s+(?:die|das|den)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,80}?\bauf"
    r"(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))",
    r"gehör(?:t|en|te|ten)\s+(?:jetzt|nun|neu|seit\s+\w+|ebenfalls|auch|zu[rm]?|dazu)\b",
    # the verb after the network's name: "dass Zwenkau jetzt zur Allianz Sichere Sächsische Kommunen gehört"
    r"zu[rm]?\s+(?:[\w»„\"«“-]+\s+){0,3}?[\w»«„“\"-]*(?:Netzwerk|Verbund|Allianz|ASSKomm|Kommunen)\w*[«“\"]?"
    r"(?:\s*\([\w-]+\))?\s+gehör(?:t|en|te|ten)\b",
    # taken in: "wurde in die Allianz aufgenommen", "die Aufnahme der Stadt X in das Netzwerk"
    r"in\s+(?:die|das|den)\s+(?:[\w»„\"«“()-]+\s+){0,6}?aufgenommen\b",
    r"Aufnahme\s+(?:der|des|von|in)\b",
    # arriving ("ist als neue Mitgliedskommune hinzugekommen", "kam im März zum Netzwerk dazu"):
    # only with the network or a member word in the sentence ("neue Aufgaben sind hinzugekommen")
    r"(?:hinzu|dazu)gekommen",
    r"(?:kommt|kommen|kam|kamen)\b(?:[^.;:!?\n]|\n(?![ \t]*\n)){1,120}?\b(?:hinzu|dazu)(?=[ \t]*(?:[.,;:!?»«\"“”)–-]|\n|$|und\b))",
    # "ist dabei, ... zu erstellen" is busy doing something, not part of it
    r"(?:ist|sind)\s+(?:[\w»«„“\"-]+\s+){0,6}?dabei\b(?!\s*,)",
)

#: A member named by its membership, in passing: the sentence is about something else, so its
#: dates are not the joining's ("trafen sich am Montag in der ASSKomm-Kommune Grimma", "des
#: Allianz-Mitglieds Stollberg", "Als ASSKomm-Kommune nutzt Reichenbach das Coaching"); not
#: several at once ("die ASSKomm-Kommunen Riesa und Meißen" lists the network's members).
NAMED_MEMBER = (
    r"(?:ASS-?Komm-?|Mitglieds-?|Allianz-)(?:[Kk]ommune|[Ss]tadt|[Gg]emeinde|[Mm]itglied(?:s|es)?)"
    r"(?=\s+(?-i:[A-ZÄÖÜ]))",
    r"als\s+(?:neue\s+)?(?:ASSKomm-|Mitglieds)[Kk]ommune\b",
    rf"als\s+(?:neue[srm]?\s+)?{MEMBER_COMPOUND}\b",  # "Als ASSKomm-Mitglied profitiert Plauen ..."
)

#: Being there ("mit dabei", "mit von der Partie"), not taking part in an event ("ist dabei, mit
#: einem Stand").
_THERE = r"(?:(?:mit\s+)?dabei\b|mit\s+von\s+der\s+Partie\b)(?!\s*,)"
#: Idioms of a newcomer on board, in the present ("ist seit Mittwoch offiziell mit an Bord", "Neu
#: dabei ist die Stadt X"): a joining where the network is named in the sentence or one beside it.
ABOARD = (
    r"(?:ist|sind|wird|werden)\s+(?:[\w-]+\s+){0,6}?(?:mit\s+)?an\s+Bord",
    # being there, said of something new ("Jetzt ist auch Lugau dabei", "ist seit Montag dabei"); not
    # taking part in an event ("Auch die Stadt ist dabei, mit einem Stand")
    r"(?:ist|sind)\s+(?:[\w-]+\s+){0,5}?(?:jetzt|nun|neu|seit|sofort|mittlerweile|inzwischen|offiziell)\s+"
    rf"(?:[\w.-]+\s+){{0,3}}?{_THERE}",
    r"(?:jetzt|nun|neu|seit\s+\S+(?:\s+\S+)?|ab\s+sofort|mittlerweile|inzwischen)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:ist|sind)\s+(?:[\w-]+\s+){{0,4}}?{_THERE}",
    # a model municipality of the network in its first years ("Dort ist Görlitz Modellkommune")
    r"(?:ist|sind|wird|werden|wurde|wurden|war|waren)\s+(?:[\w-]+\s+){0,4}?(?:eine\s+der\s+)?(?:ersten\s+)?"
    r"(?:Modell|Pilot)(?:kommune|stadt|gemeinde)n?\b"
    # with a complement only of the network ("Modellkommune der Allianz", not "für Digitalisierung")
    r"(?!\s+(?:für|im|in|des|der|beim|bei|von)\s+(?![^.;:!?\n]{0,60}?(?:Allianz|ASS-?Komm|Netzwerk|Landespräventions)))",
    r"neu\s+dabei\s+(?:ist|sind)",
    r"(?:ist|sind)\s+(?:[\w-]+\s+){0,4}?neu\s+dabei",
)
#: Welcoming a newcomer: "Ein herzliches Willkommen an die Stadt X!", "Willkommen im Netzwerk, X!",
#: "Wir begrüßen die Stadt X im Netzwerk". A joining only of a town named as the one welcomed,
#: never of one where the welcome happens ("Willkommen in X!").
WELCOME = (
    # "heißt die Stadt X herzlich willkommen": the one welcomed follows the verb (a host welcoming its
    # guests, "Die Stadt X heißt die Gäste willkommen", welcomes no member)
    r"hei(?:ß|ss)(?:t|en|e)\s+(?:[\w-]+\s+){1,8}?(?:herzlich\s+)?willkommen",
    r"(?:herzlich(?:es)?\s+)?[Ww]illkommen",
    r"begrüß(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,5}?(?:im|in\s+(?:der|dem|unserem|unserer))\s+(?:[\w-]+\s+){0,2}?"
    r"[»„\"]?(?:[\w-]*Netzwerk\w*|Allianz|[\w-]*-?Familie|[\w-]*Verbund\w*|[\w-]*ASS-?Komm\w*)",
)

#: Signing verbs and nouns; a signing is a joining when an agreement is signed (``AGREEMENTS``).
SIGN_WORDS = (
    r"unterzeichn\w*",
    r"unterschr\w*",
    r"(?:Vertrags)?[Uu]nterschrift\w*",
    r"besiegel\w*",
)
#: Verbs that make an agreement only with the agreement next to them ("eine Vereinbarung
#: getroffen", "schloss ... eine Kooperationsvereinbarung", "eine Sicherheits-Zusammenarbeit
#: beschlossen"); alone they mean other things ("beschlossen den Tag", "haben sich getroffen").
AGREEING_VERBS = (
    r"(?:ab)?geschlossen",
    r"(?-i:schlo(?:ss|ß)(?:en)?)",
    r"beschlossen",
    r"vereinbart(?:en)?",
    r"getroffen",
)
#: How many words may stand between an agreeing verb and its agreement.
AGREEING_GAP = 8

#: What is signed: the cooperation agreement (also cut off, "der Koopera"), a contract, "ein
#: entsprechendes Dokument", a cooperation agreed on ("eine Sicherheits-Zusammenarbeit beschlossen").
AGREEMENTS = (
    r"[\w-]*[Kk]ooperationsver\w*",
    r"Koopera",
    r"[\w-]*[Vv]ereinbarung(?:en)?",
    r"(?:[\w-]*-)?(?:Kooperations|Präventions|Sicherheits)?[Vv]ertr[aä]g(?:e|es|s|en)?",
    r"Vertrags\w*",
    r"(?:Sicherheits|Präventions)pakt\w*",  # "hat einen Sicherheitspakt geschlossen"
    r"Dokument\w*",
    r"[\w-]*[Zz]usammenarbeit",
    r"Sicherheitspartnerschaft(?:en)?",
    r"Kooperation",  # "haben eine Kooperation vereinbart"
)

#: The agreements an article may name once for all its signings ("Für die Gemeinde unterschrieb
#: der Bürgermeister" signs the Kooperationsvereinbarung the article names elsewhere).
ARTICLE_AGREEMENTS = (
    r"[\w-]*[Kk]ooperationsver\w*",
    r"[\w-]*[Vv]ereinbarung(?:en)?",
    r"(?:[\w-]*-)?(?:Kooperations|Präventions|Sicherheits)?[Vv]ertr[aä]g(?:e|es|s|en)?",
    r"(?:Sicherheits|Präventions)pakt\w*",
)
#: Other things signed: a sentence signing one of these signs no cooperation agreement the
#: article names elsewhere ("Die Mitglieder unterzeichneten die Gründungserklärung").
SIGNED_OTHERS = (
    r"[\w-]*[Ee]rklärung\w*",
    r"Urkunde\w*",
    r"Charta",
    r"Resolution\w*",
    r"Geschäftsordnung\w*",
    r"[\w-]*[Bb]uch",
    r"Satzung\w*",
)

#: Signing words that may collect signatures, not sign an agreement ("Unterschriften sammeln"),
#: and the words that say so.
SIGNATURES = (r"Unterschriften\w*",)
COLLECTING = (
    r"gesammelt",
    r"sammel\w*",
    r"Petition\w*",
    r"Unterschriftensammlung\w*",
    r"Unterschriftenliste\w*",
)

#: The network named by its partner only: the cooperation agreement on prevention with the
#: state ("eine Kooperationsvereinbarung zur Kriminalprävention mit dem Innenministerium").
STATE_PARTNERS = (
    r"Innenminist\w*",
    r"Freistaat\w*",
    r"(?:Landes|Staats)regierung",
    r"(?:Innen)?[Ss]taatssekretär\w*",  # signing for the state: "Staatssekretär X unterzeichnete"
    r"(?:Innen)?[Ss]taatsminist\w*",
    r"Land\s+Sachsen",  # "hat mit dem Land Sachsen einen Vertrag unterschrieben"
    r"mit\s+dem\s+Land",  # not "auf dem Land", the countryside
)
#: Agreements with the state beside the cooperation agreement: "eine Sicherheitspartnerschaft mit
#: dem Freistaat" (with the police it is theirs, and names no network).
STATE_AGREEMENTS = (r"Sicherheitspartnerschaft\w*",)
PREVENTION_WORDS = (r"[\w-]*[Pp]räventi\w*", r"[\w-]*[Ss]icherheit\w*", r"[\w-]*[Kk]riminal\w*")

#: The network's other programmes and partners: an agreement under these is not a joining
#: ("Prävention im Team", the school authorities, a district office).
OTHER_PROGRAMMES = (
    r"Prävention\s+im\s+Team",
    r"PiT\b",
    r"PIT\b",
    r"PiT-[\w-]+",
    r"PIT-[\w-]+",
    r"Bildungsagentur\w*",
    r"Landesamt\s+für\s+Schule",
    r"Landratsamt\w*",
    r"Geschäftsordnung",
)

#: An association as a party: its agreement with the Landespräventionsrat is no joining ("Der
#: Verein »Sicheres Wurzen e. V.« und der Landespräventionsrat haben eine Vereinbarung geschlossen").
ASSOCIATIONS = (r"Verein(?:s|e)?", r"e\.\s?V\.")

#: Police words: an agreement with the police alone is no joining (the network must be named).
POLICE_WORDS = (r"Polizei\w*", r"Revier\w*")
#: Words by which an agreement refers to the one the sentence before names ("unterzeichnen auch
#: ... sowie Vertreter der Polizei ein entsprechendes Dokument").
REFERRING_WORDS = (r"entsprechend\w*", r"solche[snmr]?", r"diese[snmr]?", r"ebenfalls", r"gleiche[snmr]?")
