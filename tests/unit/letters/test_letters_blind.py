"""Letters written blind by someone who never saw the engine (a challenge round after tuning).
Each test pins the fact that the first run got wrong, so that the general fix stays fixed."""

import pytest

from assistant.config import load_settings
from assistant.features.letters.skill import explain_letter
from evals.casefiles import LETTER_CASES

BLIND = LETTER_CASES / "blind"


def _explain(prefix: str):
    path = next(BLIND.glob(prefix + "_*.txt"))
    return explain_letter(path.read_text(encoding="utf-8"), settings=load_settings(backend="none"))


@pytest.mark.parametrize(
    "prefix, amount",
    [
        ("09", "€ 172,50"),  # not the € 75 minimum for a betalingsregeling
        ("10", "€ 168,34"),  # the arrears, not the monthly amount
        ("11", "€ 542,50"),
        ("08", "€ 987,40"),  # the total; the instalments only apply with a machtiging
    ],
)
def test_the_amount_to_pay_is_the_one_the_letter_asks_for(prefix, amount):
    result = _explain(prefix)
    assert result.actions[0].startswith(f"Betaal {amount}."), result.actions


def test_conditional_direct_debit_is_not_told_as_a_fact():
    result = _explain("08")
    assert not any("vanzelf" in a for a in result.actions)


def test_no_bezwaar_when_the_letter_excludes_it_and_verzet_is_named():
    result = _explain("11")
    assert result.to_dict()["objection"]["possible"] is False
    assert "verzet" in result.to_dict()["objection"]["how"]


def test_information_request_is_not_a_recovery():
    result = _explain("06")
    data = result.to_dict()
    assert data["kind"] == "informatieverzoek" and data["objection"]["possible"] is False
    assert not any(a.startswith("Betaal") for a in data["actions"])
    assert "2026-03-24" in [d["date"] for d in data["dates"]]


def test_period_counted_from_an_invoice_date_is_not_resolved_from_the_letter_date():
    data = _explain("13").to_dict()
    assert not any("betalen" in d["meaning"] for d in data["dates"]), data["dates"]
    assert any("factuur" in a for a in data["actions"])


def test_obligations_in_a_decision_are_actions_not_nothing_to_do():
    actions = _explain("03").actions
    assert not any("niets te doen" in a for a in actions)
    assert any("Geef elke maand" in a for a in actions)


def test_sender_is_the_organisation_not_its_department_line():
    assert _explain("14").sender.startswith("ZorgSamen")
