"""Words that tell a set-off statement (a pull quote) from a paragraph that reports or gives a contact.

Rules are data: every constant here is immutable.
"""

from __future__ import annotations

#: Evaluative words: a set-off paragraph holding one judges rather than reports (`wichtig und
#: hilfreich ist …`). Compared case-insensitively.
EVALUATIVE_WORDS = frozenset(
    {
        "wichtig",
        "hilfreich",
        "wertvoll",
        "toll",
        "großartig",
        "gelungen",
        "spannend",
        "bereichernd",
        "beeindruckend",
        "dankbar",
        "froh",
        "begeistert",
        "sinnvoll",
        "unverzichtbar",
        "gern",
        "gerne",
        "danke",
    }
)

#: Words of a paragraph that addresses the reader or gives a contact (`Für Fragen steht Ihnen unser
#: Ansprechpartner zur Verfügung.`): such a paragraph above a name line is no pull quote.
#: The polite pronouns are compared as written, the nouns case-insensitively.
READER_WORDS = frozenset({"Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem"})
CONTACT_WORDS = frozenset(
    {"ansprechpartner", "ansprechpartnerin", "kontakt", "telefon", "tel", "e-mail", "fax", "erreichbar"}
)

# Rules look these words up case-folded (casefold() spells ß as ss).
EVALUATIVE_WORDS = frozenset(w.casefold() for w in EVALUATIVE_WORDS)
