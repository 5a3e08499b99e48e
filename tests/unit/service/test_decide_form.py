"""The panel's decision in one service call: first decision stores the draft with it, a revision keeps
the earlier decision, an "adjust" without a change is refused and nothing is stored."""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.drafts.edits import form_values
from assistant.errors import UserError
from assistant.service import Workbench

DRAFT = {"category": 2, "urgent": False, "organisations": ["UWV", "Gemeente"], "summary": "Twee loketten."}


@pytest.fixture()
def wb(tmp_path):
    return Workbench(load_settings(data_dir=tmp_path, backend="none"))


def test_first_decision_stores_the_draft_and_a_revision_keeps_the_first(wb):
    form = form_values("triage", DRAFT)
    first = wb.decide_form("triage", "intake", DRAFT, form, "accept", user="Ans")
    assert first["kept"] is False and first["decision"] == "accepted"
    revised = wb.decide_form("triage", "intake", DRAFT, {**form, "category": "3"}, "adjust",
                             draft_id=first["id"], user="Ans")  # fmt: skip
    assert revised["id"] == first["id"] and revised["kept"] is True
    assert "category" in revised["changed_fields"]
    assert len(wb.log_record(first["id"])["revisions"]) == 2
    assert len(wb.log()) == 1  # one draft, decided twice


def test_adjust_without_change_and_reject_without_reason_store_nothing(wb):
    form = form_values("triage", DRAFT)
    with pytest.raises(UserError, match="niets aangepast"):
        wb.decide_form("triage", "intake", DRAFT, form, "adjust", user="Ans")
    with pytest.raises(UserError):
        wb.decide_form("triage", "intake", DRAFT, form, "reject", reason="", user="Ans")
    with pytest.raises(UserError, match="Onbekende beslissing"):
        wb.decide_form("triage", "intake", DRAFT, form, "delete", user="Ans")
    assert wb.log() == []
