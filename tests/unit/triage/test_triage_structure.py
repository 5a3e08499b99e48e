"""Structural readings of parties and dependencies (round-6 fix round).

- A role word inside an organisation's own name is no evidence of a role ("automatische incasso").
- A clause that says the matter is settled ("loopt gewoon door", "is afgerond") names no party now.
- A clause dated in an earlier year with nothing still open is history.
- "X zegt: … alleen als Y …": the speaker waits on Y; "zij willen …, maar alleen als Y": the subject of
  the clause before the "maar" waits.
- "Iedereen wacht op iemand anders": a dependency to check between the parties of the note.
Every sentence is newly written for these tests; each rule has a negative example.
"""

from __future__ import annotations

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.engine import assess


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


def test_a_name_is_no_role_word(orgs):
    text = "Meneer heeft een WW-uitkering aangevraagd bij het UWV. Zijn vaste lasten gaan per automatische incasso."
    assert "incassobureau" not in _units(text, orgs)
    assert "incassobureau" in _units(
        "Een incassobureau eist nu € 310 van mevrouw voor de telefoonrekening.", orgs
    )


def test_a_scheme_that_names_an_act_keeps_its_role(orgs):
    text = "Mevrouw kan niet meer zelf douchen. Vanmiddag een Wmo-melding gedaan bij de gemeente."
    assert "gemeente" in _units(text, orgs)


def test_a_settled_matter_names_no_party(orgs):
    text = (
        "Meneer heeft een bijstandsuitkering van de gemeente, die per 1 mei is stopgezet. "
        "Zijn Wajong van het UWV loopt gewoon door. Het traject bij de kredietbank is afgerond."
    )
    a = assess(text, orgs)
    assert a.units == ["gemeente"] and a.category == 1
    assert "uwv" in _units("Meneer krijgt een Wajong van het UWV, maar die is per 1 mei stopgezet.", orgs)


def test_a_matter_dated_in_an_earlier_year_is_history(orgs):
    text = (
        "Notitie 12-02-2027\nDe Raad voor de Kinderbescherming deed in 2025 een onderzoek naar het gezin. "
        "De gemeente heeft de bijzondere bijstand voor de bril afgewezen."
    )
    assert _units(text, orgs) == ["gemeente"]
    # something still open in that clause keeps the party: a debt still being paid off
    text = (
        "Notitie 12-02-2027\nHet UWV vorderde in 2025 de WW terug en ze lost nog elke maand af. "
        "De gemeente heeft de bijzondere bijstand voor de bril afgewezen."
    )
    assert "uwv" in _units(text, orgs)
    text = "Notitie 12-02-2027\nSinds 2024 krijgt hij bijstand van de gemeente; het CAK vraagt een eigen bijdrage."
    assert "gemeente" in _units(text, orgs)


def test_the_speaker_of_a_condition_waits(orgs):
    text = (
        "Het gezin heeft een achterstand bij de energieleverancier. Die zegt: de afsluiting gaat alleen niet "
        "door als de gemeente schriftelijk bevestigt dat er schuldhulp loopt."
    )
    a = assess(text, orgs)
    assert a.category == 3
    dep = a.stated_dependencies[0]
    assert dep.dependent == ["energieleverancier"] and dep.condition == ["gemeente"]
    # the speaker says something without a condition on another organisation: no dependency
    text = (
        "Het gezin heeft een achterstand bij de energieleverancier. Die zegt: u kunt een regeling van zes "
        "maanden krijgen. De gemeente heeft de bijstand verlaagd."
    )
    assert assess(text, orgs).category == 2


def test_but_only_if_belongs_to_the_clause_before(orgs):
    text = (
        "Overleg met de woningcorporatie vanochtend: zij willen de huurachterstand in termijnen laten betalen, "
        "maar alleen als de gemeente de huur voortaan rechtstreeks uit de bijstand overmaakt."
    )
    a = assess(text, orgs)
    assert a.category == 3
    dep = a.stated_dependencies[0]
    assert dep.dependent == ["woningcorporatie"] and dep.condition == ["gemeente"]


