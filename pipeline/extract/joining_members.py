"""Who joins: the municipalities and groups of municipalities a sentence names.

A joining sentence names its member as a municipality ("Die Gemeinde Hartmannsdorf
unterzeichnet ..."), through its mayor ("die Zwickauer Oberbürgermeisterin", "Rothenburgs
Bürgermeister"), as a group ("Der Städtebund Silberberg tritt ... bei"), or not at all ("Sie
unterzeichnete ...", "die Parthestadt"), when the article's own town is meant.

The municipalities come from the article's places (:func:`pipeline.extract.places.extract_places`
decides what is a place; an organisation such as "Polizeidirektion Görlitz" is none), found again
at every mention, and from the gazetteer for the adjectives before an office word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.lang.joining_parties import ARTICLE_WORDS, LOCATIVE_WORDS, OFFICE_WORDS
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES, ORG_HEAD_WORDS
from pipeline.lang.places import OFFICIAL_QUALIFIER, TYPE_WORDS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry
from pipeline.records import PlaceRecord

#: Type words of a municipality that belong to the member's name ("Stadt Torgau"), with the
#: nominative of inflected forms ("der Großen Kreisstadt Hoyerswerda").
_MEMBER_TYPES = {"Stadt": "Stadt", "Gemeinde": "Gemeinde", "Kreisstadt": "Kreisstadt",
                 "Große Kreisstadt": "Große Kreisstadt", "Großen Kreisstadt": "Große Kreisstadt",
                 "Landeshauptstadt": "Landeshauptstadt"}  # fmt: skip
_TYPE_BEFORE = re.compile(r"(?:(?P<type>Große[n]?\s+Kreisstadt|Stadt|[A-ZÄÖÜ][a-zäöüß]*stadt|Gemeinde)\s+)$")
_LEADING_TYPE = re.compile(
    rf"^(?:{'|'.join(sorted((w for w in TYPE_WORDS if TYPE_WORDS[w] == 'municipality'), key=len, reverse=True))})\s+"
)
#: A town word right before a name, also in the plural: "der Städte Aue, Bautzen und Görlitz".
_TOWN_WORD_BEFORE = re.compile(r"\b(?:Stadt|Städte|Städten|Gemeinde|Gemeinden|Kommune|Kommunen)\s+$")
_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+)\W*$")
#: What follows a town's name in the place line that opens a report: "Wurzen, 19.09.2022.",
#: "Dresden, 22. März 2022", "Oelsnitz. Wie sicher ...".
_DATELINE = re.compile(r"(?:\s*\([^)\n]{1,20}\))?(?:\s*,\s*(?:den\s+)?\d|\.\s)")
#: A newspaper's place line: "Löbau. Die Stadt ...", "Zittau (SZ). ...", "ZITTAU – ..." (not the
#: place and date a release is issued from: "Dresden, 22. März 2022").
_PLACE_LINE = re.compile(r"(?:\s*\([^)\n]{1,20}\))?(?:\.\s+(?=[A-ZÄÖÜ])|\s+[–-]\s+(?=[A-ZÄÖÜ]))")
#: What a place line counts for among the mentions that make a town the article's own.
PLACE_LINE_WEIGHT = 1.5
_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*\Z")
#: Between two names of one list: "Grimma, Wurzen und Naunhof".
_LIST_JOINT = re.compile(r"\s*(?:,|und|sowie|oder)\s*(?:(?:der|die)\s+)?(?:(?:Stadt|Gemeinde)\s+)?")
_OFFICE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(OFFICE_WORDS, key=len, reverse=True))})\b")
#: A town's adjective or genitive: "Zwickauer", "Rothenburgs", "Görlitz’" (the apostrophe after s, x, z).
_ADJECTIVE = re.compile(r"\b[A-ZÄÖÜ][\w-]*(?:(?:er|s)\b|(?<=[sßxz])['’])")
#: An administration word before a municipality's name: "Stadtverwaltung Zittau".
_OFFICE_NAME = re.compile(
    r"\b(?:Stadtverwaltung|Gemeindeverwaltung|Stadtrat|Gemeinderat)\s+(?P<name>[A-ZÄÖÜ][\w./-]*(?:\s+[A-ZÄÖÜ][\w./-]*){0,2})"
)


@dataclass(frozen=True)
class Mention:
    """A municipality named in the text.

    Attributes:
        start: Where the name (with its type word) starts.
        end: Where it ends.
        entry: The municipality in the gazetteer.
        member: The member as the text names it, in the nominative ("Stadt Zwickau").
        subject: False where a locative word puts it in the scene ("in Görlitz"), or where it
            is the place line that opens a report ("Wurzen, 19.09.2022.").
        locative: The locative word before it, lower case ("nach"), or "".
    """

    start: int
    end: int
    entry: PlaceEntry
    member: str
    subject: bool
    locative: str = ""


def municipality_entries(places: Sequence[PlaceRecord], gaz: Gazetteer) -> dict[str, PlaceEntry]:
    """Surface form -> gazetteer entry for every Saxon municipality among the article's places,
    also one the places type as the district of the same name, and a former municipality."""
    forms: dict[str, PlaceEntry] = {}
    for place in places:
        entry = gaz.places.get(place.name)
        town = _same_town(entry, gaz) if entry is not None and entry.type == "district_part" else None
        if town is not None and place.type == "district_part":
            forms.setdefault(place.name, town)  # another form of the town: "Kurort Oberwiesenthal", "Meissen"
            continue
        if entry is not None and place.type == entry.type == "district_part" and entry.ags == place.ags:
            # a municipality merged since ("Aue", now part of Aue-Bad Schlema), with its successor's
            # AGS: a party only where the text calls it a town (:func:`find_mentions`)
            if entry.ags:
                forms.setdefault(place.name, entry)
            continue
        if entry is None or entry.type != "municipality" or not entry.ags:
            continue
        if place.type == "district":
            # a town the places type by a first mention as its district ("Landkreis Leipzig ...
            # Auch Leipzig ist Mitglied"): its bare name is the town, after a type word the district
            forms.setdefault(short_name(entry.name), entry)
            continue
        if place.type != "municipality" or entry.ags != place.ags:
            continue
        bare = _LEADING_TYPE.sub("", place.text) or place.text
        for form in {bare, short_name(place.name)}:
            forms.setdefault(form, entry)
    return forms


def _same_town(part: PlaceEntry, gaz: Gazetteer) -> PlaceEntry | None:
    """The municipality a part of the gazetteer names under another form ("Kurort Oberwiesenthal",
    "Meissen"): the municipality of its AGS where that one's name stands in it."""
    town = _by_ags(gaz).get(part.ags or "")
    if town is None:
        return None
    return town if _plain(short_name(town.name)) in _plain(part.name) else None


