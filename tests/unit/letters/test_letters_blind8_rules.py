"""General rules from blind round 8 (deadlines), each with newly written sentences and a negative
example it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter


def _letter(body: str, head: str = "Datum: 3 februari 2029\nOnderwerp: Uw dossier") -> str:
    sender = "Stichting Budgetbeheer Lindeveld"
    return (
        f"{sender}\nPostbus 77\n6800 AB  Lindeveld\n\n{head}\n\nGeachte heer Smits,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _stated(text: str) -> list[date]:
    return [f.value.value for f in analyse_letter(text).deadlines if f.stated]


def _all(text: str) -> list:
    return [f.value for f in analyse_letter(text).deadlines]


# 1. The sender's own duty is no deadline for the reader ---------------------------------------------


def test_what_we_must_hand_in_ourselves_is_no_deadline_for_you():
    body = (
        "Wij moeten uiterlijk 20 april 2029 het jaarverslag bij de rechtbank indienen. "
        "Dat regelen wij voor u. U hoeft daarvoor niets te doen."
    )
    assert date(2029, 4, 20) not in _stated(_letter(body))


def test_nothing_to_do_after_the_date_takes_it_from_the_reader():
    body = "Het verslag gaat uiterlijk 20 april 2029 naar de rechter. U hoeft hiervoor niets te doen."
    assert date(2029, 4, 20) not in _stated(_letter(body))


def test_what_you_must_send_us_stays_your_deadline():
    body = "Stuur ons uiterlijk 20 februari 2029 een kopie van uw huurcontract. Dan passen wij uw budget aan."
    assert date(2029, 2, 20) in _stated(_letter(body))


def test_a_paper_we_must_have_from_you_is_your_deadline():
    body = "Wij moeten uw bankafschriften uiterlijk op 22 februari 2029 hebben. Dan kunnen wij verder."
    assert date(2029, 2, 22) in _stated(_letter(body))


# 2. The letter's own named end date wins over a computed one ---------------------------------------


def test_the_named_last_day_wins_over_the_counted_term():
    body = (
        "Betaal het bedrag van € 310,00 binnen drie dagen, dat wil zeggen uiterlijk op dinsdag 6 februari 2029. "
        "Daarna kunnen wij beslag leggen."
    )
    got = _stated(_letter(body))
    assert date(2029, 2, 6) in got
    assert date(2029, 2, 6) == max(got)  # the counted end (3 + 3 = 6 februari) is the same or absent
    assert all(d == date(2029, 2, 6) for d in got)


def test_a_named_date_that_differs_from_the_count_is_the_only_one_told():
    body = "Betaal het bedrag van € 310,00 binnen twee dagen, dat is uiterlijk op maandag 12 februari 2029."
    got = _stated(_letter(body))
    assert got == [date(2029, 2, 12)]


def test_a_term_without_a_named_date_is_still_counted():
    body = "Betaal het bedrag van € 310,00 binnen 14 dagen na de datum van deze brief."
    assert date(2029, 2, 17) in _stated(_letter(body))


# 3. Uploading is sending; a zienswijze date is the last day of an option ----------------------------


def test_upload_by_a_date_is_a_deadline():
    body = "Wij hebben nog uw loonstrook nodig. Upload die via het klantportaal, uiterlijk 26 februari 2029."
    assert date(2029, 2, 26) in _stated(_letter(body))


def test_a_date_without_a_reader_act_stays_no_deadline():
    body = "Uw dossier blijft open tot uiterlijk 26 februari 2029."
    assert date(2029, 2, 26) not in _stated(_letter(body))


def test_a_zienswijze_until_a_date_is_a_deadline_with_its_condition():
    body = "U kunt uw zienswijze op dit voornemen aan ons geven tot en met 1 maart 2029."
    got = [d for d in _all(_letter(body)) if d.value == date(2029, 3, 1)]
    assert got and got[0].condition and "zienswijze" in got[0].condition


def test_a_support_that_runs_until_a_date_is_no_deadline():
    body = "Wij zijn van plan uw begeleiding te laten lopen tot en met 1 maart 2029."
    assert date(2029, 3, 1) not in [d.value for d in _all(_letter(body))]


# 4. Notes and messages about a client are no letters ------------------------------------------------


def _shape_doubts(text: str) -> list[str]:
    from assistant.features.letters.shape import letter_doubts

    return letter_doubts(text, sender_found=True, date_found=True)


def test_a_note_titled_after_a_dash_without_salutation_is_no_letter():
    text = (
        "Buurtteam Noord - aantekening bezoek\nDatum: 2 maart 2029\n\n"
        "Mw. Bos woont alleen en heeft een stapel post laten zien. Een energierekening is nog open."
    )
    assert _shape_doubts(text)


def test_a_letter_with_a_dash_in_its_first_line_and_a_salutation_stays_a_letter():
    text = (
        "Gemeente Lindeveld - Team Inkomen\nPostbus 77\n6800 AB Lindeveld\nDatum: 2 maart 2029\n\n"
        "Geachte mevrouw Bos,\n\nWij hebben uw aanvraag ontvangen.\n\nMet vriendelijke groet,\nTeam Inkomen"
    )
    assert _shape_doubts(text) == []


def test_a_message_about_a_titled_person_is_about_a_client():
    text = (
        "Van: Joost\nAan: Lies\nDatum: 3 maart 2029\n\nHallo Lies,\n\n"
        "Hierbij mijn verslag van het gesprek met dhr. Veenstra (71). Hij heeft zijn huur niet betaald.\n\nGroet,\nJoost"
    )
    assert _shape_doubts(text)


def test_a_message_that_speaks_to_the_reader_stays_a_letter():
    text = (
        "Woonstichting Lindeveld\nPostbus 12\n6800 CD Lindeveld\nDatum: 3 maart 2029\n\nBeste mevrouw Bos,\n\n"
        "Op uw verzoek komt dhr. Veenstra van onze technische dienst bij u langs.\n\nGroet,\nWoonstichting Lindeveld"
    )
    assert _shape_doubts(text) == []
