"""The human decision under every draft: edit the draft (JSON), then accept or reject with a reason.

Every draft shown is stored in the audit log when it is made; the decision is added to it.
"""

from __future__ import annotations

import html
import json

import gradio as gr

from assistant.errors import UserError


def build(state, prefix: str):
    """Components for one tab; returns (draft_state, json_box, status) for the tab to fill."""
    draft_state = gr.State({})
    with gr.Accordion("Concept aanpassen en beslissen", open=False):
        json_box = gr.Code(
            language="json", label="Concept (JSON, aanpasbaar)", interactive=True, elem_id=f"rw-{prefix}-json"
        )
        reason = gr.Textbox(label="Reden (verplicht bij afwijzen)", lines=2, elem_id=f"rw-{prefix}-reason")
        with gr.Row():
            accept = gr.Button("Accepteren", variant="primary", elem_id=f"rw-{prefix}-accept")
            reject = gr.Button("Afwijzen", variant="stop", elem_id=f"rw-{prefix}-reject")
    status = gr.Markdown(elem_id=f"rw-{prefix}-status")

    def decide(decision: str, current: dict, edited: str, why: str):
        from assistant.review import AuditLog

        if not current.get("draft_id"):
            return "Maak eerst een concept."
        try:
            final = json.loads(edited) if edited and edited.strip() else None
        except json.JSONDecodeError as exc:
            return f"Het aangepaste concept is geen geldige JSON (regel {exc.lineno}); niets opgeslagen."
        if final == current.get("draft"):
            final = None  # unchanged: accepted as drafted
        try:
            AuditLog(state.settings.audit_db).decide(
                current["draft_id"], decision, final=final, reason=why, user=state.settings.user
            )
        except UserError as exc:
            return html.escape(str(exc))
        word = "geaccepteerd" if decision == "accepted" else "afgewezen"
        changed = " met aanpassingen" if final is not None else ""
        return f"Concept {current['draft_id']} {word}{changed}; vastgelegd in het auditlog."

    accept.click(lambda c, e, w: decide("accepted", c, e, w), [draft_state, json_box, reason], status)
    reject.click(lambda c, e, w: decide("rejected", c, e, w), [draft_state, json_box, reason], status)
    return draft_state, json_box, status


def present(state, skill: str, input_text: str, draft):
    """Outputs for (text, draft_state, json_box, status) after a skill produced `draft`."""
    from assistant.review import record_draft

    draft_id = record_draft(state.settings, skill, input_text, draft)
    data = draft.to_dict()
    text = draft.to_text()
    return (
        f"```text\n{text}\n```",
        {"draft_id": draft_id, "draft": data},
        json.dumps(data, ensure_ascii=False, indent=2),
        f"Concept {draft_id} opgeslagen. Controleer het en beslis hieronder.",
    )