def _plain(name: str) -> str:
    return name.casefold()  # casefold spells ß as ss: "Meißen" and "Meissen" meet


# Built once per gazetteer, like the adjectives (a Gazetteer cannot key an lru_cache).
_towns: tuple[Gazetteer, dict[str, PlaceEntry]] | None = None


def _by_ags(gaz: Gazetteer) -> dict[str, PlaceEntry]:
    """Every municipality by its AGS."""
    global _towns
    if _towns is None or _towns[0] is not gaz:
        _towns = (gaz, {entry.ags: entry for entry in gaz.municipalities if entry.ags})
    return _towns[1]


def short_name(name: str) -> str:
    """The name without its official qualifier ("Weißwasser/O.L." -> "Weißwasser")."""
    return OFFICIAL_QUALIFIER.split(name)[0].strip()


def find_mentions(text: str, forms: dict[str, PlaceEntry], start: int, end: int) -> list[Mention]:
    """Every mention of the article's municipalities between ``start`` and ``end``."""
    if not forms:
        return []
    pattern = _forms_pattern(tuple(sorted(forms, key=len, reverse=True)))
    found = []
    for match in pattern.finditer(text, start, end):
        if _in_organisation(text, match.start()):
            continue
        entry = forms[match["name"]]
        head = text[max(0, match.start() - 30) : match.start()]
        kind = _TYPE_BEFORE.search(head)
        begin = match.start() - (len(kind.group()) if kind else 0)
        member_type = _MEMBER_TYPES.get(" ".join(kind["type"].split())) if kind else None
        name = _nominative(match["name"], entry)
        member = f"{member_type} {name}" if member_type else name
        locative = _locative(text, begin)
        dateline = _opens_paragraph(text, begin) and _DATELINE.match(text, match.end()) is not None
        found.append(Mention(begin, match.end(), entry, member, not locative and not dateline, locative))
    return _towns_only(text, _share_list_roles(text, found))


