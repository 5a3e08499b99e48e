"""Mini-maatwerkbudget check: one test per rule, plus the overall verdict."""

from __future__ import annotations

from dataclasses import replace

from assistant.features.grounds.budget import HOUSEHOLD_MAX, MIN_APPROVALS, TEAM_BUDGET, Spend, check_budget

OK = Spend(
    amount=250, purpose="een bed en een matras", in_kind=True, approvals=3, recurring=False, is_debt=False,
    other_provision_fast_enough=False, team_spent=500, household_received=0,
)  # fmt: skip


def rule(check, name):
    return next(r for r in check.rules if r.rule == name)


def test_rules_match_the_report():
    assert (TEAM_BUDGET, HOUSEHOLD_MAX, MIN_APPROVALS) == (2000, 500, 3)


def test_a_spend_that_meets_every_rule_fits():
    check = check_budget(OK)
    assert check.fits is True
    assert all(r.ok is True for r in check.rules)
    assert "Past binnen" in check.verdict


def test_team_budget_cannot_be_exceeded():
    check = check_budget(replace(OK, team_spent=1900, amount=150))
    assert rule(check, "teambudget").ok is False and check.fits is False
    assert "€100" in rule(check, "teambudget").explanation
    assert rule(check_budget(replace(OK, team_spent=1750, amount=250)), "teambudget").ok is True


def test_at_most_500_per_household_including_earlier_spending():
    assert rule(check_budget(replace(OK, amount=500)), "per_huishouden").ok is True
    assert rule(check_budget(replace(OK, amount=501)), "per_huishouden").ok is False
    check = check_budget(replace(OK, amount=200, household_received=350))
    assert rule(check, "per_huishouden").ok is False
    assert "€550" in rule(check, "per_huishouden").explanation


def test_three_team_members_must_agree():
    assert rule(check_budget(replace(OK, approvals=2)), "akkoord").ok is False
    assert rule(check_budget(replace(OK, approvals=3)), "akkoord").ok is True
    unknown = check_budget(replace(OK, approvals=None))
    assert rule(unknown, "akkoord").ok is None and rule(unknown, "akkoord").question
    assert unknown.fits is None


def test_only_in_kind():
    assert rule(check_budget(replace(OK, in_kind=False)), "in_natura").ok is False
    derived = check_budget(replace(OK, in_kind=None, purpose="contant geld voor boodschappen"))
    assert rule(derived, "in_natura").ok is False and "afgeleid" in rule(derived, "in_natura").explanation
    assert rule(check_budget(replace(OK, in_kind=None)), "in_natura").ok is None


def test_not_for_debts():
    assert rule(check_budget(replace(OK, is_debt=True)), "geen_schulden").ok is False
    derived = check_budget(replace(OK, is_debt=None, purpose="de huurachterstand van maart"))
    assert rule(derived, "geen_schulden").ok is False and derived.fits is False
    unknown = check_budget(replace(OK, is_debt=None))
    assert rule(unknown, "geen_schulden").ok is None


def test_only_one_off_costs():
    assert rule(check_budget(replace(OK, recurring=True)), "eenmalig").ok is False
    derived = check_budget(replace(OK, recurring=None, purpose="de huur, elke maand 100 euro"))
    assert rule(derived, "eenmalig").ok is False
    assert rule(check_budget(replace(OK, recurring=None)), "eenmalig").ok is None


def test_only_when_no_other_provision_is_fast_enough():
    check = check_budget(replace(OK, other_provision_fast_enough=True))
    assert rule(check, "geen_andere_voorziening").ok is False and check.fits is False
    unknown = check_budget(replace(OK, other_provision_fast_enough=None))
    assert rule(unknown, "geen_andere_voorziening").ok is None
    assert "bijzondere bijstand" in rule(unknown, "geen_andere_voorziening").question


def test_amount_must_be_positive():
    assert check_budget(replace(OK, amount=0)).fits is False


def test_a_failed_rule_wins_over_unknown_rules_and_is_named():
    check = check_budget(Spend(amount=800))
    assert check.fits is False
    assert "per huishouden" in check.verdict
    assert check.to_dict()["rules"][0]["rule"] == "teambudget"
