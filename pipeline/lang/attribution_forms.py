"""Forms of attribution that real news text uses beside the speech verbs of :mod:`pipeline.lang.speech`.

A quote in the first place of a German sentence is followed by the finite verb and then its
subject (`„…“, ermuntert X seine Zuhörer`, `„…“, fuhr X fort`): the verb is recognised by its
place and form, not by a list of speech verbs. The words here are what must never be taken
for such a verb, and the particles that close a separable verb. Compared case-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType


def _folded(words: Iterable[str]) -> frozenset[str]:
    """The words as compared: after casefold(), which writes ß as ss (`heißt` -> `heisst`, as Swiss
    texts spell it); the sets below are written as German spells them."""
    return frozenset(w.casefold() for w in words)


#: Lower-case words after `“,` that are no finite verb of an attribution: conjunctions,
#: subordinators, relative pronouns, adverbs and words that only look like verbs (`nicht`, `erst`).
NOT_INVERTED_VERBS = _folded(
    {
        "und",
        "oder",
        "aber",
        "sondern",
        "denn",
        "doch",
        "dass",
        "weil",
        "wenn",
        "als",
        "ob",
        "wie",
        "wo",
        "was",
        "wer",
        "nur",
        "also",
        "etwa",
        "nämlich",
        "sowie",
        "bzw",
        "dann",
        "auch",
        "heute",
        "gestern",
        "morgen",
        "hier",
        "dort",
        "jetzt",
        "nun",
        "noch",
        "schon",
        "kurz",
        "nicht",
        "erst",
        "zuletzt",
        "meist",
        "fast",
        "bereits",
        "seit",
        "mit",
        "bis",
        "welche",
        "welcher",
        "dessen",
        "deren",
        "jedoch",
        "trotzdem",
        "womit",
        "weshalb",
        "damit",
        "letzte",
        "erste",
        "nächste",
        "sobald",
        "bevor",
        "nachdem",
        "obwohl",
        "indem",
        "sodass",
        "falls",
        "solange",
        "seitdem",
        "warum",
        "wobei",
        "wodurch",
        "wofür",
        "worauf",
        "zumal",
        "ehe",
    }
)

#: Finite verbs after a quote that make it a name, title or subject, never a voice
#: (`„…“, lautet das Motto`, `„…“, heißt das Projekt`, `„…“, ist der Titel`).
NAMING_VERBS = _folded(
    {
        "ist",
        "war",
        "sind",
        "waren",
        "wird",
        "wurde",
        "werden",
        "wurden",
        "heißt",
        "hieß",
        "heißen",
        "lautet",
        "lautete",
        "lauten",
        "bleibt",
        "blieb",
        "steht",
        "stand",
        "gilt",
        "galt",
        "nennt",
        "nannte",
        "bedeutet",
        "bedeutete",
        "trägt",
        "trug",
        "startet",
        "startete",
        "beginnt",
        "läuft",
        "lief",
    }
)

#: Endings of the finite verb of an attribution in the present or the weak past (`sagt`,
#: `ermuntert`, `wirkte`, `sagten`); a strong past shows its particle at the end (`fuhr … fort`), or
#: a person follows it (`schrieb Innenminister X`).
FINITE_ENDINGS = ("t", "te", "ten")

#: Particles that close a separable verb at the end of an attribution clause (`fuhr X fort`,
#: `fügte X hinzu`, `merkte X an`).
VERB_PARTICLES = _folded(
    {
        "fort",
        "hinzu",
        "an",
        "ein",
        "zu",
        "fest",
        "nach",
        "aus",
        "vor",
        "weiter",
        "ab",
        "bei",
        "dar",
        "heraus",
        "hervor",
        "zurück",
        "klar",
    }
)

#: Konjunktiv I of the verbs most used in reported speech: a partial quote right after one is a
#: voice even where no speaker is named (`Es sei „überhaupt kein Problem“`).
REPORTED_SPEECH_VERBS = _folded(
    {
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "solle",
        "wolle",
        "dürfe",
        "gebe",
        # the Konjunktiv I of frequent full verbs, unlike the indicative (`besteht`) only in reports
        "bestehe",
        "liege",
        "komme",
        "gehe",
        "stehe",
        "bleibe",
        "fehle",
        "gelte",
        "brauche",
    }
)

#: Verbs after `wie X (es)` behind a quote that attribute it (`„…“, wie X es formuliert`).
AS_PUT_VERBS = _folded(
    {
        "formuliert",
        "formulierte",
        "ausdrückt",
        "ausdrückte",
        "nennt",
        "nannte",
        "sagt",
        "sagte",
        "schreibt",
        "schrieb",
        "betont",
        "betonte",
        "beschreibt",
        "beschrieb",
    }
)

#: Demonstratives opening a clause: what follows is the object put first, never the speaker
#: (`Diesen Zusammenhalt hob X hervor: „…“`).
DEMONSTRATIVES = _folded(
    {"dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes", "jenen", "jenem"}
)

#: Verbs of saying and judging that frame a few words of speech in marks after them, the person
#: named before (`X nannte die Zusammenarbeit „vorbildlich“`, `X warnte vor „übertriebenen
#: Erwartungen“`, `X lobte die „hervorragende Arbeit“`).
FRAMING_VERBS = _folded(
    {
        "sagt",
        "sagte",
        "nennt",
        "nannte",
        "bezeichnet",
        "bezeichnete",
        "betont",
        "betonte",
        "erklärt",
        "erklärte",
        "warnt",
        "warnte",
        "mahnt",
        "mahnte",
        "lobt",
        "lobte",
        "kritisiert",
        "kritisierte",
        "fordert",
        "forderte",
        "verspricht",
        "versprach",
        "beschreibt",
        "beschrieb",
        "wertet",
        "wertete",
        "bewertet",
        "bewertete",
        "spricht",
        "sprach",
        "kündigt",
        "kündigte",
        "appelliert",
        "appellierte",
        "wirbt",
        "warb",
        "beklagt",
        "beklagte",
        "begrüßt",
        "begrüßte",
    }
)

#: Verbs of quoting somebody: after a quote the subject is who quotes (a paper, a town's office)
#: and the object who spoke (`„…“, zitiert die Stadt ihren Bürgermeister X`); in the passive the
#: subject spoke (`„…“, wird Bürgermeister X zitiert`).
CITING_VERBS = _folded({"zitiert", "zitierte", "zitieren", "zitierten"})
#: Auxiliaries of the passive before the participle `zitiert` closing the clause.
PASSIVE_AUXILIARIES = _folded({"wird", "wurde", "werden", "wurden"})
#: Determiners between the subject and the object of a verb of quoting (`ihren Bürgermeister X`).
OBJECT_DETERMINERS = _folded({"den", "die", "ihren", "ihre", "seinen", "seine", "unseren", "unsere"})

#: Nouns of a statement that a naming verb after a quote makes it, with whose it is (`„…“, war das
#: Resümee von X`, `„…“, lautete das Fazit des Bürgermeisters`): the quote is X's voice, no title.
STATEMENT_NOUNS = _folded(
    {"fazit", "resümee", "bilanz", "urteil", "kommentar", "antwort", "reaktion", "einschätzung"}
    | {"meinung", "eindruck", "botschaft", "appell", "credo", "worte", "mahnung", "warnung", "bitte"}
    | {"forderung", "wunsch", "hoffnung", "rat", "ratschlag", "empfehlung", "versprechen", "aufruf"}
)

#: Possessive determiners opening a colon clause of a statement, as the pronoun of their owner
#: (`Ihr Fazit: „…“` is hers, `Sein Appell an die Bürger: „…“` his).
POSSESSIVES = MappingProxyType(
    {w: "er" for w in ("sein", "seine", "seinem", "seinen", "seiner")}
    | {w: "sie" for w in ("ihr", "ihre", "ihrem", "ihren", "ihrer")}
)

#: Verbs that only ever say (no `zeigt`, `sieht`, `gibt`, which also report things): after a quote
#: they attribute it even without a comma (`„…“ sagte X`), and a quote of one or two words
#: (`„Nein“, sagte X`, `„Absolut richtig“, so X`).
SAYING_VERBS = _folded(
    {"sagt", "sagte", "sagten", "meint", "meinte", "erklärt", "erklärte", "betont", "betonte", "so"}
    | {"ergänzt", "ergänzte", "antwortet", "antwortete", "fragt", "fragte", "entgegnet", "entgegnete"}
    | {"räumt", "räumte", "gesteht", "gestand", "schreibt", "schrieb", "kommentiert", "kommentierte"}
)

#: Verbs that make a statement a demonstrative then points back at, beside the speech verbs
#: (`„…“ Diese Forderung stellte X auf.`, `Dieses Fazit zog X.`, `Diesen Appell richtete X an …`).
STATEMENT_MAKING_VERBS = _folded(
    {"stellt", "stellte", "erhebt", "erhob", "richtet", "richtete", "zieht", "zog", "formuliert"}
    | {"formulierte", "äußert", "äußerte", "findet", "fand", "wählt", "wählte", "unterstreicht"}
    | {"unterstrich", "sendet", "sendete", "gibt", "gab"}
)

#: Verbs by which somebody shares a statement pointed back at, said by another (`„…“ Diese
#: Einschätzung teilt auch X.`): X agrees, the quote is not X's.
AGREEING_VERBS = _folded(
    {"teilt", "teilte", "teilen", "teilten", "bestätigt", "bestätigte", "unterstützt", "unterstützte"}
    | {"stützt", "stützte", "unterschreibt", "unterschrieb", "bekräftigt", "bekräftigte"}
)

#: A sentence after a quote that says somebody holds it true (`„…“ Davon ist X überzeugt.`): the
#: adverbs pointing back at it, the verbs and the adjectives of conviction.
CONVICTION_POINTERS = ("Davon", "Dessen", "Darin", "Darauf")
CONVICTION_VERBS = ("ist", "war", "sind", "waren", "zeigt", "zeigte", "zeigen", "zeigten")
CONVICTION_WORDS = ("überzeugt", "sicher", "einig", "gewiss")
