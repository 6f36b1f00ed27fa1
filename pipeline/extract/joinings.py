"""Extract joinings: municipalities, Verwaltungsgemeinschaften and Städtebünde joining ASSKomm.

A sentence reports a joining (ANNOTATION.md, section "joinings") when it

* joins: "tritt dem ASSKomm-Verbund bei", "sind ... beigetreten", "Der Beitritt der Stadt X",
  "beteiligt sich ... an ASSKomm", "schließt sich der Allianz an", "gründen heute die Allianz";
* belongs: "wird Teil des Netzwerkes", "ist neues Mitglied", "ist neu in der ASSKomm-Familie",
  "dazu gehört jetzt auch X", "auch X ist dabei";
* signs the cooperation agreement with the Landespräventionsrat ("unterzeichneten ... eine
  Kooperationsvereinbarung", "Unterzeichnung Kooperationsvereinbarung Bad Muskau");
* or ranks a member ("Heidenau ist die Nummer 53", "Radeberg, der neuesten Mitgliedskommune").

It does not when its clause plans, wishes or denies the joining ("will beitreten", "soll
unterzeichnet werden", "lehnte den Beitritt ab"), when the agreement is another programme's or
with the police alone, and in an article that never names the network
(:mod:`pipeline.extract.joining_cues`). The member is the group or the municipality the
sentence names as an actor, else the one it names as the scene, else, where the sentence refers
to a town without naming it ("Sie unterzeichnete ...", "die Parthestadt"), the article's own town
(:mod:`pipeline.extract.joining_members`). Each member gets one record
(:mod:`pipeline.extract.joining_assembly`) with the best date its sentences give
(:mod:`pipeline.extract.joining_dates`). The rule words live in :mod:`pipeline.lang.joinings` and
:mod:`pipeline.lang.joining_parties`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.extract.joining_assembly import ACTOR, IMPLIED, SCENE, Evidence, assemble
from pipeline.extract.joining_clauses import supposes
from pipeline.extract.joining_cues import Span, find_cues, in_other_plan, names_network, words_pattern
from pipeline.extract.joining_groups import Group, find_groups, group_members, own_group
from pipeline.extract.joining_members import (
    Mention,
    find_mentions,
    focus_municipality,
    listed_mentions,
    municipality_entries,
    office_mentions,
)
from pipeline.extract.joining_sentences import article_sentences, headline
from pipeline.lang.joining_parties import (
    BACK_REFERENCES,
    FOLLOWER_WORDS,
    GENERIC_SUBJECTS,
    MOMENT_WORDS,
    PLURAL_SUBJECT,
)
from pipeline.lang.joinings import FOUNDERS_LEAD, LIST_MARKERS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry, load_gazetteer
from pipeline.records import DateRecord, JoiningRecord, MilestoneRecord, PlaceRecord
from pipeline.text.layout import ArticleLayout

_PLURAL = words_pattern([PLURAL_SUBJECT, *GENERIC_SUBJECTS])
_LIST = words_pattern(LIST_MARKERS)
_FOLLOWER = words_pattern(FOLLOWER_WORDS)
_MOMENT = re.compile(rf"\b(?:{'|'.join(MOMENT_WORDS)})")
_BACK_REFERENCE = re.compile(rf"\b(?:{'|'.join(BACK_REFERENCES)})\b")
#: How a sentence goes on telling the event of the one before.
_BACK_TO_EVENT = re.compile(
    r"(?:Dabei|Anschließend|Danach|Im\s+Anschluss|(?:Nach|Bei|Mit)\s+der\s+(?:Unterzeichnung|Unterschrift))\b"
)
#: What may stand between a welcome and the town it greets: the welcome word or verb, where to
#: ("im Netzwerk"), a comma, "an die"; and between two towns it greets.
_WELCOMED = re.compile(
    r"(?:[Hh]erzlich(?:es)?\s+)?\w+"
    r"(?:\s+(?:im|in|bei|zur|zum)\s+(?:der\s+|dem\s+|unsere[mr]?\s+)?[\w»«„“\"-]+(?:\s+[\w»«„“\"-]+){0,4}?)?"
    r"\s*[,:!–-]?\s*(?:an\s+)?(?:die|den|das|unsere)?\s*"
)
_WELCOME_LIST = re.compile(r"\s*(?:,|und|sowie)\s*(?:(?:und|sowie)\s+)?(?:die\s+|den\s+)?")
#: The police as the subject opening a sentence ("Die Polizei ist ... mit an Bord"), and what
#: would add a partner to it ("Die Polizeidirektion und die Stadt ...").
_POLICE_SUBJECT = re.compile(r"(?:Die|Der|Das)\s+(?:[\w-]+\s+)?(?:Polizei|Revier)\w*")
_COORDINATED = re.compile(r"\b(?:und|sowie)\b|,")
#: A district as the party of a joining sentence: no town's joining.
_DISTRICT_PARTY = re.compile(r"\b(?:Landkreis|Kreis|Landrat|Landrätin|Landratsamt)\b")
#: Milestones whose rank numbers a member (not a council or an event).
_MEMBER_COUNTED = frozenset({"members", "agreements"})


@dataclass(frozen=True)
class _Article:
    """What the member rules need to know of the whole article."""

    text: str
    forms: dict[str, PlaceEntry]
    gazetteer: Gazetteer
    focus: PlaceEntry | None
    titled: bool  # the title names the focus: the article is about it
    group: str | None  # the group the article names first, for "unser Städtebund"


def extract_joinings(
    doc: Doc,
    layout: ArticleLayout,
    *,
    article_id: str,
    dates: Sequence[DateRecord] = (),
    places: Sequence[PlaceRecord] = (),
    milestones: Sequence[MilestoneRecord] = (),
    gazetteer: Gazetteer | None = None,
) -> list[JoiningRecord]:
    """Find the joinings an article reports.

    Args:
        doc: The processed article (its sentences are read; never changed).
        layout: Its layout: release date, title, what is content.
        article_id: Id written into every record.
        dates: The article's dates (:func:`pipeline.extract.dates.extract_dates`).
        places: Its places (:func:`pipeline.extract.places.extract_places`): the municipalities.
        milestones: Its milestones (:func:`pipeline.extract.milestones.extract_milestones`):
            member ranks and the newest member.
        gazetteer: The gazetteer; the bundled one by default.

    Returns:
        One record per member, in order of its evidence in the text.
    """
    text = layout.text
    sentences = article_sentences(text, doc, layout)
    if not names_network(text, sentences):
        return []  # an article that never names the network reports no joining of it
    cues = find_cues(text, sentences)
    ranked = [
        m for m in milestones if m.kind == "newest" or (m.kind == "rank" and m.counted in _MEMBER_COUNTED)
    ]
    if not cues and not ranked:
        return []
    gaz = gazetteer or load_gazetteer()
    forms = municipality_entries(places, gaz)
    groups = [g for s in sentences for g in find_groups(text, *s)]
    focus, titled = focus_municipality(text, forms, headline(text, layout.title_span, sentences), sentences)
    article = _Article(text, forms, gaz, focus, titled, groups[0].name if groups else None)
    evidence: list[Evidence] = []
    # Joining sentences naming no member: they give their date to the article's one joining, or
    # report its own town's. A founding of the network that names no founder does neither: its
    # date is the network's ("Anfang 2019 gegründet"), not a member's.
    donors: list[tuple[Span, int]] = []
    for sentence, anchor, kind in cues:
        found = _members(
            article,
            sentence,
            anchor,
            founding=kind == "found",
            belonging=kind in ("part", "named", "aboard"),
            idiom=kind if kind in ("aboard", "welcome") else "",
        )
        if kind == "named":  # named by membership in passing: the sentence's dates are another event's
            found = [replace(e, dated=False) for e in found]
        if not found and kind == "found":
            found = _founders_after(article, sentences, sentence, anchor)
        evidence.extend(found)
        if (
            not found
            and kind
            not in ("found", "aboard", "welcome")  # an idiom lends nothing: "Neu dabei ist ein Workshop"
            and not _lends_nothing(text, sentence, anchor, kind)
        ):
            donors.append((sentence, anchor))
    evidence.extend(_ranked_members(article, sentences, ranked))
    if not evidence and article.focus is not None:
        evidence = _own_town(article, donors)
    members = group_members(text, sentences, forms, groups, gaz)
    dated = [(_with_its_event(text, sentences, s), a) for s, a in donors]
    evidence = [replace(e, event=_with_its_event(text, sentences, e.sentence)) for e in evidence]
    return assemble(text, article_id, evidence, dated, dates, milestones, layout.published, members)


def _with_its_event(text: str, sentences: list[Span], sentence: Span) -> Span:
    """A joining sentence with the one before it where it goes on telling that one's event ("Am
    Freitag war im Rathaus großer Bahnhof. Nach der Unterschrift gab es Beifall."): its date is
    that event's."""
    if not _BACK_TO_EVENT.match(text, sentence[0]) or sentence not in sentences:
        return sentence
    index = sentences.index(sentence)
    return (sentences[index - 1][0], sentence[1]) if index else sentence


