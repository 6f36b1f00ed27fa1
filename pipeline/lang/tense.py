"""Words that tell the tense of a sentence, which places a date without year before or after
the publication date ("im Dezember wurde ... unterzeichnet" in January lies in the year before)."""

from __future__ import annotations

#: Words that show a sentence reports the past ("im Dezember wurde ... unterzeichnet").
PAST_MARKERS = frozenset(
    {
        "war",
        "waren",
        "wurde",
        "wurden",
        "hatte",
        "hatten",
        "hat",
        "haben",
        "habe",
        "fand",
        "fanden",
        "traf",
        "trafen",
        "gab",
        "kam",
        "kamen",
        "ging",
        "gingen",
        "begann",
        "stand",
        "standen",
        "erfolgte",
        "unterzeichnete",
        "unterzeichneten",
        "beschloss",
        "beantragte",
        "beantragten",
        "informierte",
        "startete",
        "gründete",
        "besuchte",
        "erinnerten",
        "erinnerte",
        "bereits",
        "damals",
        "zuletzt",
    }
)

#: Words that show a sentence announces the future ("im Februar soll ... stattfinden").
FUTURE_MARKERS = frozenset(
    {
        "wird",
        "werden",
        "soll",
        "sollen",
        "will",
        "wollen",
        "geplant",
        "plant",
        "planen",
        "künftig",
        "voraussichtlich",
        "bevorstehenden",
        "anstehenden",
        "demnächst",
        "findet",
        "beginnt",
        "startet",
        # scheduled: "Ein Termin ist für Ende Januar vorgesehen"
        "vorgesehen",
        "angesetzt",
        "anberaumt",
        "terminiert",
    }
)

#: Words before a date without year that place it in the past ("seit 1. September").
PAST_LEADS = frozenset({"seit", "vergangenen", "letzten"})
