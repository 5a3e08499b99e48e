"""Urgency rules (fix round before blind round 17): each rule covers a class of wording, not a phrase.

- a form field answered no ("Spoed: nee") denies spoed;
- sleeping on the sofa downstairs or at home is a matter of the stairs, not homelessness;
- a stay in someone else's home until a near date is a place to live that ends then (spoed when near);
- a homeless person with a sleeping place promised until months after the note is to check, not spoed;
- guidance that ends because its trajectory is finished is a planned end, to check, not spoed.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from assistant.drafts.facts import TO_CHECK
from assistant.features.triage.engine import assess


def _signal(a, key):
    return next((s for s in a.urgency if s.key == key), None)


# --- a form field answered no ----------------------------------------------------------------------


def test_form_field_spoed_no_is_not_spoed(orgs):
    text = (
        "Aanmeldformulier schuldhulp, 4 februari 2027\nHulpvraag: uitleg over een brief van het CAK.\n"
        "Acuut: nee\nVervolg: gesprek over drie weken."
    )
    a = assess(text, orgs)
    assert not a.urgent
    assert _signal(a, "spoed") is None


def test_form_field_spoed_yes_stays_spoed(orgs):
    text = (
        "Aanmeldformulier schuldhulp, 4 februari 2027\nHulpvraag: de energieleverancier sluit het gas af.\n"
        "Spoed: ja, vandaag bellen."
    )
    a = assess(text, orgs)
    assert a.urgent
    assert _signal(a, "spoed") is not None


# --- the sofa at home ------------------------------------------------------------------------------


def test_sleeping_downstairs_on_the_sofa_is_not_homeless(orgs):
    text = (
        "Notitie 9 januari 2027. Mevrouw (79) kan na haar val de trap niet meer op en slaapt sindsdien thuis "
        "op de bank in de woonkamer. Zij heeft bij de gemeente een traplift aangevraagd."
    )
    a = assess(text, orgs)
    assert _signal(a, "dakloos") is None


def test_sleeping_on_a_friends_sofa_is_still_homeless(orgs):
    text = (
        "Notitie 9 januari 2027. Meneer is zijn kamer kwijt en slaapt nu bij een kennis op de bank. "
        "Hij wil zich bij de gemeente melden voor een briefadres."
    )
    a = assess(text, orgs)
    assert _signal(a, "dakloos") is not None


# --- a stay with others until a date ---------------------------------------------------------------


def test_stay_with_family_ending_in_five_weeks_is_spoed(orgs):
    text = (
        "Gespreksverslag 2 maart 2027\nMevrouw logeert met haar dochter bij haar moeder, maar dat kan uiterlijk "
        "tot 5 april 2027. Bij de woningcorporatie staat zij ingeschreven."
    )
    a = assess(text, orgs)
    assert a.urgent


def test_stay_with_family_ending_months_later_is_not_spoed(orgs):
    text = (
        "Gespreksverslag 2 maart 2027\nMeneer logeert bij zijn zus; dat mag nog tot 1 oktober 2027. "
        "Bij de woningcorporatie staat hij ingeschreven."
    )
    a = assess(text, orgs)
    assert not a.urgent


# --- a promised sleeping place for months ----------------------------------------------------------


def test_homeless_with_place_promised_for_months_is_to_check(orgs):
    text = (
        "Spreekuurnotitie 14 oktober 2026\nMevrouw is sinds de zomer dakloos en heeft in de daklozenopvang een "
        "vaste slaapplek toegezegd gekregen tot in het voorjaar. Zij wil een uitkering aanvragen bij de gemeente."
    )
    a = assess(text, orgs)
    dakloos = _signal(a, "dakloos")
    assert dakloos is not None and dakloos.status == TO_CHECK
    assert not a.urgent


def test_homeless_without_a_promised_place_is_spoed(orgs):
    text = (
        "Spreekuurnotitie 14 oktober 2026\nMevrouw is sinds de zomer dakloos en slaapt elke nacht ergens anders. "
        "Zij wil een uitkering aanvragen bij de gemeente."
    )
    a = assess(text, orgs)
    assert a.urgent


# --- guidance that ends because it is finished -----------------------------------------------------


def test_guidance_ending_after_finished_trajectory_is_not_spoed(orgs):
    text = (
        "Overdracht 10 mei 2027\nDe begeleiding door het wijkteam stopt op 31 mei 2027, want het traject is "
        "afgerond. Graag pakken jullie de vraag over de huurtoeslag bij de Belastingdienst op."
    )
    a = assess(text, orgs)
    assert not a.urgent


def test_guidance_ending_without_being_finished_is_spoed(orgs):
    text = (
        "Overdracht 10 mei 2027\nDe thuiszorg stopt op 20 mei 2027 omdat de indicatie niet is verlengd; "
        "meneer kan zich niet zelf wassen. Graag vandaag contact met de gemeente over de Wmo."
    )
    a = assess(text, orgs)
    assert a.urgent


# --- an organisation denied by name in the sentence of its scheme word ----------------------------


def test_scheme_word_beside_a_denied_organisation_is_not_a_party(orgs):
    text = (
        "Notitie 5 april 2027\nMeneer betaalt de kinderalimentatie zelf aan zijn ex, er is geen LBIO bij nodig. "
        "Hij vraagt hulp bij een betalingsachterstand bij zijn zorgverzekeraar."
    )
    a = assess(text, orgs)
    assert "lbio" not in a.units


def test_scheme_word_without_a_denial_still_counts(orgs):
    text = (
        "Notitie 5 april 2027\nDe ex betaalt al drie maanden de kinderalimentatie niet; mevrouw wil dat het LBIO "
        "die gaat innen."
    )
    a = assess(text, orgs)
    assert "lbio" in a.units


def test_finished_trajectory_does_not_hide_another_near_term(orgs):
    text = (
        "Overdracht 10 mei 2027\nHet traject bij de schuldhulp is afgerond, maar meneer moet uiterlijk 14 mei 2027 "
        "bezwaar maken tegen het besluit van het UWV."
    )
    a = assess(text, orgs)
    assert a.urgent


# --- a relative's matter that the relative arranges -----------------------------------------------


def test_relative_subject_arranging_it_himself_is_no_party(orgs):
    text = (
        "Ik heb een achterstand bij mijn zorgverzekeraar en wil een betalingsregeling. Mijn dochter heeft ook "
        "een brief van het CJIB gekregen, maar dat betaalt zij zelf."
    )
    a = assess(text, orgs)
    assert "cjib" not in a.units
    assert "zorgverzekeraar" in a.units


def test_client_arranging_it_himself_stays_a_party(orgs):
    text = (
        "Ik heb een achterstand bij mijn zorgverzekeraar. Ik heb ook een brief van het CJIB gekregen en dat "
        "regel ik niet zelf, daar wil ik hulp bij."
    )
    a = assess(text, orgs)
    assert "cjib" in a.units


def test_scheme_word_after_a_contrast_still_counts(orgs):
    text = (
        "Notitie 5 april 2027\nMevrouw heeft geen contact met het LBIO, maar de kinderalimentatie wordt al "
        "maanden niet betaald en zij wil die laten innen."
    )
    a = assess(text, orgs)
    assert "lbio" in a.units