def _towns_only(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a former municipality the text does not call a town: it is one after
    a town word ("die Stadt Aue", "der Städte Aue, Bautzen und Görlitz") or listed with towns
    ("Aue, Bautzen und Görlitz unterzeichneten"); alone it is a part of its successor."""
    keep = [m.entry.type == "municipality" or _called_town(text, m) for m in mentions]
    order = list(range(1, len(mentions)))
    for before, after in [(i - 1, i) for i in order] + [(i, i - 1) for i in reversed(order)]:
        first, second = sorted((before, after))
        listed = _LIST_JOINT.fullmatch(text, mentions[first].end, mentions[second].start) is not None
        if listed and mentions[first].entry.ags != mentions[second].entry.ags:
            keep[after] = keep[after] or keep[before]  # the town passes along the list, both ways
    return [m for m, kept in zip(mentions, keep, strict=True) if kept]


def _called_town(text: str, mention: Mention) -> bool:
    """True where a town word stands right before the name ("Stadt Aue", "Städte Aue")."""
    head = text[mention.start : mention.end]
    return (
        head.split(" ", 1)[0] in _MEMBER_TYPES
        or _TOWN_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
    )


def _opens_paragraph(text: str, start: int) -> bool:
    """True where ``start`` opens a paragraph (after a blank line, or the text's start)."""
    return _PARAGRAPH_START.search(text, max(0, start - 80), start) is not None


def _share_list_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names listed together share their role: "Nach Grimma, Wurzen und Naunhof" are all after
    "nach", "in Bautzen und Kamenz" all scenes."""
    shared = mentions[:1]
    for mention in mentions[1:]:
        head = shared[-1]
        if _LIST_JOINT.fullmatch(text, head.end, mention.start):
            mention = replace(mention, subject=head.subject, locative=head.locative)
        shared.append(mention)
    return shared


def _nominative(form: str, entry: PlaceEntry) -> str:
    """The name without a genitive -s the article's place text carried ("Rothenburgs")."""
    short = short_name(entry.name)
    return form[:-1] if form.endswith("s") and form[:-1] in (short, entry.name) else form


@lru_cache(maxsize=256)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(form) for form in forms)
    return re.compile(rf"(?<![\w-])(?P<name>{names})s?(?![\w-])")


def _in_organisation(text: str, start: int) -> bool:
    """True right after an organisation head ("Polizeidirektion Görlitz", "Revierleiter Freital")
    or a type word of another kind of place ("Landkreis Görlitz" is the district). The town's
    own administration ("Stadtverwaltung Zittau") is the town."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    between = text[before.end("word") : start] if before else ""
    if before is None or between.strip() or "\n" in between:  # a headline's last word heads nothing
        return False
    word = before["word"]
    if word in OFFICE_WORDS:
        return False
    if TYPE_WORDS.get(word, "municipality") != "municipality":
        return True
    return word[:1].isupper() and (word in ORG_HEAD_WORDS or word.casefold().endswith(ORG_HEAD_SUFFIXES))


def _locative(text: str, start: int) -> str:
    """The locative word (skipping articles) before the mention ("in der Stadt X"), or "". Not
    one of the paragraph before: a headline's last word ("... treten ASSKomm bei") is no locative
    of the name opening the text under it."""
    head = text[max(0, start - 40) : start]
    words = head[head.rfind("\n\n") + 1 :].split()
    while words and words[-1].casefold() in ARTICLE_WORDS:
        words.pop()
    word = words[-1].casefold().strip('(,„»"') if words else ""
    return word if word in LOCATIVE_WORDS else ""


def office_mentions(text: str, gaz: Gazetteer, start: int, end: int) -> list[Mention]:
    """Municipalities named through their offices: the adjective or genitive before an office
    word ("die Zwickauer Oberbürgermeisterin", "Rothenburgs Bürgermeister", never "Görlitzer
    Polizei"), and the name after one ("Stadtverwaltung Zittau", which is no place of its own)."""
    adjectives = adjective_forms(gaz)
    found = []
    for match in _ADJECTIVE.finditer(text, start, end):
        entry = adjectives.get(match.group())
        if entry is not None and _OFFICE_AFTER.match(text, match.end()):
            found.append(Mention(match.start(), match.end(), entry, short_name(entry.name), True))
    for match in _OFFICE_NAME.finditer(text, start, end):
        words = match["name"].split()
        for size in range(len(words), 0, -1):  # the longest name first: "Bad Muskau", not "Bad"
            entry = gaz.places.get(" ".join(words[:size]))
            if entry is not None and entry.type == "municipality" and entry.ags:
                end_at = match.start("name") + len(" ".join(words[:size]))
                found.append(Mention(match.start(), end_at, entry, short_name(entry.name), True))
                break
    return found


#: A list joint and the name after it ("Lengenfeld, Treuen und Netzschkau"): a type word may stand
#: before it ("und die Gemeinde Treuen"), two capitalised words may make it ("Bad Elster").
_NEXT_IN_LIST = re.compile(
    r"(?:\s*,\s*|\s+(?:und|sowie)\s+)(?:(?:der|die|den|dem)\s+)?(?:(?:Stadt|Gemeinde)\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)"
)
_LAST_IN_LIST = re.compile(r"(?P<name>(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)(?:\s*,\s*|\s+(?:und|sowie)\s+)$")


def listed_mentions(text: str, gaz: Gazetteer, mentions: Sequence[Mention], end: int) -> list[Mention]:
    """Municipalities listed beside the ones named ("die Bürgermeister von Lengenfeld, Treuen und
    Netzschkau"): a list holds names of one kind, so a gazetteer name there is a municipality
    even where the places missed it (a name that is also a word: "Treuen")."""
    known = {(m.start, m.end) for m in mentions}
    found: list[Mention] = []
    queue = [m for m in mentions if m.subject]
    while queue:
        mention = queue.pop()
        for entry, start, stop in _neighbours(text, gaz, mention, end):
            if (start, stop) not in known:
                known.add((start, stop))
                new = Mention(start, stop, entry, short_name(entry.name), True)
                found.append(new)
                queue.append(new)
    return found


def _neighbours(text: str, gaz: Gazetteer, mention: Mention, end: int) -> list[tuple[PlaceEntry, int, int]]:
    """The municipalities right before and right after a mention in a list."""
    found = []
    after = _NEXT_IN_LIST.match(text, mention.end, end)
    before = _LAST_IN_LIST.search(text, max(0, mention.start - 40), mention.start)
    for match in (after, before):
        if match is None:
            continue
        words = match["name"].split()
        for size in (len(words), 1):  # "Bad Elster" whole, else its first word
            name = " ".join(words[:size]) if match is after else " ".join(words[-size:])
            entry = gaz.places.get(name)
            if entry is not None and _listed_town(entry, mention.entry):
                at = match.start("name") if match is after else match.end("name") - len(name)
                found.append((entry, at, at + len(name)))
                break
    return found


def _listed_town(entry: PlaceEntry, beside: PlaceEntry) -> bool:
    """True where a name listed beside a town is a town too: a municipality, or a former one
    ("Aue, Bautzen und Görlitz"), not a part of the town beside it ("Dresden, Gorbitz und Löbtau")."""
    if not entry.ags:
        return False
    return entry.type == "municipality" or (entry.type == "district_part" and entry.ags != beside.ags)


# Built once per gazetteer (a Gazetteer holds mappings, so it cannot key an lru_cache).
_adjectives: tuple[Gazetteer, dict[str, PlaceEntry]] | None = None


def adjective_forms(gaz: Gazetteer) -> dict[str, PlaceEntry]:
    """Adjectives and genitives of every municipality ("Zwickauer", "Dresdner", "Rothenburgs",
    "Görlitz’", "Annaberger")."""
    global _adjectives
    if _adjectives is None or _adjectives[0] is not gaz:
        _adjectives = (gaz, _adjective_forms(gaz))
    return _adjectives[1]


def _adjective_forms(gaz: Gazetteer) -> dict[str, PlaceEntry]:
    forms: dict[str, PlaceEntry] = {}
    shorts = {short_name(entry.name) for entry in gaz.municipalities}
    for entry in sorted(gaz.municipalities, key=lambda e: -e.population):  # larger towns win a shared form
        short = short_name(entry.name)
        variants = [short + "er", short + "s"]
        if short.endswith("e"):
            variants.append(short + "r")
        if short.endswith("en"):
            variants.append(short[:-2] + "ner")  # Dresden -> Dresdner
        if short[-1] in "sßxz":
            variants += [short + "'", short + "’"]  # "Görlitz’ Oberbürgermeister"
        first = short.split("-", 1)[0]
        if first != short and first not in shorts:  # a double name by its first part: "Annaberger"
            variants.append(first + ("r" if first.endswith("e") else "er"))
        for form in variants:
            forms.setdefault(form, entry)
    return forms


def focus_municipality(
    text: str, forms: dict[str, PlaceEntry], title: tuple[int, int] | None, content: Sequence[tuple[int, int]]
) -> tuple[PlaceEntry | None, bool]:
    """The article's own town: the one its title names, else the one it names most often, where
    a newspaper's place line ("Löbau. Die Stadt hat ...") counts half a mention more (it wins a
    tie; a town the report names more often wins over it: a place line may be the newsroom's).

    Args:
        text: The article text.
        forms: The article's municipality forms (:func:`municipality_entries`).
        title: The span of the title, if the layout found one.
        content: The spans of the article's content (its sentences).

    Returns:
        The town (None where the article names none), and whether the title names it.
    """
    if title is not None:
        named = [m for m in find_mentions(text, forms, *title) if m.subject]
        if named:
            return named[0].entry, True
    counts: dict[str, float] = {}  # a place line weighs more than a mention
    first: dict[str, tuple[int, PlaceEntry]] = {}
    for start, end in content:
        for mention in find_mentions(text, forms, start, end):
            key = mention.entry.ags or mention.entry.name
            place_line = _opens_paragraph(text, mention.start) and _PLACE_LINE.match(text, mention.end)
            counts[key] = counts.get(key, 0) + (PLACE_LINE_WEIGHT if place_line else 1)
            first.setdefault(key, (mention.start, mention.entry))
    if not counts:
        return None, False
    best = max(counts, key=lambda key: (counts[key], -first[key][0]))
    return first[best][1], False
