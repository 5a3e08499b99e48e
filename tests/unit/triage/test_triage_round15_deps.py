"""Triage rules (fix round before blind round 15), part two: dependency phrasings widened to their class,
and more general reasons why a named organisation is no party (proof seen, an informant, a dated or bare
completed step, a document compound, a list of what to bring).

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.background import not_a_party_now
from assistant.features.triage.engine import assess
from assistant.knowledge.organisations import find_mentions


def _waits(text, orgs) -> list[tuple[list[str], list[str]]]:
    return [(d.dependent, d.condition) for d in assess(text, orgs).dependencies]


def _reason(text, orgs, org_id) -> str:
    m = next(m for m in find_mentions(text, orgs) if m.org_id == org_id)
    return not_a_party_now(text, m)


# --- categorie 3: what one party needs, holds back or will not do before the other acts ------------------------


def test_a_party_that_needs_a_document_of_another(orgs):
    text = "De corporatie heeft een verklaring van de gemeente nodig om de huur te verlagen."
    assert (["woningcorporatie"], ["gemeente"]) in _waits(text, orgs)


def test_the_client_needing_something_gives_no_party_a_need(orgs):
    text = "Ze heeft opvang nodig voor haar jongste; de school van haar oudste heeft zelf geen opvang."
    assert "school" not in assess(text, orgs).units


def test_waiting_with_a_step_until_the_other_acts(orgs):
    text = "Het UWV wacht met een besluit tot de werkgever het re-integratieverslag heeft gestuurd."
    assert (["uwv"], ["werkgever"]) in _waits(text, orgs)


def test_waiting_until_a_date_is_no_dependency(orgs):
    text = "Mevrouw wacht tot 1 mei op de uitbetaling van het UWV. Los daarvan vraagt zij huurtoeslag aan bij Toeslagen."
    assert assess(text, orgs).category != 3


def test_a_step_put_on_hold_until_the_other_acts(orgs):
    for verb in ("schort de betaling op", "stelt de betaling uit", "zet de betaling in de wacht"):
        text = f"Het UWV {verb} totdat de werkgever de loonstroken aanlevert."
        assert (["uwv"], ["werkgever"]) in _waits(text, orgs), verb


def test_a_step_put_on_hold_until_a_date_is_no_dependency(orgs):
    text = "Het UWV schort de WW op tot 1 juni. De gemeente heeft de bijzondere bijstand toegekend."
    assert assess(text, orgs).category != 3


def test_on_condition_that_the_other_acts(orgs):
    text = "De bank wil de rekening alleen deblokkeren op voorwaarde dat de gemeente de beschikking stuurt."
    assert (["bank"], ["gemeente"]) in _waits(text, orgs)


def test_without_the_other_nothing_is_paid(orgs):
    text = "Zonder akkoord van de SVB betaalt de gemeente niets uit."
    assert (["gemeente"], ["svb"]) in _waits(text, orgs)


def test_a_negated_act_before_a_time_clause(orgs):
    text = "De gemeente wil de bijzondere bijstand niet toekennen voordat Toeslagen de huurtoeslag heeft herzien."
    assert (["gemeente"], ["toeslagen"]) in _waits(text, orgs)


def test_a_time_clause_without_any_organisation_is_no_dependency(orgs):
    text = "Hij doet niets voordat zijn zus terug is van vakantie; hij heeft een brief van het UWV en een van DUO."
    assert assess(text, orgs).category != 3


def test_a_judgment_in_a_condition_is_still_to_come(orgs):
    text = (
        "De corporatie kan het huurcontract pas op haar naam zetten wanneer de rechtbank de scheiding heeft "
        "uitgesproken."
    )
    assert (["woningcorporatie"], ["rechtbank"]) in _waits(text, orgs)
    assert "rechtbank" not in assess("De kantonrechter heeft de huur ontbonden.", orgs).units


def test_acting_only_with_the_income_of_another(orgs):
    text = "Het CAK kan de eigen bijdrage pas berekenen met het inkomen van de Belastingdienst."
    assert (["cak"], ["belastingdienst"]) in _waits(text, orgs)


# --- no party: proof the writer has seen, an informant -----------------------------------------------------------


def test_a_document_the_writer_has_seen_is_proof(orgs):
    text = "Het inburgeringsexamen is gehaald; de uitslag van DUO heb ik gezien, kopie in dossier."
    assert _reason(text, orgs, "duo")


def test_a_document_seen_with_something_wrong_is_no_proof_only(orgs):
    text = "De brief van DUO heb ik gezien: ze moet de lening in één keer terugbetalen."
    assert not _reason(text, orgs, "duo")


def test_who_only_told_the_client_who_decides(orgs):
    text = (
        "De mentor van school gaf haar een formulier voor het leerlingenvervoer en zei dat de gemeente daarover "
        "beslist."
    )
    assert _reason(text, orgs, "school")


def test_an_informant_that_also_demands_stays_a_party(orgs):
    text = "De school wil dat hij vanaf maandag thuisblijft en zei dat de gemeente over het vervoer beslist."
    assert not _reason(text, orgs, "school")


# --- completed steps: a month in the past, a bare "geregeld" with its time ----------------------------------


def test_a_perfect_step_in_an_earlier_month_is_done(orgs):
    text = "Notitie 9 december 2026\n\nDe indicatie heeft het CIZ in september afgegeven. Zij vraagt huurtoeslag aan."
    assert "ciz" not in assess(text, orgs).units


def test_a_perfect_step_in_the_notes_month_is_not_taken_as_done(orgs):
    text = "Notitie 9 december 2026\n\nHet CIZ heeft in december een indicatie afgegeven die te laag is."
    assert "ciz" in assess(text, orgs).units


def test_a_bare_geregeld_with_its_time(orgs):
    text = "Hij heeft een rolstoel (in bruikleen via de zorgverzekeraar, geregeld bij het ontslag)."
    assert _reason(text, orgs, "zorgverzekeraar")


def test_geregeld_still_to_be_done_is_open(orgs):
    text = "De rolstoel via de zorgverzekeraar moet nog geregeld worden voor het ontslag."
    assert not _reason(text, orgs, "zorgverzekeraar")


# --- documents: a compound with a document head, a list of what to bring ------------------------------------


def test_a_compound_with_a_document_head_is_the_document(orgs):
    text = "Met zijn inburgeringsdiploma op zak wil hij een vaste baan zoeken; de IND heeft zijn verlenging nog niet beoordeeld."
    assert "gemeente" not in assess(text, orgs).units


def test_a_document_in_a_list_to_bring(orgs):
    text = "Meenemen: paspoort, jaaropgave pensioen, laatste brief van de SVB."
    assert _reason(text, orgs, "svb")


# --- who advised or filed the step; a step the client may take after a condition -----------------------------


def test_who_advised_the_step_is_no_party(orgs):
    text = "Op advies van de huisarts meldt mevrouw zich bij het Wmo-loket voor hulp bij het huishouden."
    assert _reason(text, orgs, "huisarts")
    assert assess(text, orgs).units == ["gemeente"]


def test_who_filed_the_step_for_the_client_is_no_party(orgs):
    text = (
        "De wijkverpleegkundige van het ziekenhuis heeft de aanvraag voor haar ingediend; de gemeente moet "
        "binnen zes weken beslissen."
    )
    assert _reason(text, orgs, "ziekenhuis")


def test_a_referrer_that_sent_the_client_on_stays_in_the_story(orgs):
    text = "De huisarts heeft hem verwezen naar de GGZ; de GGZ wil pas starten als hij een vaste woonplek heeft."
    assert not _reason(text, orgs, "huisarts")


def test_a_step_the_client_may_take_after_a_condition(orgs):
    text = "Toeslagen vordert de huurtoeslag terug. Als het bezwaar wordt afgewezen, kan ze in beroep bij de rechtbank."
    assert _reason(text, orgs, "rechtbank")
    text = "Toeslagen vordert de huurtoeslag terug. Als het bezwaar niets oplevert, gaat het dossier naar de rechtbank."
    assert _reason(text, orgs, "rechtbank")


def test_an_organisation_after_a_condition_met_by_another_is_no_possible_step(orgs):
    text = "Als de gemeente de schuldhulp bevestigt, kan de corporatie de ontruiming stoppen."
    assert not _reason(text, orgs, "woningcorporatie")


# --- more ways a named organisation is no party; a claim written as "wil … terug" ------------------------------


def test_a_relative_who_pays_it_herself(orgs):
    text = (
        "Mw. J. Bakker (58) komt voor haar eigen huurtoeslag. Haar vader woont in een verpleeghuis; de eigen "
        "bijdrage aan het CAK betaalt vader zelf."
    )
    assert _reason(text, orgs, "cak")


def test_a_client_who_cannot_pay_it_herself_stays_a_party(orgs):
    text = "Mevrouw kan de eigen bijdrage aan het CAK niet meer betalen."
    assert not _reason(text, orgs, "cak")


def test_a_debt_paid_off(orgs):
    assert _reason("De boete van het CJIB is inmiddels afgelost.", orgs, "cjib")
    assert not _reason("De boete van het CJIB is nog niet afgelost.", orgs, "cjib")


def test_a_step_that_could_come_next(orgs):
    text = "Het UWV heeft de WW stopgezet. Een volgende stap zou een aanvraag bij de gemeente kunnen zijn."
    assert assess(text, orgs).units == ["uwv"]


def test_a_decision_another_party_would_take_is_no_possible_step(orgs):
    text = "Volgens de brief zou de gemeente de bijstand per 1 mei stoppen."
    assert not _reason(text, orgs, "gemeente")


def test_who_only_advised_a_step(orgs):
    text = "De POH van de huisarts adviseerde om bij het Wmo-loket begeleiding aan te vragen."
    assert _reason(text, orgs, "huisarts")


def test_an_adviser_who_also_demands_stays_a_party(orgs):
    text = "De school adviseerde leerlingenvervoer, maar wil dat hij tot die tijd niet meer komt."
    assert not _reason(text, orgs, "school")


def test_wanting_money_back_is_a_role(orgs):
    assert "toeslagen" in assess("Toeslagen wil € 1.200 terug van mevrouw.", orgs).units


# --- categorie 3, part two: a label right before the clause, a quoted promise first, data of the other --------


def test_a_label_speaker_whose_clause_starts_at_the_colon(orgs):
    text = "Verhuurder corporatie (tel.): contract pas op haar naam na een uitspraak van de rechter."
    assert (["woningcorporatie"], ["rechtbank"]) in _waits(text, orgs)


def test_a_quoted_promise_with_the_condition_after_it(orgs):
    text = "De bank aan de telefoon: 'Wij heffen de blokkade op zodra de bewindvoerder zijn benoeming laat zien.'"
    assert (["bank"], ["bewindvoerder"]) in _waits(text, orgs)


def test_the_writers_own_plan_with_zodra_is_no_dependency(orgs):
    text = "Wij bellen de gemeente zodra het UWV over de WW heeft beslist."
    assert assess(text, orgs).category != 3


def test_working_with_the_data_of_another_is_a_dependency_to_check(orgs):
    text = "Het CAK stelt de eigen bijdrage vast op basis van de inkomensgegevens van de Belastingdienst."
    deps = assess(text, orgs).dependencies
    assert [(d.dependent, d.condition, d.status) for d in deps] == [(["cak"], ["belastingdienst"], "to_check")]


def test_on_a_legal_basis_is_no_dependency(orgs):
    text = "Het CAK stelt de eigen bijdrage vast op grond van de Wmo. De Belastingdienst stuurde een aanslag."
    assert not assess(text, orgs).dependencies


def test_holding_a_step_back_gives_a_role(orgs):
    text = "Het UWV stelt de beoordeling uit in afwachting van het re-integratieverslag van de werkgever."
    assert {"uwv", "werkgever"} <= set(assess(text, orgs).units)
    assert (["uwv"], ["werkgever"]) in _waits(text, orgs)


def test_wanting_a_scheme_at_an_organisation_gives_a_role(orgs):
    text = "Meneer vraagt huurtoeslag aan bij Toeslagen. Daarnaast wil hij een Stadspas bij de gemeente."
    assert "gemeente" in assess(text, orgs).units
