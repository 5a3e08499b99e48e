"""The human decision under every draft: edit the draft (JSON), then accept or reject with a reason.

A draft is stored in the audit log when the professional decides on it, together with the decision
(`Workbench.save_and_decide`), not every time a skill runs.
"""

from __future__ import annotations

import html
import json

import gradio as gr

from assistant.errors import UserError

EMPTY = {}


def build(wb, prefix: str):
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
        return decide_draft(wb, decision, current, edited, why)

    accept.click(lambda c, e, w: decide("accepted", c, e, w), [draft_state, json_box, reason], [status, draft_state])
    reject.click(lambda c, e, w: decide("rejected", c, e, w), [draft_state, json_box, reason], [status, draft_state])
    return draft_state, json_box, status


def decide_draft(wb, decision: str, current: dict, edited: str, why: str):
    """(status message, new draft state). The draft is stored with its first decision."""
    if not current.get("draft"):
        return "Maak eerst een concept.", current
    try:
        final = json.loads(edited) if edited and edited.strip() else None
    except json.JSONDecodeError as exc:
        return f"Het aangepaste concept is geen geldige JSON (regel {exc.lineno}); niets opgeslagen.", current
    if final == current["draft"]:
        final = None  # unchanged: accepted as drafted
    try:
        if current.get("draft_id"):
            wb.decide(current["draft_id"], decision, final=final, reason=why)
            draft_id = current["draft_id"]
        else:
            record = wb.save_and_decide(
                current["skill"], current["input"], current["draft"], decision, final=final, reason=why
            )
            draft_id = record["id"]
    except UserError as exc:
        return html.escape(str(exc)), current
    word = "geaccepteerd" if decision == "accepted" else "afgewezen"
    changed = " met aanpassingen" if final is not None else ""
    return f"Concept {draft_id} {word}{changed}; vastgelegd in het auditlog.", {**current, "draft_id": draft_id}


def present(skill: str, input_text: str, draft):
    """Outputs for (text, draft_state, json_box, status) after a skill produced `draft`."""
    data = draft.to_dict()
    return (
        f"```text\n{draft.to_text()}\n```",
        {"skill": skill, "input": input_text, "draft": data},
        json.dumps(data, ensure_ascii=False, indent=2),
        "Concept klaar. Controleer het en beslis hieronder; pas dan wordt het vastgelegd.",
    )


def failed(exc: UserError):
    return f"**{html.escape(str(exc))}**", EMPTY, "", ""
