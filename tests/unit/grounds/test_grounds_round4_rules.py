"""Catalogue changes after blind round 4 (issue 10), each tested on newly written Dutch sentences
with a case it must fire on and one it must not: Wet WIA 64 lid 8 and lid 9 (a WIA-aanvraag
suspended by a loonsanctie is resumed after the employment ends, then decided within six weeks),
Wet kinderopvang 1.6 lid 5 recognising that a parent or partner no longer works, and Pw 15 lid 1
needing a fact about the other provision (not any "nog niet" in the case). Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of, proposed_ids

WIA_SUSPENDED_JOB_ENDED = (
    "Mevrouw Bakker (52) is twee jaar ziek. Het UWV gaf haar werkgever een loonsanctie van een jaar en "
    "schortte daarom haar WIA-aanvraag op. In augustus is haar dienstverband beëindigd met een "
    "vaststellingsovereenkomst en nu heeft ze geen inkomen."
)
WIA_OBSTACLE = "UWV: 'Zolang de loonsanctie duurt, behandelen we de WIA-aanvraag niet.'"


def test_wia_64_8_and_9_fire_when_a_suspended_wia_application_meets_the_end_of_employment():
    ids = proposed_ids(WIA_SUSPENDED_JOB_ENDED, WIA_OBSTACLE, 5)
    assert "wia-64-8" in ids and "wia-64-9" in ids
    match = match_of(WIA_SUSPENDED_JOB_ENDED, WIA_OBSTACLE, "wia-64-8")
    assert match.check.complete


def test_wia_64_8_does_not_fire_without_a_suspension():
    text = (
        "Meneer Jansen (60) heeft zijn WIA-aanvraag op tijd ingediend. Zijn werkgever is failliet gegaan en "
        "hij wacht op de keuring bij de verzekeringsarts."
    )
    assert match_of(text, None, "wia-64-8") is None
    assert match_of(text, None, "wia-64-9") is None


def test_wia_64_8_is_excluded_for_a_voluntary_extension_on_a_joint_request():
    text = (
        "Werkgever en werknemer deden een gezamenlijk verzoek om de loondoorbetaling te verlengen; de "
        "WIA-aanvraag is daarom opgeschort. Daarna is het dienstverband beëindigd."
    )
    assert match_of(text, None, "wia-64-8") is None


def test_kinderopvang_1_6_5_recognises_a_partner_who_no_longer_works():
    text = (
        "Sanne werkt vier dagen in een winkel. Haar vriend werkt niet meer sinds zijn bedrijf in juni "
        "stopte. De Dienst Toeslagen zet de kinderopvangtoeslag per juli stop."
    )
    match = match_of(text, None, "wko-1.6-5")
    assert match is not None and match.check.complete


def test_kinderopvang_1_6_5_needs_work_that_stopped():
    text = "Sanne en haar vriend werken allebei. De Dienst Toeslagen heeft de kinderopvangtoeslag verkeerd berekend."
    match = match_of(text, None, "wko-1.6-5")
    assert match is None or not match.check.complete


def test_pw_15_1_needs_the_other_provision_to_be_missing_not_any_later_step():
    text = (
        "Mevrouw Yilmaz vroeg bijstand aan; het UWV is volgens de gemeente voorliggend. Een klacht over de "
        "behandeling heeft zij nog niet ingediend."
    )
    match = match_of(text, None, "pw-15-1")
    assert match is None or not match.check.complete


def test_pw_15_1_fires_when_the_other_benefit_is_not_yet_granted():
    text = (
        "Meneer De Wit vroeg bijstand aan. Zijn WW-uitkering is nog niet toegekend en hij heeft geen geld "
        "voor de huur."
    )
    match = match_of(text, "De gemeente zegt dat hij eerst naar het UWV moet.", "pw-15-1")
    assert match is not None and match.check.complete


def test_pw_44_5_fires_for_costs_made_before_the_application_date():
    text = (
        "Meneer Peeters lag in mei drie weken in het ziekenhuis en vroeg daarna bijzondere bijstand aan voor "
        "de kosten van een rolstoel."
    )
    obstacle = "De gemeente: 'Wat u voor de aanvraagdatum hebt betaald, vergoeden we nooit.'"
    match = match_of(text, obstacle, "pw-44-5")
    assert match is not None and match.check.complete


def test_pw_44_5_does_not_fire_for_costs_after_the_application():
    text = "Meneer Peeters vraagt bijzondere bijstand aan voor een wasmachine die hij volgende maand wil kopen."
    match = match_of(text, None, "pw-44-5")
    assert match is None or not match.check.complete


def test_kinderopvang_1_6_8_addresses_the_rule_that_both_partners_must_work():
    text = (
        "Ahmed werkt fulltime. Zijn vrouw heeft sinds een hersenbloeding een Wlz-indicatie van het CIZ. "
        "Hun dochter gaat naar de kinderopvang."
    )
    obstacle = "Dienst Toeslagen: 'Beide partners moeten werken, anders is er geen kinderopvangtoeslag.'"
    assert "wko-1.6-8" in proposed_ids(text, obstacle, 5)


def test_kinderopvang_1_6_8_needs_a_wlz_indication_or_detention():
    text = "Ahmed werkt fulltime. Zijn vrouw zoekt werk. Hun dochter gaat naar de kinderopvang."
    obstacle = "Dienst Toeslagen: 'Beide partners moeten werken, anders is er geen kinderopvangtoeslag.'"
    assert "wko-1.6-8" not in proposed_ids(text, obstacle, 8)


def test_pw_36_2_fires_when_an_income_supplement_is_refused_despite_limited_capacity():
    text = (
        "Mevrouw Oosterhuis (55) leeft al negen jaar van bijstand. Door reuma is zij beperkt belastbaar. "
        "De gemeente wijst haar aanvraag voor een individuele inkomenstoeslag af op een rekenregel."
    )
    match = match_of(text, None, "pw-36-2")
    assert match is not None and match.check.complete


def test_pw_36_2_needs_an_income_supplement():
    text = "Mevrouw Oosterhuis (55) is beperkt belastbaar door reuma en vraagt een traplift aan bij de Wmo."
    assert match_of(text, None, "pw-36-2") is None


def test_pw_36_2_does_not_fire_for_someone_under_21():
    text = "Kevin (19) vraagt een individuele inkomenstoeslag aan; hij is beperkt belastbaar door astma."
    assert match_of(text, None, "pw-36-2") is None
