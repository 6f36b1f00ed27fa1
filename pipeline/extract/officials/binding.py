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
* a sentence opening with "Der/Die" and a role refers back to the one person the sentence
  before it names ("… sagte Klaus Muster. Der OB ergänzte …").
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.roles import RolePhrase, wrap_at
from pipeline.lang.names import ADDRESS_WORDS, HONORIFIC_TOKENS
from pipeline.lang.role_cues import FUNCTION_ENDINGS, FUNCTION_LINKS
from pipeline.lang.roles import ROLE_MODIFIERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word, role_base

MAX_NAME_LINE_TOKENS = 25
#: Verbs that give their subject the role after them ("Eva Probe ist Leiterin des Amtes").
COPULAS = frozenset({"ist", "war", "wird", "wurde", "bleibt"})
#: Subject pronouns of a copula and the gender of the person they stand for ("Sie ist Leiterin").
PRONOUN_GENDERS = MappingProxyType({"Er": "m", "er": "m", "Sie": "f"})
#: Most adverbial tokens between a copula or "als" and the role ("ist seit 2019 Leiterin").
MAX_PREDICATE_GAP = 4
#: Most tokens between a name and the "als" of its role, or between the role and the name after it.
MAX_ALS_GAP = 6
#: Words that count two people under one title ("die beiden Bürgermeister A und B").
PAIR_WORDS = frozenset({"beiden", "beide", "zwei"})


