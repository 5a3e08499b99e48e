"""Mini-maatwerkbudget check: does a proposed spend fit the rules, rule by rule?

Rules as described in the report (Verslag experiment in onderzoeksomgeving: de rol van de
overheidsdienstverlener, 2023, § Maatwerkbudget): a team gets €2.000 and may spend at most €500
on one household; three team members agree; always in kind; never for debts; only one-off,
non-structural costs; only when no other provision or fund can solve it fast enough.
A rule whose fact is unknown is "onbekend" and becomes a question; the spend then does not fit yet.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

TEAM_BUDGET = 2000.0
HOUSEHOLD_MAX = 500.0
MIN_APPROVALS = 3
SOURCE = (
    "Mini-maatwerkbudget zoals beschreven in het verslag 'De rol van de overheidsdienstverlener' "
    "(2023), paragraaf Maatwerkbudget. Uw team kan andere afspraken hebben."
)

_DEBT_WORDS = re.compile(
    r"\w*(?:schuld|achterstand|aflossing|boete|aanmaning|incasso|deurwaarder|terugvordering)\w*|\baflossen\b|"
    r"\bopenstaande?\s+rekening\w*",
    re.IGNORECASE,
)
_RECURRING_WORDS = re.compile(
    r"\b(per\s+maand|maandelijks\w*|elke\s+maand|iedere\s+maand|per\s+week|wekelijks\w*|structureel\w*|"
    r"abonnement\w*|vaste\s+lasten|doorlopend\w*)\b",
    re.IGNORECASE,
)
_CASH_WORDS = re.compile(
    r"\b(contant\w*|op\s+(zijn|haar|hun)\s+rekening|overmaken\s+naar|geld\s+geven)\b", re.IGNORECASE
)


@dataclass
class Spend:
    amount: float
    purpose: str = ""
    in_kind: bool | None = None  # bought or paid directly by the team, not cash to the household
    approvals: int | None = None  # team members who agreed
    recurring: bool | None = None
    is_debt: bool | None = None
    other_provision_fast_enough: bool | None = None
    team_spent: float = 0.0  # already spent from the team budget
    household_received: float = 0.0  # already given to this household


@dataclass
class RuleResult:
    rule: str  # short id
    title: str
    ok: bool | None  # None: unknown
    explanation: str
    question: str | None = None


@dataclass
class BudgetCheck:
    fits: bool | None  # True only when every rule is met; False when one fails; else None
    verdict: str
    rules: list[RuleResult] = field(default_factory=list)
    source: str = SOURCE

    def to_dict(self) -> dict:
        return asdict(self)


def _euro(value: float) -> str:
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return "€" + (text[:-3] if text.endswith(",00") else text)


def _flag(given: bool | None, purpose: str, pattern: re.Pattern[str]) -> tuple[bool | None, str]:
    """The given flag, else True when the purpose text shows it (noted as derived), else unknown."""
    if given is not None:
        return given, ""
    m = pattern.search(purpose or "")
    return (True, f" (afgeleid uit het doel: '{m.group(0)}')") if m else (None, "")


def check_budget(spend: Spend) -> BudgetCheck:
    rules = _amount_rules(spend) + _use_rules(spend)
    if any(r.ok is False for r in rules):
        failed = ", ".join(r.title.lower() for r in rules if r.ok is False)
        return BudgetCheck(False, f"Past niet binnen het mini-maatwerkbudget: {failed}.", rules)
    if any(r.ok is None for r in rules):
        return BudgetCheck(None, "Nog niet te beoordelen: beantwoord eerst de open vragen.", rules)
    return BudgetCheck(True, "Past binnen de regels van het mini-maatwerkbudget.", rules)


def _amount_rules(spend: Spend) -> list[RuleResult]:
    """The money rules: a positive amount, the team budget, the household maximum, the approvals."""
    rules: list[RuleResult] = []
    amount = float(spend.amount)
    if amount <= 0:
        rules.append(RuleResult("bedrag", "Bedrag", False, "Het bedrag moet groter zijn dan nul."))
    left_team = TEAM_BUDGET - spend.team_spent
    ok = amount <= left_team
    rules.append(RuleResult(
        "teambudget", f"Teambudget ({_euro(TEAM_BUDGET)})", ok,
        f"Het team heeft nog {_euro(max(left_team, 0))} van {_euro(TEAM_BUDGET)}; gevraagd is {_euro(amount)}."
        + ("" if ok else " Dat past niet meer in het teambudget."),
    ))  # fmt: skip
    total = spend.household_received + amount
    ok = total <= HOUSEHOLD_MAX
    rules.append(RuleResult(
        "per_huishouden", f"Maximaal {_euro(HOUSEHOLD_MAX)} per huishouden", ok,
        f"Dit huishouden kreeg al {_euro(spend.household_received)}; met deze uitgave wordt dat {_euro(total)}."
        + ("" if ok else f" Dat is meer dan {_euro(HOUSEHOLD_MAX)}."),
    ))  # fmt: skip
    if spend.approvals is None:
        rules.append(RuleResult(
            "akkoord", f"{MIN_APPROVALS} teamleden akkoord", None, "Niet bekend hoeveel teamleden akkoord gaven.",
            f"Zijn ten minste {MIN_APPROVALS} teamleden akkoord (bijvoorbeeld in de groepsapp)?",
        ))  # fmt: skip
    else:
        ok = spend.approvals >= MIN_APPROVALS
        rules.append(RuleResult(
            "akkoord", f"{MIN_APPROVALS} teamleden akkoord", ok,
            f"{spend.approvals} {'teamlid' if spend.approvals == 1 else 'teamleden'} akkoord; nodig zijn er {MIN_APPROVALS}.",
        ))  # fmt: skip
    return rules


def _use_rules(spend: Spend) -> list[RuleResult]:
    """What the money is for: in kind, no debts, one-off, no other provision that helps in time."""
    rules: list[RuleResult] = []
    cash, note = _flag(None if spend.in_kind is None else not spend.in_kind, spend.purpose, _CASH_WORDS)
    in_kind = None if cash is None else not cash
    rules.append(RuleResult(
        "in_natura", "In natura", in_kind,
        {True: "Het team koopt of betaalt zelf; het huishouden krijgt geen geld.",
         False: "Het budget wordt alleen in natura besteed, niet als geld aan het huishouden." + note,
         None: "Niet bekend of het team zelf koopt of betaalt."}[in_kind],
        None if in_kind is not None else "Koopt of betaalt het team zelf (met de teampas), zonder geld aan het huishouden te geven?",
    ))  # fmt: skip
    debt, note = _flag(spend.is_debt, spend.purpose, _DEBT_WORDS)
    rules.append(RuleResult(
        "geen_schulden", "Niet voor schulden", None if debt is None else not debt,
        {False: "De uitgave is geen betaling van een schuld.",
         True: "Het budget mag niet worden gebruikt voor schulden" + note + ".",
         None: "Niet bekend of de uitgave een schuld of achterstand betaalt."}[debt],
        None if debt is not None else "Betaalt deze uitgave een schuld, achterstand of boete?",
    ))  # fmt: skip
    recurring, note = _flag(spend.recurring, spend.purpose, _RECURRING_WORDS)
    rules.append(RuleResult(
        "eenmalig", "Alleen eenmalige, niet-structurele kosten", None if recurring is None else not recurring,
        {False: "Het gaat om eenmalige kosten.",
         True: "Het budget is alleen voor eenmalige kosten, niet voor terugkerende kosten" + note + ".",
         None: "Niet bekend of de kosten eenmalig zijn."}[recurring],
        None if recurring is not None else "Zijn het eenmalige kosten, die niet elke maand terugkomen?",
    ))  # fmt: skip
    other = spend.other_provision_fast_enough
    rules.append(RuleResult(
        "geen_andere_voorziening", "Geen andere voorziening die snel genoeg helpt", None if other is None else not other,
        {False: "Er is geen andere voorziening of fonds die dit snel genoeg oplost.",
         True: "Een andere voorziening of een fonds kan dit snel genoeg oplossen; gebruik die eerst.",
         None: "Niet bekend of een andere voorziening of een fonds dit snel genoeg kan oplossen."}[other],
        None if other is not None else
        "Kan een andere voorziening (bijzondere bijstand, voorschot, fonds) dit snel genoeg oplossen?",
    ))  # fmt: skip
    return rules
