"""Tab 'Maatwerk': case (+ obstacle) -> draft onderbouwing with verified grounds -> human decision."""

from __future__ import annotations

import html

import gradio as gr

from assistant.errors import IndexMissing, UserError
from ui import decision


def build(state) -> None:
    with gr.Tab("Maatwerk onderbouwen"):
        case = gr.Textbox(label="Casus", lines=6, elem_id="rw-grounds-input")
        obstacle = gr.Textbox(label="Knelpunt (optioneel)", lines=2, elem_id="rw-grounds-obstacle")
        breakthrough = gr.Textbox(label="Beoogde doorbraak (optioneel)", lines=2)
        run = gr.Button("Gronden voorstellen", variant="primary", elem_id="rw-grounds-run")
        out = gr.Markdown(elem_id="rw-grounds-text")
        draft_state, json_box, status = decision.build(state, "grounds")

        def on_run(text: str, obst: str, doorbraak: str):
            from assistant.inputs import validate_text
            from assistant.skills.propose_grounds import propose_grounds

            try:
                validate_text(text, "de casus")
                try:
                    index = state.index()
                except IndexMissing:
                    index = None
                result = propose_grounds(
                    text,
                    obstacle=obst or None,
                    breakthrough=doorbraak or None,
                    settings=state.settings,
                    index=index,
                    llm=state.llm(),
                )
                return decision.present(state, "grounds", text, result)
            except UserError as exc:
                return f"**{html.escape(str(exc))}**", {}, "", ""

        run.click(on_run, [case, obstacle, breakthrough], [out, draft_state, json_box, status])
