"""The kinds of letter the engine knows, their Dutch labels and their legal character (which kinds are
a besluit, which ask money). kinds.py decides a letter's kind; the others read these names. Pure."""

from __future__ import annotations

KIND_LABELS = {
    "dwangbevel": "dwangbevel",
    "beslag": "mededeling van beslag",
    "betekening": "betekening van een vonnis (de deurwaarder brengt de uitspraak officieel bij u)",
    "aanmaning": "betalingsherinnering of aanmaning",
    "beslissing_op_bezwaar": "beslissing op bezwaar",
    "vonnis": "vonnis (uitspraak van de rechter)",
    "boete": "boete",
    "terugvordering": "terugvordering",
    "aanslag": "aanslag",
    "informatieverzoek": "verzoek om informatie",
    "aankondiging": "aankondiging of voornemen",
    "ontvangstbevestiging": "ontvangstbevestiging",
    "herinnering": "herinnering (u moet nog iets doen)",  # a reminder to act that asks no money
    "uitnodiging": "uitnodiging",
    "betalingsregeling": "afspraak over betalen in termijnen (betalingsregeling)",
    "besluit": "besluit",
    "informatie": "brief met informatie",
    "onbekend": "onbekend (geen brief)",
}


def kind_label(kind: str) -> str:
    """The Dutch label of a kind (for the citizen, the panel and the fact lines); an unknown key as it is."""
    return KIND_LABELS.get(kind, kind)


PAYMENT_KINDS = ("dwangbevel", "betekening", "aanmaning", "boete", "terugvordering", "aanslag")
# A besluit (Awb 1:3) opens bezwaar; the other kinds are no besluit, or (beslissing op bezwaar) open beroep.
DECISION_KINDS = ("besluit", "aanslag", "terugvordering", "boete")
NOT_DECISION_KINDS = (
    "aanmaning", "dwangbevel", "informatieverzoek", "aankondiging", "ontvangstbevestiging", "uitnodiging", "herinnering",
    "beslag",  # a beslag is an executie act (by a gerechtsdeurwaarder: Awb 8:4 lid 4 onder b), no besluit
    "vonnis",  # a judge's judgment: a court is no bestuursorgaan (Awb 1:1 lid 2 onder c)
    "betekening",  # a deurwaarder serves a judgment (an exploot): an executie act, no besluit
)  # fmt: skip
