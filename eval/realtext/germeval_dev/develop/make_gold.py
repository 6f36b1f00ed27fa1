# Hand annotations (officials, quotes) for the develop set gd000-gd198.
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
def O(name, roles=(), org=None, hon=None):
    return {"name": name, "honorific": hon, "roles": list(roles), "organization": org}
def Q(text, speaker, name):
    return {"text": text, "speaker": speaker, "speaker_name": name, "kind": "direct"}
A = {
"gd000": ([], [Q("Ich werde mich dieser Verantwortung stellen sowohl als Ministerpräsident und als Landesvorsitzender", "Rüttgers", "Rüttgers")]),
"gd002": ([O("Imad Moustapha", ["US-Botschafter"])], []),
"gd004": ([], []),
"gd006": ([O("Josef Ackermann", ["Konzernchef"])], []),
"gd008": ([O("Eric Cantona", [], "United")], []),
"gd010": ([O("Mariam Gössner", ["Biathletin"])], []),
"gd012": ([O("Tatjana Kotowa")], []),
"gd014": ([], []),
"gd016": ([O("Stalin")], []),
"gd018": ([O("Erika Ziltener")], []),
"gd020": ([], [Q("Das reicht nicht", "Eymer", "Eymer")]),
"gd022": ([O("Andreas Leisdon")], []),
"gd024": ([O("Klaus Wowereit", ["Regierender Bürgermeister"], "Berlin")], []),
"gd026": ([], [Q("Es gibt überhaupt keinen Grund defätistisch zu sein oder die Chancen eines langfristigen Erfolgs zu unterschätzen", "Gates", "Gates")]),
"gd028": ([O("Ulrich Wickert")], []),
"gd030": ([O("Hans Dietzeld", ["Sprecher"])], [Q("Darüber haben wir keine Unterlagen", "Sprecher Hans Dietzeld", "Hans Dietzeld")]),
"gd032": ([], []),
"gd034": ([], []),
"gd036": ([O("Simon Fischhaber"), O("Greg Leeb"), O("Adrian Grygiel"), O("André Savage")], []),
"gd038": ([O("Gerrit Gerber", ["Sturmspitze"]), O("Sven Maric")], []),
"gd040": ([O("Robert Vittek", ["Torjäger"], "1. FC Nürnberg")], []),
"gd042": ([O("Reinhard Keller", [], "Mikrobiologisches Institut")], []),
"gd044": ([O("Michael Buhl", ["Kollege im Börse-Vorstand Wien"], "Börse Wien")], []),
"gd046": ([], [Q("Solidarität mit Schotterern wollen diese Neuwähler nicht.", "Güllner", "Güllner")]),
"gd048": ([], [Q("Wenn man gegen so eine Mannschaft trifft, hat man das Gefühl, im Finale der Champions League zu stehen", "van der Vaart", "van der Vaart"),
               Q("da müssen wir alle über uns hinauswachsen, um sie zu packen.", "van der Vaart", "van der Vaart")]),
"gd050": ([O("Heiko Goebel")], [Q("Bei schlechtem Wetter ziehen wir komplett in die benachbarten Rheinbahnhallen", "Heiko Goebel", "Heiko Goebel")]),
"gd052": ([O("Gert Hilger", ["Sprecher"], "Post")], []),
"gd054": ([O("John Terry"), O("Frank Lampard"), O("Didier Drogba"), O("Michael Ballack")], []),
"gd056": ([O("Walter Wagner", ["Ringarzt"], None, "Professor")], []),
"gd058": ([], []),
"gd060": ([], [Q("Man sagt immer was Dummes, wenn man was Allgemeines oder was künftig zu Tuendes sagt.", "Goethe", "Goethe")]),
"gd062": ([O("Schmid", ["Bäderleiter"])], []),
"gd064": ([], [Q("Das Geld holen Sie sich wieder und die Bürger haben einen Superpreis", "Barth", "Barth")]),
"gd066": ([O("Tina Theune-Meyer")], [Q("Die liegen uns", "Tina Theune-Meyer", "Tina Theune-Meyer")]),
"gd068": ([O("Straubinger", ["CSU-Politiker", "Generalvertreter für die Allianz-Versicherung"], "Allianz-Versicherung")],
          [Q("um die grundgesetzlich geschützte Freiheit zur Ausübung seines Berufs", "der CSU-Politiker Straubinger", "Straubinger")]),
"gd070": ([O("Lars Müller"), O("Michael Thurk"), O("Hofmann", ["Löwen-Keeper"], "Löwen")], []),
"gd072": ([], []),
"gd074": ([O("Barbara Berndt")], []),
"gd076": ([], [Q("Die sagen sich einfach: Das bringt doch nichts", "Schönberg", "Schönberg")]),
"gd078": ([], [Q("Und nach dem offenen Brief wurden die Flüchtlinge von Schröder wegen Verleumdung angezeigt.", None, None)]),
"gd080": ([O("Gerd Krämer", ["Staatssekretär"])], []),
"gd082": ([], []),
"gd084": ([O("Deniz Naki")], [Q("Der Trainer hat uns in der Halbzeit gesagt, dass wir unser Spiel durchziehen sollen", "Deniz Naki", "Deniz Naki")]),
"gd086": ([O("Gerhard Joksch", ["Grünen-Spitzenkandidat"], "Grüne")], []),
"gd088": ([O("Adam Seroczynski", ["Rennkanute"])], []),
"gd090": ([O("Rabiye Kurnaz")], []),
"gd092": ([], [Q("Wir sind sehr zufrieden", "Gönültas und Piskin", "Gönültas")]),
"gd094": ([O("Manfred Pfister", ["Literaturwissenschaftler mit Spezialgebiet Reiseberichte"])], []),
"gd096": ([O("Martin Stoll")], []),
"gd098": ([O("Judith Hermann")], []),
"gd100": ([O("Rainer Eppelmann", ["Vorsitzende der Bundesstiftung zur Aufarbeitung der SED-Diktatur"], "Bundesstiftung zur Aufarbeitung der SED-Diktatur")], []),
"gd102": ([O("Franz Beckenbauer")], []),
"gd104": ([O("Angelo Barletta", ["Abwehrchef"], "VfL Osnabrück")], []),
"gd106": ([O("Dean Whitehead"), O("Grant Leadbitter"), O("Carlos Edwards"), O("Teemu Tainio", [], "Birmingham")], []),
"gd108": ([], []),
"gd110": ([O("Renzo Blumenthal", ["Biobauer"]), O("Toni Brunner", ["SVP-Nationalrat"])], []),
"gd112": ([O("Max Herbst", ["Inhaber der auf Zinsvergleiche spezialisierten FMH Finanzberatung"], "FMH Finanzberatung")], []),
"gd114": ([], []),
"gd116": ([O("Miguel Riopa", ["Fotograf"], "AFP")], []),
"gd118": ([O("Michael Jackson")], []),
"gd120": ([O("Christiane Holländer", ["Rechtsexpertin beim Hamburger Mieterverein"], "Hamburger Mieterverein")],
          [Q("Nach dem zweiten Schreiben geben die meisten Vermieter klein bei", "Christiane Holländer, Rechtsexpertin beim Hamburger Mieterverein", "Christiane Holländer")]),
"gd122": ([O("Ernst", ["Surrealist"])], []),
"gd124": ([], []),
"gd126": ([O("Harald Strutz", ["Präsident"], "Mainz 05")],
          [Q("Diese Nominierung im Zuge der Fairplay-Wertung ist eine Auszeichnung für Mainz 05, vor allem aber ein Verdienst aller, von Mannschaft, Verein und Fans", "Präsident Harald Strutz", "Harald Strutz")]),
"gd128": ([O("Julio Lopez")], []),
"gd130": ([], [Q("Wenn man auf Vorovoro ankommt, muss man sich bei Tui Mali bedanken, dass man auf der Insel sein darf.", None, None)]),
"gd132": ([], []),
"gd134": ([], []),
"gd136": ([], []),
"gd138": ([O("Hans Eichel", ["Finanzminister"])], []),
"gd140": ([O("Detlef Untermann", ["Sprecher"])], [Q("artgerechten Genickbruch getötet.", "Blaszkiewitz", "Blaszkiewitz")]),
"gd142": ([], []),
"gd144": ([], []),
"gd146": ([O("Eichinger", ["Constantin Boss"], "Constantin")], []),
"gd148": ([O("Alexandre Prémat")], []),
"gd150": ([O("Henry Tesch", ["Bildungsminister"])], [Q("breiten Zustimmung", "Bildungsminister Henry Tesch", "Henry Tesch")]),
"gd152": ([O("Wayne Rooney", [], "ManU"), O("Louis Saha")], []),
"gd154": ([O("Guido Westerwelle", ["FDP-Chef"], "FDP")], []),
"gd156": ([], [Q("Es wäre ein grosser Vorteil für ihn.", "er", None)]),
"gd158": ([O("Wolfgang Kohlhaase")], []),
"gd160": ([O("Corrado Passera", ["Vorstandsvorsitzende"])],
          [Q("Telecom Italia ist ein sehr wichtiges Unternehmen für unser Land", "der Vorstandsvorsitzende Corrado Passera", "Corrado Passera")]),
"gd162": ([O("Peter Sellars")], []),
"gd164": ([O("Torsten Frings")], []),
"gd166": ([], [Q("völlig kritiklos", None, None)]),
"gd168": ([O("Nelson Valdez", ["Stürmer"], "Bremen")],
          [Q("Trotz meiner beiden Tore habe ich die größte Freude in der 85. Minute verspürt", "Bremens Stürmer Nelson Valdez", "Nelson Valdez")]),
"gd170": ([O("Heath Miller", [], "Pittsburgh")], []),
"gd172": ([O("Igor Anic", [], "THW Kiel")], []),
"gd174": ([O("Heidi Klum")], []),
"gd176": ([], []),
"gd178": ([], []),
"gd180": ([O("Jürgen Rüttgers", ["Landesvater"])], []),
"gd182": ([], []),
"gd184": ([], []),
"gd186": ([O("Jan Stefan Roell", ["Vorsitzende des Arbeitgeberverbands Süd-West-Metall"], "Arbeitgeberverband Süd-West-Metall")],
          [Q("Die Sonne geht unter, es wird kälter, und deshalb wird der Abschluss unter dem letzten sein müssen", "der Vorsitzende des Arbeitgeberverbands Süd-West-Metall, Jan Stefan Roell", "Jan Stefan Roell")]),
"gd188": ([O("Wolfgang Schäuble", ["Bundesfinanzminister"])],
          [Q("Wir brauchen die Nachhaltigkeit in den Vergütungsstrukturen.", "Bundesfinanzminister Wolfgang Schäuble", "Wolfgang Schäuble")]),
"gd190": ([O("Winfried Leibinger")], []),
"gd192": ([], []),
"gd194": ([O("Fritz Kuhn", ["Co-Fraktionschef"])],
          [Q("Wir haben die Chance, die präziseste, schnellste und glaubwürdigste Oppositionspartei zu sein, die neue inhaltliche Konzepte entwickelt", "Co-Fraktionschef Fritz Kuhn", "Fritz Kuhn")]),
"gd196": ([], []),
"gd198": ([O("Til Schweiger")], []),
}
arts = sorted(f[:-4] for f in os.listdir(os.path.join(D, "articles")) if f.endswith(".txt"))
assert sorted(A) == arts, set(arts) ^ set(A)
no = nr = nq = 0
for stem in arts:
    text = open(os.path.join(D, "articles", stem + ".txt"), encoding="utf-8").read()
    offs, qs = A[stem]
    for o in offs:
        assert o["name"] in text, (stem, o["name"])
        for r in o["roles"]:
            head = r.split()[0]
            assert head in text, (stem, r)
    for q in qs:
        assert q["text"] in text, (stem, q["text"])
        for k in ("speaker", "speaker_name"):
            if q[k] is not None:
                assert q[k] in text, (stem, k, q[k])
    no += len(offs); nr += sum(len(o["roles"]) for o in offs); nq += len(qs)
    doc = {"article": stem + ".txt", "published": None, "dates": [], "places": [],
           "officials": offs, "milestones": [], "quotes": qs, "joinings": []}
    p = os.path.join(D, "gold", stem + ".json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2); f.write("\n")
    json.load(open(p, encoding="utf-8"))
print(len(arts), "files;", no, "officials;", sum(1 for s in arts for o in A[s][0] if o["roles"]), "with roles;", nr, "roles;", nq, "quotes;",
      sum(1 for s in arts for q in A[s][1] if q["speaker_name"]), "with speaker_name")
