"""Precision readings added in the fix round before blind round 20. Each rule covers a general reading of
Dutch notes, not a phrase. A mention set aside is named, not counted, and to check.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess
from assistant.features.triage.relative_self import relative_arranges_own

_HEAD = "Notitie inloopspreekuur, 9 maart 2027\n"
_ASK = "Meneer heeft een naheffing van de Belastingdienst gekregen die hij niet begrijpt. "


def _named_not_counted(a, unit):
    return unit not in a.units and any(f.id == unit for f in a.not_involved)


# --- a partner's or relative's matter that the note declares his or her own ("zijn zaak", "staat op haar
# naam", "zij regelt dat zelf"), also when a date or a bullet opens the line


def test_partner_matter_declared_own_is_named_not_counted(orgs):
    text = _HEAD + _ASK + "\n- vriendin heeft een betalingsregeling bij het CJIB, haar eigen zaak, zij regelt het zelf\n"
    a = assess(text, orgs)
    assert "belastingdienst" in a.units
    assert _named_not_counted(a, "cjib")


def test_dated_line_relative_debt_on_his_name_is_named_not_counted(orgs):
    text = _HEAD + _ASK + "\n03-03-2027 - Zwager heeft een lening bij DUO waar meneer voor zou moeten bijspringen; blijkt alleen op zijn naam te staan.\n"
    assert relative_arranges_own("03-03-2027 - Zwager heeft een lening; staat alleen op zijn naam.")
    a = assess(text, orgs)
    assert "belastingdienst" in a.units
    assert _named_not_counted(a, "duo")


def test_declaration_helpers():
    assert relative_arranges_own("- partner heeft zelf iets lopen bij de SVB – zijn zaak, hij doet dat zelf")
    assert relative_arranges_own("Ex-man heeft een boete openstaan, niet haar zaak.")
    # the relative acts for the client, and nothing declares the matter the relative's own
    assert not relative_arranges_own("- partner belt morgen met de SVB over haar kinderbijslag")
    # the client's own matter, though a relative is named first
    assert not relative_arranges_own("Vriendin helpt met de aanslag, die staat op mijn naam.")


def test_partner_acting_for_client_still_counts(orgs):
    text = _HEAD + "\n- partner heeft voor mevrouw gebeld met het CJIB over de boete die zij niet kan betalen\n"
    a = assess(text, orgs)
    assert "cjib" in a.units


# --- a payment that runs by itself: "per automatische incasso" names the payment, and the absence of a letter
# or reminder ("geen brief", "geen aanmaning") is no trouble


def test_rent_by_direct_debit_without_letter_is_named_not_counted(orgs):
    text = _HEAD + _ASK + "Energie (energieleverancier) loopt via automatische incasso; er is geen aanmaning en geen brief gekomen.\n"
    a = assess(text, orgs)
    assert "belastingdienst" in a.units
    assert _named_not_counted(a, "energieleverancier")


def test_direct_debit_that_bounced_still_counts(orgs):
    text = _HEAD + _ASK + "Energie (energieleverancier) loopt via automatische incasso, maar die is twee keer gestorneerd.\n"
    a = assess(text, orgs)
    assert "energieleverancier" in a.units


# --- an organisation only named as the product the client already holds, in a clause that says nothing more
# about it ("heeft wel een zorgverzekering", "terwijl ze al een … heeft")


def test_product_already_held_is_own_provider(orgs):
    text = _HEAD + _ASK + "Huurtoeslag wil hij nog aanvragen, omdat hij al een zorgverzekering heeft.\n"
    a = assess(text, orgs)
    assert "toeslagen" in a.units
    assert _named_not_counted(a, "zorgverzekeraar")


def test_product_with_trouble_in_its_clause_still_counts(orgs):
    text = _HEAD + "Ze heeft een zorgverzekering met een premieachterstand van € 640 en de verzekeraar dreigt met een incassobureau.\n"
    a = assess(text, orgs)
    assert "zorgverzekeraar" in a.units


# --- wondering about a claim the client already holds at an organisation ("vraagt of hij de schuld bij X moet
# betalen") is a real question, not a step that may or may not come


def test_wondering_about_a_held_claim_counts(orgs):
    text = _HEAD + "Meneer vraagt of hij zijn boete bij het CJIB in termijnen moet betalen of in een keer.\n"
    a = assess(text, orgs)
    assert "cjib" in a.units


def test_wondering_whether_to_apply_there_is_still_later(orgs):
    text = _HEAD + _ASK + "Hij vraagt of hij later ook bij het CJIB iets moet aanvragen.\n"
    a = assess(text, orgs)
    assert "cjib" not in a.units
