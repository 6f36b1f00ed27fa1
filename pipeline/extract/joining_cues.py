"""Whether a sentence reports a joining of the ASSKomm network, and where its joining word stands.

A joining word counts where it speaks of the network (a network word near it, or for a signing:
no police partner alone), where a signing signs an agreement of the network (not one of another
programme), and where its clause neither plans, wishes nor denies it. The words are the rule
data of :mod:`pipeline.lang.joinings`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.extract.joining_clauses import (
    is_agenda_item,
    later,
    reports_purpose,
    supposed,
    wished,
    words_pattern,
)
from pipeline.lang.joining_vetoes import (
    COORDINATED_VERBS,
    FUTURE_AUXILIARIES,
    INFINITIVES,
    INTENT_WORDS,
    LATE_PLANS,
    MODAL_VERBS,
    NEGATION_WORDS,
    NOUN_PREPOSITIONS,
    ZU_INFINITIVES,
)
from pipeline.lang.joinings import (
    ABOARD,
    AGREEING_GAP,
    AGREEING_VERBS,
    AGREEMENTS,
    ARTICLE_AGREEMENTS,
    ASSOCIATIONS,
    COLLECTING,
    FOUNDED_OTHERS,
    FOUNDING,
    JOIN_WORDS,
    NAMED_MEMBER,
    NETWORK_NAMES,
    NETWORK_WORDS,
    OTHER_PROGRAMMES,
    PART_OF,
    POLICE_WORDS,
    PREVENTION_WORDS,
    REFERRING_WORDS,
    SEPARATED_JOIN,
    SIGN_WORDS,
    SIGNATURES,
    SIGNED_OTHERS,
    STATE_AGREEMENTS,
    STATE_PARTNERS,
    TAKE_PART,
    WELCOME,
)
from pipeline.text.fastre import led_groups

#: The joining words by kind, in the order their kinds are tried.
_CUE_KINDS: tuple[tuple[str, Sequence[str]], ...] = (
    *(("join", JOIN_WORDS), ("separated", (SEPARATED_JOIN,)), ("take", (TAKE_PART,))),
    *(("aboard", ABOARD), ("part", PART_OF), ("named", NAMED_MEMBER), ("welcome", WELCOME)),
    *(("sign", SIGN_WORDS), ("agreed", AGREEING_VERBS), ("found", FOUNDING)),
)
#: Every joining word, its kind the name of the group that matched (each group opens with a lookahead
#: for what its words start with: at most words, most groups fail there, see fastre.led_groups).
_CUE = re.compile(rf"(?<![\w-]){led_groups(_CUE_KINDS, re.IGNORECASE)}(?![\w-])", re.IGNORECASE)
_NETWORK_NAME = words_pattern(NETWORK_NAMES, 0)
_NETWORK_WORD = words_pattern(NETWORK_WORDS)
_AGREEMENT = words_pattern(AGREEMENTS)
_ARTICLE_AGREEMENT = words_pattern(ARTICLE_AGREEMENTS)
_SIGNATURES = words_pattern(SIGNATURES, 0)
_COLLECTING = words_pattern(COLLECTING)
_SIGNED_OTHER = words_pattern(SIGNED_OTHERS, 0)
_STATE_PARTNER = words_pattern(STATE_PARTNERS)
_STATE_AGREEMENT = words_pattern([*ARTICLE_AGREEMENTS, *STATE_AGREEMENTS])
_PREVENTION = words_pattern(PREVENTION_WORDS)
_OTHER_PROGRAMME = words_pattern(OTHER_PROGRAMMES, 0)
_ASSOCIATION = words_pattern(ASSOCIATIONS, 0)
_POLICE = words_pattern(POLICE_WORDS)
_REFERRING = words_pattern(REFERRING_WORDS)
_INTENT = words_pattern([*INTENT_WORDS, *ZU_INFINITIVES])
_INTENT_FINITE = words_pattern(INTENT_WORDS)  # in a fulfilled purpose clause, a zu-infinitive plans nothing
_MODAL = words_pattern(MODAL_VERBS)
_LATE_PLAN = words_pattern([*MODAL_VERBS, *LATE_PLANS])
_NEGATION = words_pattern(NEGATION_WORDS)
_FOUNDED_OTHER = words_pattern(FOUNDED_OTHERS, 0)
#: A noun after a preposition (and its article or adjectives): "Mit dem Beitritt", "nach der Unterzeichnung".
_NOUN_PHRASE = re.compile(rf"\b(?:{'|'.join(NOUN_PREPOSITIONS)})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
#: The nouns of belonging that may speak of the network the sentences around name.
_MEMBER_NOUN = re.compile(r"Mitglied|\bTeil\b|Partner|(?:ASS-?Komm|Allianz)-?[Kk]ommune")
#: A sentence that makes the signing before it a joining: "Mit ihr ist X beigetreten", "Damit
#: ist X Mitglied der Allianz".
_JOINED_BY_IT = re.compile(r"\b(?:[Mm]it\s+(?:ihr|ihm|dieser|diesem|der\s+Unterschrift)|[Dd]amit|[Ss]omit)\b")
#: How far after a belonging word its complement names what it belongs to.
COMPLEMENT_REACH = 80
#: Joining verbs that may stand without what is joined ("A und B sind bereits beigetreten"), and
#: a dative object before them that names something joined ("ist dem Zweckverband beigetreten").
_BARE_JOIN = re.compile(r"beigetreten|beitr(?:at|aten)|angeschlossen", re.IGNORECASE)
_JOINED_OBJECT = re.compile(r"\b(?:dem|der|einem|einer|zum|zur|beim|an)\b", re.IGNORECASE)
#: A complement after a belonging word: "Mitglied im Städtetag", "Teil des Projekts".
_COMPLEMENT = re.compile(r"\s+(?:des|der|eines|einer|vom|von|im|in|beim|bei)\b", re.IGNORECASE)
_COMPLEMENT_END = re.compile(r"\b(?:des|der|eines|einer|vom|von|im|in|beim|bei|zu[rm]?)$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()–—]")
_COMMA = re.compile(
    r"[,;:–—]"
)  # a clause's end, where brackets belong to it: "Kommunen (ASSKomm) geschlossen"
_COORDINATION = re.compile(rf"\b(?:und|sowie|aber)\s+(?=(?:{'|'.join(COORDINATED_VERBS)})\b)")
#: How far after a joining word a modal or a negation still governs it ("beitreten will").
AFTER_WINDOW = 25

Span = tuple[int, int]


def names_network(text: str, sentences: Sequence[Span]) -> bool:
    """True where the text names the ASSKomm network (or the Landespräventionsrat) anywhere, or
    by its partner: a cooperation agreement or a network on prevention with the state in a
    sentence or two that follow each other ("eine Kooperationsvereinbarung zur Kriminalprävention
    mit dem Innenministerium"; "dem Sicherheitsnetzwerk des Freistaates beigetreten"; "Die Stadt
    und der Freistaat arbeiten in der Prävention zusammen. Dazu unterzeichneten ... eine
    Kooperationsvereinbarung")."""
    if _NETWORK_NAME.search(text) is not None:
        return True
    pairs = [(s[0], t[1]) for s, t in zip(sentences, [*sentences[1:], sentences[-1]], strict=True)]
    return any(
        _STATE_PARTNER.search(text, *s)
        and (_STATE_AGREEMENT.search(text, *s) or _NETWORK_WORD.search(text, *s))
        and _PREVENTION.search(text, *s)
        and not _POLICE.search(text, *s)  # a security partnership of the state's police is none
        for s in pairs
    )


#: Kinds of joining word that yield to a plain one later in their sentence: a member named in
#: passing, a welcome or an idiom of coming on board ("Herzlich willkommen im Netzwerk: Die Stadt X
#: ist neues Mitglied" is the plain belonging of X, not a welcome of whoever follows the word).
_YIELDING = frozenset({"named", "welcome", "aboard"})


def find_cues(text: str, sentences: Sequence[Span]) -> list[tuple[Span, int, str]]:
    """The sentences that report a joining, each with where its first joining word starts and
    its kind (``join``, ``separated``, ``take``, ``part``, ``named``, ``aboard``, ``welcome``, ``sign``,
    ``agreed`` or ``found``).

    One scan of the text for joining words; only the sentences holding one are looked at.

    Args:
        text: The article text.
        sentences: The article's sentences in text order (the ones around a sentence are read
            for its context).
    """
    starts = [s for s, _ in sentences]
    found: dict[int, tuple[int, str]] = {}
    agreement = _ArticleAgreement(text, sentences)
    for match in _CUE.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index < 0 or match.end() > sentences[index][1]:
            continue
        if index in found and (found[index][1] not in _YIELDING or match.lastgroup in _YIELDING):
            continue  # a sentence's first joining word counts; a passing mention or an idiom yields
        sentence = sentences[index]
        previous = sentences[index - 1] if index else (sentence[0], sentence[0])
        following = sentences[index + 1] if index + 1 < len(sentences) else (sentence[1], sentence[1])
        if _counts(text, match, sentence, (previous[0], following[1]), agreement):
            found[index] = (match.start(), match.lastgroup or "")
    return [(sentences[index], anchor, kind) for index, (anchor, kind) in sorted(found.items())]


def _counts(
    text: str, match: re.Match[str], sentence: Span, around: Span, agreement: _ArticleAgreement
) -> bool:
    """True where the joining word ``match`` reports a joining of the network.

    Args:
        text: The article text.
        match: The joining word.
        sentence: Its sentence.
        around: The sentence with the ones before and after it (the context of a joining).
        agreement: The article's cooperation agreement, read when a signing needs it.
    """
    kind = match.lastgroup
    if is_agenda_item(text, sentence):
        return False  # "TOP 7 – Beitritt zur Allianz": what a council is to decide
    if not _in_network(text, match, sentence, around, agreement) or _OTHER_PROGRAMME.search(text, *sentence):
        return False  # "ist dem Netzwerk Prävention im Team beigetreten" joins another programme
    if kind in ("sign", "agreed") and _ASSOCIATION.search(text, *sentence):
        return False  # an association's agreement
    if kind == "sign" and not _is_agreement(text, match, sentence, around, agreement):
        return False
    if kind == "agreed" and not _agreement_near(text, match, sentence):
        return False
    return not _planned_or_denied(text, match, sentence)


def _in_network(
    text: str, match: re.Match[str], sentence: Span, around: Span, agreement: _ArticleAgreement
) -> bool:
    """True where the joining word speaks of the ASSKomm network.

    Belonging needs a network word in its sentence, joining one in its sentence or the ones
    around it; founding needs the network named in its sentence, and nothing else founded
    there (a Kommunaler Präventionsrat). A signing needs no police partner in its sentence
    (then the article's agreement is meant), or the network or the state named in it, or
    named just before with the agreement referring back to it ("ein entsprechendes
    Dokument"), or just after as what it achieved ("Damit ist X Mitglied der Allianz"): with
    the police alone it is no joining.
    """
    kind = match.lastgroup
    if kind == "take":
        return True  # the pattern names the programme itself
    if kind == "found":  # founding members are the network's where it is named beside them
        near = around if match.group().casefold().startswith("gründungsmitglied") else sentence
        return bool(_NETWORK_NAME.search(text, *near)) and not _FOUNDED_OTHER.search(text, *sentence)
    if kind == "part" and _belongs_elsewhere(text, match):
        return _names_network(text, match.start(), _complement_end(text, match.end()))  # "Teil der Analyse"
    if kind == "separated" or (kind == "join" and match.group()[:1].islower()):
        return _joins_network(text, match, sentence, around)
    if kind == "named":
        return True  # the pattern names the network or its members itself
    if kind in ("aboard", "welcome"):  # an idiom: the network is named beside it ("Willkommen, X!")
        return _names_network(text, *around)
    if kind in ("part", "join"):
        near = sentence if kind == "part" else around
        if _names_network(text, *near):
            return True
        # "Bereits Mitglied sind Riesa und Meißen", "A und B sind bereits beigetreten": belonging
        # to or joining nothing named is belonging to or joining the network the article names
        return kind == "part" and _MEMBER_NOUN.search(match.group()) is not None
    if _NETWORK_NAME.search(text, *sentence):  # sign, agreed
        return True
    if not _POLICE.search(text, *sentence):  # the article's agreement: not one with the police alone
        return agreement.kind() != "other"
    previous, following = (around[0], sentence[0]), (sentence[1], around[1])
    if _NETWORK_NAME.search(text, *previous) and _REFERRING.search(text, *sentence):
        return True  # "... unterzeichnen auch Vertreter der Polizei ein entsprechendes Dokument"
    # the sentence after says what was signed: "Mit ihr ist die Gemeinde der Allianz beigetreten"
    return bool(_NETWORK_NAME.search(text, *following) and _JOINED_BY_IT.search(text, *following))


def in_other_plan(text: str, sentence: Span, anchor: int, start: int, end: int) -> bool:
    """True where the span ``start``-``end`` stands in a clause of its own, away from the joining
    word at ``anchor``, that plans, wishes or denies ("Grimma und Naunhof sind bereits
    beigetreten, Colditz soll im Herbst folgen")."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, sentence[0], start)), default=sentence[0])
    after = _CLAUSE_END.search(text, end, sentence[1])
    stop = after.start() if after else sentence[1]
    if begin <= anchor < stop:
        return False
    return bool(
        _INTENT.search(text, begin, stop)
        or _MODAL.search(text, begin, stop)
        or _NEGATION.search(text, begin, stop)
    )


class _ArticleAgreement:
    """The article's cooperation agreement (:func:`_article_agreement`), found once, when first
    asked: most articles have no signing that needs it."""

    def __init__(self, text: str, sentences: Sequence[Span]) -> None:
        self._text, self._sentences = text, sentences
        self._kind: str | None = None

    def kind(self) -> str:
        """``none``, ``other`` or ``network``."""
        if self._kind is None:
            self._kind = _article_agreement(self._text, self._sentences)
        return self._kind


def _article_agreement(text: str, sentences: Sequence[Span]) -> str:
    """The cooperation agreement an article names: ``none``; ``other`` where it names one only
    with the police or an association, never with the network ("Die Stadt und die
    Polizeidirektion haben eine Kooperationsvereinbarung unterzeichnet"; then "Sicherheits-
    partnerschaft unterzeichnet" above it is that one; "Der Landespräventionsrat war an der
    Vereinbarung nicht beteiligt" names it with none); else ``network``."""
    if _ARTICLE_AGREEMENT.search(text) is None:
        return "none"
    if _POLICE.search(text) is None and _ASSOCIATION.search(text) is None:
        return "network"
    other = False
    for sentence in sentences:
        if not _ARTICLE_AGREEMENT.search(text, *sentence):
            continue
        if _ASSOCIATION.search(text, *sentence) or _NEGATION.search(text, *sentence):
            other = True
        elif _NETWORK_NAME.search(text, *sentence):
            return "network"
        elif _POLICE.search(text, *sentence):
            other = True
    return "other" if other else "network"


def _names_network(text: str, start: int, end: int) -> bool:
    """True where the network is named, or a network word stands, between ``start`` and ``end``."""
    return bool(_NETWORK_NAME.search(text, start, end) or _NETWORK_WORD.search(text, start, end))


def _joins_network(text: str, match: re.Match[str], sentence: Span, around: Span) -> bool:
    """True where a joining verb joins the network: its clause names it ("ist dem ASSKomm-Verbund
    beigetreten", "tritt der Allianz bei"), or it joins nothing named ("A und B sind bereits
    beigetreten") in an article on the network; not where it joins something else ("ist dem
    Zweckverband beigetreten")."""
    start = _clause_start(text, match, sentence)
    if _names_network(text, start, match.end()):
        return True
    if _JOINED_OBJECT.search(text, start, match.end()):
        return False
    return _BARE_JOIN.fullmatch(match.group()) is not None or _names_network(text, *around)


def _clause_start(text: str, match: re.Match[str], sentence: Span) -> int:
    """Where the clause of a joining word starts: after the last punctuation before it."""
    return max((m.end() for m in _CLAUSE_END.finditer(text, sentence[0], match.start())), default=sentence[0])


def _belongs_elsewhere(text: str, match: re.Match[str]) -> bool:
    """True where a belonging word has a complement: it ends on a preposition or an article
    ("ist Teil des"), or one follows it ("ist Mitglied im Städtetag"); the complement must then
    name the network ("Teil der Sicherheitsanalyse, die der Landespräventionsrat ..." does not)."""
    return bool(_COMPLEMENT_END.search(match.group()) or _COMPLEMENT.match(text, match.end()))


def _complement_end(text: str, start: int) -> int:
    """Where the complement of a belonging word ends: a few words on, or at the comma of a
    relative clause that only describes it ("Teil des Konzeptes, das die Stadt im Rahmen der
    Allianz erarbeitet hat" belongs to the concept)."""
    comma = text.find(",", start, start + COMPLEMENT_REACH)
    return comma if comma >= 0 else start + COMPLEMENT_REACH


def _agreement_near(text: str, match: re.Match[str], sentence: Span) -> bool:
    """True where an agreeing verb has its agreement within a few words of its clause ("eine
    Vereinbarung getroffen", "schloss eine eigenständige Kooperationsvereinbarung") of no other
    programme ("haben sich getroffen, um über die Zusammenarbeit zu sprechen" has none)."""
    start = max((m.end() for m in _COMMA.finditer(text, sentence[0], match.start())), default=sentence[0])
    end = _COMMA.search(text, match.end(), sentence[1])
    before = text[start : match.start()].split()[-AGREEING_GAP - 1 :]
    after = text[match.end() : end.start() if end else sentence[1]].split()[: AGREEING_GAP + 1]
    near = " ".join([*before, *after])
    return bool(_AGREEMENT.search(near)) and not _OTHER_PROGRAMME.search(text, *sentence)


def _is_agreement(
    text: str, match: re.Match[str], sentence: Span, around: Span, agreement: _ArticleAgreement
) -> bool:
    """True where an agreement of the network is signed: one is named here or in the sentences
    around, or the article names its cooperation agreement and the sentence signs nothing it
    names ("Für die Gemeinde unterschrieb der Bürgermeister"); not collecting signatures, nor
    an agreement of another programme ("Prävention im Team")."""
    if _OTHER_PROGRAMME.search(text, *sentence):
        return False
    if _SIGNATURES.fullmatch(match.group()) and _COLLECTING.search(text, *sentence):
        return False  # "Unterschriften gegen die Schließung gesammelt"
    if _AGREEMENT.search(text, *sentence):
        return True
    if _SIGNED_OTHER.search(text, *sentence):
        return False  # "unterzeichneten die Gründungserklärung"
    return bool(_AGREEMENT.search(text, *around)) or agreement.kind() != "none"


def _planned_or_denied(text: str, match: re.Match[str], sentence: Span) -> bool:
    """True where the clause of the joining word plans, wishes or denies it.

    The clause runs from the last punctuation (or coordinated verb) before the joining word to a
    few words after it: a modal before it ("will ... beitreten") or right after it ("beitreten
    soll") governs it; one in a later coordinated clause ("ist beigetreten und will ...") does not.
    A joining noun after a preposition ("Mit dem Beitritt will die Stadt ...") is a fact the
    clause builds on: the clause's modal verbs are not its own, its plans and denials are
    ("nach dem geplanten Beitritt", "eine Absichtserklärung zum Beitritt").
    """
    starts = [m.end() for m in _CLAUSE_END.finditer(text, sentence[0], match.start())]
    starts += [m.start() for m in _COORDINATION.finditer(text, sentence[0], match.start())]
    start = max(starts, default=sentence[0])
    if match.group()[:1].isupper() and _NOUN_PHRASE.search(text, start, match.start()):
        window = text[start : match.end()]  # "Absichtserklärung zum Beitritt"; the modals are not its own
        return bool(_INTENT.search(window) or _NEGATION.search(window))
    after = _CLAUSE_END.search(text, match.end(), sentence[1])
    clause_end = after.start() if after else sentence[1]
    stop = min(clause_end, match.end() + AFTER_WINDOW)
    window = text[start:stop]
    intent = _INTENT_FINITE if reports_purpose(text, sentence, start) else _INTENT
    if intent.search(window) or _MODAL.search(window) or _NEGATION.search(window):
        return True
    if wished(text, sentence, start) or supposed(text, sentence, start) or later(window):
        return True
    # a joining noun's verb may come late: "Die Unterzeichnung ... ist für Juni geplant" (its
    # modal or plan only; "Der Beitritt ... bietet Möglichkeiten" plans nothing)
    if match.group()[:1].isupper() and _LATE_PLAN.search(text, stop, clause_end):
        return True
    verb = match.group().split()[-1].casefold()
    return verb in INFINITIVES and any(w.casefold() in FUTURE_AUXILIARIES for w in window.split())
