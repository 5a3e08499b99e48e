"""Party, dependency and urgency rules (fix round before blind round 13): existing rules widened to
the general class they belong to.

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

import datetime

from assistant.drafts.facts import TO_CHECK
from assistant.features.triage.engine import assess
from assistant.features.triage.names import named_again
from assistant.features.triage.urgency_time import note_date
from assistant.knowledge.organisations import find_mentions, unit_of


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


def _waits(text, orgs) -> list[tuple[list[str], list[str], str]]:
    return [(d.dependent, d.condition, d.status) for d in assess(text, orgs).dependencies]


# --- categorie 3: the conditional between two parties ----------------------------------------------


def test_a_quoted_promise_without_a_comma(orgs):
    # "zodra Y …, doen wij …" may drop the comma before the inverted main clause
    text = (
        "Ze heeft een betaalrekening bij de bank, die is geblokkeerd. De bank laat weten: \"zodra de "
        'gemeente de beschikking stuurt heffen wij de blokkade op".'
    )
    assert (["bank"], ["gemeente"], "stated") in _waits(text, orgs)
    assert assess(text, orgs).category == 3
    # a conjunction after the condition is no main clause: no promise by "we"
    text = "Als de gemeente belt dat we langs moeten komen, gaat ze mee. Ze vraagt bijstand aan."
    assert not _waits(text, orgs)


def test_unless_makes_one_party_wait_on_another(orgs):
    text = (
        "Ze heeft een achterstand bij de energieleverancier. De energieleverancier sluit op 3 maart af, "
        "tenzij de gemeente vóór die datum de bijzondere bijstand toekent."
    )
    assert (["energieleverancier"], ["gemeente"], "stated") in _waits(text, orgs)
    # the condition is the client's own step: one party, no dependency
    text = "De gemeente stopt de uitkering, tenzij hij de loonstroken alsnog inlevert."
    assert not _waits(text, orgs)
    assert assess(text, orgs).category == 1


def test_the_speaker_of_a_conditional_that_starts_with_its_condition(orgs):
    text = (
        "Huurtoeslag stopt. Adresonderzoek aangevraagd bij Burgerzaken. Toeslagen zegt aan de\n   "
        'telefoon: "zodra het adres in de BRP klopt rekenen wij opnieuw".'
    )
    deps = _waits(text, orgs)
    assert deps and deps[0][0] == ["toeslagen"] and deps[0][1] == ["gemeente"]


def test_we_in_a_quote_is_the_organisation_the_quote_comes_from(orgs):
    text = (
        "- 4 maart: melding bij het Wmo-loket. De consulent zei: \"Wij beslissen pas als de "
        'zorgverzekeraar de aanvraag schriftelijk heeft afgewezen."'
    )
    assert (["gemeente"], ["zorgverzekeraar"], TO_CHECK) in _waits(text, orgs)
    # "wij" outside a quote is the writer's own team, not the organisation named before
    text = (
        "- 4 maart: melding bij het Wmo-loket. Wij gaan pas verder als de zorgverzekeraar de aanvraag "
        "heeft afgewezen."
    )
    assert not any(dep == ["gemeente"] for dep, _, _ in _waits(text, orgs))


# --- a name introduced beside its kind names the organisation again -------------------------------


def test_a_name_introduced_beside_its_kind_names_it_later(orgs):
    text = (
        "Ze heeft een huurachterstand bij woningcorporatie Havenstad. Havenstad zet de ontruiming pas "
        "stop als de gemeente de aanmelding voor schuldhulp bevestigt."
    )
    assert (["woningcorporatie"], ["gemeente"], "stated") in _waits(text, orgs)
    text = (
        "Hulp bij het douchen via thuiszorgorganisatie Zorg aan Huis. Met Zorg aan Huis hoeft niets "
        "geregeld te worden. Ze vraagt een traplift aan bij de gemeente."
    )
    assert "zorginstelling" not in _units(text, orgs)


def test_a_municipalitys_name_is_no_alias(orgs):
    text = "Ze woont sinds mei in de gemeente Zuidhaven. In Zuidhaven is de bus gratis voor ouderen."
    by_id = {o.id: o for o in orgs}
    found = find_mentions(text, orgs)
    assert len(named_again(text, found, lambda i: unit_of(by_id[i]))) == len(found)


# --- not a party: a threatened step, a relative's scheme, a trip, a check answered no --------------


def test_a_threat_in_note_style_after_anders(orgs):
    text = 'Aanslag van het waterschap, eerste termijn in april; "anders aanmaning / kosten deurwaarder".'
    assert "deurwaarder" not in _units(text, orgs)
    text = "De deurwaarder heeft beslag gelegd op haar loon."
    assert "deurwaarder" in _units(text, orgs)


def test_a_hand_over_the_sentence_makes_conditional(orgs):
    text = (
        "Het incassobureau draagt de vordering op 1 mei over aan de deurwaarder, tenzij de gemeente de "
        "schuldregeling bevestigt."
    )
    assert "deurwaarder" not in _units(text, orgs)
    text = "De vordering is overgedragen aan de deurwaarder, die nu beslag wil leggen."
    assert "deurwaarder" in _units(text, orgs)


def test_a_relative_named_without_a_possessive_in_a_note_about_a_named_client(orgs):
    text = "Dhr. K. Smit (29) vraagt huurtoeslag aan. Moeder (AOW van de SVB) past op de kinderen."
    assert "svb" not in _units(text, orgs)
    text = "Sem (17) wil een bijbaan. Pa is arbeidsongeschikt, ma zit in de schuldhulp bij de gemeente."
    assert "gemeente" not in _units(text, orgs)
    # the relative who acts in the question (asks, applies) is no bystander
    text = "Sem (15) heeft een laptop nodig. Moeder krijgt bijstand van de gemeente en vraagt bijzondere bijstand aan."
    assert "gemeente" in _units(text, orgs)
    # without a named client, "moeder" may be the client herself; a named son is a relative, not the client
    text = "Moeder krijgt bijstand van de gemeente en heeft een huurachterstand bij de corporatie."
    assert "gemeente" in _units(text, orgs)
    text = "Gezin met zoon Daan (16). Moeder (bijstand van de gemeente) heeft een huurachterstand."
    assert "gemeente" in _units(text, orgs)


def test_the_destination_of_trips_is_no_party(orgs):
    text = "Ze had veel taxiritten naar het ziekenhuis en wil die kosten aftrekken bij de Belastingdienst."
    assert "ziekenhuis" not in _units(text, orgs)
    text = "Het ziekenhuis stuurde een rekening voor de behandeling die ze niet kan betalen."
    assert "ziekenhuis" in _units(text, orgs)


def test_a_check_answered_with_no(orgs):
    text = "Nagekeken of er iets met het UWV speelt: hij heeft geen uitkering van het UWV, niets in Mijn UWV."
    assert "uwv" not in _units(text, orgs)
    # without a check, a sentence that names and negates it is the problem itself
    text = "Het UWV stopt de WW per 1 mei en daarna krijgt hij geen geld meer van het UWV."
    assert "uwv" in _units(text, orgs)
    # a search for an entitlement is the question, not a check answered no
    text = "Nagekeken of ze recht heeft op huurtoeslag: ze krijgt nu geen huurtoeslag, aanvragen bij Toeslagen."
    assert "toeslagen" in _units(text, orgs)


def test_a_client_asking_whether_a_step_will_come(orgs):
    text = "Ze vroeg of er ook een eigen bijdrage bij het CAK komt. De traplift vraagt ze aan bij de gemeente."
    assert "cak" not in _units(text, orgs)
    text = "Het CAK rekent een eigen bijdrage van € 60 per maand die ze niet kan betalen."
    assert "cak" in _units(text, orgs)


def test_a_running_service_with_its_rhythm_first(orgs):
    text = "Elke ochtend komt de thuiszorg helpen met douchen. Ze vraagt een traplift aan bij de gemeente."
    assert "zorginstelling" not in _units(text, orgs)
    text = "De thuiszorg stopt per 1 juni met de ochtendhulp en ze weet niet wie het overneemt."
    assert "zorginstelling" in _units(text, orgs)


def test_advice_that_goes_with_the_clients_own_step(orgs):
    text = "Hij diende de aanvraag in bij de zorgverzekeraar, met advies van de wijkverpleegkundige."
    assert "zorginstelling" not in _units(text, orgs)
    assert "zorgverzekeraar" in _units(text, orgs)


# --- urgency -------------------------------------------------------------------------------------


def test_a_threatened_step_without_a_time_is_no_spoed(orgs):
    text = 'Aanslag gemeentelijke belastingen; "anders volgt een dwangbevel". Ze vraagt kwijtschelding.'
    assert not assess(text, orgs).urgent
    text = "Er is een dwangbevel betekend voor de aanslag gemeentelijke belastingen."
    assert assess(text, orgs).urgent


def test_a_line_that_holds_only_a_date_dates_the_note():
    text = "[Chat - wijkteam]\nma 3 mei 2027\n10:02 Sanne: de WW stopt per 1 juni."
    found = note_date(text)
    assert found is not None and found.value == datetime.date(2027, 5, 3)
    text = "[Chat - wijkteam]\nwe bellen haar op 3 mei 2027 terug over de brief\n10:02 Sanne: de WW stopt."
    assert note_date(text) is None


def test_a_place_the_client_moved_out_of(orgs):
    text = "Sinds maart woont hij zelfstandig; hij is uit het azc verhuisd. Hij vraagt bijstand aan bij de gemeente."
    assert "coa" not in _units(text, orgs)
    text = "Het COA stopt het leefgeld per 1 mei, terwijl hij nog in het azc woont."
    assert "coa" in _units(text, orgs)


def test_a_provider_the_client_switched_from_and_a_mandate_form(orgs):
    text = "De premie werd niet betaald nadat hij van bank was gewisseld. Nieuwe incassomachtiging getekend."
    assert "bank" not in _units(text, orgs) and "incassobureau" not in _units(text, orgs)
    text = "De bank heeft zijn rekening geblokkeerd en hij kan de huur niet betalen."
    assert "bank" in _units(text, orgs)


def test_a_hand_over_that_has_happened_stays_a_party(orgs):
    text = "De vordering is overgedragen aan de deurwaarder, die het nu anders aanpakt en beslag legt."
    assert "deurwaarder" in _units(text, orgs)
    text = "Het dossier gaat op 1 juni naar de deurwaarder, anders dan eerder afgesproken."
    assert "deurwaarder" in _units(text, orgs)


def test_we_in_the_clients_own_quote_is_the_household(orgs):
    text = (
        "Ze heeft een huurachterstand bij de woningcorporatie. Mw. zei: \"Wij kunnen pas betalen als de "
        'gemeente de bijstand toekent."'
    )
    assert not any(dep == ["woningcorporatie"] for dep, _, _ in _waits(text, orgs))