def test_everyone_waits_on_someone_else_is_a_dependency_to_check(orgs):
    text = (
        "Mevrouw heeft een WIA-aanvraag lopen bij het UWV en vroeg bijstand aan bij de gemeente. "
        "Iedereen wacht op iemand anders en zij heeft geen geld."
    )
    a = assess(text, orgs)
    assert a.category == 3
    assert [d.status for d in a.dependencies] == [TO_CHECK]
    assert set(a.dependencies[0].units) == {"uwv", "gemeente"}
    # only one organisation with a part: nothing to depend on
    one = assess("Het UWV beslist over de WIA-aanvraag. Iedereen wacht op iemand anders.", orgs)
    assert one.category == 1 and not one.dependencies
    # a stated dependency is not replaced by the vague one
    stated = assess(
        "De gemeente wil pas beslissen als het UWV de WIA heeft toegekend. Iedereen wacht op elkaar.", orgs
    )
    assert stated.dependencies and stated.dependencies[0].status == STATED


def test_the_organisation_that_sent_the_client_here_is_the_referrer(orgs):
    text = (
        "Mevrouw belde eerst de SVB (die stuurde haar door naar ons). "
        "Ze wil bijzondere bijstand aanvragen bij de gemeente voor een nieuwe bril."
    )
    assert _units(text, orgs) == ["gemeente"]
    text = "De SVB verwees haar door naar de gemeente, en de gemeente stuurt haar terug naar de SVB."
    assert "svb" in _units(text, orgs)


def test_the_letterhead_block_names_the_writer(orgs):
    text = (
        "Gemeente Rivierstad - Schuldhulpverlening\nVerslag intakegesprek\nDatum: 3 maart 2027\n\n"
        "Meneer heeft een aanmaning van het CJIB voor een boete van € 240."
    )
    assert _units(text, orgs) == ["cjib"]
    # a first line of prose is no letterhead
    text = "De gemeente heeft de bijstand van meneer stopgezet.\nHet CJIB eist een boete van € 240."
    assert set(_units(text, orgs)) == {"gemeente", "cjib"}


def test_what_is_listed_under_the_question_heading_is_the_question(orgs):
    text = "Waar ze voor kwam:\n- de gemeentelijke belastingen over dit jaar\n"
    assert _units(text, orgs) == ["gemeente"]
    text = "Achtergrond:\n- de gemeentelijke belastingen over dit jaar\n"
    assert "gemeente" not in _units(text, orgs)


def test_general_readings_that_say_a_matter_is_settled(orgs):
    settled = [
        "Zijn WW bij het UWV loopt sinds maart weer normaal.",
        "Bij de Belastingdienst geen vragen meer, dat is uitgezocht.",
        "Een indicatie van het CIZ is niet aan de orde.",
        "Zijn ex woont nog bij de woningcorporatie; die heeft er verder niets mee te maken.",
        "Met de energieleverancier geen achterstand, ze betaalt maandelijks.",
        "In 2024 heeft hij een traject bij de kredietbank met succes afgerond.",
        "De melding bij de gemeente is door zijn zoon al gedaan.",
    ]
    question = " De SVB heeft haar AOW verlaagd."
    for sentence in settled:
        assert _units(sentence + question, orgs) == ["svb"], sentence
    # negative: the same organisations with an open matter
    assert "uwv" in _units("Zijn WW bij het UWV is sinds maart stopgezet." + question, orgs)
    assert "gemeente" in _units("De melding bij de gemeente is nog niet gedaan." + question, orgs)


def test_a_considered_or_advised_step_is_no_party_now(orgs):
    text = (
        "Hij overweegt, als het erger wordt, zich later bij de kredietbank te melden; nu nog niet. "
        "Zijn broer heeft geadviseerd een lening bij de bank te nemen. Het CJIB legt beslag op zijn loon."
    )
    assert _units(text, orgs) == ["cjib"]


def test_a_department_of_another_organisation_is_not_that_organisation(orgs):
    text = "Ze belt morgen met de afdeling incasso van haar energieleverancier over een regeling."
    assert "incassobureau" not in _units(text, orgs)
    assert "incassobureau" in _units("Het incassobureau belt haar elke dag over de schuld.", orgs)


