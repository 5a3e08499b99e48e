"""Workbench methods for the human decision and the audit log: save, decide, list, verify, purge."""

from __future__ import annotations


class DecisionsMixin:
    # -- the human decision ---------------------------------------------------------------------
    def save(self, skill: str, input_text: str, draft, *, user: str | None = None) -> str:
        """Store a draft in the audit log; returns its id."""
        data = draft.to_dict() if hasattr(draft, "to_dict") else dict(draft)
        return self.audit().save_draft(
            skill, input_text, data, data.get("generated_by"), user or self.settings.user
        )

    def decide(self, draft_id: str, decision: str, *, final=None, reason=None, user=None, revise=False) -> dict:
        return self.audit().decide(
            draft_id, decision, final=final, reason=reason, user=user or self.settings.user, revise=revise
        )

    def save_and_decide(self, skill: str, input_text: str, draft, decision: str, *, final=None, reason=None,
                        user=None) -> dict:  # fmt: skip
        """What a front end that stores drafts only on a decision calls (the panel). A decision the log
        would refuse (a rejection without reason) is refused before the draft is stored."""
        from assistant.audit.log import check_decision

        check_decision(decision, final, reason)
        draft_id = self.save(skill, input_text, draft, user=user)
        return self.decide(draft_id, decision, final=final, reason=reason, user=user)

    def decide_form(self, skill: str, input_text: str, draft: dict, form: dict, action: str, *,
                    draft_id: str | None = None, reason=None, user=None) -> dict:  # fmt: skip
        """A decision taken in a draft's form (the panel): `action` is accept, adjust or reject.

        The form is applied to the draft; what changed is kept with an acceptance (an "adjust" without
        a change is refused). Without `draft_id` the draft is stored with its first decision; with it,
        the earlier decision is revised and stays in the log. Returns the log record plus `kept`
        (whether a changed version was stored) and `changed_fields`."""
        from assistant.errors import UserError

        if action not in ("accept", "adjust", "reject"):
            raise UserError(f"Onbekende beslissing: {action}.")
        final = self.apply_form(skill, draft, form)
        changed = final != draft
        if action == "adjust" and not changed:
            raise UserError("U heeft niets aangepast. Pas het formulier aan, of kies Akkoord.")
        decision = "rejected" if action == "reject" else "accepted"
        keep = final if changed and decision == "accepted" else None
        if draft_id:
            record = self.decide(draft_id, decision, final=keep, reason=reason, user=user, revise=True)
        else:
            record = self.save_and_decide(skill, input_text, draft, decision, final=keep, reason=reason, user=user)
        fields = (record.get("revisions") or [{}])[-1].get("changed_fields") or []
        return {**record, "kept": keep is not None, "changed_fields": fields}

    def log(self, **filters) -> list[dict]:
        return self.audit().list(**filters)

    def log_record(self, draft_id: str) -> dict:
        return self.audit().get(draft_id)

    def export_log(self, path, **filters) -> int:
        return self.audit().export(path, **filters)

    @staticmethod
    def redact(data):
        """A copy with BSN, IBAN, phone numbers, e-mail addresses and birth dates replaced by labels
        (also in dict keys): for anything a front end writes to disk (eval reports, exports)."""
        from assistant.audit.privacy import redact_obj

        return redact_obj(data)

    def verify_log(self):
        """Walk the audit log's hash chain; the result lists every break (`.ok` when there is none)."""
        return self.audit().verify()

    def purge_log(self, *, older_than_days: int | None = None, user: str | None = None) -> dict:
        """Remove what is older than the retention period (setting audit_retention_days); logged."""
        days = older_than_days or self.settings.audit_retention_days
        return self.audit().purge(days, user or self.settings.user)

    def log_purges(self) -> list[dict]:
        return self.audit().purges()
