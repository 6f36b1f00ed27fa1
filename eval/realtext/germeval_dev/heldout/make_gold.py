# Hand annotations (officials, quotes) for the held-out GermEval sentences gd001-gd199.
# Writes gold/gdNNN.json and checks that every name, role-free string, quote text and speaker
# occurs verbatim in its sentence.
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles"); GOLD = os.path.join(HERE, "gold")

def O(name, roles=(), org=None, hon=None):
    return {"name": name, "honorific": hon, "roles": list(roles), "organization": org}
def Q(text, speaker, name):
    return {"text": text, "speaker": speaker, "speaker_name": name, "kind": "direct"}

A = {
 "gd001": ([], [Q("steinerner Schlusspunkt", "Thierse", "Thierse")]),
 "gd003": ([], [Q("Man darf den Fall nicht nur politisch, sondern auch sportlich betrachten.", "Heinze", "Heinze")]),
 "gd005": ([O("Kazuo Inamori", ["Gründer des japanischen Technologie-Konzerns Kyocera"], "Kyocera")], []),
 "gd007": ([O("Gudrun Arlt")], [Q("Und auch die Stimmung bei unseren Angestellten war gut", "Gudrun Arlt", "Gudrun Arlt")]),
 "gd009": ([O("Andy Ibbott", ["Coach"])], []),
 "gd011": ([O("Nicolas Sarkozy", ["Präsident"])], []),
 "gd013": ([O("Markus Söder", ["Europaminister"])], [Q("Derartige Gerüchte sind absurd", "der bayerische Europaminister Markus Söder", "Markus Söder")]),
 "gd015": ([O("Jenny Gröllmann", ["Schauspielerin"])], []),
 "gd017": ([O("Didier Drogba", ["Stürmerstar des FC Chelsea London"], "FC Chelsea London")],
           [Q("Es erfüllt mich mit Stolz, für das Heimatland meiner Eltern aufzulaufen", "Demel", "Demel")]),
 "gd019": ([O("Usain Bolt")], []),
 "gd021": ([O("Benjamin Schwarz"), O("Nikolas Ledgerwood")], []),
 "gd023": ([O("Sigmar Gabriel", ["Umweltminister"])], []),
 "gd025": ([O("Michael Jackson")], [Q("Ich bin ein unschuldiger Mann", "Arzt", None)]),
 "gd027": ([O("Barghuti", ["Menschenrechtsaktivist"])], []),
 "gd029": ([O("Nico G.")], []),
 "gd031": ([], []),
 "gd033": ([O("Andreas Kleiber", [], "Team Zweirad Schubert/TSV Niederstaufen")], []),
 "gd035": ([], [Q("Früher machte sie sich darüber Sorgen, dass vielleicht nichts aus mir wird.", "Sido", "Sido")]),
 "gd037": ([], [Q("Das Personenbeförderungsgesetz ist offenbar in Stein gemeißelt", "Riederer", "Riederer")]),
 "gd039": ([O("Johannis Aehnlich")], []),
 "gd041": ([O("Renate Bassen", ["stellvertretende Landrätin"])], []),
 "gd043": ([], [Q("Unglaublich, wie arrogant Schröder in der Fernsehrunde war", "ein Partygast", None),
                Q("so etwas geht einfach nicht.", "ein Partygast", None)]),
 "gd045": ([O("Su-Ai-Nee Piandee", ["Oppositionssprecher"])], []),
 "gd047": ([], []),
 "gd049": ([O("Mustafa S."), O("Ali Y.")], []),
 "gd051": ([O("Paul Buchegger")], []),
 "gd053": ([O("Peter Gabriel")], []),
 "gd055": ([O("Wolfgang Prock-Schauer", [], "Jet Airways"), O("Werner Borchert", [], "Jet Airways")], []),
 "gd057": ([], [Q("Die haben vierzehn gleichwertige Spieler", "Petkovic", "Petkovic")]),
 "gd059": ([O("Jörg Haider")], []),
 "gd061": ([O("Renate Ebert", ["Geschäftsführerin der Schule für Touristik in Berlin"], "Schule für Touristik in Berlin")],
           [Q("Die Berufsausbildung bleibt der wichtigste Einstieg", "Renate Ebert, Geschäftsführerin der Schule für Touristik in Berlin", "Renate Ebert")]),
 "gd063": ([], []),
 "gd065": ([O("Angela Rosengart")], []),
 "gd067": ([O("Nico Hülkenberg", ["Williams-Tester"], "Williams")], []),
 "gd069": ([O("Jim MacIntyre", ["Chief Executive Officer"], "Visual Sciences")],
           [Q("Unser HBX Analytics 4.0-Service bietet die umfassendsten Web-Analytics-Schnittstellen, die heute auf dem Markt verfügbar sind",
              "Jim MacIntyre, Chief Executive Officer, Visual Sciences", "Jim MacIntyre")]),
 "gd071": ([O("Stefan Schwabe", ["Leiter des Filmpalastes Stadthalle"], "Filmpalast Stadthalle")], []),
 "gd073": ([O("Jürgen Steltner", ["Schulleiter"])],
           [Q("sich heute Abend wohlzufühlen, es ist an alles gedacht", "Schulleiter Jürgen Steltner", "Jürgen Steltner")]),
 "gd075": ([O("Bernd Rödl", ["Gründer"], None, "Dr."), O("Christian Rödl", [], None, "Dr."),
            O("Wolfgang Kraus", ["Leiter der Niederlassung Hof"], "Niederlassung Hof")], []),
 "gd077": ([O("Stefan Pastel")], []),
 "gd079": ([], []),
 "gd081": ([O("Eva Brylka"), O("Ragnar Dam"), O("Christoph Ellebrecht")], []),
 "gd083": ([], [Q("sehr wahrscheinlich", "Alt", "Alt")]),
 "gd085": ([], []),
 "gd087": ([O("Dieter Hundt", ["Arbeitgeberpräsident"])], []),
 "gd089": ([], []),
 "gd091": ([], []),
 "gd093": ([O("Mario Spitzmüller", ["SAGA-Sprecher"], "SAGA")],
           [Q("Inzwischen leben hier 3000 Menschen", "SAGA-Sprecher Mario Spitzmüller", "Mario Spitzmüller")]),
 "gd095": ([O("Volkbert Keßler")], []),
 "gd097": ([O("Wolfgang Wagner")], []),
 "gd099": ([O("Heinrich Haussler")], []),
 "gd101": ([O("Juri Gagarin"), O("Neil Armstrong")], []),
 "gd103": ([], [Q("Sie wurden immer wieder vertröstet", "Pfister", "Pfister")]),
 "gd105": ([O("Nick Heidfeld", [], "Sauber"), O("Kimi Räikkönen", [], "Sauber")], []),
 "gd107": ([], []),
 "gd109": ([], []),
 "gd111": ([O("Wilton Daniel Gregory", ["Präsident der US-Bischöfe"], "US-Bischöfe")],
           [Q("von Homosexuellen konditioniert", "der frühere Präsident der US-Bischöfe, Wilton Daniel Gregory", "Wilton Daniel Gregory")]),
 "gd113": ([O("Rummenigge", ["Bayern-Vorstand"], "Bayern"), O("Heribert Bruchhagen")],
           [Q("Bruchhagen muss sich entschuldigen", "Rummenigge", "Rummenigge")]),
 "gd115": ([O("Fritz Rudolf Körper", ["SPD-Vizefraktionschef"], "SPD")], []),
 "gd117": ([O("Vitantonio Liuzzi")], []),
 "gd119": ([O("Ilse Falk", ["stellvertretende Fraktionsvorsitzende der Union"], "Union")], []),
 "gd121": ([], [Q("Und er flattert", "Lehmann", "Lehmann")]),
 "gd123": ([], [Q("Dem Rest habe ich erstmal drei Tage freigegeben", "Ketterer", "Ketterer")]),
 "gd125": ([O("Sajed Agha Sakeb", ["Polizeichef von Kandahar"], "Kandahar")], []),
 "gd127": ([O("Andreas Albath", ["telegate-Vorstandschef"], "telegate")], []),
 "gd129": ([O("Sammer", ["Fußball-Experte"])], []),
 "gd131": ([], [Q("die natürliche Wahl", "viele Genossen", None)]),
 "gd133": ([O("Johannes Brahms"), O("Philip Sparke")], []),
 "gd135": ([], []),
 "gd137": ([O("Peter Pander", ["Borussia-Manager"], "Borussia")],
           [Q("Die Uefa-Cup-Plätze sind noch in Reichweite", "Borussia-Manager Peter Pander", "Peter Pander")]),
 "gd139": ([], []),
 "gd141": ([O("Franck Ribéry", [], "FC Bayern")], []),
 "gd143": ([O("Krugman")], []),
 "gd145": ([], [Q("Aber ich bin zufrieden", "Anschütz-Thoms", "Anschütz-Thoms")]),
 "gd147": ([], []),
 "gd149": ([], []),
 "gd151": ([O("Wolfgang Schmidt")], []),
 "gd153": ([O("Mitch Sebastian", ['Regisseur der Revue "The Rat Pack - live from Las Vegas"'])], []),
 "gd155": ([O("Brigitte Weigl")], []),
 "gd157": ([O("Wolfgang Schäuble", ["Finanzminister"])], []),
 "gd159": ([O("Mario Gierl", ["Mibrag-Betriebsrat"], "Mibrag")],
           [Q("Es ist kurz vor zwölf", "Mibrag-Betriebsrat Mario Gierl", "Mario Gierl")]),
 "gd161": ([O("Karl-Heinz Rummenigge", ["Vorstandschef"])],
           [Q("Bis 2006 bleibt Roque sicher bei uns.", "Vorstandschef Karl-Heinz Rummenigge", "Karl-Heinz Rummenigge")]),
 "gd163": ([], [Q("Das kann man da unseres Erachtens nicht", "Wulff", "Wulff")]),
 "gd165": ([O("Georg Herold")], []),
 "gd167": ([O("Uwe Döring", ["Europaminister"])],
           [Q("Die Schweden sehen darin die logische Fortsetzung der Öresund-Querung", "Europaminister Uwe Döring", "Uwe Döring")]),
 "gd169": ([O("Jens Böhrnsen", ["Bürgermeister"], "Bremen")], []),
 "gd171": ([], []),
 "gd173": ([O("Ehud Olmert", ["Ministerpräsident"])],
           [Q("noch nicht erreicht", "Der amtierende israelische Ministerpräsident Ehud Olmert", "Ehud Olmert")]),
 "gd175": ([O("Susanne R.")], []),
 "gd177": ([O("Wolfgang Schüssel", ["Bundeskanzler"])], []),
 "gd179": ([O("Silvia Sommerlath", ["Hostess"])], []),
 "gd181": ([], []),
 "gd183": ([O("Renate Schmidt")], []),
 "gd185": ([O("Kerstin Holm")], []),
 "gd187": ([O("Richard Feynman")], []),
 "gd189": ([O("Carl-Ludwig Thiele", ["FDP-Fraktionsvize"], "FDP")], []),
 "gd191": ([O("Heinz Seiffert", ["Landrat"])],
           [Q("Uns geht es darum, für die kaufmännische Schule ordentliche Bedingungen zu schaffen", "Landrat Heinz Seiffert", "Heinz Seiffert")]),
 "gd193": ([], [Q("Wir fühlen uns wie Forscher", "Sullivan", "Sullivan"),
                Q("wir sind wie Bibliothekare, wir wollen die Vergangenheit bewahren", "Sullivan", "Sullivan")]),
 "gd195": ([O("Michael Wright", [], "Alba")], []),
 "gd197": ([], []),
 "gd199": ([], []),
}

