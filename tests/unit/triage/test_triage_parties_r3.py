"""Party to the question or only mentioned (round-3 rules).

A mention counts as a party only when the organisation has a role in the question now. Each rule has
its own newly written sentences (not taken from any case set) and a negative example it must not fire on.
"""

from __future__ import annotations

from assistant.drafts.facts import STATED
from assistant.features.triage.engine import assess
from assistant.text.spans import sentences


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


def test_label_and_colon_with_no_part(orgs):
    text = "UWV: geen contact meer sinds de WW eindigde. Mevrouw vraagt huurtoeslag aan bij Toeslagen."
    assert "uwv" not in _units(text, orgs)
    assert "ggz" not in _units("GGZ: nog nooit betrokken geweest. Hij vraagt bijstand aan.", orgs)
    # a negated action after the label is a question for that organisation
    assert "uwv" in _units("UWV: nog geen besluit over de WIA-aanvraag. Ze belt elke week.", orgs)


def test_client_does_not_have_it(orgs):
    text = (
        "Bijstand krijgt hij niet, hij werkt fulltime. Hij wil een betalingsregeling met de Belastingdienst."
    )
    assert "gemeente" not in _units(text, orgs)
    text = (
        "Voedselbank: heeft ze nooit contact mee gehad. Ze vraagt kwijtschelding aan bij de Belastingdienst."
    )
    assert "voedselbank" not in _units(text, orgs)
    assert "gemeente" in _units("Bijstand krijgt hij sinds maart van de gemeente, maar te weinig.", orgs)


def test_has_nothing_to_do_with_it(orgs):
    text = "De woningcorporatie heeft hier ook niks mee te maken; het gaat om de energierekening."
    assert "woningcorporatie" not in _units(text, orgs)
    text = "De werkgever heeft niets met de toeslagaanvraag te maken. Zij vraagt zorgtoeslag aan."
    assert "werkgever" not in _units(text, orgs)
    assert "woningcorporatie" in _units("De woningcorporatie eist de huurachterstand op.", orgs)


def test_no_longer_there_or_not_involved_without_a_verb(orgs):
    assert "ggz" not in _units("De GGZ niet bij betrokken. Hij vraagt bijstand aan.", orgs)
    text = "De gecertificeerde instelling is er niet meer bij. Ze vraagt studiefinanciering aan bij DUO."
    assert "gecertificeerde-instelling" not in _units(text, orgs)
    text = "De voogdij is in 2023 al beeindigd. Hij vraagt zorgtoeslag aan."
    assert "gecertificeerde-instelling" not in _units(text, orgs)
    assert "ggz" in _units("De GGZ is bij de behandeling betrokken.", orgs)


def test_the_client_refuses(orgs):
    text = "Ze wil beslist geen schuldhulp bij de gemeente. Ze maakt zelf een regeling met het incassobureau."
    assert "gemeente" not in _units(text, orgs)
    # the organisation refuses: it blocks, so it is a party
    assert "bank" in _units("De bank wil geen rekening openen zolang er geen briefadres is.", orgs)


def test_the_header_names_the_writer(orgs):
    text = "Gespreksnotitie 4-5-2027 (buurtteam)\nMevrouw vraagt zorgtoeslag aan bij Toeslagen."
    assert "wijkteam" not in _units(text, orgs)
    text = (
        "12/3/27 - gem. Wmo-loket\nMeneer wil een scootmobiel. Wij willen eerst het advies van de huisarts."
    )
    assert "gemeente" in _units(text, orgs)  # the writer's organisation acts: "wij willen eerst"
    text = "Mevrouw kreeg op 1 juni een brief van de SVB.\nZe begrijpt hem niet."
    assert "svb" in _units(text, orgs)  # a first line of prose is no header


def test_a_compound_that_is_a_document_or_a_job(orgs):
    text = "De gemeente vraagt een schoolverklaring van de zoon voor de bijzondere bijstand."
    assert "school" not in _units(text, orgs)
    assert "huisarts" not in _units(
        "Ze volgt een opleiding (doktersassistente). Ze vraagt studiefinanciering aan.", orgs
    )
    assert "school" in _units("De school wil de zoon niet meer toelaten.", orgs)