def _members(
    article: _Article,
    sentence: Span,
    anchor: int,
    *,
    founding: bool = False,
    belonging: bool = False,
    idiom: str = "",
) -> list[Evidence]:
    """Who joins in a joining sentence: the groups and the municipalities it names as actors;
    else, where it refers to a town without naming it, the article's own town; else the one
    municipality it names as the scene. The founders of the network must be named, and so must
    the one a welcome welcomes, after it ("Willkommen im Netzwerk, X!"); an idiom of coming on
    board implies the article's town only where it refers back to a town ("Die Stadt ist seit
    Montag dabei", not "Neu dabei ist ein Workshop"). Where the police open the sentence as its
    subject ("Die Polizei ist in X mit an Bord"), no town is implied."""
    text = article.text
    groups = find_groups(text, *sentence)
    unnamed = own_group(text, *sentence) if not groups and article.group else None
    if unnamed is not None and article.group:
        groups = [Group(unnamed, unnamed, article.group)]
    mentions = find_mentions(text, article.forms, *sentence) + office_mentions(
        text, article.gazetteer, *sentence
    )
    mentions += listed_mentions(text, article.gazetteer, mentions, sentence[1])
    mentions.sort(key=lambda m: m.start)
    in_groups = {id(m) for g in groups for m in mentions if m.start >= g.start}  # "Städtebund X – A, B"
    actors = [m for m in mentions if m.subject and id(m) not in in_groups]
    listed = _LIST.search(text, *sentence) if belonging else None
    if listed is not None:  # the network's composition: "Ihm gehören Kommunen wie A und B an"
        actors = [m for m in actors if m.start < listed.start()]
    # "A und B sind bereits beigetreten, C soll im Herbst folgen": C plans in a clause of its own;
    # "A und B wollen vorbeugen und sind dazu beigetreten": the joining clause has no subject of its own
    planning = [m for m in actors if in_other_plan(text, sentence, anchor, m.start, m.end)]
    if len(planning) < len(actors):
        actors = [m for m in actors if m not in planning]
    if idiom == "welcome":
        actors = _welcomed(text, anchor, actors)
    found = [Evidence.of_group(g.name, sentence, anchor, g.start) for g in groups]
    if actors or found or founding:
        named = found + [Evidence.of_mention(m, sentence, anchor, level=ACTOR) for m in actors]
        return named + _predecessors(text, sentence, anchor, mentions)
    if idiom == "welcome" or _police_subject(text, sentence, anchor):
        return []
    plural = _PLURAL.search(text, *sentence)
    if idiom:
        if article.focus is None or plural or not _names_back(text, sentence, mentions):
            return []
        return [Evidence.of_entry(article.focus, sentence, anchor, level=IMPLIED)]
    if (
        article.focus is not None
        and not plural
        and (article.titled or _refers_back(text, sentence, mentions))
    ):
        return [Evidence.of_entry(article.focus, sentence, anchor, level=IMPLIED)]
    scene = {m.entry.ags: m for m in mentions}
    # "66 Städte haben unterzeichnet, wie ... in Dresden mitteilte": many signed, the town is the
    # scene of the report, not a member
    if len(scene) == 1 and not plural:
        return [Evidence.of_mention(next(iter(scene.values())), sentence, anchor, level=SCENE)]
    return []


