"""Roles given by a predicate: a copula or "als" between a name and its role ("Eva Probe ist seit
2019 Leiterin", "Als Vorsitzende begrüßte Anna Muster", "Leiterin ist Eva Probe")."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from pipeline.extract.officials.anchors import (
    name_after,
    name_before,
    over_wrap,
    sentence_bounds,
    skip_back_cues,
)
from pipeline.extract.officials.groups import names_listed_after
from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.phrase import RolePhrase
from pipeline.lang.professions import TRADE_FAMILY_NAMES
from pipeline.lang.role_cues import (
    ATTRIBUTE_LINKS,
    COPULAS,
    GOVERNING_PREPOSITIONS,
    NAMING_VERBS,
    NEGATION_LIMITERS,
    NEGATIONS,
    OFFICE_NOUNS,
    PLURAL_COPULAS,
    RELATIVE_PRONOUNS,
    SUCCESSION_CUES,
    SUMMING_UP,
)
from pipeline.lang.roles import DETERMINERS, ROLE_MODIFIERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import adjective, demonym, is_office_word, is_role_word

#: Subject pronouns of a copula and the gender of the person they stand for ("Sie ist Leiterin").
PRONOUN_GENDERS = MappingProxyType({"Er": "m", "er": "m", "Sie": "f"})
#: Most adverbial tokens between a copula or "als" and the role ("ist seit 2019 Leiterin").
MAX_PREDICATE_GAP = 4
#: Most tokens between a name and the "als" of its role, or between the role and the name after it.
MAX_ALS_GAP = 6
#: Most tokens between the relative pronoun of a clause and the role its copula closes.
MAX_RELATIVE_GAP = 12
#: Most tokens between an "als" and the "als" before it in a row of roles.
MAX_ROLE_ROW_GAP = 25
#: Most tokens of an attribute between a name and its copula ("vom Polizeirevier Pirna").
MAX_ATTRIBUTE_TOKENS = 6
#: Most adjectives and demonyms between the article and the name after a copula.
MAX_DESCRIBING_WORDS = 2


def predicative(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_end: dict[int, int]
) -> list[int]:
    """A role given by a copula or "als": "Eva Probe ist seit 2019 Leiterin" (the name before the
    copula), "Ida Muster, die als Sozialarbeiterin arbeitet", "Als Vorsitzende begrüßte Anna Muster"
    (the nearest name around "als"), "Leiterin ist (Frau) Eva Probe", "Die neue Leiterin heißt Eva
    Probe" (the name after the copula or naming verb)."""
    words = doc_view(doc).words
    verb = over_wrap(doc, phrase.end)  # "Referentin des Abends\nwar X"
    if verb + 1 < len(doc) and (words[verb] in COPULAS or words[verb] in NAMING_VERBS):
        # "Ansprechpartner ist Herr Dr. X", "Neuer Leiter ist Polizeirat X", "Die Leiterin heißt X"
        starts = {m.tok_start: k for k, m in enumerate(names)}
        after = name_after(doc, _past_article(doc, verb + 1, starts), starts, titles=True)
        if after is not None:
            return [after]
    if verb + 1 < len(doc) and words[verb] in PLURAL_COPULAS:  # "Vorsitzende sind OB A und PP B"
        listed = names_listed_after(doc, verb + 1, names, {m.tok_start: k for k, m in enumerate(names)})
        if len(listed) > 1:
            return listed
    j = phrase.start - 1
    while j >= 0 and phrase.start - j <= MAX_PREDICATE_GAP and not _predicate_word(words[j]):
        if not (words[j].islower() or doc[j].like_num):
            return []  # only adverbials between: "ist seit 2019 Leiterin", "ist nun Leiterin"
        if words[j] in NEGATIONS and words[j + 1] not in NEGATION_LIMITERS:
            return []  # "X ist nicht Bürgermeister", "X wurde nie Leiterin": an office denied
        j -= 1
    if j < 0 or not _predicate_word(words[j]):
        return []
    if words[j] in PLURAL_COPULAS:
        return _plural_subject(doc, j, names, by_end)
    if words[j] in COPULAS:
        k = name_before(doc, j, by_end)  # "Eva Probe (52) ist neue Leiterin"
        if k is None:  # "Eva Probe vom Polizeirevier Pirna ist Ansprechpartnerin"
            k = _before_attribute(doc, j, by_end)
        if k is None and words[j - 1] == ",":  # "Eva Probe, die Lehrerin, ist Vorsitzende …"
            k = _before_apposition(doc, j - 1, by_end)
        if k is None and j > 0 and words[j - 1] in PRONOUN_GENDERS:  # "Er ist seit 2020 Leiter …"
            k = _antecedent(names, j - 1, PRONOUN_GENDERS[words[j - 1]])
        return [k] if k is not None and not _object_of_preposition(doc, names[k]) else []
    j = _first_als(doc, j)
    sent = sentence_bounds(doc, phrase.start)
    before = [k for k, m in enumerate(names) if sent[0] <= m.tok_start and 0 <= j - m.tok_end <= MAX_ALS_GAP]
    after = [
        k
        for k, m in enumerate(names)
        if m.tok_start < sent[1] and 0 <= m.tok_start - phrase.end <= MAX_ALS_GAP
    ]
    opens = j == sent[0] or words[j - 1] in (",", ";")  # "…, als Referent sprach X": X after the verb
    return (after[:1] or before[-1:]) if opens else (before[-1:] or after[:1])


