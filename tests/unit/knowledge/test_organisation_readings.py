"""The one organisation finder (triage and grounds): everyday readings and the kaart's new aliases."""

from __future__ import annotations

import pytest

from assistant.knowledge.corpus import load_sociale_kaart
from assistant.knowledge.organisations import find_organisations


@pytest.fixture(scope="module")
def orgs():
    return load_sociale_kaart()


def _found(text, orgs) -> set[str]:
    return {k for k, f in find_organisations(text, orgs).items() if f.involved}


@pytest.mark.parametrize(
    "text",
    [
        "Hij slaapt al weken op de bank bij een vriend.",
        "Er staat nog wat spaargeld op een bank van haar broer.",
    ],
)
def test_op_de_bank_is_not_the_bank(text, orgs):
    assert "bank" not in _found(text, orgs)


def test_the_bank_as_an_actor_is_found(orgs):
    assert "bank" in _found("De bank weigert een betaalrekening zonder geldig adres.", orgs)


def test_automatic_debit_is_not_a_collection_agency(orgs):
    assert "incassobureau" not in _found("Zij heeft een doorlopende incasso afgegeven voor de huur.", orgs)
    assert "incassobureau" in _found("Het incassobureau rekent extra kosten.", orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("De thuiszorg komt elke ochtend helpen met douchen.", "zorginstelling"),
        ("Ze studeert aan de hogeschool in Utrecht.", "school"),
        ("Het ROC wil haar uitschrijven.", "school"),
        ("De universiteit heeft het collegegeld nog niet ontvangen.", "school"),
        ("Zijn stufi is sinds oktober niet betaald.", "duo"),
        ("Mijn leverancier van gas en stroom dreigt af te sluiten.", "energieleverancier"),
        ("De stroomleverancier verhoogt het voorschot.", "energieleverancier"),
    ],
)
def test_kaart_aliases(text, org, orgs):
    assert org in _found(text, orgs)