def test_living_in_the_municipality_is_a_place(orgs):
    assert "gemeente" not in _units(
        "Ze woont sinds twee jaar in de gemeente. Ze vraagt zorgtoeslag aan.", orgs
    )
    assert "gemeente" in _units(
        "Ze heeft haar aanvraag in de gemeente Zwolle en bij de gemeente ingediend.", orgs
    )
    assert "gemeente" in _units("Zijn inschrijving in de gemeente is vervallen.", orgs)


def test_no_question_about_it_later_in_the_sentence(orgs):
    text = "De huurtoeslag gaat gewoon goed, daar zijn geen vragen over. Het UWV stopt de WW."
    assert "toeslagen" not in _units(text, orgs)
    text = "De AOW van de SVB staat hier los van. Het CAK vraagt een hogere eigen bijdrage."
    assert "svb" not in _units(text, orgs)
    assert "uwv" in _units("Het UWV stopt de WW, maar de huurtoeslag loopt goed.", orgs)


def test_a_belief_of_the_client(orgs):
    text = (
        "Hij dacht dat het CAK de eigen bijdrage zou terugbetalen. De gemeente vraagt de Wmo-bijdrage terug."
    )
    assert "cak" not in _units(text, orgs)
    assert "cak" in _units("Het CAK heeft de eigen bijdrage verhoogd.", orgs)


def test_no_need_to_go_there(orgs):
    text = (
        "De zorgverzekeraar betaalt de rolstoel niet, daar hoeft ze dus ook niet heen. De gemeente beslist."
    )
    assert "zorgverzekeraar" not in _units(text, orgs)
    text = "De zorgverzekeraar betaalt de rolstoel niet, ze maakt daar bezwaar tegen."
    assert "zorgverzekeraar" in _units(text, orgs)


def test_a_comparison_or_a_step_that_may_come(orgs):
    text = "Net als bij het UWV moet ze alles zelf uitzoeken; de gemeente stopt de bijstand."
    assert "uwv" not in _units(text, orgs)
    text = "De gemeente stopt de bijstand. Eventueel later huurtoeslag aanvragen bij Toeslagen."
    assert "toeslagen" not in _units(text, orgs)
    assert "toeslagen" in _units("Ze moet huurtoeslag aanvragen bij Toeslagen.", orgs)


def test_intake_shorthand_for_employer_and_health_insurer(orgs):
    units = _units("De WG betaalt het loon niet meer. De zorgverz. wil pas vergoeden na een indicatie.", orgs)
    assert "werkgever" in units and "zorgverzekeraar" in units
    assert (
        len(sentences("De zorgverz. wil pas vergoeden. Zij belt.")) == 2
    )  # the shorthand dot ends no sentence


def test_a_held_back_decision_until_another_decides(orgs):
    a = assess("De gemeente houdt de bijstandsaanvraag aan tot het UWV over de WW heeft beslist.", orgs)
    assert a.category == 3
    dep = a.dependencies[0]
    assert dep.status == STATED and dep.dependent == ["gemeente"] and dep.condition == ["uwv"]
    assert assess("De gemeente houdt de aanvraag aan. Het UWV betaalt de WW.", orgs).category != 3


def test_only_with_a_proof_from_another(orgs):
    a = assess("De bank opent pas een rekening met een verklaring van de gemeente.", orgs)
    assert a.category == 3 and a.dependencies[0].dependent == ["bank"]
    assert assess("De gemeente heeft alleen contact met het UWV gehad.", orgs).category != 3


def test_homelessness_does_not_name_a_housing_corporation(orgs):
    assert "woningcorporatie" not in _units(
        "Meneer is dakloos en vraagt een briefadres aan bij de gemeente.", orgs
    )
    assert "woningcorporatie" in _units(
        "Hij moet een betaalbare woning vinden, want hij slaapt bij zijn broer.", orgs
    )


def test_a_soft_reading_is_listed_as_named_and_to_check(orgs):
    a = assess("Het UWV stopt de WW. Misschien later kinderopvangtoeslag aanvragen bij Toeslagen.", orgs)
    facts = {o["id"]: o for o in a.to_dict()["facts"]["organisations"]}
    assert facts["toeslagen"]["involved"] is False and facts["toeslagen"]["status"] == "to_check"
    assert any(c["fact"] == "organisation:toeslagen" for c in a.to_dict()["check_list"])
    assert any(r.startswith("Genoemd, niet meegeteld: Dienst Toeslagen") for r in a.category_reasons)
    # a plain "niet betrokken" is stated, not to check
    b = assess("Het UWV stopt de WW. Toeslagen is niet betrokken.", orgs)
    facts = {o["id"]: o for o in b.to_dict()["facts"]["organisations"]}
    assert facts["toeslagen"]["involved"] is False and facts["toeslagen"]["status"] == "stated"


