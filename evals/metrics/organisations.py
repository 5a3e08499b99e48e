"""Shared by organisation precision and recall: the expected and the found organisation units.

Organisations are compared as triage units (every gemeente desk counts as `gemeente`). Two case
formats: `organisations` lists the complete set of *government* organisations and
`other_organisations` non-government ones that must be found (then precision is over government
units); or `organisations` alone lists every organisation involved (the blind format)."""

from __future__ import annotations

from evals.metrics.readers import triage_units


def expected_units(case, ctx) -> tuple[set[str], set[str], bool]:
    """(complete set for precision, set that must be found for recall, precision over government only)."""
    exp = case.expected
    complete = {ctx.unit_of(o) for o in exp.get("organisations") or []}
    must = complete | {ctx.unit_of(o) for o in exp.get("other_organisations") or []}
    return complete, must, "other_organisations" in exp


def found_units(run, government_only: bool) -> set[str]:
    return triage_units(run.output, government_only=government_only) or set()


def names(units: set[str]) -> str:
    return ", ".join(sorted(units))