def bind_roles(
    doc: Doc, names: Sequence[NameMention], phrases: Sequence[RolePhrase]
) -> dict[int, list[RolePhrase]]:
    """Which role phrases describe which name (index into ``names``)."""
    by_start = {m.tok_start: k for k, m in enumerate(names) if m.tok_start >= 0}
    by_end = {m.tok_end: k for k, m in enumerate(names) if m.tok_start >= 0}
    bound: dict[int, list[RolePhrase]] = {}
    for phrase in phrases:
        targets = (
            _targets(doc, phrase, names, by_start, by_end)
            or _predicative(doc, phrase, names, by_end)
            or _signature(doc, phrase, names, by_end)
            or _line_owner(doc, phrase, by_start)
            or _anaphor(doc, phrase, names)
        )
        for k in targets:
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
    between = range(first + 1, phrase.start)
    if any(i in by_start for i in between) or any(_ends_sentence(doc, i) for i in between):
        return []  # a line of sentences ("X eröffnete. Y ist Leiterin …"), or another name between
    return [owner]


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True for a full stop, question or exclamation mark that ends a sentence (not "Dr.")."""
    return doc[i].text in (".", "!", "?") and i + 1 < len(doc) and doc[i + 1].is_sent_start


def _predicative(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_end: dict[int, int]
) -> list[int]:
    """A role given by a copula or "als": "Eva Probe ist seit 2019 Leiterin" (the name before the
    copula), "Ida Muster, die als Sozialarbeiterin arbeitet", "Als Vorsitzende begrüßte Anna Muster"
    (the nearest name around "als"), "Leiterin ist (Frau) Eva Probe" (the name after the copula)."""
    verb = _over_wrap(doc, phrase.end)  # "Referentin des Abends\nwar X"
    if verb + 1 < len(doc) and doc[verb].text in COPULAS:
        # "Ansprechpartner ist Herr Dr. X", "Neuer Leiter ist Polizeirat X"
        after = _name_after(doc, verb + 1, {m.tok_start: k for k, m in enumerate(names)}, titles=True)
        if after is not None:
            return [after]
    j = phrase.start - 1
    while j >= 0 and phrase.start - j <= MAX_PREDICATE_GAP and not _predicate_word(doc[j].text):
        if not (doc[j].text.islower() or doc[j].like_num):
            return []  # only adverbials between: "ist seit 2019 Leiterin", "ist nun Leiterin"
        j -= 1
    if j < 0 or not _predicate_word(doc[j].text):
        return []
    if doc[j].text in COPULAS:
        k = _name_before(doc, j, by_end)  # "Eva Probe (52) ist neue Leiterin"
        if k is None and j > 0 and doc[j - 1].text in PRONOUN_GENDERS:  # "Er ist seit 2020 Leiter …"
            k = _antecedent(names, j - 1, PRONOUN_GENDERS[doc[j - 1].text])
        return [k] if k is not None else []
    sent = doc[phrase.start].sent
    before = [
        k for k, m in enumerate(names) if sent.start <= m.tok_start and 0 <= j - m.tok_end <= MAX_ALS_GAP
    ]
    after = [
        k
        for k, m in enumerate(names)
        if m.tok_start < sent.end and 0 <= m.tok_start - phrase.end <= MAX_ALS_GAP
    ]
    opens = j == sent.start or doc[j - 1].text in (",", ";")  # "…, als Referent sprach X": X after the verb
    return (after[:1] or before[-1:]) if opens else (before[-1:] or after[:1])


def _antecedent(names: Sequence[NameMention], i: int, gender: str) -> int | None:
    """The last name before token ``i`` that a pronoun of ``gender`` fits (unknown gender fits)."""
    fitting = [k for k, m in enumerate(names) if 0 <= m.tok_end <= i and m.gender in (gender, "")]
    return max(fitting, key=lambda k: names[k].tok_end, default=None)


def _predicate_word(text: str) -> bool:
    return text in COPULAS or text.casefold() == "als"


def _anaphor(doc: Doc, phrase: RolePhrase, names: Sequence[NameMention]) -> list[int]:
    """ "… erinnert sich Klaus Muster. Der OB nennt …": a sentence opening with "Der/Die" and a
    role names the one person the sentence before it names."""
    first = doc[phrase.start]
    if not (phrase.has_determiner and first.text in ("Der", "Die") and first.is_sent_start):
        return []
    verb = _over_wrap(doc, phrase.end)
    if verb >= len(doc) or not doc[verb].text.islower():
        return []  # the role's subject clause goes on with its verb: "Der OB nennt"
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    feminine = head.endswith("in") or (head.endswith("e") and not head.endswith("en"))
    if (first.text == "Die") != feminine:
        return []  # "Die Bürgermeister der Region": many people, not one
    at = phrase.start - 1 - int(phrase.start > 1 and wrap_at(doc, phrase.start - 1))  # "X.\nDer OB"
    before = doc[at].sent if at >= 0 else None
    if before is None:
        return []
    start = before.start
    while start > 1 and doc[start].text[:1].islower() and _wrap(doc[start - 1].text):
        start = doc[start - 2].sent.start  # a wrapped line going on in lower case goes on its sentence
    named = [k for k, m in enumerate(names) if m.tok_start >= 0 and start <= m.tok_start < before.end]
    return named if len({names[k].family for k in named}) == 1 else []


def _over_wrap(doc: Doc, i: int) -> int:
    return i + 1 if i < len(doc) and wrap_at(doc, i) else i  # over the line break of a wrapped page


def _skip_cues(doc: Doc, i: int) -> int:
    """Skip address words, honorifics and role titles of the next name ("Herr Dr."), and the line
    break of hard-wrapped text ("Polizeioberrat\nMax Muster"; a blank line ends the phrase)."""
    while i < len(doc) and (
        doc[i].text in ADDRESS_WORDS or doc[i].text in HONORIFIC_TOKENS or _wrap(doc[i].text)
    ):
        i += 1
    return i


def _wrap(text: str) -> bool:
    """A line break inside a paragraph: a token of white space with a single newline."""
    return text.isspace() and text.count("\n") == 1


def _name_after(doc: Doc, i: int, by_start: dict[int, int], titles: bool = False) -> int | None:
    """The name starting at token i (after cues), or after a title when ``titles``."""
    i = _skip_cues(doc, i)
    if i in by_start:
        return by_start[i]
    if titles:
        while i < len(doc) and (is_role_word(doc[i].text) or doc[i].text in ROLE_MODIFIERS):
            i += 1
        i = _skip_cues(doc, i)
        return by_start.get(i)
    return None


def _after_parenthesis(doc: Doc, i: int) -> int:
    """Skip an abbreviation in parentheses after a phrase ("des Landespräventionsrates (LPR),")."""
    if i < len(doc) and doc[i].text == "(":
        j = i
        while j < len(doc) and doc[j].text != ")" and j - i < 6:
            j += 1
        if j < len(doc) and doc[j].text == ")":
            return j + 1
    return i


def _name_before(doc: Doc, i: int, by_end: dict[int, int]) -> int | None:
    """The name ending right before token i, a parenthesis after it allowed ("Ursu (CDU),")."""
    if i > 0 and doc[i - 1].text == ")":
        j = i - 1
        while j > 0 and doc[j].text != "(":
            j -= 1
        i = j
    return by_end.get(i)


def _targets(
    doc: Doc,
    phrase: RolePhrase,
    names: Sequence[NameMention],
    by_start: dict[int, int],
    by_end: dict[int, int],
) -> list[int]:
    """The names a phrase describes, by the binding rules of the module docstring."""
    bracketed = _bracketed_after_name(doc, phrase, by_end)
    if bracketed is not None:  # "Max Muster (Bürgermeister Kottmar)"
        return [bracketed]
    end = _after_parenthesis(doc, phrase.end)
    direct = _name_after(doc, end, by_start)
    if direct is not None:  # "den Bürgermeistern A (X), B (Y)" gives the title to the whole list
        group = phrase.has_determiner or len(phrase.roles) > 1
        listed = _listed(doc, names[direct].tok_start, by_start, names, with_places=True) if group else []
        return listed or _pair(doc, phrase, direct, names, by_start) or [direct]
    if end + 1 < len(doc) and doc[end].text in FUNCTION_LINKS and _function_noun(doc, phrase):
        by = _name_after(doc, end + 1, by_start)  # "unter Projektleitung von Herrn Prof. Dr. X"
        if by is not None:
            return [by]
    before = _name_before(doc, phrase.start, by_end)
    if before is not None:  # "Thomas Krahl der Bürgermeister der Stadt Bad Muskau"
        return [before]
    after_comma = (
        _name_after(doc, end + 1, by_start, titles=True) if end < len(doc) and doc[end].text == "," else None
    )
    mark = phrase.start - 1 - int(phrase.start > 1 and wrap_at(doc, phrase.start - 1))  # "X,\nLeiterin"
    comma_before = mark >= 0 and doc[mark].text in (",", "–", "—")
    left = _name_before(doc, _after_age(doc, mark), by_end) if comma_before else None
    if left is not None and (not phrase.has_determiner or after_comma is None):
        return _coordinated(doc, left, names, by_end) if doc[phrase.start].lower_ == "die" else [left]
    if after_comma is not None:
        return [after_comma]
    if end < len(doc) and doc[end].text in ("–", "-", ":", "—"):
        return _listed(doc, end + 1, by_start, names) or _labelled(doc, end, by_start, names)
    if end + 1 < len(doc) and doc[end].text in ("unter", "per", "via"):
        at = doc[end + 1]
        return [
            k for k, m in enumerate(names) if m.source == "email" and at.idx <= m.start < at.idx + len(at)
        ]
    return []


def _bracketed_after_name(doc: Doc, phrase: RolePhrase, by_end: dict[int, int]) -> int | None:
    """The name right before a bracket that opens with the phrase: "Eva Probe (Leiterin Sachgebiet
    Prävention)", "Herr Glaser (zugewiesener Berater, Mentor und Coach)"."""
    i = phrase.start
    while i > 0 and ((doc[i - 1].text.isalpha() and doc[i - 1].text.islower()) or wrap_at(doc, i - 1)):
        i -= 1
    if i < 2 or doc[i - 1].text != "(":
        return None
    return by_end.get(i - 2) if i > 2 and wrap_at(doc, i - 2) else by_end.get(i - 1)  # "X\n(Leiter"