def test_the_clients_own_provider(orgs):
    text = "Ze is verzekerd bij de zorgverzekeraar van haar werk. De gemeente stopt de bijzondere bijstand."
    assert "zorgverzekeraar" not in _units(text, orgs)
    text = "Hij heeft mevrouw Jansen als huisarts. Het UWV keurt hem opnieuw."
    assert "huisarts" not in _units(text, orgs)
    text = "Hij heeft een spaarrekening bij de bank; de bank heeft die rekening nu bevroren."
    assert "bank" in _units(text, orgs)  # the second mention acts


def test_a_list_of_history_or_a_mention_dated_as_ended(orgs):
    text = "Voorgeschiedenis: jeugdzorg en schuldhulpverlening.\nNu: de gemeente stopt de bijstand."
    assert "jeugdzorg" not in _units(text, orgs)
    text = "De gecertificeerde instelling (2016-2019) speelde bij de zoon. Het UWV stopt de WW."
    assert "gecertificeerde-instelling" not in _units(text, orgs)
    text = "Jeugdzorg (sinds 2025) begeleidt de zoon. Het UWV stopt de WW."
    assert "jeugdzorg" in _units(text, orgs)


def test_who_only_referred_the_client(orgs):
    text = "Mevrouw is doorverwezen door het UWV. Ze vraagt kwijtschelding van de gemeentelijke belastingen."
    assert "uwv" not in _units(text, orgs)
    text = "Hij kwam vorige week via de huisarts bij ons. De gemeente wil zijn Wmo-aanvraag niet behandelen."
    assert "huisarts" not in _units(text, orgs)
    # where the client is sent is where something must happen: that one counts
    assert "uwv" in _units("De gemeente heeft haar doorverwezen naar het UWV voor een WW-aanvraag.", orgs)


def test_more_ways_to_say_no_part(orgs):
    for text in (
        "Het UWV is inmiddels uit beeld. De gemeente stopt de bijstand.",
        "Het UWV komt er niet aan te pas. De gemeente stopt de bijstand.",
        "Bij het UWV is alles in orde. De gemeente stopt de bijstand.",
        "Ze heeft een WW-uitkering, daar verandert niets aan. De gemeente stopt de bijstand.",
    ):
        assert "uwv" not in _units(text, orgs), text
    assert "uwv" in _units("Het UWV moet alles goed controleren voordat de WW ingaat.", orgs)


def test_a_wish_about_what_an_organisation_does_is_no_refusal(orgs):
    assert "woningcorporatie" in _units("Ze wil niet dat de woningcorporatie de huur verhoogt.", orgs)


def test_pending_contact_and_trouble_are_no_absence(orgs):
    assert "uwv" in _units("UWV: nog geen contact gehad, terugbelverzoek gedaan.", orgs)
    assert "gemeente" in _units("De aanvraag bij de gemeente gaat niet goed, er ontbreken stukken.", orgs)


def test_a_header_that_names_the_subject_keeps_it(orgs):
    text = "Intake 3-5-2027 - brief van het CAK\nMevrouw begrijpt de eigen bijdrage niet."
    assert "cak" in _units(text, orgs)


def test_a_benefit_that_is_no_problem(orgs):
    text = "Ze krijgt een AOW-uitkering, inkomen is dus geen probleem. De woningcorporatie wil ontruimen."
    assert "svb" not in _units(text, orgs)
    assert "svb" in _units("Ze krijgt een AOW-uitkering, maar de SVB kort die.", orgs)


def test_more_comparisons_and_providers(orgs):
    text = "Ze vraagt kwijtschelding bij het waterschap. Net als vorig jaar bij de gemeente vult ze het samen in."
    assert "gemeente" not in _units(text, orgs)
    text = "Hij heeft de SVB als uitkeringsinstantie; de vraag gaat over de aanslag van de Belastingdienst."
    assert "svb" not in _units(text, orgs)
    text = "Als bij de gemeente de aanvraag binnen is, stopt het UWV de WW."
    assert "gemeente" in _units(text, orgs)  # a condition, no comparison