def _welcomed(text: str, anchor: int, mentions: list[Mention]) -> list[Mention]:
    """The municipalities a welcome greets: named right after it ("Herzlich willkommen, X!",
    "Willkommen im Netzwerk, X", "heißt die Stadt X willkommen"), and the ones listed with them;
    not a town further on ("Willkommen auf der Seite der Stadt X")."""
    greeted: list[Mention] = []
    for mention in mentions:
        if mention.start <= anchor:
            continue
        after_last = greeted and _WELCOME_LIST.fullmatch(text, greeted[-1].end, mention.start)
        if after_last or (not greeted and _WELCOMED.fullmatch(text, anchor, mention.start)):
            greeted.append(mention)
    return greeted


def _police_subject(text: str, sentence: Span, anchor: int) -> bool:
    """True where the police alone open the sentence as its subject, before its joining word."""
    opening = _POLICE_SUBJECT.match(text, sentence[0], anchor)
    return opening is not None and not _COORDINATED.search(text, opening.end(), anchor)


def _predecessors(text: str, sentence: Span, anchor: int, mentions: list[Mention]) -> list[Evidence]:
    """The members a joining sentence names as joined before the one it reports: "Nach Grimma,
    Wurzen und Naunhof hat sich nun auch Brandis angeschlossen" (undated, as the text gives
    no day of theirs)."""
    before = [m for m in mentions if m.locative == "nach"]
    if not before or not _FOLLOWER.search(text, before[-1].end, sentence[1]):
        return []
    return [
        replace(Evidence.of_mention(m, sentence, anchor, level=ACTOR, dated=False), earlier=True)
        for m in before
    ]


