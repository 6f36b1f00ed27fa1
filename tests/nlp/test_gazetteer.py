"""Tests of the bundled gazetteers: municipalities, districts, given names, genitive forms."""

from __future__ import annotations

import csv
import io

import pytest

from pipeline.nlp import gazetteer
from pipeline.nlp.gazetteer import PlaceEntry, _read, genitive, load_gazetteer, load_world_names


def test_all_418_saxon_municipalities_are_read() -> None:
    rows = _read("sachsen_gemeinden.csv")
    assert len(rows) == 418
    assert len({row["ags"] for row in rows}) == 418
    gaz = load_gazetteer()
    reachable = {e.ags for e in gaz.places.values() if e.type == "municipality" and e.ags}
    # five small namesakes lose their short form to the larger town of the same name
    assert {row["ags"] for row in rows} - reachable == {
        "14521040",  # Auerbach (Erzgebirgskreis)
        "14524010",  # Bernsdorf (Zwickau)
        "14625320",  # Lichtenberg (Bautzen)
        "14625370",  # Neukirch (Bautzen)
        "14626470",  # Rosenbach (Görlitz)
    }


def test_load_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_districts() -> None:
    gaz = load_gazetteer()
    assert {name: e.ags for name, e in gaz.districts.items() if name == e.name} == {
        "Erzgebirgskreis": "14521",
        "Mittelsachsen": "14522",
        "Vogtlandkreis": "14523",
        "Zwickau": "14524",
        "Bautzen": "14625",
        "Görlitz": "14626",
        "Meißen": "14627",
        "Sächsische Schweiz-Osterzgebirge": "14628",
        "Leipzig": "14729",
        "Nordsachsen": "14730",
    }
    assert all(e.type == "district" for e in gaz.districts.values())


@pytest.mark.parametrize(
    ("form", "name", "kind", "ags"),
    [
        ("Bautzen", "Bautzen", "municipality", "14625020"),
        ("Budyšin", "Bautzen", "municipality", "14625020"),
        ("Leipzig", "Leipzig", "municipality", "14713000"),
        ("Dresdens", "Dresden", "municipality", "14612000"),
        ("Stollberg", "Stollberg/Erzgeb.", "municipality", "14521590"),
        ("Auerbach", "Auerbach/Vogtl.", "municipality", "14523020"),
        ("Erzgebirgskreis", "Erzgebirgskreis", "district", "14521"),
        ("Erzgebirgskreises", "Erzgebirgskreis", "district", "14521"),
        ("Mittelsachsen", "Mittelsachsen", "district", "14522"),
        ("Sachsen", "Sachsen", "state", None),
        ("Sachsens", "Sachsen", "state", None),
        ("Ostsachsen", "Ostsachsen", "region", None),
        ("Sächsischen Schweiz", "Sächsische Schweiz", "region", None),
        ("Tschechischen Republik", "Tschechien", "country", None),
        ("Prag", "Prag", "municipality", None),
    ],
)
def test_place_forms(form: str, name: str, kind: str, ags: str | None) -> None:
    entry = load_gazetteer().places[form]
    assert (entry.name, entry.type, entry.ags) == (name, kind, ags)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bautzen", PlaceEntry(name="Bautzen", type="district", ags="14625")),
        ("Nordsachsens", PlaceEntry(name="Nordsachsen", type="district", ags="14730")),
        ("Dresden", None),  # a kreisfreie Stadt is a municipality first
        ("Radeberg", None),
    ],
)
def test_district_of(name: str, expected: PlaceEntry | None) -> None:
    assert load_gazetteer().district_of(name) == expected


