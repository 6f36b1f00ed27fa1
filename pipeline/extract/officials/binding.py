"""Which role phrases describe which names (see :mod:`.roles` for finding the phrases).

Binding follows German press style:

* a title right before a name is that person's ("Polizeipräsident Lutz Rodig"); a title counted
  for two ("die beiden Bürgermeister A und B") is both persons';
* an apposition after "Name," or "Name –" without article is that person's ("Sven Forkert,
  Geschäftsführer Landespräventionsrat");
* a phrase with article between two names introduces the next one ("Ursu, der Leiter der
  Polizeidirektion Görlitz, Polizeipräsident Manfred Weißbach");
* a group title before a dash or colon applies to every name of the list after it ("Die
  Oberbürgermeister und Bürgermeister des Städtebundes – A (X), B (Y)");
* on a short name line, a role describes the name that opens the line;
* a role in the sentence before or after a name refers to it across the sentence boundary
  (:mod:`.references`);
* a role after a name and its copula is that name's, also before a comma and the next name
  ("X ist Bürgermeister, Y Leiterin des Amtes").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.extract.officials.anchors import (
    after_parenthesis,
    ends_sentence,
    name_after,
    name_before,
    skip_back_cues,
)
from pipeline.extract.officials.groups import coordinated, listed, one_of, pair, plural_apposition
from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.predicates import (
    after_copula,
    office_held,
    predicative,
    relative_predicate,
    successor,
    summed_apposition,
)
from pipeline.extract.officials.references import anaphor, attributed, cataphor
from pipeline.extract.officials.roles import RolePhrase, wrap_at
from pipeline.lang.role_cues import (
    BIRTH_YEAR_WORDS,
    FUNCTION_ENDINGS,
    FUNCTION_LINKS,
    SIGNATURE_OPENERS,
    TIME_ADVERBS,
)
from pipeline.lang.roles import DETERMINERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word

MAX_NAME_LINE_TOKENS = 25
#: Most words of a time adverbial between a comma and an apposition ("seit vielen Jahren").
MAX_TIME_WORDS = 4


def bind_roles(
    doc: Doc, names: Sequence[NameMention], phrases: Sequence[RolePhrase]
) -> dict[int, list[RolePhrase]]:
    """Which role phrases describe which name (index into ``names``)."""
    by_start = {m.tok_start: k for k, m in enumerate(names) if m.tok_start >= 0}
    by_end = {m.tok_end: k for k, m in enumerate(names) if m.tok_start >= 0}
    bound: dict[int, list[RolePhrase]] = {}
    for phrase in phrases:
        targets = (
            plural_apposition(doc, phrase, names, by_start)
            or successor(doc, phrase, names)
            or relative_predicate(doc, phrase, by_end)
            or _targets(doc, phrase, names, by_start, by_end)
            or summed_apposition(doc, phrase, names, by_end)
            or predicative(doc, phrase, names, by_end)
            or office_held(doc, phrase, names)
            or _signature(doc, phrase, names, by_end)
            or _line_owner(doc, phrase, by_start)
            or one_of(doc, phrase, by_start)
            or anaphor(doc, phrase, names)
            or attributed(doc, phrase, names)
            or cataphor(doc, phrase, names, by_start)
        )
        feminine = _feminine(doc, phrase)  # "Ralf Bär, Gemeinderätin …": no title of the man
        for k in targets:
            if not (feminine and names[k].gender == "m"):
                bound.setdefault(k, []).append(phrase)
    return bound


def _line_owner(doc: Doc, phrase: RolePhrase, by_start: dict[int, int]) -> list[int]:
    """On a short name line ("Volker Pfitzner: Dezernat IV – Präventionsmanager der Stadt Torgau")
    a role describes the name that opens the line."""
    # spaCy keeps line breaks as tokens of their own (a token's trailing whitespace is " " or "").
    view = doc_view(doc)
    words = view.words
    first, last = phrase.start, phrase.end
    while first > 0 and "\n" not in words[first - 1]:
        first -= 1
        if last - first > MAX_NAME_LINE_TOKENS:
            return []  # a line of running text, not a name line: stop walking it
    while last < len(words) and "\n" not in words[last]:
        last += 1
        if last - first > MAX_NAME_LINE_TOKENS:
            return []
    if last - first > MAX_NAME_LINE_TOKENS or first not in by_start:
        return []
    if (first > 1 and wrap_at(doc, first - 1)) or (last < len(words) and wrap_at(doc, last)):
        return []  # a line of a hard-wrapped paragraph, not a name line
    owner = by_start[first]
    before = words[phrase.start - 1] if phrase.has_determiner else ""
    if before.isalpha() and before.islower():
        return []  # a sentence's object ("X lobte die Beamten", "X dankte dem Bürgermeister")
    between = range(first + 1, phrase.start)
    if any(i in by_start for i in between) or any(ends_sentence(doc, i) for i in between):
        return []  # a line of sentences ("X eröffnete. Y ist Leiterin …"), or another name between
    return [owner]


def _targets(
    doc: Doc,
    phrase: RolePhrase,
    names: Sequence[NameMention],
    by_start: dict[int, int],
    by_end: dict[int, int],
) -> list[int]:
    """The names a phrase describes, by the binding rules of the module docstring."""
    words = doc_view(doc).words
    bracketed = _bracketed_after_name(doc, phrase, by_end)
    if bracketed is not None:  # "Max Muster (Bürgermeister Kottmar)"
        return [bracketed]
    end = after_parenthesis(doc, phrase.end)
    direct = name_after(doc, end, by_start)
    if direct is not None:  # "den Bürgermeistern A (X), B (Y)" gives the title to the whole list
        group = phrase.has_determiner or len(phrase.roles) > 1
        members = listed(doc, names[direct].tok_start, by_start, names, with_places=True) if group else []
        return members or pair(doc, phrase, direct, names, by_start) or [direct]
    if end + 1 < len(doc) and words[end] == "wie":  # "Experten wie Dr. Eva Probe": an example of the role
        example = name_after(doc, end + 1, by_start, titles=True)
        if example is not None:
            return listed(doc, names[example].tok_start, by_start, names) or [example]
    if end < len(doc) and is_role_word(words[end]):
        stacked = name_after(doc, end, by_start, titles=True)  # "Revierleiter Polizeirat X": both titles
        if stacked is not None:
            return [stacked]
    if end + 1 < len(doc) and words[end] in FUNCTION_LINKS and _function_noun(doc, phrase):
        by = name_after(doc, end + 1, by_start)  # "unter Projektleitung von Herrn Prof. Dr. X"
        if by is not None:
            return [by]
    before = name_before(doc, phrase.start, by_end)
    if before is not None:  # "Thomas Krahl der Bürgermeister der Stadt Bad Muskau"
        return [before]
    after_comma = (
        name_after(doc, end + 1, by_start, titles=True) if end < len(doc) and words[end] == "," else None
    )
    mark = phrase.start - 1 - int(phrase.start > 1 and wrap_at(doc, phrase.start - 1))  # "X,\nLeiterin"
    mark = _before_time(doc, mark)  # "X, seit 2019 Bürgermeister von Y"
    comma_before = mark >= 0 and words[mark] in (",", "–", "—")
    left = name_before(doc, _after_age(doc, mark), by_end) if comma_before else None
    if left is not None and phrase.has_determiner and _list_item(doc, end):
        return []  # "Es sprachen A, der Revierleiter und die Bürgermeisterin B": a person of its own
    if left is not None and (not phrase.has_determiner or after_comma is None):
        return coordinated(doc, left, names, by_end) if doc[phrase.start].lower_ == "die" else [left]
    if after_comma is not None:
        # "X ist Bürgermeister, Y Leiterin des Amtes": a predicate is its subject's, not the next name's
        return [] if after_copula(doc, phrase, by_end) else [after_comma]
    if end < len(doc) and words[end] in ("–", "-", ":", "—"):
        return listed(doc, end + 1, by_start, names) or _labelled(doc, end, by_start, names)
    if end + 1 < len(doc) and words[end] in ("unter", "per", "via"):
        at = doc[end + 1]
        return [
            k for k, m in enumerate(names) if m.source == "email" and at.idx <= m.start < at.idx + len(at)
        ]
    return []


def _feminine(doc: Doc, phrase: RolePhrase) -> bool:
    """True when the phrase's title is in the feminine form ("Gemeinderätin", "Beamtin")."""
    words = doc_view(doc).words
    head = next((words[i] for i in range(phrase.start, phrase.end) if is_role_word(words[i])), "")
    return head.endswith(("in", "innen")) and not head.endswith("ein")


