"""What every verifier of model output returns. Pure (feature verifiers import it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Check:
    """What a verifier says about model output: `problems` (empty: it may be used), `notes` (warnings
    to show even when it is used, e.g. a dropped sentence) and `value` (what to use, if it was cleaned)."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    value: Any = None

    @property
    def ok(self) -> bool:
        return not self.problems
