"""A role phrase as the role finders (:mod:`.roles`, :mod:`.verbal`) return it and :mod:`.binding`
binds it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RolePhrase:
    """A role phrase: tokens [start, end), the roles it names and the body it names."""

    start: int
    end: int
    roles: tuple[str, ...]
    organization: str | None
    has_determiner: bool