@pytest.mark.parametrize(
    ("given", "gender"),
    [("Sabine", "f"), ("Hans", "m"), ("Octavian", "m"), ("Susanne", "f"), ("Mai", None), ("August", None)],
)
def test_given_names(given: str, gender: str | None) -> None:
    names = load_gazetteer().given_names
    assert len(names) > 10_000
    assert names.get(given) == gender


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dresden", "Dresdens"),
        ("Bad Elster", "Bad Elsters"),
        ("Pirna", "Pirnas"),
        ("Sachsen-Anhalt", "Sachsen-Anhalts"),
        ("Weißwasser", "Weißwassers"),
        # no -s genitive after a sibilant
        ("Görlitz", None),
        ("Annaberg-Buchholz", None),
        ("Lößnitz", None),
        ("Kamenz", None),
        ("Grimma", "Grimmas"),
    ],
)
def test_genitive(name: str, expected: str | None) -> None:
    assert genitive(name) == expected


def test_world_names_are_the_rows_of_the_file() -> None:
    """Every row of world_names.tsv, read by bisection, is the entry csv's reading gives."""
    names = load_world_names()
    rows = _read("world_names.tsv")
    assert len(names) == len(rows)
    for row in rows[:: max(1, len(rows) // 500)] + rows[-3:]:
        lat, lon = (float(row["lat"]), float(row["lon"])) if row["lat"] else (None, None)
        expected = PlaceEntry(
            row["name"], row["type"], lat=lat, lon=lon, world=True, country=row["country"] or None
        )  # type: ignore[arg-type]
        assert names.get(row["name"]) == names[row["name"]] == expected


@pytest.mark.parametrize(
    "name", ["", "Nirgendwostadt", "Zandvoor", "Pekingx", "Peking\tmunicipality", "peking"]
)
def test_world_names_miss(name: str) -> None:
    names = load_world_names()
    assert names.get(name) is None
    assert name not in names
    with pytest.raises(KeyError):
        names[name]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # out of order and a name twice: read row by row, the later row wins
        (
            b"Zell\tmunicipality\t1.5\t2.5\tX\nAb\tregion\t\t\t\nZell\tregion\t\t\t\n",
            {"Ab": "region", "Zell": "region"},
        ),
        # a quoted field with a tab, and a blank line
        (b'"Q\tx"\tregion\t\t\t\nQ\tmunicipality\t1\t2\tY\n\n', {"Q": "municipality", "Q\tx": "region"}),
        # sorted, one row a name: as written
        (b"Ab\tregion\t\t\t\nZell\tmunicipality\t1.5\t2.5\tX\n", {"Ab": "region", "Zell": "municipality"}),
    ],
)
def test_world_names_read_from_any_file(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected: dict[str, str]
) -> None:
    class _File:
        def joinpath(self, _name: str) -> _File:
            return self

        def read_bytes(self) -> bytes:
            return b"name\ttype\tlat\tlon\tcountry\n" + data

    monkeypatch.setattr(gazetteer.resources, "files", lambda _package: _File())
    load_world_names.cache_clear()
    try:
        names = load_world_names()
        assert {name: names[name].type for name in names} == expected
    finally:
        load_world_names.cache_clear()


@pytest.mark.parametrize(
    "table",
    [
        "name\tgender\nAda\tf\nBen\tm\n",
        "name\tgender\nAda\n\nBen\tm\textra\tmore\n",  # a short row, a blank row, a long row
        "name\tgender\tname\nAda\tf\tAdele\n",  # a repeated column: its last value
        "name\tcount\nAda\t2\n",  # no gender column
        "",
    ],
)
@pytest.mark.parametrize("columns", [("name", "gender"), ("gender",), ("name", "missing")])
def test_columns_are_read_as_the_dict_reader_reads_them(table: str, columns: tuple[str, ...]) -> None:
    expected = [
        tuple(row.get(c) for c in columns) for row in csv.DictReader(io.StringIO(table), delimiter="\t")
    ]
    assert list(gazetteer._pick(csv.reader(io.StringIO(table), delimiter="\t"), columns)) == expected


@pytest.mark.parametrize("table", ["vornamen.tsv", "world_places.tsv", "sachsen_gemeinden.csv"])
def test_the_bundled_tables_read_by_columns_as_by_dicts(table: str) -> None:
    rows = _read(table)
    columns = tuple(rows[0])
    assert list(gazetteer._columns(table, *columns)) == [tuple(row.values()) for row in rows]
