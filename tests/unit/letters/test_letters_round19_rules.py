"""General rules of the fix round before blind round 18 (issue 10): a list of days sharing one month,
"vóór" against "uiterlijk", a dwangbevel's verzet term counted from its betekening, and informative
letters (jaaropgave, pensioenoverzicht) without a bezwaar term. Each with newly written Dutch
sentences and a negative example the rule must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_dates
from assistant.features.letters.day_lists import list_days
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _gemeente(body: str, subject: str = "Uw uitkering") -> str:
    return (
        "Gemeente Beekhoven\nTeam Werk en Inkomen\nPostbus 80\n5600 AB  Beekhoven\n\n"
        "De heer M. Kaya\nWilgenlaan 14\n5611 CD  Beekhoven\n\nBeekhoven, 6 oktober 2026\n"
        f"Onderwerp: {subject}\n\nGeachte heer Kaya,\n\n{body}\n\nMet vriendelijke groet,\n\nGemeente Beekhoven\n"
    )


def _deadlines(facts) -> dict[date, tuple[str, str]]:
    return {f.value.value: (f.status, f.value.meaning) for f in facts.deadlines}


# 1. a list of days that share one month: every day is a date, with the purpose of its sentence ------


def test_days_listed_before_one_month_are_each_a_date():
    text = "De workshops vinden plaats op maandag 2, 9 en 16 november 2026."
    last = find_dates(text)[-1]
    assert [d.value for d in list_days(text, last)] == [date(2026, 11, 2), date(2026, 11, 9)]


def test_numbers_that_count_something_are_no_list_of_days():
    # negative: an article number and an amount before a date are no days of that month
    for text in (
        "Dat staat in artikel 4, 7 en 12 maart 2027 gewijzigd.",
        "U stortte € 8 en 20 mei 2027 nog eens.",
    ):
        assert list_days(text, find_dates(text)[-1]) == []


def test_every_day_of_an_appointment_list_is_an_appointment(kaart):
    body = (
        "U bent verplicht om mee te doen aan de gesprekken over werk. De gesprekken zijn op "
        "woensdag 4, 11 en 18 november 2026 om 13.00 uur op het gemeentehuis."
    )
    found = _deadlines(analyse_letter(_gemeente(body), kaart))
    for day in (4, 11, 18):
        assert found[date(2026, 11, day)] == ("stated", "afspraak om 13.00 uur")


def test_every_day_of_a_deadline_list_has_the_sentences_purpose(kaart):
    body = "Stuur ons uiterlijk 13 en 27 oktober 2026 een kopie van uw loonstrook."
    found = _deadlines(analyse_letter(_gemeente(body), kaart))
    purpose = "uiterste datum om de gevraagde papieren te sturen"
    assert found[date(2026, 10, 13)] == ("stated", purpose)
    assert found[date(2026, 10, 27)] == ("stated", purpose)


def test_a_single_date_stays_one_date(kaart):
    # negative: no list, one deadline
    found = _deadlines(analyse_letter(_gemeente("Stuur ons uiterlijk 27 oktober 2026 uw loonstrook."), kaart))
    assert list(found) == [date(2026, 10, 27)]


# 2. "vóór" a date: the last day is the day before, never stated as the date itself -----------------


@pytest.mark.parametrize("word", ["vóór", "voor"])
def test_before_a_date_is_to_check_with_the_day_before(kaart, word):
    body = f"Wij hebben uw huurcontract nodig. Stuur het {word} 1 december 2026 naar ons."
    facts = analyse_letter(_gemeente(body), kaart)
    deadline = next(f for f in facts.deadlines if f.value.value == date(2026, 12, 1))
    assert deadline.status == "to_check"
    assert "30 november 2026" in deadline.note


def test_uiterlijk_a_date_is_that_day_itself(kaart):
    # negative: "uiterlijk 1 december" includes 1 december and is stated
    facts = analyse_letter(_gemeente("Stuur uw huurcontract uiterlijk 1 december 2026 naar ons."), kaart)
    assert _deadlines(facts)[date(2026, 12, 1)][0] == "stated"


def test_a_time_before_a_date_is_no_deadline(kaart):
    # negative: "van vóór 1 maart" names a period, the reader need not do anything by then
    body = "Wij kijken naar de schulden van vóór 1 maart 2026. Daarover hoort u later meer."
    assert date(2026, 3, 1) not in _deadlines(analyse_letter(_gemeente(body), kaart))


# 3. a dwangbevel's verzet term counts from the betekening (Awb 4:123 lid 1) ------------------------

_DWANGBEVEL = (
    "Belastingsamenwerking Rivierland\nPostbus 300\n4000 AH  Tiel\n\nMevrouw E. Boer\nDijkweg 7\n4001 KL  Tiel\n\n"
    "Datum dwangbevel: 5 oktober 2026\n{served}Onderwerp: Dwangbevel gemeentelijke belastingen 2026\n\n"
    "Geachte mevrouw Boer,\n\nU heeft uw aanslag gemeentelijke belastingen 2026 niet betaald, ook niet na de "
    "aanmaning. Daarom ontvangt u dit dwangbevel. U moet nu € 286,40 betalen, met de kosten erbij.\n\n"
    "Wilt u zich hiertegen verzetten? U kunt {term} in verzet komen bij de rechtbank Gelderland.\n\n"
    "Met vriendelijke groet,\n\nDe invorderingsambtenaar\n"
)


def test_verzet_term_without_begin_day_counts_from_the_betekening(kaart):
    letter = _DWANGBEVEL.format(served="Datum van betekening: 12 oktober 2026\n", term="binnen zes weken")
    appeal = analyse_letter(letter, kaart).fact("appeal")
    assert appeal.status == "stated"
    assert appeal.value.route == "verzet" and appeal.value.until == date(2026, 11, 23)  # 12 okt + 6 weken
    assert "Awb 4:123" in appeal.rule


def test_verzet_term_without_betekening_date_is_to_check(kaart):
    letter = _DWANGBEVEL.format(served="", term="binnen zes weken")
    appeal = analyse_letter(letter, kaart).fact("appeal")
    assert appeal.status == "to_check" and appeal.value.until is None  # never 16 november (from the date)


def test_verzet_term_the_letter_anchors_itself_stays(kaart):
    # negative: the letter says from when it counts: its own words decide
    letter = _DWANGBEVEL.format(served="", term="binnen zes weken na de datum van dit dwangbevel")
    appeal = analyse_letter(letter, kaart).fact("appeal")
    assert appeal.status == "stated" and appeal.value.until == date(2026, 11, 16)


def test_a_dwangbevel_gets_no_bezwaar(kaart):
    letter = _DWANGBEVEL.format(served="", term="binnen zes weken")
    objection = analyse_letter(letter, kaart).objection
    assert objection.value.possible is False


# 4. informative letters: a jaaropgave or pensioenoverzicht states no bezwaar term -----------------


def _info(sender: str, subject: str, body: str) -> str:
    return (
        f"{sender}\nPostbus 9\n9700 RR  Groningen\n\nMevrouw L. Hendriks\nEsdoornlaan 3\n9721 XY  Groningen\n\n"
        f"Groningen, 12 februari 2027\nOnderwerp: {subject}\n\nGeachte mevrouw Hendriks,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "UWV",
            "Jaaropgaaf 2026",
            "In deze jaaropgaaf leest u hoeveel ziektewet-uitkering u in 2026 kreeg: "
            "€ 9.412,00 bruto. Wij hielden € 903,00 loonheffing in. U heeft dit nodig voor uw belastingaangifte.",
        ),
        (
            "Sociale Verzekeringsbank",
            "Jaaropgave AOW 2026",
            "Hierin staat wat u in 2026 aan AOW van ons kreeg: "
            "€ 17.010,00 bruto. Bewaar dit overzicht bij uw belastingpapieren.",
        ),
        (
            "Pensioenfonds Metaal en Bouw",
            "Uw pensioenoverzicht 2027",
            "U bouwde tot 1 januari 2027 een pensioen "
            "op van € 6.120 bruto per jaar. Dat krijgt u vanaf uw AOW-leeftijd. Klopt er iets niet? Laat het ons weten.",
        ),
    ],
)
def test_informative_letter_states_no_bezwaar_term(kaart, sender, subject, body):
    facts = analyse_letter(_info(sender, subject, body), kaart)
    assert facts.kind == "informatie"
    objection = facts.objection
    assert not (objection.status == "stated" and objection.value.possible)
    assert objection.value is None or objection.value.until is None
    assert facts.fact("amount_to_pay").value is None  # an annual amount received is nothing to pay


def test_a_letter_that_gives_a_bezwaar_term_keeps_it(kaart):
    # negative: an informative-looking letter that does say bezwaar is possible keeps its term
    body = (
        "Wij hebben uw AOW opnieuw vastgesteld op € 1.420,00 bruto per maand. Bent u het niet eens met dit "
        "besluit? Maak dan binnen zes weken na de datum van deze brief bezwaar."
    )
    objection = analyse_letter(_info("Sociale Verzekeringsbank", "Uw AOW", body), kaart).objection
    assert objection.value.possible is True and objection.value.until == date(2027, 3, 26)


# 5. a conditional deadline written "vóór <datum>" is never retold as the last day being that date ---

_LONG_OWN = (
    "Wij verwachten u op donderdag 15 oktober 2026 om 14.00 uur voor een gesprek over uw re-integratie. "
    "Lukt dat niet? Geef dat dan {word} 14 oktober 2026 door via het contactformulier op onze website of "
    "telefonisch aan uw klantmanager, zodat wij samen met u een andere dag en een ander tijdstip kunnen kiezen."
)


def test_conditional_before_deadline_is_told_as_the_day_before(kaart):
    facts = analyse_letter(_gemeente(_LONG_OWN.format(word="vóór"), "Uitnodiging gesprek"), kaart)
    told = " ".join(a.value for a in facts.actions)
    assert "vóór 14 oktober 2026" in told and "13 oktober 2026" in told
    assert "is 14 oktober 2026" not in told  # never "de uiterste datum ... is 14 oktober"


def test_conditional_uiterlijk_deadline_keeps_its_date(kaart):
    # negative: "uiterlijk 14 oktober" includes 14 oktober itself
    facts = analyse_letter(_gemeente(_LONG_OWN.format(word="uiterlijk"), "Uitnodiging gesprek"), kaart)
    told = " ".join(a.value for a in facts.actions)
    assert "14 oktober 2026" in told and "13 oktober 2026" not in told