def relative_predicate(doc: Doc, phrase: RolePhrase, by_end: dict[int, int]) -> list[int]:
    """ "X (parteilos), der neben Y Vorsitzender des Rates ist, sagt …": the name before a relative
    clause whose copula closes it right after the role, not a name inside the clause."""
    words = doc_view(doc).words
    verb = over_wrap(doc, phrase.end)
    if verb + 1 >= len(doc) or words[verb] not in COPULAS or words[verb + 1] not in (",", ".", ";"):
        return []
    for i in range(phrase.start - 1, max(0, phrase.start - MAX_RELATIVE_GAP), -1):
        if words[i] in (".", ";", ":", "!", "?"):
            return []
        if words[i] == ",":
            k = name_before(doc, i, by_end) if words[i + 1] in RELATIVE_PRONOUNS else None
            return [k] if k is not None else []
    return []


def _past_article(doc: Doc, i: int, starts: dict[int, int]) -> int:
    """The token after an article and the words describing the person before the titles of
    a name ("Leiterin ist die erfahrene Polizistin X", "Initiator ist der Musterstädter X");
    ``i`` where no article opens a noun phrase."""
    words = doc_view(doc).words
    if i >= len(doc) or words[i] not in ("der", "die"):
        return i
    j = i + 1
    while j < min(len(doc), i + 1 + MAX_DESCRIBING_WORDS) and j not in starts:
        if not (adjective(words[j]) or demonym(words[j])):
            break
        j += 1
    return j


def after_copula(doc: Doc, phrase: RolePhrase, by_end: dict[int, int]) -> bool:
    """True for a bare role after a name and its copula or "als", adverbials between allowed ("X ist
    seit 2019 Leiterin", "X als Bürgermeister der Stadt, Y …"); not "ist auch der Leiter …, Y" nor
    "wurde durch ihren Leiter, Y, vertreten"."""
    words = doc_view(doc).words
    j = phrase.start - 1
    while not phrase.has_determiner and j >= 0 and phrase.start - j <= MAX_PREDICATE_GAP:
        if _predicate_word(words[j]):
            return name_before(doc, j, by_end) is not None
        if not (words[j].islower() or doc[j].like_num):
            return False
        j -= 1
    return False


def _antecedent(names: Sequence[NameMention], i: int, gender: str) -> int | None:
    """The last name before token ``i`` that a pronoun of ``gender`` fits (unknown gender fits)."""
    fitting = [k for k, m in enumerate(names) if 0 <= m.tok_end <= i and m.gender in (gender, "")]
    return max(fitting, key=lambda k: names[k].tok_end, default=None)


