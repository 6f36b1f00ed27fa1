"""Tests of the role lexicon's word classes: role words in any case form, office words of speakers."""

from __future__ import annotations

import pytest

from pipeline.text.lexicon import (
    canonical_role,
    feminine_role,
    is_office_word,
    is_role_word,
    masculine_role,
    role_base,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Bürgermeisterin", True),
        ("OB", True),
        ("Polizeioberkommissarin", True),
        ("Ordnungs-Fachbereichsleiter", True),
        ("Landtagsabgeordnete", True),
        ("Staatssekretär", True),
        ("Innenminister", True),
        ("Landespräventionsrat", False),
        ("Präventionsrat", False),
        ("Vertretern", False),
        ("Meisterschaft", False),
        ("Leitung", False),
        ("bürgermeister", False),
        ("Rathaus", False),
        # the leader of a ranking is a firm or a team, not a person's office
        ("Marktführer", False),
        ("Tabellenführers", False),
        ("Spitzenreiter", False),
        ("Geschäftsführer", True),
        ("Revierführerin", True),
    ],
)
def test_is_role_word(word: str, expected: bool) -> None:
    assert is_role_word(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Innenminister", True),
        ("OB", True),
        ("Kriminaldirektorin", True),
        ("Format", False),
        ("Stadt", False),
        ("Sachsens", True),
        ("Erster", True),
        ("(OB)", True),
        ("Landespräventionsrat", False),
        ("Referat", False),
    ],
)
def test_is_office_word(word: str, expected: bool) -> None:
    assert is_office_word(word) is expected


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Bürgermeisters", "Bürgermeister"),
        ("Moderators", "Moderator"),
        ("Bürgermeistern", "Bürgermeister"),
        ("Oberbürgermeisterin", "Oberbürgermeisterin"),
        ("OBM", "OBM"),
        ("PHK", "PHK"),
        ("Stadträtin", "Stadträtin"),
        ("Ortsvorsteherin", "Ortsvorsteherin"),
        ("Präventionsrates", None),
        ("Referat", None),
        # nominalised adjectives in an oblique case, professions by their ending
        ("Vorsitzenden", "Vorsitzende"),
        ("Beauftragten", "Beauftragte"),
        # the strong dative of a nominalised adjective ("mit Vorsitzendem X"), nothing else in -em
        ("Vorsitzendem", "Vorsitzender"),
        ("Fraktionsvorsitzendem", "Fraktionsvorsitzender"),
        ("Beauftragtem", "Beauftragter"),
        ("Extrem", None),
        ("Systemen", None),
        ("Schulsozialarbeiterin", "Schulsozialarbeiterin"),
        ("Stellvertreterin", "Stellvertreterin"),
        ("Arbeit", None),
        ("Pflege", None),
    ],
)
def test_role_base(word: str, base: str | None) -> None:
    assert role_base(word) == base


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("Leiter des Polizeireviers Aue", "Leiter"),
        ("OBM", "Oberbürgermeister"),
        ("Staatsminister des Innern", "Innenminister"),
        ("Staatsministerin für Soziales und Gesellschaftlichen Zusammenhalt", "Sozialministerin"),
        ("sächsischer Innenminister", "Innenminister"),
        ("des Bürgermeisters", "Bürgermeister"),
        ("Rathauschef", "Bürgermeister"),
    ],
)
def test_canonical_role(role: str, head: str) -> None:
    assert canonical_role(role) == head


