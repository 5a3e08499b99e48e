"""Tab 'Triage': intake text -> draft triage note -> human decision."""

from __future__ import annotations

import html

import gradio as gr

from assistant.errors import IndexMissing, UserError
from ui import decision


def build(state) -> None:
    with gr.Tab("Triage"):
        text = gr.Textbox(label="Verslag van het intakegesprek", lines=8, elem_id="rw-triage-input")
        run = gr.Button("Triagenotitie maken", variant="primary", elem_id="rw-triage-run")
        note = gr.Markdown(elem_id="rw-triage-note")
        draft_state, json_box, status = decision.build(state, "triage")

        def on_run(intake: str):
            from assistant.inputs import validate_text
            from assistant.skills.triage import triage

            try:
                validate_text(intake, "de intake")
                try:
                    index = state.index()
                except IndexMissing:
                    index = None
                result = triage(intake, settings=state.settings, index=index, llm=state.llm())
                return decision.present(state, "triage", intake, result)
            except UserError as exc:
                return f"**{html.escape(str(exc))}**", {}, "", ""

        run.click(on_run, text, [note, draft_state, json_box, status])