def _list_item(doc: Doc, end: int) -> bool:
    """True when "und"/"sowie" and an article follow a phrase with article after "Name,": an item
    of a list of people, not an apposition (which the second comma would close)."""
    words = doc_view(doc).words
    return end + 1 < len(doc) and words[end] in ("und", "sowie") and words[end + 1] in DETERMINERS


def _bracketed_after_name(doc: Doc, phrase: RolePhrase, by_end: dict[int, int]) -> int | None:
    """The name right before a bracket that opens with the phrase: "Eva Probe (Leiterin Sachgebiet
    Prävention)", "Herr Glaser (zugewiesener Berater, Mentor und Coach)"."""
    words = doc_view(doc).words
    i = phrase.start
    while i > 0 and ((words[i - 1].isalpha() and words[i - 1].islower()) or wrap_at(doc, i - 1)):
        i -= 1
    if i < 2 or words[i - 1] != "(":
        return None
    return by_end.get(i - 2) if i > 2 and wrap_at(doc, i - 2) else by_end.get(i - 1)  # "X\n(Leiter"


def _function_noun(doc: Doc, phrase: RolePhrase) -> bool:
    """True for a phrase headed by a function noun ("Projektleitung", "Koordinierung"), which a
    "von" links to the person holding it, unlike a person noun ("Mitarbeiter von X")."""
    words = doc_view(doc).words
    return any(words[i].endswith(FUNCTION_ENDINGS) for i in range(phrase.start, phrase.end))