@pytest.mark.parametrize(
    ("role", "feminine"),
    [
        ("Bürgermeister", "Bürgermeisterin"),
        ("Ortsvorsteher von Musterdorf", "Ortsvorsteherin von Musterdorf"),
        ("Landtagsabgeordneter", "Landtagsabgeordnete"),
        ("Kreisrat", "Kreisrätin"),
        ("Justizvollzugsbeamter", "Justizvollzugsbeamtin"),
        ("stellvertretender Amtsleiter", "stellvertretende Amtsleiterin"),
        ("Referent für Suchtprävention", "Referentin für Suchtprävention"),
        # already feminine, without a feminine form, or inflected: as written
        ("Revierleiterin", "Revierleiterin"),
        ("Vorsitzende des Vereins", "Vorsitzende des Vereins"),
        ("Präventions-Coach", "Präventions-Coach"),
        ("MdL", "MdL"),
        ("des Bürgermeisters", "des Bürgermeisters"),
        ("Ehrenamt", "Ehrenamt"),
    ],
)
def test_feminine_role(role: str, feminine: str) -> None:
    assert feminine_role(role) == feminine


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Gemeinderäte", "Gemeinderat"),
        ("Kreisräte", "Kreisrat"),
        ("Ortsvorsteherinnen", "Ortsvorsteherin"),
        ("Polizeibeamtinnen", "Polizeibeamtin"),
        # not role words: no base
        ("Räte", None),
        ("Innen", None),
        ("beginnen", None),
    ],
)
def test_role_base_of_plurals(word: str, base: str | None) -> None:
    assert role_base(word) == base


@pytest.mark.parametrize(
    ("role", "masculine"),
    [
        ("Vorsitzende des Rates", "Vorsitzender des Rates"),
        ("stellvertretende Vorsitzende", "stellvertretender Vorsitzender"),
        ("Sächsische Ausländerbeauftragte", "Sächsischer Ausländerbeauftragter"),
        ("Landtagsabgeordneter", "Landtagsabgeordneter"),
        # no nominalised adjective: as written
        ("stellvertretende Bürgermeister", "stellvertretende Bürgermeister"),
        ("Leiterin des Amtes", "Leiterin des Amtes"),
    ],
)
def test_masculine_role(role: str, masculine: str) -> None:
    assert masculine_role(role) == masculine


@pytest.mark.parametrize(
    ("word", "base"),
    [
        # professions and functions by the head of their compound, in any case form
        ("Verkehrspolitikerin", "Verkehrspolitikerin"),
        ("Kriminologin", "Kriminologin"),
        ("Umweltökonomen", "Umweltökonom"),
        ("Bauingenieur", "Bauingenieur"),
        ("Nationalspielerin", "Nationalspielerin"),
        ("Rettungsschwimmern", "Rettungsschwimmer"),
        ("Gastwirtin", "Gastwirtin"),
        ("Handballprofis", "Handballprofi"),
        ("Parteivize", "Parteivize"),
        ("Mitinitiatorin", "Mitinitiatorin"),
        ("Fernsehstar", "Fernsehstar"),
        ("Verkehrsforscherin", "Verkehrsforscherin"),
        ("Bauunternehmers", "Bauunternehmer"),
        ("Chefermittlerin", "Chefermittlerin"),
        ("Stadtjustiziarin", "Stadtjustiziarin"),
        ("Lokaljournalistin", "Lokaljournalistin"),
        ("Amtsrichterin", "Amtsrichterin"),
        ("Bundeskanzler", "Bundeskanzler"),
        ("Landesbischofs", "Landesbischof"),
        ("Prorektorin", "Prorektorin"),
        ("Generalintendant", "Generalintendant"),
        ("CEO", "CEO"),
        ("Landschaftsarchitektin", "Landschaftsarchitektin"),
        ("Rettungssanitätern", "Rettungssanitäter"),
        ("Brandgutachters", "Brandgutachter"),
        ("Auslandskorrespondentin", "Auslandskorrespondentin"),
        ("Mannschaftskapitän", "Mannschaftskapitän"),
        ("Generalkonsul", "Generalkonsul"),
        ("Umweltaktivistin", "Umweltaktivistin"),
        ("Chefköchin", "Chefköchin"),
        ("Koch", None),
        ("Bauer", None),
        # a hyphenated compound whose last part is a role word
        ("Alt-OB", "Alt-OB"),
        ("CDU-Landrat", "CDU-Landrat"),
        ("Ex-Bürgermeisterin", "Ex-Bürgermeisterin"),
        ("CDU-Landräte", "CDU-Landrat"),
        # nouns that only end like one: no role
        ("Monologe", None),
        ("Prologen", None),
        ("Dialoge", None),
        ("Trichter", None),
        ("Politik", None),
        ("Technik", None),
        ("Forschung", None),
        ("Unternehmen", None),
        ("Wirtschaft", None),
        ("Spielplatz", None),
        ("Pilotprojekt", None),
        ("Konsulat", None),
        ("Architektur", None),
        ("Apotheke", None),
        ("Gutachten", None),
        ("Betreuung", None),
        ("Kreis-Präventionsräte", None),
        ("Bürgermeister-Wahl", None),
        ("SPD-Fraktion", None),
        ("Meyer-Richter", None),
        ("Richter", "Richter"),
        ("Kanzler", "Kanzler"),
    ],
)
def test_role_words_by_the_head_of_their_compound(word: str, base: str | None) -> None:
    assert role_base(word) == base


