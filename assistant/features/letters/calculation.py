"""A calculation in a letter: rows of amounts, a rule line ("-------"), and the result below it. Pure.

A row labelled "te betalen" above the rule line is a step of the sum ("Te betalen volgens de
nieuwe berekening € 900 / Al opgelegd € 600 / ------- / Deze aanslag € 300"); the result under the
line is what the sum comes to. Which of the two the reader pays is then for the professional to
check, unless the result's own label says it is to be paid.
"""

from __future__ import annotations

import re

from assistant.features.letters.amounts import Amount

_RULE_LINE = re.compile(r"^[ \t]*[-=_─━]{4,}[ \t]*$")


def result_below(text: str, a: Amount, amounts: list[Amount], lines: int = 4) -> Amount | None:
    """The amount on the first line with an amount under a rule line that follows `a` within a few
    lines (no blank line between `a` and the rule line); None when `a` is no step of a sum."""
    pos = text.find("\n", a.end)
    for _ in range(lines):
        if pos < 0:
            return None
        end = text.find("\n", pos + 1)
        line = text[pos + 1 : end if end >= 0 else len(text)]
        if not line.strip():
            return None
        if _RULE_LINE.match(line):
            after = [b for b in amounts if b.start > pos + len(line)]
            if not after:
                return None
            result = after[0]
            between = text[end:result.start] if end >= 0 else ""
            return result if between.count("\n") <= 2 and result.value != a.value else None
        pos = end
    return None