errors = 0
files = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt"))
missing = [f for f in files if f not in A]; extra = [k for k in A if k not in files]
if missing or extra: print("MISSING", missing, "EXTRA", extra); errors += 1
no = nr = nq = nqn = nwr = 0
for stem in files:
    if stem not in A: continue
    text = open(os.path.join(ART, stem + ".txt"), encoding="utf-8").read()
    offs, quotes = A[stem]
    for o in offs:
        nm = o["name"]; nr += len(o["roles"]); nwr += bool(o["roles"]); no += 1
        if nm not in text: print(stem, "name not verbatim:", nm); errors += 1
        for r in o["roles"]:
            head = r.split()[0]
            if head not in text: print(stem, "role head not in text:", r); errors += 1
    for q in quotes:
        nq += 1; nqn += q["speaker_name"] is not None
        for k in ("text", "speaker", "speaker_name"):
            if q[k] is not None and q[k] not in text: print(stem, k, "not verbatim:", q[k]); errors += 1
    doc = {"article": stem + ".txt", "published": None, "dates": [], "places": [], "officials": offs,
           "milestones": [], "quotes": quotes, "joinings": []}
    p = os.path.join(GOLD, stem + ".json")
    with open(p, "w", encoding="utf-8") as fh: json.dump(doc, fh, ensure_ascii=False, indent=2); fh.write("\n")
    json.load(open(p, encoding="utf-8"))
print(f"files={len(files)} officials={no} with_roles={nwr} roles={nr} quotes={nq} with_speaker_name={nqn} errors={errors}")
sys.exit(1 if errors else 0)
