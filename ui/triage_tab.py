"""Tab 'Triage': intake text -> draft triage note -> human decision."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import decision


def run_triage(wb, intake: str):
    """The tab's handler: (text, draft_state, json_box, status)."""
    try:
        text = wb.check_text(intake, "de intake")
        return decision.present("triage", text, wb.triage(text))
    except UserError as exc:
        return decision.failed(exc)


def build(wb) -> None:
    with gr.Tab("Triage"):
        text = gr.Textbox(label="Verslag van het intakegesprek", lines=8, elem_id="rw-triage-input")
        run = gr.Button("Triagenotitie maken", variant="primary", elem_id="rw-triage-run")
        note = gr.Markdown(elem_id="rw-triage-note")
        draft_state, json_box, status = decision.build(wb, "triage")
        run.click(lambda intake: run_triage(wb, intake), text, [note, draft_state, json_box, status])
