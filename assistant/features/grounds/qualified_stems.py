"""Stems with a qualifier in the catalogue: a stem whose place counts only when its sentence (or the
case's dates) also shows something more. Pure.

- "terugvordering boven € 118": an amount above 118 euro in a sentence that names a repayment (a
  ground about small sums does not fit a larger terugvordering);
- "vso in het laatste jaar": the stem in a sentence that does not date it more than a year back;
- "beëindigd meer dan 3 maanden voor de datum" / "gemeld meer dan 6 weken voor de datum": the stem in a
  sentence dated that long before the case's own date (elapsed.py: a "Datum:" line or a dated heading);
- "wlz bij de partner": the stem in a sentence not about another person than the partner (partner.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.features.grounds.elapsed import case_date, dated_months_before, dated_weeks_before
from assistant.features.grounds.partner import about_someone_else
from assistant.features.grounds.recency import dated_long_ago, latest_year

if TYPE_CHECKING:
    from assistant.features.grounds.casetext import CaseText, Found

_REPAYMENT_ABOVE = re.compile(r"^terugvordering boven € ?(\d+)$")
_RECENT = re.compile(r"^(.+) in het laatste jaar$")
_UNITS_BEFORE = re.compile(r"^(.+) meer dan (\d+) (maanden|weken) voor de datum$")
_OF_PARTNER = re.compile(r"^(.+) bij de partner$")
_REPAYMENT = re.compile(r"terugvorder|terug te vorderen|terugbetal|terug te betalen|teruggevorderd|moet\b[^.!?]{0,40}\bterug")
_EURO = re.compile(r"(?:€|eur|euro)\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:\d{2}|-))?|(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{2})?\s?euro\b")


def qualified_search(case: CaseText, stem: str) -> list[Found] | None:
    """The places of a qualified `stem`, or None when the stem has no qualifier."""
    above = _REPAYMENT_ABOVE.match(stem)
    if above:
        return _repayments_above(case, int(above.group(1)))
    recent = _RECENT.match(stem)
    if recent:
        age = case.client_age.years if case.client_age else None
        year = latest_year(*case.inputs.values())
        return [f for f in case.find_all(recent.group(1)) if not dated_long_ago(case.sentence_of(f), age, year)]
    before = _UNITS_BEFORE.match(stem)
    if before:
        now, count = case_date(case.inputs["casus"]), int(before.group(2))
        dated = dated_months_before if before.group(3) == "maanden" else dated_weeks_before
        # the fact quotes the word with the date that counts: up to the end of its sentence
        return [
            case.found_at(f.source, f.start, f.evidence.end)
            for f in case.find_all(before.group(1)) if dated(case.sentence_of(f), now, count)
        ]  # fmt: skip
    of_partner = _OF_PARTNER.match(stem)
    if of_partner:
        return [
            f for f in case.find_all(of_partner.group(1))
            if not about_someone_else(case.sentence_of(f), case.sentence_before(f))
        ]  # fmt: skip
    return None


def _repayments_above(case: CaseText, limit: int) -> list[Found]:
    """Amounts above `limit` euro in sentences that name a repayment, obstacle first."""
    out = []
    for source in ("obstakel", "casus"):
        folded = case.folded(source)
        for span in case.sentence_spans(source):
            if not _REPAYMENT.search(folded[span.start : span.end]):
                continue
            for m in _EURO.finditer(folded, span.start, span.end):
                number = m.group(1) or m.group(2)
                if int(number.replace(".", "")) > limit:
                    out.append(case.found_at(source, m.start(), m.end()))
    return out