def _predicate_word(text: str) -> bool:
    return text in COPULAS or text in PLURAL_COPULAS or text.casefold() == "als"


def _object_of_preposition(doc: Doc, mention: NameMention) -> bool:
    """True for a name governed by a preposition before it and its titles ("Die Mutter von Eva
    Probe ist …", "Der Sohn von Bürgermeister Karl Muster ist …"): no subject of the copula."""
    words = doc_view(doc).words
    i = skip_back_cues(doc, mention.tok_start)
    while i > 0 and (is_role_word(words[i - 1]) or words[i - 1] in ROLE_MODIFIERS):
        i = skip_back_cues(doc, i - 1)
    return i > 0 and words[i - 1] in GOVERNING_PREPOSITIONS


def _before_attribute(doc: Doc, copula: int, by_end: dict[int, int]) -> int | None:
    """The name before an attribute of where the person works or comes from between it and the
    copula ("Eva Probe vom Polizeirevier Pirna ist …", "Karl Muster aus der Gemeinde Leubsdorf ist
    …"): capitalised words, articles and adjectives after "vom", "von", "aus" or "beim"."""
    words = doc_view(doc).words
    i = copula - 1
    while i > 0 and copula - i <= MAX_ATTRIBUTE_TOKENS:
        if words[i] in ATTRIBUTE_LINKS:
            return name_before(doc, i, by_end) if i < copula - 1 else None
        if not (words[i][:1].isupper() or words[i] in DETERMINERS or adjective(words[i])):
            return None
        i -= 1
    return None


def _before_apposition(doc: Doc, comma: int, by_end: dict[int, int]) -> int | None:
    """The name before the apposition that the comma at ``comma`` closes ("Eva Probe, die Lehrerin
    für Musik, ist …"), the apposition holding no other comma and no sentence end."""
    words = doc_view(doc).words
    for i in range(comma - 1, max(0, comma - MAX_RELATIVE_GAP), -1):
        if words[i] in (".", ";", ":", "!", "?"):
            return None
        if words[i] == ",":
            return name_before(doc, i, by_end)
    return None


def _first_als(doc: Doc, j: int) -> int:
    """The "als" that opens a row of roles ("arbeitet als Referentin … und als Dozentin … sowie als
    Beraterin"): a later "als" after "und", "sowie" or a comma goes back to it, within its sentence."""
    words = doc_view(doc).words
    while j > 0 and words[j - 1] in ("und", "sowie", ","):
        earlier = next(
            (
                i
                for i in range(j - 2, max(-1, j - MAX_ROLE_ROW_GAP), -1)
                if words[i] in ("als", ".", "!", "?")
            ),
            None,
        )
        if earlier is None or words[earlier] != "als":
            break
        j = earlier
    return j


def _plural_subject(doc: Doc, j: int, names: Sequence[NameMention], by_end: dict[int, int]) -> list[int]:
    """The names before a plural copula at ``j``: "A und B sind Streetworker", "A, B und C – sie
    alle waren Schöffen"; none where only one name stands there ("A und seine Frau sind …")."""
    words = doc_view(doc).words
    i = j
    while i > 0 and words[i - 1].casefold() in SUMMING_UP:
        i -= 1
    if i < j and i > 0 and words[i - 1] in ("–", "-", "—", ",", ":"):
        i -= 1  # "A, B und C – sie alle waren"
    k = name_before(doc, i, by_end)
    found = names_listed_before(doc, k, names, by_end) if k is not None else []
    first = _title_start(words, names[found[0]].tok_start) if found else 0
    if first > 0 and words[first - 1].isalpha():
        return []  # the names are no subject of their own: "Die Eltern von A und B sind Lehrer"
    return found if len(found) > 1 else []


def _title_start(words: list[str], i: int) -> int:
    """Where the article, adjectives and titles before the name at token ``i`` begin ("der
    langjährige Wirt A", "Schmied B")."""
    while i > 0 and (
        words[i - 1] in DETERMINERS
        or adjective(words[i - 1])
        or is_office_word(words[i - 1])
        or words[i - 1] in TRADE_FAMILY_NAMES
    ):
        i -= 1
    return i