def test_who_the_client_came_through_is_the_referrer(orgs):
    text = "Meneer meldt zich via de huisarts. Hij wil bijzondere bijstand aanvragen bij de gemeente."
    assert _units(text, orgs) == ["gemeente"]


def test_a_condition_listed_after_a_colon(orgs):
    text = (
        "De woningcorporatie wil de huurachterstand laten rusten, maar alleen als:\n"
        "- de gemeente de huur voortaan rechtstreeks betaalt\n"
        "- er een plan ligt\n"
    )
    a = assess(text, orgs)
    dep = a.stated_dependencies[0]
    assert dep.dependent == ["woningcorporatie"] and dep.condition == ["gemeente"]


def test_pas_dan_refers_to_the_sentence_before(orgs):
    text = (
        "Het UWV moet eerst het rekeningnummer van meneer hebben gekregen van de bank. "
        "Pas dan betaalt het UWV de WW uit."
    )
    deps = [d for d in assess(text, orgs).dependencies if d.kind == "pas_dan"]
    assert deps and deps[0].dependent == ["uwv"] and "bank" in deps[0].condition
    # "pas dan" in the middle of a plan names no organisation waiting
    text = "Meneer belt morgen de bank. Pas dan weet hij meer."
    assert not [d for d in assess(text, orgs).dependencies if d.kind == "pas_dan"]


def test_money_held_until_the_other_decides(orgs):
    text = "De werkgever houdt het geld in depot tot de deurwaarder laat weten hoe het CJIB-beslag verdeeld wordt."
    assert assess(text, orgs).category == 3


def test_a_referral_back_between_a_public_and_a_private_party_is_to_check(orgs):
    text = "Het CJIB stuurt haar telkens terug naar de werkgever over het beslag op haar loon."
    a = assess(text, orgs)
    assert a.category == 3 and all(d.status == TO_CHECK for d in a.dependencies)


def test_a_claim_named_in_a_compound_is_a_role(orgs):
    assert "cjib" in _units("CJIB: drie verkeersboetes, samen € 410.", orgs)
    assert "woningcorporatie" not in _units(
        "Woningcorporatie: geen huurachterstand. Het UWV heeft de WW stopgezet.", orgs
    )


def test_receiving_something_on_a_situation_line_is_no_role(orgs):
    text = (
        "Inkomen: WW-uitkering van het UWV, vast en voorspelbaar.\nDe gemeente weigert bijzondere bijstand."
    )
    assert _units(text, orgs) == ["gemeente"]
    text = "Vraag: ze krijgt een WW-uitkering van het UWV maar die is te laag berekend."
    assert "uwv" in _units(text, orgs)


def test_advice_from_relatives_hearsay_threats_and_relatives_affairs_are_no_party(orgs):
    question = " Het CJIB stuurt een aanmaning voor een boete van € 120."
    not_parties = [
        "Zijn broer zei dat hij bij de gemeente bijzondere bijstand moet vragen.",
        "Ze heeft gehoord dat ze bij het UWV misschien een toeslag kan krijgen.",
        "Hij is bang: 'ik moet betalen, anders komt de deurwaarder'.",
        "Haar zoon heeft zelf schulden en een bewindvoerder.",
    ]
    for sentence in not_parties:
        assert _units(sentence + question, orgs) == ["cjib"], sentence
    # the professional's own advice on a step the client takes now is a party
    assert "gemeente" in _units(
        "Mevrouw vraagt vandaag bijzondere bijstand aan bij de gemeente." + question, orgs
    )


def test_a_court_that_has_ruled_has_done_its_part(orgs):
    text = (
        "De kantonrechter heeft de huurovereenkomst ontbonden en de ontruiming toegestaan. "
        "De woningcorporatie wil de ontruiming opschorten als er een betalingsregeling komt."
    )
    assert "rechtbank" not in _units(text, orgs)
    text = (
        "Het hoger beroep bij de rechtbank loopt nog; de zitting is in maart. De woningcorporatie wacht af."
    )
    assert "rechtbank" in _units(text, orgs)


