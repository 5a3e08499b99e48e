"""Precision and urgency readings added in the fix round before blind round 19. Each rule covers a
general reading of Dutch notes (a tense, a copula, a negation's scope, a condition, a log's dates), not a
phrase. A mention set aside is named, not counted, and to check.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from datetime import date

from assistant.features.triage.engine import assess
from assistant.features.triage.note_date import note_date

_HEAD = "Verslag spreekuur schuldhulpmaatje, 14 april 2027\n"
_ASK = "Mevrouw komt met een aanmaning van het CJIB die ze niet kan betalen. "


def _named_not_counted(a, unit):
    return unit not in a.units and any(f.id == unit for f in a.not_involved)


# --- a letter about a matter that turns out to be paid ("blijkt/bleek" as copula, a closing parenthesis)


def test_letter_found_paid_with_blijkt_is_named(orgs):
    text = _HEAD + _ASK + "Er zat ook een factuur van de zorgverzekeraar bij, maar die bleek al in maart betaald (afschrift bekeken)."
    a = assess(text, orgs)
    assert "cjib" in a.units
    assert _named_not_counted(a, "zorgverzekeraar")


def test_letter_found_paid_but_a_new_claim_counts(orgs):
    text = _HEAD + _ASK + "De zorgverzekeraar stuurde een factuur van € 310 die ze nog moet betalen."
    a = assess(text, orgs)
    assert "zorgverzekeraar" in a.units


# --- a debt paid off, with a source and a time between the verb and the participle


def test_debt_paid_off_with_words_between_is_named(orgs):
    text = _HEAD + _ASK + "Een schuld bij het incassobureau is volgens de kwitantie nu afgelost."
    a = assess(text, orgs)
    assert "incassobureau" not in a.units


def test_debt_not_yet_paid_off_counts(orgs):
    text = _HEAD + _ASK + "Een oude vordering van het incassobureau is volgens haar nog niet afgelost."
    a = assess(text, orgs)
    assert "incassobureau" in a.units


# --- the organisation put right the problem just named


def test_organisation_that_put_it_right_is_named(orgs):
    text = _HEAD + _ASK + "Ze heeft maanden te weinig loon gekregen, maar haar werkgever heeft dat vorige maand rechtgezet."
    a = assess(text, orgs)
    assert "werkgever" not in a.units


def test_organisation_that_has_not_put_it_right_counts(orgs):
    text = _HEAD + _ASK + "Ze heeft maanden te weinig loon gekregen en haar werkgever heeft dat nog steeds niet rechtgezet."
    a = assess(text, orgs)
    assert "werkgever" in a.units


# --- a clause after a semicolon or comma that says nothing is the matter or the step is not needed


def test_nothing_the_matter_after_semicolon_is_named(orgs):
    text = _HEAD + _ASK + "De werkgever betaalt eind mei het laatste loon uit; daar is verder niks mee."
    a = assess(text, orgs)
    assert "werkgever" not in a.units


def test_step_called_unneeded_is_named(orgs):
    text = _HEAD + _ASK + "Ze wilde zich ook bij de voedselbank melden, ik heb gezegd dat dat echt niet nodig is."
    a = assess(text, orgs)
    assert "voedselbank" not in a.units


def test_step_called_needed_counts(orgs):
    text = _HEAD + _ASK + "Ze wil zich bij de voedselbank melden, ik heb gezegd dat dat nodig is."
    a = assess(text, orgs)
    assert "voedselbank" in a.units


# --- a relative named at the sentence's start and again as the one who arranges it


def test_relative_named_again_as_arranging_it_is_named(orgs):
    text = _HEAD + _ASK + (
        "- zoon (24) heeft een lening bij DUO en vraagt daar soms naar; mw. wil helpen, maar zoon woont zelfstandig "
        "en regelt dat zelf."
    )
    a = assess(text, orgs)
    assert "duo" not in a.units


def test_client_arranging_it_herself_keeps_the_organisation(orgs):
    text = _HEAD + _ASK + "Ze heeft een lening bij DUO die ze niet kan aflossen en wil een draagkrachtmeting aanvragen."
    a = assess(text, orgs)
    assert "duo" in a.units


# --- a document that expires is a matter for its issuer


def test_expiring_permit_gives_its_issuer_a_role(orgs):
    text = "Notitie inloop 3 maart 2027\nMeneer vraagt hulp: zijn verblijfsvergunning verloopt over drie weken."
    a = assess(text, orgs)
    assert "ind" in a.units


def test_permit_only_held_gives_no_role(orgs):
    text = "Notitie inloop 3 maart 2027\nMeneer heeft een verblijfsvergunning en vraagt hulp bij een aanmaning van het CJIB."
    a = assess(text, orgs)
    assert "ind" not in a.units


# --- a step not yet taken at the organisation: the organisation is needed, not ruled out


def test_application_not_yet_filed_keeps_the_organisation(orgs):
    text = _HEAD + "Meneer verliest eind deze maand zijn baan. Er is nog geen aanvraag bij het UWV ingediend."
    a = assess(text, orgs)
    assert "uwv" in a.units


def test_plain_no_contact_still_rules_out(orgs):
    text = _HEAD + _ASK + "Met het UWV is er geen contact en dat is ook niet nodig."
    a = assess(text, orgs)
    assert "uwv" not in a.units


# --- an age in the past dates the clause


def test_age_in_the_past_dates_the_clause(orgs):
    text = _HEAD + _ASK + "Ze is op haar 9e uit huis geplaatst."
    a = assess(text, orgs)
    assert "jeugdzorg" not in a.units


def test_placement_now_counts(orgs):
    text = _HEAD + "De jongere (15) wordt volgende week uit huis geplaatst; moeder wil weten wat ze kan doen."
    a = assess(text, orgs)
    assert "jeugdzorg" in a.units


# --- a step made conditional on an event by "bij", and another person's announced step


def test_handover_on_an_event_is_only_conditional(orgs):
    text = _HEAD + (
        "Brief van de verhuurder over twee maanden huurachterstand: bij een derde maand achterstand volgt "
        "overdracht aan een deurwaarder. Mevrouw wil een betalingsregeling met de verhuurder."
    )
    a = assess(text, orgs)
    assert "deurwaarder" not in a.units


def test_handover_that_happened_counts(orgs):
    text = _HEAD + (
        "Brief van de verhuurder: de huurachterstand is overgedragen aan een deurwaarder, die nu beslag dreigt "
        "te leggen. Mevrouw wil een betalingsregeling."
    )
    a = assess(text, orgs)
    assert "deurwaarder" in a.units


def test_another_persons_announced_step_is_named(orgs):
    text = _HEAD + _ASK + (
        "Ze kan de alimentatie niet opbrengen; de ex zou bij het LBIO een verzoek tot inning indienen, maar er kwam "
        "nog niets."
    )
    a = assess(text, orgs)
    assert "lbio" not in a.units


def test_the_organisation_acting_itself_counts(orgs):
    text = _HEAD + _ASK + "Het LBIO heeft een brief gestuurd: ze moet € 420 achterstallige alimentatie betalen."
    a = assess(text, orgs)
    assert "lbio" in a.units


# --- a judgment that lies there: the court has done its part


def test_judgment_that_lies_there_means_the_court_ruled(orgs):
    text = _HEAD + "Er ligt al een vonnis: de verhuurder mag ontruimen. Mevrouw wil met de verhuurder een regeling."
    a = assess(text, orgs)
    assert "rechtbank" not in a.units


def test_pending_court_case_counts(orgs):
    text = _HEAD + "Er ligt een vonnis van de kantonrechter, maar mevrouw is bij de rechtbank in hoger beroep gegaan."
    a = assess(text, orgs)
    assert "rechtbank" in a.units


# --- what an in-law said is hearsay


def test_what_an_in_law_said_is_hearsay(orgs):
    text = _HEAD + _ASK + 'Haar zwager zei dat ze "bij het UWV een uitkering moet aanvragen".'
    a = assess(text, orgs)
    assert "uwv" not in a.units


# --- another person, the partner too, admitted to an institution


def test_partner_admitted_to_an_institution_is_their_matter(orgs):
    text = _HEAD + _ASK + "Zijn vrouw is sinds januari in een verpleeghuis opgenomen."
    a = assess(text, orgs)
    assert "zorginstelling" not in a.units


def test_client_admitted_counts(orgs):
    text = _HEAD + "Meneer wordt volgende week in een verpleeghuis opgenomen en vraagt wat hij moet regelen."
    a = assess(text, orgs)
    assert "zorginstelling" in a.units


# --- a step the client puts after another one


def test_step_put_after_another_is_named(orgs):
    text = _HEAD + _ASK + "Schuldhulp: ze wil zich aanmelden bij de schuldhulpverlening, maar wil eerst haar nieuwe baan afwachten."
    a = assess(text, orgs)
    assert "gemeente" not in a.units


def test_step_first_counts(orgs):
    text = _HEAD + _ASK + "Ze wil zich eerst aanmelden bij de schuldhulpverlening van de gemeente."
    a = assess(text, orgs)
    assert "gemeente" in a.units


# --- a log of dated entries is dated by its first entry


def test_log_of_dated_entries_takes_its_first_entry():
    text = (
        "Dossier mw. K. - aantekeningen\n\n"
        "12-09-2027  Eerste gesprek: huurachterstand, ontruiming aangezegd per 30-09-2027.\n"
        "14-09-2027  Gebeld met de verhuurder.\n"
    )
    found = note_date(text)
    assert found is not None and found.value == date(2027, 9, 12)


def test_one_dated_line_is_no_log():
    text = "Dossier mw. K.\n\n12-09-2027 is de aanmaning verstuurd, ze wil weten wat nu.\n"
    assert note_date(text) is None


def test_near_cut_off_in_a_log_is_urgent(orgs):
    text = (
        "Aantekeningen budgetcoach\n\n"
        "12-09-2027  Meneer heeft een brief van het energiebedrijf: afsluiting aangekondigd per 22-09-2027.\n"
        "13-09-2027  Gebeld met het energiebedrijf, regeling besproken.\n"
    )
    assert assess(text, orgs).urgent


# --- a negation before an absence cancels it


def test_not_without_money_is_no_shortage(orgs):
    text = _HEAD + "Mevrouw vraagt uitleg over een brief van de SVB. Zij zit gelukkig niet zonder geld."
    a = assess(text, orgs)
    assert not a.urgent


def test_without_money_is_a_shortage(orgs):
    text = _HEAD + "Mevrouw vraagt uitleg over een brief van de SVB. Ze zit sinds vorige week zonder geld voor eten."
    a = assess(text, orgs)
    assert a.urgent


# --- two desks of one gemeente that wait on each other: a dependency to check


def test_desk_waiting_on_another_desk_is_category_3_to_check(orgs):
    text = (
        "Notitie spreekuur, 2 februari 2027\n"
        "Meneer heeft bij Werk en Inkomen een uitkering aangevraagd. Ze zeggen dat hij recht heeft, maar dat ze "
        "niets uitbetalen zolang zijn adres niet in de BRP staat. Bij Burgerzaken is de eerste afspraak pas over vijf weken."
    )
    a = assess(text, orgs)
    assert a.category == 3
    assert a.dependencies and all(d.status == "to_check" for d in a.dependencies)
    assert {"gemeente-werk-inkomen", "gemeente-burgerzaken"} <= set(a.dependencies[0].units)


def test_two_desks_without_a_dependency_stay_one_organisation(orgs):
    text = (
        "Notitie spreekuur, 2 februari 2027\n"
        "Meneer heeft bij Werk en Inkomen een uitkering aangevraagd. Los daarvan wil hij bij Burgerzaken een nieuw "
        "paspoort aanvragen."
    )
    a = assess(text, orgs)
    assert a.category == 1
    assert not a.dependencies


def test_verb_final_negation_after_zonder_is_a_dependency(orgs):
    text = (
        "Notitie spreekuur, 2 februari 2027\n"
        "Bij de bank heeft mevrouw een verzoek ingediend om de rekening van haar overleden man vrij te geven, maar "
        "daar zeiden ze dat ze zonder verklaring van de notaris niets kunnen."
    )
    a = assess(text, orgs)
    assert a.category == 3
    assert any("bank" in d.dependent and "notaris" in d.condition for d in a.dependencies)


def test_zonder_without_negation_is_no_dependency(orgs):
    text = (
        "Notitie spreekuur, 2 februari 2027\n"
        "Bij de bank heeft mevrouw een verzoek ingediend om de rekening van haar overleden man vrij te geven; de "
        "verklaring van de notaris had ze al, zonder die akte was het niet gegaan."
    )
    a = assess(text, orgs)
    assert a.category != 3
