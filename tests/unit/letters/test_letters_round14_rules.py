"""General rules of fix round 14 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 14 juni 2029\nOnderwerp: Uw zaak", sender: str = "Gemeente Dorpsveen") -> str:
    return (
        f"{sender}\nPostbus 71\n8400 AB  Dorpsveen\n\n{head}\n\nGeachte heer Wolters,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _stated_deadlines(facts) -> set[date]:
    return {f.value.value for f in facts.deadlines if f.stated and not f.value.condition}


# 1. an instruction that names the total with words between ("het hierna vermelde totaalbedrag") --------

_COSTS = (
    "Wij bevelen u om binnen drie dagen het hieronder genoemde totaalbedrag te betalen, met de kosten van "
    "deze brief.\n\n"
    "   openstaande vordering                     EUR   860,00\n"
    "   kosten van deze invordering               EUR    47,15\n"
    "   totaal                                    EUR   907,15\n"
)


def test_an_instruction_naming_the_total_pays_the_total_row_not_a_cost_row(kaart):
    facts = analyse_letter(_letter(_COSTS), kaart)
    amount = facts.fact("amount_to_pay")
    assert amount.stated and amount.value == 907.15


def test_an_instruction_naming_only_the_costs_does_not_take_the_total(kaart):
    body = _COSTS.replace("het hieronder genoemde totaalbedrag te betalen, met de kosten van deze brief", "de kosten van deze invordering te betalen")
    amount = analyse_letter(_letter(body), kaart).fact("amount_to_pay")
    assert not (amount.stated and amount.value == 907.15)


# 2. a term that an earlier decision, named by its date, set -------------------------------------------

_EARLIER = (
    "Bij besluit van 3 maart 2029 (kenmerk WZ/2029-117) is van de heer J.P. Wolters een bedrag van EUR 1.200,00 "
    "teruggevorderd, te betalen binnen zes weken. Dat bedrag is niet betaald."
)


def test_a_term_set_by_an_earlier_decision_is_not_counted_from_this_letter(kaart):
    facts = analyse_letter(_letter(_EARLIER), kaart)
    assert date(2029, 7, 26) not in _stated_deadlines(facts)  # 14 juni 2029 + zes weken


def test_a_term_of_this_letter_is_still_counted_from_its_date(kaart):
    body = "Wij vorderen EUR 1.200,00 van u terug. U moet dit bedrag betalen binnen zes weken na de datum van deze brief."
    facts = analyse_letter(_letter(body), kaart)
    assert date(2029, 7, 26) in _stated_deadlines(facts)


# 3. "Opnieuw bezwaar maken kan niet." is an exclusion ------------------------------------------------

_AFTER_OBJECTION = (
    "Wij hebben uw bezwaar tegen ons besluit van 2 april 2029 ongegrond verklaard.\n\n"
    "Bent u het niet eens met deze beslissing? Dan kunt u beroep instellen bij de rechtbank. Dat moet binnen "
    "6 weken na de datum van deze brief. Nog een keer bezwaar maken bij de gemeente kan niet."
)


def test_a_sentence_ending_in_bezwaar_kan_niet_excludes_bezwaar(kaart):
    head = "Datum: 14 juni 2029\nOnderwerp: Beslissing op uw bezwaar"
    objection = analyse_letter(_letter(_AFTER_OBJECTION, head=head), kaart).fact("objection")
    assert objection.value.possible is not True
    assert objection.value.until is None


def test_bezwaar_kan_niet_followed_by_more_words_is_no_exclusion(kaart):
    body = (
        "Wij hebben uw aanvraag afgewezen. Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen "
        "zes weken na de datum van deze brief. Een bezwaar kan niet per e-mail worden ingediend."
    )
    objection = analyse_letter(_letter(body), kaart).fact("objection")
    assert objection.value.possible is True


# 4. paying one's own running costs again is no amount this letter asks --------------------------------


def test_paying_rent_again_yourself_is_no_amount_to_pay(kaart):
    body = (
        "Wij stoppen het budgetbeheer per 1 september 2029. Vanaf september moet u uw huur (EUR 655,10) en "
        "uw andere vaste lasten weer zelf betalen."
    )
    amount = analyse_letter(_letter(body), kaart).fact("amount_to_pay")
    assert not (amount.stated and amount.value == 655.10)


def test_a_debt_to_pay_is_still_an_amount_to_pay(kaart):
    body = "U heeft een huurachterstand. U moet EUR 655,10 betalen vóór 1 juli 2029."
    amount = analyse_letter(_letter(body), kaart).fact("amount_to_pay")
    assert amount.stated and amount.value == 655.10


# 5. what an offered alternative needs "daarvoor" holds only if the reader chooses it -------------------

_ALTERNATIVE = (
    "Betaal het bedrag van EUR 240,00 uiterlijk op 31 juli 2029.\n\n"
    "U kunt ook in zes maandelijkse termijnen betalen. Daarvoor moet u ons uiterlijk 15 juli 2029 een "
    "machtiging geven."
)


def test_a_date_for_an_offered_alternative_is_conditional(kaart):
    facts = analyse_letter(_letter(_ALTERNATIVE), kaart)
    assert date(2029, 7, 15) not in _stated_deadlines(facts)
    assert date(2029, 7, 31) in _stated_deadlines(facts)
    told = [f.value for f in facts.deadlines if f.value.value == date(2029, 7, 15)]
    assert told and all("Kiest u daarvoor?" in d.condition for d in told)


def test_a_daarvoor_duty_without_an_alternative_is_a_duty(kaart):
    body = "Wij willen uw inkomen controleren. Daarvoor moet u ons uiterlijk 15 juli 2029 uw loonstroken sturen."
    facts = analyse_letter(_letter(body), kaart)
    assert date(2029, 7, 15) in _stated_deadlines(facts)