def _signature(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_end: dict[int, int]
) -> list[int]:
    """ "Karl Muster" / "Pressesprecher" / "Landespräventionsrat Sachsen": a role line right under a
    line that holds only a name (a signature or contact block, "Ihr Karl Muster" closing a letter)."""
    words = doc_view(doc).words
    i = phrase.start - 1
    if i < 1 or not doc[i].is_space or words[i].count("\n") != 1 or i not in by_end:
        return []
    k = by_end[i]
    first = skip_back_cues(doc, names[k].tok_start)
    first -= int(first > 0 and words[first - 1] in SIGNATURE_OPENERS)  # "Ihr Karl Muster" / "Bürgermeister"
    return [k] if first == 0 or "\n" in words[first - 1] + doc[first - 1].whitespace_ else []


def _labelled(doc: Doc, colon: int, by_start: dict[int, int], names: Sequence[NameMention]) -> list[int]:
    """ "Pressesprecherin: Eva Probe", "Verantwortlich: Andreas Muster": a label and the one name
    after its colon, the name ending its line or followed by a comma (a contact, an imprint)."""
    words = doc_view(doc).words
    if words[colon] != ":":
        return []
    i = colon + 1
    while i < len(doc) and doc[i].is_space:  # "Ansprechpartner:" / the name on the next line
        i += 1
    k = name_after(doc, i, by_start)
    if k is None:
        return []
    after = names[k].tok_end
    if (
        after >= len(doc)
        or words[after] in (",", ";", "/", "|")
        or "\n" in doc[after - 1].whitespace_ + words[after]
    ):
        return [k]
    return []


def _before_time(doc: Doc, i: int) -> int:
    """Skip back over a time adverbial between a comma and the apposition after it ("X, seit 2019
    Bürgermeister", "X, bisher stellvertretender Revierleiter"): the token before it."""
    words = doc_view(doc).words
    j = i
    while (
        j > 0
        and i - j < MAX_TIME_WORDS
        and (words[j] in TIME_ADVERBS or (words[j - 1] == "seit" and j != i) or (doc[j].like_num and j > 0))
    ):
        j -= 1
    return j if j < i and words[j] in (",", "–", "—") else i


def _after_age(doc: Doc, comma: int) -> int:
    """Skip an age or a year of birth between a name and its apposition: "Karl Muster, 45,
    Streetworker", "Eva Probe, Jahrgang 1970, Leiterin"."""
    words = doc_view(doc).words
    if comma >= 2 and doc[comma - 1].like_num and words[comma - 2] == ",":
        return comma - 2
    if (
        comma >= 3
        and doc[comma - 1].like_num
        and words[comma - 2] in BIRTH_YEAR_WORDS
        and words[comma - 3] == ","
    ):
        return comma - 3
    return comma