def _lends_nothing(text: str, sentence: Span, anchor: int, kind: str) -> bool:
    """True where a joining sentence naming no member speaks of no town of the article: a
    district's own signing ("Der Landkreis X unterzeichnete"), the police's part ("Die Polizei
    ist mit an Bord"), the network's composition
    ("Ihm gehören Kommunen wie A und B an")."""
    if _DISTRICT_PARTY.search(text, sentence[0], anchor) or _police_subject(text, sentence, anchor):
        return True
    return kind == "part" and _LIST.search(text, *sentence) is not None


def _own_town(article: _Article, donors: list[tuple[Span, int]]) -> list[Evidence]:
    """An article that reports a joining without naming who joined reports its own town's: the
    joining sentences that speak of one member (not of many) are the town's evidence."""
    single = [(s, a) for s, a in donors if not _PLURAL.search(article.text, *s)]
    return [Evidence.of_entry(article.focus, s, a, level=IMPLIED) for s, a in single if article.focus]


def _founders_after(article: _Article, sentences: list[Span], sentence: Span, anchor: int) -> list[Evidence]:
    """The founders of the network named as the subject of the sentence after its founding on the
    reported day ("... gründen heute die Allianz. Die Städte A, B und C wollen damit gemeinsam
    ..."); not the parts of a description ("Das ist ein Netzwerk aus acht Städten, darunter A und
    B"), nor what follows a founding long past ("Die Allianz wurde 2019 gegründet. Grimma ...")."""
    index = sentences.index(sentence)
    if index + 1 >= len(sentences) or not _MOMENT.search(article.text, *sentence):
        return []
    start, end = following = sentences[index + 1]
    actors = [m for m in find_mentions(article.text, article.forms, start, end) if m.subject]
    if not actors or actors[0].start - start > FOUNDERS_LEAD or _LIST.search(article.text, start, end):
        return []
    named = [Evidence.of_mention(m, following, anchor, level=ACTOR, dated=False) for m in actors]
    return named + [Evidence.of_entry(m.entry, sentence, anchor, level=IMPLIED) for m in actors]


def _refers_back(text: str, sentence: Span, mentions: list[Mention]) -> bool:
    """True where the sentence speaks of a town without naming it ("die Stadt", "Sie", "der
    Oberbürgermeister"), or of the moment it happened ("Am 16. Dezember erfolgte die Unterschrift")."""
    return _names_back(text, sentence, mentions) or _MOMENT.search(text, *sentence) is not None


def _names_back(text: str, sentence: Span, mentions: list[Mention]) -> bool:
    """True where the sentence speaks of a town by a word that refers back ("die Stadt", "Sie")."""
    return any(
        not any(m.start <= match.start() < m.end for m in mentions)  # "der Stadt Zwickau" names it
        for match in _BACK_REFERENCE.finditer(text, *sentence)
    )


def _ranked_members(
    article: _Article, sentences: list[Span], ranked: list[MilestoneRecord]
) -> list[Evidence]:
    """Members a milestone ranks: "Heidenau ist die Nummer 53", "Radeberg, der neuesten
    Mitgliedskommune"; not one it ranks in the subjunctive II. The sentence's dates belong to something else (the meeting in Radeberg)."""
    found = []
    for milestone in ranked:
        sentence = next((s for s in sentences if s[0] <= milestone.start < s[1]), None)
        if sentence is None or supposes(article.text, sentence[0], milestone.start):
            continue  # "X wäre die sechste Kommune": a rank supposed, no member yet
        if milestone.kind == "newest" and milestone.subject:
            entry = article.forms.get(milestone.subject) or article.gazetteer.places.get(milestone.subject)
            if entry is not None and entry.type == "municipality" and entry.ags:
                found.append(Evidence.of_entry(entry, sentence, milestone.start, level=SCENE, dated=False))
        elif milestone.kind == "rank":
            actors = [m for m in find_mentions(article.text, article.forms, *sentence) if m.subject]
            found += [
                Evidence.of_mention(m, sentence, milestone.start, level=ACTOR, dated=False) for m in actors
            ]
    return found
