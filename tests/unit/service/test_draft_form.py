"""The professional edits a draft through a form, not JSON: the final version is the draft with the
edited fields, and bad values (category 7, "drie", an empty note) are refused with one message."""

from __future__ import annotations

import pytest

from assistant.drafts.edits import apply_form, form_values
from assistant.errors import InputError

TRIAGE = {"category": 3, "urgent": True, "organisations": ["UWV", "Gemeente (Werk en Inkomen)"],
          "summary": "Vraag op inkomen.", "facts": {"category": {"value": 3, "status": "stated"}}}  # fmt: skip
GROUNDS = {"grounds": [{"id": "pw-52-1", "citation": "Participatiewet, artikel 52, eerste lid", "title": "Voorschot",
                        "verified": True}, {"id": "awb-3-2", "citation": "Awb, artikel 3:2", "verified": False}]}  # fmt: skip


def test_an_unchanged_form_gives_the_draft_back():
    for skill, draft in (("triage", TRIAGE), ("grounds", GROUNDS), ("explain_letter", {"explanation": "Tekst."})):
        assert apply_form(skill, draft, form_values(skill, draft)) == draft


def test_triage_edits_replace_only_the_edited_fields():
    form = {**form_values("triage", TRIAGE), "category": "2", "urgent": False,
            "organisations": ["UWV", " uwv ", "Woningcorporatie"], "summary": "Aangepast."}  # fmt: skip
    final = apply_form("triage", TRIAGE, form)
    assert (final["category"], final["urgent"], final["summary"]) == (2, False, "Aangepast.")
    assert final["organisations"] == ["UWV", "Woningcorporatie"] and final["facts"] == TRIAGE["facts"]
    assert TRIAGE["category"] == 3  # the draft itself is untouched


@pytest.mark.parametrize(("change", "message"), [
    ({"category": 7}, "1, 2 of 3"), ({"category": "drie"}, "1, 2 of 3"), ({"category": None}, "1, 2 of 3"),
    ({"summary": "  "}, "notitie is leeg"), ({"organisations": ["x" * 200]}, "te lang"),
])  # fmt: skip
def test_bad_triage_values_are_refused(change, message):
    with pytest.raises(InputError, match=message):
        apply_form("triage", TRIAGE, {**form_values("triage", TRIAGE), **change})


def test_grounds_are_kept_or_dropped_with_a_toelichting():
    values = form_values("grounds", GROUNDS)
    assert values["choices"][0] == ("Participatiewet, artikel 52, eerste lid: Voorschot (geverifieerd)", "pw-52-1")
    assert "NIET geverifieerd" in values["choices"][1][0]
    final = apply_form("grounds", GROUNDS, {"kept": ["pw-52-1"], "toelichting": "Eerst het voorschot."})
    assert [g["id"] for g in final["grounds"]] == ["pw-52-1"] and final["toelichting"] == "Eerst het voorschot."
    with pytest.raises(InputError, match="ten minste één grond"):
        apply_form("grounds", GROUNDS, {"kept": [], "toelichting": ""})


def test_a_letter_explanation_must_not_be_emptied():
    with pytest.raises(InputError, match="uitleg is leeg"):
        apply_form("explain_letter", {"explanation": "Tekst."}, {"explanation": ""})
