"""General rules of fix round 9 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.letter_date import find_letter_date


def _letter(body: str, head: str = "Datum: 9 maart 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Brederode-Noord") -> str:
    return (
        f"{sender}\nPostbus 77\n6600 BB  Brederode\n\n{head}\n\nGeachte heer Veenstra,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _fact(text: str, name: str):
    return analyse_letter(text).fact(name)


def _deadlines(text: str) -> list:
    return analyse_letter(text).deadlines


# 1. "u moet nog € X betalen" beside "U hoeft nu niets te betalen": conflicting, so to check ----------


def test_owed_amount_beside_nothing_to_pay_now_is_to_check():
    body = (
        "Na de herberekening blijft er een schuld over. U moet daarom nog € 315 aan ons betalen. "
        "Over het betalen krijgt u binnenkort een nieuwe brief. U hoeft nu niets te betalen."
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.status == "to_check" and got.value is None
    assert any("hoeft nu niets" in e.quote for e in got.evidence)


def test_a_reclaimed_amount_beside_nothing_to_pay_now_is_to_check_too():
    """A terugvordering this letter sets, with "U hoeft nu nog niets te betalen": the B1 text must not
    say "Betaal € …" against the letter's own words, so the professional checks when it is due."""
    body = (
        "U heeft te veel huurtoeslag gekregen. U moet € 612,40 terugbetalen. "
        "U hoeft nu nog niets te betalen: over de manier van betalen sturen wij u later een brief."
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.status == "to_check" and got.value is None
    assert any("612,40" in e.quote for e in got.evidence)


def test_owed_amount_without_not_now_sentence_is_stated():
    """Negative: without "U hoeft nu niets te betalen" the amount is to pay."""
    body = "Na de herberekening blijft er een schuld over. U moet daarom nog € 315 aan ons betalen."
    got = _fact(_letter(body), "amount_to_pay")
    assert got.stated and got.value == 315.0


# 2. a "Totaal te betalen" row in a letter that says the claim is paid in full -------------------------


def test_paid_in_full_letter_asks_no_payment():
    body = (
        "Wij hebben uw overboeking ontvangen.\n\n"
        "  Boete                               €  80,00\n"
        "  Totaal te betalen                   €  80,00\n"
        "  Ontvangen op 2 maart 2028           €  80,00\n\n"
        "De boete is daarmee volledig voldaan. Er staat niets meer open."
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.stated and got.value is None
    assert any("volledig voldaan" in e.quote for e in got.evidence)


def test_total_row_without_paid_in_full_is_still_to_pay():
    """Negative: the same table without the paid-in-full sentence asks the total."""
    body = (
        "U heeft nog niet betaald.\n\n"
        "  Boete                               €  80,00\n"
        "  Totaal te betalen                   €  80,00\n\n"
        "Betaal het totaal binnen twee weken."
    )
    assert _fact(_letter(body), "amount_to_pay").value == 80.0


# 3. a minus after an amount at the end of its row subtracts it ---------------------------------------


def test_trailing_minus_marks_a_deduction():
    text = "Overzicht\n\n  Huur januari            € 610,00\n  Ontvangen 4 januari     € 200,00 -\n  Openstaand              € 410,00\n"
    amounts = {a.value: a for a in find_amounts(text)}
    assert amounts[200.0].negative and "ontvangen" in amounts[200.0].label.lower()
    assert not amounts[410.0].negative


def test_a_dash_between_two_amounts_is_no_minus():
    """Negative: "€ 50 - € 70" is a range in a sentence, not a deduction."""
    amounts = find_amounts("De kosten liggen tussen € 50 - € 70 per keer.\n")
    assert not any(a.negative for a in amounts)


# 4. a betalingsregeling: "U betaalt <totaal> in N termijnen" is the amount to pay ---------------------


def test_total_paid_in_instalments_is_the_amount_to_pay():
    body = (
        "Uw achterstand is als volgt.\n\n"
        "  Bijdrage januari 2028          € 325,00\n"
        "  Ontvangen 15 januari 2028      € 200,00 -\n"
        "  Bijdrage februari 2028         € 325,00\n"
        "  Achterstand                    € 450,00\n\n"
        "Wij hebben afgesproken hoe u de achterstand aflost. U betaalt het openstaande bedrag van € 450,00 in drie "
        "termijnen:\n\n"
        "  Termijn 1   uiterlijk 1 april 2028   € 150,00\n"
        "  Termijn 2   uiterlijk 1 mei 2028     € 150,00\n"
        "  Termijn 3   uiterlijk 1 juni 2028    € 150,00\n\n"
        "Uw gewone bijdrage moet u ook iedere maand gewoon blijven betalen. Betaal de termijnen en de "
        "bijdrage op tijd."
    )
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: bevestiging van uw betalingsregeling achterstand")
    facts = analyse_letter(text)
    assert facts.kind == "betalingsregeling"
    assert facts.fact("amount_to_pay").value == 450.0
    assert facts.fact("pay_by").value == date(2028, 6, 1)


def test_a_monthly_payment_besides_the_plan_is_not_the_amount():
    """Negative: "Uw huur moet u ook elke maand gewoon betalen" asks no new amount."""
    body = "Uw huur van € 700 moet u ook elke maand gewoon betalen."
    assert _fact(_letter(body), "amount_to_pay").value is None


# 5. another matter's date ("Die nota valt niet onder deze aanmaning") is no deadline of this letter ---


def test_date_of_another_matter_is_no_deadline():
    body = (
        "Betaal € 95,00 uiterlijk op 20 maart 2028. De rekening voor de tandarts van € 60,00 is nog niet "
        "vervallen. Die betaalt u vóór de vervaldatum op die rekening (5 april 2028). Die rekening valt niet "
        "onder deze aanmaning."
    )
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: aanmaning")
    facts = analyse_letter(text)
    assert date(2028, 4, 5) not in [f.value.value for f in facts.deadlines]
    assert facts.fact("pay_by").value == date(2028, 3, 20) and facts.fact("pay_by").stated
    assert facts.fact("amount_to_pay").value == 95.0


def test_a_second_date_of_the_same_matter_stays_a_deadline():
    """Negative: without the 'not part of this letter' sentence the second date is a duty."""
    body = "Betaal € 95,00 uiterlijk op 20 maart 2028. Stuur het formulier uiterlijk 5 april 2028 terug."
    assert date(2028, 4, 5) in [f.value.value for f in _deadlines(_letter(body))]


# 6. the subject's head after "bevestiging van" / "mededeling van" names the kind ----------------------


def test_notice_of_garnishment_is_a_beslag_letter_and_no_besluit():
    body = (
        "Op 2 maart 2028 hebben wij beslag gelegd op uw bankrekening, in opdracht van onze cliënt. "
        "U hoeft zelf niets over te maken."
    )
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: mededeling van bankbeslag", sender="Deurwaarderskantoor Lint & Zoon")
    facts = analyse_letter(text)
    assert facts.kind == "beslag"
    assert facts.fact("objection").value.possible is False


def test_a_threatened_beslag_does_not_make_a_beslag_letter():
    """Negative: an aanmaning that says beslag may follow stays an aanmaning."""
    body = "U heeft de rekening nog niet betaald. Betaal € 120 uiterlijk 20 maart 2028. Betaalt u niet, dan kan er beslag worden gelegd."
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: aanmaning")
    assert analyse_letter(text).kind == "aanmaning"


# 7. another sender's letter named by its kind is what this letter is about, not what it is -------------


def test_a_mail_about_someone_elses_reminder_is_a_request_for_papers():
    body = (
        "Je stuurde me de herinnering van de energieleverancier. Die betaal ik vanaf je beheerrekening.\n"
        "Ik heb nog papieren van je nodig: je laatste loonstrook en je bankafschrift."
    )
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: papieren", sender="Bewindvoering Lindeboom")
    assert analyse_letter(text).kind == "informatieverzoek"


def test_a_reminder_itself_stays_a_reminder():
    """Negative: "Dit is de herinnering" about this letter is not another letter."""
    body = "U heeft de rekening van € 45 nog niet betaald. Betaal het bedrag uiterlijk 20 maart 2028."
    text = _letter(body, head="Datum: 9 maart 2028\nOnderwerp: herinnering")
    assert analyse_letter(text).kind == "aanmaning"


# 8. a date without a year: read nearest to the letter's date; a fitting weekday makes it stated --------


def test_yearless_deadline_with_matching_weekday_is_stated():
    body = "Stuur mij je loonstroken uiterlijk dinsdag 14 maart."
    got = [f for f in _deadlines(_letter(body)) if f.value.value == date(2028, 3, 14)]
    assert got and got[0].stated


def test_yearless_deadline_without_weekday_is_to_check():
    body = "Stuur mij je loonstroken uiterlijk 14 maart."
    got = [f for f in _deadlines(_letter(body)) if f.value.value == date(2028, 3, 14)]
    assert got and got[0].status == "to_check"


def test_yearless_date_with_a_wrong_weekday_is_left_out():
    """Negative: 14 March 2028 is a Tuesday; "vrijdag 14 maart" does not fit it."""
    body = "Stuur mij je loonstroken uiterlijk vrijdag 14 maart."
    assert not [f for f in _deadlines(_letter(body)) if f.value.value.month == 3 and f.value.value.day == 14]


# 9. appointment rows: "Dag en tijd: <datum>, 10.00 uur" and a hearing's "Datum:" row --------------------


def test_day_and_time_row_is_an_appointment():
    body = "U bent welkom voor een gesprek.\n\n  Dag en tijd:   donderdag 16 maart 2028, 14.30 uur\n  Plaats:        het gemeentehuis"
    got = [f for f in _deadlines(_letter(body)) if f.value.value == date(2028, 3, 16)]
    assert got and got[0].stated and "14.30" in got[0].value.meaning


def test_hearing_date_row_is_not_the_letter_date():
    text = (
        "Rechtbank Oostmark\nTeam bestuursrecht\n\nMevrouw L. Hoek\nDijkweg 3\n1234 AB  Oostmark\n\n"
        "Datum verzending:  9 maart 2028\nZaaknummer: OMK 28/0042\n\nGeachte mevrouw Hoek,\n\n"
        "Uw beroep wordt behandeld op een zitting.\n\n  Datum:   woensdag 10 mei 2028\n  Tijd:    11.00 uur\n\n"
        "Met vriendelijke groet,\n\nde griffier\n"
    )
    assert find_letter_date(text).value == date(2028, 3, 9)


def test_a_header_date_row_without_a_time_stays_the_letter_date():
    """Negative: a plain "Datum:" in the header is the letter's date."""
    text = _letter("Wij hebben uw aanvraag ontvangen.", head="Datum: 9 maart 2028\nOnderwerp: ontvangst")
    assert find_letter_date(text).value == date(2028, 3, 9)


# 10. "Maakt u geen bezwaar, dan ..." is a condition about the reader's choice, no exclusion ------------


def test_not_objecting_as_a_condition_does_not_exclude_bezwaar():
    body = (
        "Wij wijzen uw aanvraag af.\n\nStelt u geen bezwaar in, dan stopt uw vergunning over vier weken.\n\n"
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief "
        "bezwaar maken."
    )
    got = _fact(_letter(body), "objection")
    assert got.value.possible is True


def test_a_real_exclusion_still_excludes():
    """Negative: "U kunt tegen deze brief geen bezwaar maken" stays an exclusion."""
    body = "Dit is een herinnering. U kunt tegen deze herinnering geen bezwaar maken. Betaal € 40 uiterlijk 20 maart 2028."
    got = _fact(_letter(body, head="Datum: 9 maart 2028\nOnderwerp: herinnering"), "objection")
    assert got.value.possible is False


# 11. a document that opens with an exploot ("Heden, ...") is dated by the day of service ---------------


def _exploot(opening: bool) -> str:
    served = "Heden, maandag 13 maart 2028, heb ik, gerechtsdeurwaarder, het hierna volgende dwangbevel betekend.\n\n"
    order = "DWANGBEVEL\n\nBrederode, 1 maart 2028\n\nDe ontvanger beveelt betaling van € 210,00.\n\n"
    head = "Deurwaarderskantoor Lint & Zoon\nPostbus 5\n6600 AA  Brederode\n\n"
    return head + (served + order if opening else order + served)


def test_an_opening_exploot_dates_the_document():
    assert find_letter_date(_exploot(opening=True)).value == date(2028, 3, 13)


def test_an_exploot_appended_below_keeps_the_letters_own_date():
    """Negative: the dwangbevel's own date comes first; the exploot below it does not date it."""
    assert find_letter_date(_exploot(opening=False)).value == date(2028, 3, 1)


# 12. the letter's own end of a period beats the engine's count of it ----------------------------------


def test_named_end_of_the_pay_period_wins_over_the_count():
    body = (
        "Betaal € 75,00 binnen 14 dagen na ontvangst van deze brief. Wij rekenen erop dat u de brief op "
        "11 maart 2028 krijgt. Het bedrag moet dan uiterlijk op 25 maart 2028 op onze rekening staan."
    )
    got = _fact(_letter(body, sender="Incassobureau Rappel B.V."), "pay_by")
    assert got.stated and got.value == date(2028, 3, 25)


def test_two_dates_the_letter_names_itself_stay_to_check():
    """Negative: two named dates for paying are not resolved by this rule."""
    body = "Betaal € 75,00 uiterlijk op 20 maart 2028. Betaal € 75,00 uiterlijk op 25 maart 2028."
    assert _fact(_letter(body, sender="Incassobureau Rappel B.V."), "pay_by").status == "to_check"


# 13. a colleague's message that introduces a client by title and age is no letter ---------------------


def test_a_colleagues_mail_about_a_client_is_no_letter():
    text = (
        "Van: Joke Aarts, schuldhulp\nAan: Pim\nDatum: 9 maart 2028\nOnderwerp: overdracht mevr. K.\n\n"
        "Pim,\n\nKun jij mevr. K. (47) overnemen? Zij heeft een aanmaning van de gemeente van € 120.\n\nJoke"
    )
    assert not analyse_letter(text).is_letter


def test_a_mail_to_the_client_stays_a_letter():
    """Negative: a bewindvoerder's mail that speaks to the client is a letter."""
    text = (
        "Van: Joke Aarts <joke@bewind.example>\nAan: Sanne\nDatum: 9 maart 2028\nOnderwerp: papieren\n\n"
        "Hoi Sanne,\n\nIk heb nog papieren van je nodig: je loonstrook van februari. Stuur die uiterlijk "
        "20 maart 2028.\n\nGroetjes,\nJoke\nBewindvoering Aarts"
    )
    assert analyse_letter(text).is_letter


# 14. a time word before a comma ("Gisteren, dinsdag 8 maart 2028, ...") is no place-and-date line -------


def test_yesterday_with_a_date_is_not_a_second_letter_date():
    body = "Gisteren, woensdag 8 maart 2028, heeft u ons gebeld over uw schulden. Wij nodigen u uit voor een gesprek."
    text = _letter(body, head="Brederode, 9 maart 2028\nOnderwerp: uitnodiging")
    got = _fact(text, "letter_date")
    assert got.stated and got.value == date(2028, 3, 9)


def test_a_place_and_date_line_is_still_the_letter_date():
    """Negative: "Brederode, 9 maart 2028" on its own line dates the letter."""
    text = _letter("Wij nodigen u uit voor een gesprek.", head="Brederode, 9 maart 2028\nOnderwerp: uitnodiging")
    assert find_letter_date(text).value == date(2028, 3, 9)


# 15. "Voor de kwijtschelding heb ik deze stukken van je nodig": the deadline is for sending papers ------


def test_papers_needed_for_a_kwijtschelding_is_a_deadline_to_send_papers():
    body = "Voor de kwijtschelding van je belastingen heb ik deze stukken van je nodig, uiterlijk 20 maart 2028: je loonstrook."
    got = [f for f in _deadlines(_letter(body)) if f.value.value == date(2028, 3, 20)]
    assert got and "papieren" in got[0].value.meaning


def test_applying_for_kwijtschelding_by_a_date_stays_that():
    """Negative: without papers asked, the date is for the kwijtschelding request itself."""
    body = "Vraag uiterlijk 20 maart 2028 kwijtschelding aan met het formulier in de bijlage."
    got = [d for d in analyse_letter(_letter(body)).dates if d.value == date(2028, 3, 20)]
    assert got and "kwijtschelding" in got[0].meaning


# 16. what the reader does not get ("maar geen huurtoeslag") is not what the letter is about -------------


def test_a_negated_benefit_is_not_the_topic():
    body = "U woont alleen en krijgt geen huurtoeslag. Wij hebben uw bijstand berekend."
    assert analyse_letter(_letter(body)).topic == "uw bijstandsuitkering"


def test_a_benefit_named_plainly_is_the_topic():
    """Negative: "uw huurtoeslag" without "geen" is the topic."""
    body = "Wij hebben uw huurtoeslag berekend."
    assert analyse_letter(_letter(body)).topic == "uw huurtoeslag"
