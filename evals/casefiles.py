"""Where the evaluation cases live: `evals/cases/<suite>/`, one home for tests and evals alike."""

from __future__ import annotations

from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent / "cases"
TRIAGE_CASES = CASES_DIR / "triage"
GROUNDS_CASES = CASES_DIR / "grounds"
LETTER_CASES = CASES_DIR / "letters"
ASK_CASES = CASES_DIR / "ask"
