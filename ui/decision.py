"""The decision bar under every draft: Akkoord, Aanpassen, Afwijzen (with a reason), and Herzien.

- Akkoord: the professional agrees; what they changed in the form, if anything, is recorded too.
- Aanpassen: records the professional's edited version (refused when nothing was changed).
- Afwijzen: needs a reason; the reason field is emptied for every new draft.
- Herzien: after a decision, decide again; the log keeps the earlier decision next to the new one.
A draft is stored in the audit log only here, with its decision, never when a skill runs; the
professional's name (from the header) is stored with it. Validation is the service layer's.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from assistant.errors import UserError

WORD = {"accepted": "geaccepteerd", "rejected": "afgewezen"}


@dataclass
class Bar:
    group: gr.Group
    reason: gr.Textbox
    accept: gr.Button
    adjust: gr.Button
    reject: gr.Button
    revise: gr.Button
    status: gr.Markdown

    def outputs(self) -> list:
        return [self.group, self.reason, self.accept, self.adjust, self.reject, self.revise]


def build_bar(prefix: str) -> Bar:
    with gr.Group(visible=False, elem_classes="rw-sticky", elem_id=f"rw-{prefix}-bar") as group:
        reason = gr.Textbox(label="Reden (verplicht bij afwijzen)", lines=1, max_lines=4, elem_id=f"rw-{prefix}-reason")
        with gr.Row(equal_height=True):
            accept = gr.Button("Akkoord", variant="primary", size="sm", elem_id=f"rw-{prefix}-accept", min_width=60)
            adjust = gr.Button("Aanpassen", size="sm", elem_id=f"rw-{prefix}-adjust", min_width=60)
            reject = gr.Button("Afwijzen", variant="stop", size="sm", elem_id=f"rw-{prefix}-reject", min_width=60)
            revise = gr.Button("Herzien", size="sm", visible=False, elem_id=f"rw-{prefix}-revise", min_width=60)
        status = gr.Markdown(elem_id=f"rw-{prefix}-status")
    return Bar(group, reason, accept, adjust, reject, revise, status)


def open_bar(visible: bool = True) -> tuple:
    """Bar updates for a new draft: shown (or hidden when there is none), reason emptied, deciding possible."""
    return (gr.Group(visible=visible), "", gr.Button(visible=True), gr.Button(visible=True),
            gr.Button(visible=True), gr.Button(visible=False))  # fmt: skip


def closed_bar(reason: str) -> tuple:
    """Bar updates after a decision: only Herzien remains."""
    return (gr.Group(visible=True), reason, gr.Button(visible=False), gr.Button(visible=False),
            gr.Button(visible=False), gr.Button(visible=True))  # fmt: skip


def new_draft(skill: str, input_text: str, draft) -> dict:
    """The state of a freshly made draft (not stored yet)."""
    return {"skill": skill, "input": input_text, "draft": draft.to_dict(), "draft_id": None, "decided": False}


def decide(wb, action: str, state: dict, name: str, reason: str, form: dict) -> tuple:
    """(status message, state, *bar updates). `action`: accept | adjust | reject."""
    unchanged = (gr.skip(),) * 6
    if not state or not state.get("draft"):
        return "Maak eerst een concept.", state, *unchanged
    name = " ".join((name or "").split())
    if not name:
        return "Vul bovenaan **uw naam** in; die wordt bij het besluit vastgelegd.", state, *unchanged
    try:
        record = wb.decide_form(state["skill"], state["input"], state["draft"], form, action,
                                draft_id=state.get("draft_id"), reason=reason, user=name)  # fmt: skip
    except UserError as exc:
        return f"**{exc}** Er is niets vastgelegd.", state, *unchanged
    decision = "rejected" if action == "reject" else "accepted"
    fields = record["changed_fields"]
    extra = f" met uw aanpassingen ({', '.join(fields)})" if record["kept"] and fields else ""
    message = f"Concept **{record['id']}** {WORD[decision]}{extra} door {name}; vastgelegd in het auditlog."
    return message, {**state, "draft_id": record["id"], "decided": True}, *closed_bar(reason)


def start_revision(state: dict) -> tuple:
    """(status, state, *bar updates) when the professional wants to decide again."""
    if not state or not state.get("draft_id"):
        return "Er is nog geen besluit om te herzien.", state, *(gr.skip(),) * 6
    message = (f"Herziening van concept **{state['draft_id']}**: pas zo nodig het formulier aan en beslis "
               "opnieuw. Het eerdere besluit blijft in het auditlog staan.")  # fmt: skip
    return message, {**state, "decided": False}, *open_bar()


def wire(wb, bar: Bar, state: gr.State, name: gr.Textbox, form_inputs: list, to_form) -> list:
    """Connect the bar's buttons; `to_form(*values)` turns the form's values into a dict.
    Returns the decision events (so the page can refresh 'Mijn concepten vandaag' after them)."""
    outputs = [bar.status, state, *bar.outputs()]

    def handler(action: str):
        def run(current, who, reason, *values):
            return decide(wb, action, current, who, reason, to_form(*values))

        return run

    inputs = [state, name, bar.reason, *form_inputs]
    events = [button.click(handler(action), inputs, outputs, api_visibility="private")
              for action, button in (("accept", bar.accept), ("adjust", bar.adjust), ("reject", bar.reject))]  # fmt: skip
    bar.revise.click(start_revision, [state], outputs, api_visibility="private")
    return events