@pytest.mark.parametrize(
    ("word", "base"),
    [
        # agent nouns in -ist of a trade, a field, an instrument or a school of art, in any case form
        ("Fachjournalistin", "Fachjournalistin"),
        ("Kolumnisten", "Kolumnist"),
        ("Internistin", "Internistin"),
        ("Germanistinnen", "Germanistin"),
        ("Cellist", "Cellist"),
        ("Jazzpianistin", "Jazzpianistin"),
        ("Kontrabassisten", "Kontrabassist"),
        ("Sopranistin", "Sopranistin"),
        ("Expressionisten", "Expressionist"),
        ("Impressionistin", "Impressionistin"),
        ("Kriminalpolizisten", "Kriminalpolizist"),
        ("Verwaltungsjuristin", "Verwaltungsjuristin"),
        # -ist of a creed, a leaning or a character, and words that only end so: no role
        ("Christ", None),
        ("Christin", None),
        ("Sozialist", None),
        ("Extremisten", None),
        ("Optimistin", None),
        ("Tourist", None),
        ("Frist", None),
        ("Fristen", None),
        ("List", None),
        ("Mist", None),
        ("Liste", None),
    ],
)
def test_agent_nouns_in_ist(word: str, base: str | None) -> None:
    assert role_base(word) == base


@pytest.mark.parametrize(
    ("word", "base"),
    [
        # trades, stage, courts, armed forces and churches by the head of their compound
        ("Fachverkäuferin", "Fachverkäuferin"),
        ("Schulbusfahrer", "Schulbusfahrer"),
        ("Bezirksschornsteinfegers", "Bezirksschornsteinfeger"),
        ("Gebärdendolmetscherin", "Gebärdendolmetscherin"),
        ("Balletttänzerinnen", "Balletttänzerin"),
        ("Strafverteidigers", "Strafverteidiger"),
        ("Brigadegeneral", "Brigadegeneral"),
        ("Landessuperintendentin", "Landessuperintendentin"),
        ("Parteitagsdelegierten", "Parteitagsdelegierte"),
        ("Ortschronist", "Ortschronist"),
        ("Modedesignerin", "Modedesignerin"),
        # no trade: a road user, a status, a family name after "Herr"
        ("Radfahrer", None),
        ("Autofahrer", None),
        ("Generalversammlung", None),
        ("Meyer-Priester", None),
    ],
)
def test_trades_and_ranks_by_their_head(word: str, base: str | None) -> None:
    assert role_base(word) == base


@pytest.mark.parametrize(
    ("role", "head"),
    [
        # colloquial names of a village's or municipality's mayor
        ("Ortschef", "Bürgermeister"),
        ("Ortschefin", "Bürgermeisterin"),
        ("Gemeindechef", "Bürgermeister"),
        ("Dorfchefin", "Bürgermeisterin"),
        ("Gemeindeoberhaupt", "Bürgermeister"),
        # and of a district's head
        ("Kreischef", "Landrat"),
        ("Landkreischefin", "Landrätin"),
        ("Polizeichef", "Polizeichef"),
    ],
)
def test_colloquial_mayors(role: str, head: str) -> None:
    assert canonical_role(role) == head
