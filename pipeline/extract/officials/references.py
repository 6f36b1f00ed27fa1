"""Roles that refer across a sentence boundary (binding within a sentence: :mod:`.binding`).

* a sentence opening with "Der/Die" and a role refers back to the one person the sentence
  before it names ("… sagte Klaus Muster. Der OB ergänzte …");
* "…, so der Ressortchef" attributes reported speech to the person the nearest sentence before
  it names;
* a role with "der/die" in a sentence that names nobody introduces the full name opening the
  next sentence ("Der Polizeipräsident war gekommen. Lutz Muster sagte").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.extract.officials.anchors import over_wrap, sentence_bounds, wrap
from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.roles import RolePhrase, wrap_at
from pipeline.lang.names import ADDRESS_WORDS
from pipeline.lang.quotes import DOUBLE_QUOTE_MARKS
from pipeline.lang.roles import DETERMINERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import adjective, is_role_word

#: Most characters between a name and the quotation mark whose quotation it stands in.
MAX_QUOTE_REACH = 600
#: Most sentences between "so der Ressortchef" and the sentence that names the person.
MAX_ATTRIBUTION_SENTENCES = 3


def anaphor(doc: Doc, phrase: RolePhrase, names: Sequence[NameMention]) -> list[int]:
    """ "… erinnert sich Klaus Muster. Der OB nennt …": a sentence opening with "Der/Die" and a
    role names the one person the sentence before it names, or the one of its persons whose
    gender the role has ("Karl Muster und Eva Probe unterschrieben. Die Revierleiterin …")."""
    first = doc[phrase.start]
    if not (phrase.has_determiner and first.text in ("Der", "Die") and first.is_sent_start):
        return []
    verb = over_wrap(doc, phrase.end)
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
    while start > 1 and doc[start].text[:1].islower() and wrap(doc[start - 1].text):
        start = doc[start - 2].sent.start  # a wrapped line going on in lower case goes on its sentence
    named = [
        k
        for k, m in enumerate(names)
        if m.tok_start >= 0 and start <= m.tok_start < before.end and not _quoted(doc, m)
    ]
    if len({names[k].family for k in named}) > 1:  # "A und B unterzeichneten. Die Revierleiterin …"
        named = _of_gender(names, named, "f" if feminine else "m")
    if len({names[k].family for k in named}) != 1 or _other_holder(
        doc, head, (start, before.end), names[named[0]]
    ):
        return []
    return named


def _of_gender(names: Sequence[NameMention], named: list[int], gender: str) -> list[int]:
    """The names of ``named`` whose given name has the role's gender, where each of them has a
    known gender (a name of unknown gender might be the one the role means)."""
    if any(not names[k].gender for k in named):
        return []
    return [k for k in named if names[k].gender == gender]


def _other_holder(doc: Doc, head: str, sentence: tuple[int, int], mention: NameMention) -> bool:
    """True when the sentence before names the role's holder apart from the name ("X traf den
    Landrat. Der Landrat lobte …"), or introduces the name with a noun of another role ("der
    Schlosser Andreas R. blieb dabei. Der Richter hakte nach"): the role is somebody else's."""
    words = doc_view(doc).words
    stem = head[:-2] if head.endswith("in") else head
    for i in range(*sentence):
        if i != mention.tok_start - 1 and words[i].startswith(stem) and is_role_word(words[i]):
            return True  # "mit dem Landrat", not the title "Landrat Karl Muster" right before the name
    i = mention.tok_start - 1  # a noun after an article or adjective, no title: "der Angeklagte X"
    if i <= sentence[0] or not (words[i].isalpha() and words[i][0].isupper()) or is_role_word(words[i]):
        return False
    return words[i] not in ADDRESS_WORDS and (words[i - 1] in DETERMINERS or adjective(words[i - 1]))


def attributed(doc: Doc, phrase: RolePhrase, names: Sequence[NameMention]) -> list[int]:
    """ "…, so der Ressortchef weiter": a role after "so" that attributes reported speech names the
    one person of the nearest sentence before it that names anybody (outside quotation marks),
    when the role's gender fits."""
    words = doc_view(doc).words
    first = words[phrase.start]
    if not (phrase.has_determiner and first in ("der", "die") and words[phrase.start - 1] in ("so", "So")):
        return []
    head = next((words[i] for i in range(phrase.start, phrase.end) if is_role_word(words[i])), "")
    feminine = head.endswith("in") or (head.endswith("e") and not head.endswith("en"))
    if (first == "die") != feminine:
        return []
    end, start = phrase.start, sentence_bounds(doc, phrase.start)[0]
    for _ in range(MAX_ATTRIBUTION_SENTENCES):
        named = [
            k
            for k, m in enumerate(names)
            if m.tok_start >= 0 and start <= m.tok_start < end and not _quoted(doc, m)
        ]
        if named:
            fits = all(names[k].gender in ("f" if feminine else "m", "") for k in named)
            return named if fits and len({names[k].family for k in named}) == 1 else []
        if start == 0:
            return []
        end, start = start, sentence_bounds(doc, start - 1)[0]
    return []


def _quoted(doc: Doc, mention: NameMention) -> bool:
    """True for a name inside what someone says: the nearest double mark before it in its paragraph
    opens a quotation (it stands after a space, a colon or a bracket, not after a word)."""
    text = doc_view(doc).text
    floor = max(text.rfind("\n", 0, mention.start), mention.start - MAX_QUOTE_REACH)
    for p in range(mention.start - 1, floor, -1):
        if text[p] in DOUBLE_QUOTE_MARKS:
            return p == 0 or text[p - 1].isspace() or text[p - 1] in "(:"
    return False


def cataphor(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_start: dict[int, int]
) -> list[int]:
    """ "Auch der Polizeipräsident der Polizeidirektion war gekommen. Lutz Weber sagte …": a role
    with "der/die" in a sentence that names nobody introduces the full name that opens the next
    sentence (or follows its colon), when the name's gender agrees with the role's."""
    first, sent = doc[phrase.start], doc[phrase.start].sent
    verb = over_wrap(doc, phrase.end)
    if not (phrase.has_determiner and first.lower_ in ("der", "die") and phrase.start - sent.start <= 1):
        return []  # the role is the sentence's subject: "Der Leiter …", "Auch der Leiter …"
    if verb >= len(doc) or not doc[verb].text.islower():
        return []  # and its verb follows ("… war gekommen"), not an object ("zog der OB Bilanz")
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    feminine = head.endswith("in") or (head.endswith("e") and not head.endswith("en"))
    if (first.lower_ == "die") != feminine:
        return []  # "die Bürgermeister der Region": many people
    colon = next((t.i for t in doc[phrase.end : sent.end] if t.text == ":"), None)
    i = colon + 1 if colon is not None else sent.end
    if any(sent.start <= m.tok_start < i for m in names if m.tok_start >= 0):
        return []  # the sentence names its person itself
    while i < len(doc) and doc[i].is_space and "\n\n" not in doc[i].text:
        i += 1  # within the paragraph
    k = by_start.get(i)
    if k is None or len(names[k].name.split()) < 2 or names[k].gender != ("f" if feminine else "m"):
        return []
    return [k]