def summed_apposition(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_end: dict[int, int]
) -> list[int]:
    """ "A und B, beide Streetworker der Stadt, …": an apposition summed up by "beide" or "alle"
    describes every name of the list before it."""
    words = doc_view(doc).words
    i = phrase.start
    if i < 2 or words[i - 1] not in ("beide", "alle") or words[i - 2] != ",":
        return []
    k = name_before(doc, i - 2, by_end)
    found = names_listed_before(doc, k, names, by_end) if k is not None else []
    return found if len(found) > 1 else []


def names_listed_before(doc: Doc, k: int, names: Sequence[NameMention], by_end: dict[int, int]) -> list[int]:
    """Name ``k`` and the names of the list it ends ("A, B und C"), each with its own title or
    not ("der Wirt A, der Schmied B und C"), in text order."""
    words = doc_view(doc).words
    found = [k]
    while True:
        i = names[found[0]].tok_start
        i = _title_start(words, i)
        if i < 2 or words[i - 1] not in (",", "und", "sowie"):
            return found
        other = name_before(doc, i - 1, by_end)
        if other is None or other in found:
            return found
        found.insert(0, other)


def office_held(doc: Doc, phrase: RolePhrase, names: Sequence[NameMention]) -> list[int]:
    """ "Uwe Tal übernimmt das Amt des Ortswehrleiters", "Den Posten der Leiterin hat Eva Probe":
    a role named as the office a person holds, takes or gives up is that person's, the nearest
    name of its sentence before the office noun or else after the role."""
    words = doc_view(doc).words
    noun = phrase.start - 1
    if not (phrase.has_determiner and words[phrase.start] in ("des", "der") and words[noun] in OFFICE_NOUNS):
        return []
    head = next((words[i] for i in range(phrase.start, phrase.end) if is_role_word(words[i])), "")
    if words[phrase.start] == "der" and not head.endswith("in"):
        return []  # "die Position der Bürgermeister": many; "der Schulleiterin": one woman
    start, end = sentence_bounds(doc, phrase.start)
    before = [k for k, m in enumerate(names) if start <= m.tok_start and 0 <= noun - m.tok_end <= MAX_ALS_GAP]
    after = [
        k for k, m in enumerate(names) if m.tok_start < end and 0 <= m.tok_start - phrase.end <= MAX_ALS_GAP
    ]
    return before[-1:] or after[:1]


def successor(doc: Doc, phrase: RolePhrase, names: Sequence[NameMention]) -> list[int]:
    """ "Uwe Tal löst als Revierleiter Jan Berg ab", "Eva Rot, Nachfolgerin von Ida Kern als
    Leiterin des Amtes": after a cue of succession, an "als" role is the successor's, the name
    nearest before the cue (or the subject right after a verb opening the sentence: "Seit Mai löst
    Uwe Tal als Revierleiter Jan Berg ab"), not the predecessor's named after it."""
    words = doc_view(doc).words
    als = phrase.start - 1
    if als > 0 and words[als] == "\n":
        als -= 1  # "löst X als\nRevierleiter Y ab": the line break of a wrapped page
    if phrase.has_determiner or als < 1 or words[als] != "als":
        return []
    start = sentence_bounds(doc, als)[0]
    cue = next(
        (
            i
            for i in range(als - 1, max(start, als - MAX_ROLE_ROW_GAP) - 1, -1)
            if words[i] in SUCCESSION_CUES
        ),
        None,
    )
    if cue is None or any(words[i] in (",", ";", ":") for i in range(cue + 1, als)):
        return []  # "X folgt auf Y, der als Revierleiter …": the role of a clause of its own
    before = [k for k, m in enumerate(names) if start <= m.tok_start and m.tok_end <= cue]
    between = [k for k, m in enumerate(names) if cue < m.tok_start and m.tok_end <= als]
    if before:
        return before[-1:]
    return between[:1] if words[cue][:1].islower() else []
