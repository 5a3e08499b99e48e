"""Two desks of one gemeente as the sides of a dependency. Triage counts a gemeente as one organisation,
but a note may say that one desk waits on another ("Werk en Inkomen betaalt niets zolang Burgerzaken
hem niet heeft ingeschreven"); professionals and the report's casuïstiek then treat the desks as two
organisations that send the client back and forth. Such a dependency is found only when none is found
between whole organisations, only between desks the note names with a role, and always to check. Pure."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from assistant.drafts.facts import TO_CHECK
from assistant.features.triage.dependencies import Dependency, Party
from assistant.knowledge.organisations import OrgFinding, OrgMention

GEMEENTE = "gemeente"
DESK_NOTE = "Twee afdelingen van één gemeente; ga na of de een echt op de ander wacht."


def desk_parties(mentions: Sequence[OrgMention], findings: dict[str, OrgFinding], counts: Callable[[OrgMention], bool]) -> list[Party]:
    """Each place a desk of the gemeente appears as a party (`counts` says which mentions do), with the
    desk as its side; empty unless at least two desks appear."""
    parties = [
        Party(m.org_id, m.start)
        for m in mentions
        if m.org_id != GEMEENTE and m.org_id in findings and findings[m.org_id].unit == GEMEENTE and counts(m)
    ]
    return parties if len({p.unit for p in parties}) >= 2 else []


def desk_dependencies(dependencies: list[Dependency]) -> list[Dependency]:
    """The dependencies found between desks, each to check."""
    return [dataclasses.replace(d, status=TO_CHECK, note=DESK_NOTE) for d in dependencies]