def _function_noun(doc: Doc, phrase: RolePhrase) -> bool:
    """True for a phrase headed by a function noun ("Projektleitung", "Koordinierung"), which a
    "von" links to the person holding it, unlike a person noun ("Mitarbeiter von X")."""
    return any(doc[i].text.endswith(FUNCTION_ENDINGS) for i in range(phrase.start, phrase.end))


def _signature(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_end: dict[int, int]
) -> list[int]:
    """ "Karl Muster" / "Pressesprecher" / "Landespräventionsrat Sachsen": a role line right under a
    line that holds only a name (a signature or contact block)."""
    i = phrase.start - 1
    if i < 1 or not doc[i].is_space or doc[i].text.count("\n") != 1 or i not in by_end:
        return []
    k = by_end[i]
    first = _skip_back_cues(doc, names[k].tok_start)
    return [k] if first == 0 or "\n" in doc[first - 1].text + doc[first - 1].whitespace_ else []


def _skip_back_cues(doc: Doc, i: int) -> int:
    """The first token of the address words and titles before token ``i`` ("Herr Dr." of a name)."""
    while i > 0 and (doc[i - 1].text in ADDRESS_WORDS or doc[i - 1].text in HONORIFIC_TOKENS):
        i -= 1
    return i


def _labelled(doc: Doc, colon: int, by_start: dict[int, int], names: Sequence[NameMention]) -> list[int]:
    """ "Pressesprecherin: Eva Probe", "Verantwortlich: Andreas Muster": a label and the one name
    after its colon, the name ending its line or followed by a comma (a contact, an imprint)."""
    if doc[colon].text != ":":
        return []
    i = colon + 1
    while i < len(doc) and doc[i].is_space:  # "Ansprechpartner:" / the name on the next line
        i += 1
    k = _name_after(doc, i, by_start)
    if k is None:
        return []
    after = names[k].tok_end
    if (
        after >= len(doc)
        or doc[after].text in (",", ";", "/", "|")
        or "\n" in doc[after - 1].whitespace_ + doc[after].text
    ):
        return [k]
    return []