def test_more_settled_and_customer_readings(orgs):
    question = " De SVB heeft haar AOW verlaagd."
    for sentence in [
        "De verkoop van het huis loopt via de notaris en is geregeld.",
        "Bij de zorgverzekeraar speelt niets.",
        "Het COA heeft het leefgeld stopgezet; daar staat niets meer open.",
        "Ze huurt een corporatiewoning en woont er graag.",
        "Bijstand aanvragen wil ze niet.",
    ]:
        assert _units(sentence + question, orgs) == ["svb"], sentence
    assert "zorgverzekeraar" in _units(
        "Ze moet nu zelf een basisverzekering afsluiten bij een zorgverzekeraar.", orgs
    )


def test_payments_that_run_properly_and_open_offers_are_no_question(orgs):
    question = " De SVB heeft haar AOW verlaagd."
    for sentence in [
        "Haar ex betaalt elke maand netjes de kinderalimentatie, rechtstreeks aan haar.",
        "Een gesprek bij de kredietbank staat open als het toch niet lukt.",
        "Ze wil niet dat de bewindvoerder erbij betrokken wordt.",
    ]:
        assert _units(sentence + question, orgs) == ["svb"], sentence
    assert "lbio" in _units("Haar ex betaalt de kinderalimentatie al maanden niet; het LBIO int nu.", orgs)


def test_the_clause_before_but_waits_and_pronoun_subjects(orgs):
    text = "De zorginstelling heeft een kamer vrij, maar neemt alleen op met een indicatie van het CIZ."
    dep = assess(text, orgs).stated_dependencies[0]
    assert dep.dependent == ["zorginstelling"] and dep.condition == ["ciz"]
    text = "Toeslagen heeft de huurtoeslag stopgezet; ook zij wachten op de gegevens van de IND."
    dep = assess(text, orgs).stated_dependencies[0]
    assert dep.dependent == ["toeslagen"] and dep.condition == ["ind"]
    # the client waits, not an organisation: no dependency
    assert not assess("Het UWV heeft de WW stopgezet; meneer wacht op de brief.", orgs).dependencies


def test_they_point_at_each_other(orgs):
    text = "Het ziekenhuis wil hem ontslaan en het CIZ moet de indicatie geven. Ze wijzen naar elkaar."
    assert assess(text, orgs).category == 3


def test_a_step_done_properly_is_no_question(orgs):
    text = (
        "Ze heeft de afschriften bij haar bank opgevraagd; die kwamen snel (de bank heeft keurig meegewerkt)."
    )
    assert "bank" not in _units(text + " De gemeente weigert de bijstand.", orgs)
    text = "Ze heeft de afschriften bij haar bank opgevraagd, maar die zijn nog niet gekomen."
    assert "bank" in _units(text, orgs)


def test_round8_readings(orgs):
    question = " De SVB heeft haar AOW verlaagd."
    for sentence in [
        "Aangemeld via de praktijkondersteuner van de huisarts.",
        "De eigen bijdrage bij het CAK wordt netjes afgeschreven, daar is niets mee.",
        "Sinds mei werkt ze minder uren bij haar werkgever.",
        "Terzijde: haar dochter heeft een studieschuld bij DUO.",
    ]:
        assert _units(sentence + question, orgs) == ["svb"], sentence
    assert "zorgverzekeraar" in _units("Zorgverzekeraar: twee maanden premie niet betaald.", orgs)
    assert "duo" in _units("Ze heeft een studieschuld bij DUO en kan de termijn niet betalen.", orgs)


def test_the_notes_own_year_is_now_even_when_a_later_year_is_named(orgs):
    text = (
        "Notitie 10-11-2026\nHet UWV heeft in 2026 de WW verlaagd. "
        "De herbeoordeling staat gepland in maart 2027."
    )
    assert "uwv" in _units(text, orgs)
    text = "Notitie 10-11-2026\nHet UWV heeft in 2024 de WW verlaagd. De gemeente weigert de bijstand."
    assert "uwv" not in _units(text, orgs)
