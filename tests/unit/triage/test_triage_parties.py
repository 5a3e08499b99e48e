"""Which organisations are parties to the question, and which count for categorie 2 (round-2 rules).

Each rule has its own newly written sentences and a negative example the rule must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


# --- background mentions: the organisation is no party at all ----------------------------------


def test_workplace_of_the_client_is_no_party(orgs):
    assert "ziekenhuis" not in _units(
        "Hij werkt al tien jaar bij een ziekenhuis als schoonmaker. Hij vraagt huurtoeslag aan.", orgs
    )
    assert "zorginstelling" not in _units(
        "Ze werkt drie dagen in de thuiszorg en wil kwijtschelding van de waterschapsbelasting.", orgs
    )
    assert "ziekenhuis" in _units(
        "Hij ligt sinds maandag in het ziekenhuis en kan zijn post niet openen.", orgs
    )


def test_nothing_to_do_for_the_organisation(orgs):
    text = "Mevrouw vraagt bijzondere bijstand aan. De werkgever hoeft daarvoor niets te regelen."
    assert "werkgever" not in _units(text, orgs)
    text = "Zijn pensioen loopt door, daar hoeft hij niks mee. Hij wil zijn AOW-vraag stellen aan de SVB."
    assert "pensioenfonds" not in _units(text, orgs)
    assert "werkgever" in _units("De werkgever moet de ziekmelding nog doorgeven aan het UWV.", orgs)


def test_nothing_running_any_more_with_the_organisation(orgs):
    text = "De huurschuld is betaald, bij de woningcorporatie loopt niets meer. Ze vraagt zorgtoeslag aan."
    assert "woningcorporatie" not in _units(text, orgs)
    assert "woningcorporatie" in _units("Bij de woningcorporatie loopt een procedure wegens overlast.", orgs)


def test_parenthesis_shares_the_predicate(orgs):
    text = "Hij woont bij zijn moeder; de gemeente (bijstand) is niet aan de orde. Hij vraagt studiefinanciering aan bij DUO."
    assert "gemeente" not in _units(text, orgs)
    assert "gemeente" in _units("Hij vraagt bijstand (levensonderhoud) aan bij de gemeente.", orgs)


def test_desk_topics_do_not_outweigh_a_plain_no_part_statement(orgs):
    text = (
        "Meneer krijgt dagbesteding via de Wmo en is daar tevreden over. Voor de gemeente heeft hij geen "
        "vragen. Hij snapt de brief van het CAK niet."
    )
    assert _units(text, orgs) == ["cak"]
    text = "Meneer krijgt dagbesteding via de Wmo en wil meer uren. Hij snapt de brief van het CAK niet."
    assert "gemeente" in _units(text, orgs)


def test_a_step_already_done_through_an_organisation_is_history(orgs):
    text = "De verhuizing is al via de gemeente in de basisregistratie verwerkt. Ze wil haar huurtoeslag aanpassen."
    assert "gemeente" not in _units(text, orgs)
    assert "gemeente" in _units("De gemeente moet de verhuizing nog in de basisregistratie verwerken.", orgs)


def test_a_permit_held_is_no_question_for_its_issuer(orgs):
    assert "ind" not in _units("Zij heeft sinds een jaar een verblijfsvergunning en zoekt een baan.", orgs)
    assert "ind" in _units("Haar verblijfsvergunning is ingetrokken en ze wil weten wat ze kan doen.", orgs)


def test_automatic_debit_is_no_collection_agency(orgs):
    assert "incassobureau" not in _units(
        "Ze betaalt de eigen bijdrage aan het CAK voortaan via automatische incasso.", orgs
    )
    assert "incassobureau" in _units("Een incassobureau eist namens de telefoonaanbieder 240 euro.", orgs)


# --- categorie 2: several organisations with a part in the question, private parties included ----


def test_private_party_that_must_act_counts_for_categorie_2(orgs):
    text = "Ze moet haar energiecontract opzeggen bij de energieleverancier en haar adres doorgeven aan DUO."
    a = assess(text, orgs)
    assert a.category == 2 and a.acting_units == ["energieleverancier", "duo"]


def test_sender_only_does_not_count(orgs):
    text = "Hij kreeg een herinnering van het incassobureau. Hij wil bij de Belastingdienst uitstel van betaling vragen."
    a = assess(text, orgs)
    assert "incassobureau" in a.units and a.category == 1


def test_referral_only_does_not_count(orgs):
    text = "De bedrijfsarts stuurde hem door naar het UWV. Hij wil weten hoe hij de WIA aanvraagt."
    a = assess(text, orgs)
    assert "werkgever" in a.units and a.category == 1


def test_an_earlier_visit_does_not_count(orgs):
    text = "Ze is vorige week bij het Juridisch Loket geweest. Nu wil ze bezwaar maken tegen het besluit van het UWV."
    assert assess(text, orgs).category == 1
    text = "Het Juridisch Loket schrijft het bezwaarschrift; ze wil ook een voorschot vragen bij het UWV."
    assert assess(text, orgs).category == 2


def test_a_party_that_only_goes_on_as_before_does_not_count(orgs):
    text = "Haar pensioenfonds betaalt het ouderdomspensioen gewoon door. Ze vraagt huurtoeslag aan."
    assert assess(text, orgs).category == 1
    text = "Haar pensioenfonds moet het partnerpensioen nog toekennen. Ze vraagt ook huurtoeslag aan."
    assert assess(text, orgs).category == 2


# --- categorie 3: a period that runs is no pending procedure ----------------------------------------


def test_a_running_period_is_no_blocking_procedure(orgs):
    text = (
        "Er ligt een aanslag van de Belastingdienst; de termijn voor bezwaar loopt nog drie weken. "
        "De sociaal raadslieden helpen met het bezwaarschrift."
    )
    a = assess(text, orgs)
    assert a.dependencies == [] and a.category == 2
    text = (
        "De gemeente neemt de bijstandsaanvraag niet in behandeling zolang de aanvraag bij het UWV nog loopt."
    )
    assert assess(text, orgs).category == 3


def test_no_question_for_the_organisation(orgs):
    assert "gemeente" not in _units(
        "Voor de gemeente heeft ze op dit moment geen vragen. Ze wil uitleg over de AOW.", orgs
    )
    assert "svb" in _units("De SVB reageert niet op vragen over haar AOW.", orgs)


def test_past_and_hypothetical_mentions_are_no_party(orgs):
    assert "gemeente" not in _units(
        "Vroeger had hij bijstand. Hij vraagt hulp bij zijn aangifte voor de Belastingdienst.", orgs
    )
    assert "uwv" not in _units(
        "Mocht ze ooit haar baan verliezen, dan kan ze WW krijgen. Nu wil ze zorgtoeslag.", orgs
    )
    assert "gemeente" in _units("Vroeger had hij geen schulden, nu wil hij schuldhulp bij de gemeente.", orgs)
    assert "gemeente" in _units("Hij had vroeger bijstand en vraagt het nu opnieuw aan.", orgs)


def test_a_party_the_client_is_only_a_customer_of_does_not_count(orgs):
    text = "Hij heeft een betaalrekening bij de Rabobank. Hij wil weten of hij huurtoeslag kan krijgen."
    assert assess(text, orgs).category == 1
    text = "Ze heeft een zorgverzekering bij een grote verzekeraar en vraagt hoe ze zorgtoeslag aanvraagt."
    assert assess(text, orgs).category == 1
    text = "De Rabobank heeft zijn rekening geblokkeerd. Hij wil ook huurtoeslag aanvragen."
    assert assess(text, orgs).category >= 2