def _after_age(doc: Doc, comma: int) -> int:
    """Skip an age between a name and its apposition: "Karl Muster, 45, Streetworker"."""
    if comma >= 2 and doc[comma - 1].like_num and doc[comma - 2].text == ",":
        return comma - 2
    return comma


def _pair(
    doc: Doc, phrase: RolePhrase, k: int, names: Sequence[NameMention], by_start: dict[int, int]
) -> list[int]:
    """ "die beiden Bürgermeister A und B", "die Bürgermeister A und B": a title counted for two
    names, or in the plural, gives both of them."""
    counted = any(doc[i].lower_ in PAIR_WORDS for i in range(max(0, phrase.start - 2), phrase.end))
    if not counted and not _plural(doc, phrase):
        return []
    after = _after_parenthesis(doc, names[k].tok_end)  # "die Abgeordneten A (MdL) und B (CDU)"
    if after < len(doc) and doc[after].text in ("und", "sowie"):
        other = _name_after(doc, after + 1, by_start)
        if other is not None:
            return [k, other]
    return []


def _plural(doc: Doc, phrase: RolePhrase) -> bool:
    """ "die Bürgermeister": "die" before a masculine title is the plural ("die Bürgermeisterin",
    "die Vorsitzende" are one woman)."""
    if not phrase.has_determiner or doc[phrase.start].lower_ != "die":
        return False
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    return bool(head) and (not head.endswith(("in", "e")) or role_base(head) != head)  # "die Stadträte"


def _coordinated(doc: Doc, k: int, names: Sequence[NameMention], by_end: dict[int, int]) -> list[int]:
    """ "A und B, die Bürgermeister ...": a plural apposition describes both names."""
    start = names[k].tok_start
    if start > 1 and doc[start - 1].text in ("und", "sowie"):
        other = _name_before(doc, start - 1, by_end)
        if other is not None:
            return [other, k]
    return [k]


def _town_like(doc: Doc, i: int) -> bool:
    """A bracket opening with a capitalised word ("(Aue)"), not an acronym of a party or an
    office ("(CDU)", "(MdL)") nor a lower-case label ("(parteilos)")."""
    word = doc[i].text if i < len(doc) else ""
    return word[:1].isupper() and sum(c.isupper() for c in word) < 2


def _listed(
    doc: Doc, i: int, by_start: dict[int, int], names: Sequence[NameMention], with_places: bool = False
) -> list[int]:
    """Names of a list after a group title: "– A (X), B (Y) und C (Z) –".

    With ``with_places`` every item must carry its town in parentheses (a list of mayors),
    so that an ordinary enumeration of people does not inherit the first one's title.
    """
    found = []
    while i < len(doc):
        k = _name_after(doc, i, by_start)
        if k is None:
            break
        i = names[k].tok_end
        if with_places and (i >= len(doc) or doc[i].text != "(" or not _town_like(doc, i + 1)):
            break
        if i < len(doc) and doc[i].text == "(":
            while i < len(doc) and doc[i].text != ")":
                if is_role_word(doc[i].text):
                    return found if len(found) > 1 else []  # the item names its own office
                i += 1
            i += 1
        found.append(k)
        if i < len(doc) and doc[i].text in (",", "und", "sowie"):
            i += 1
        else:
            break
    return found if len(found) > 1 else []
