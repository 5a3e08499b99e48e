"""Tab 'Maatwerk': case (+ obstacle) -> draft onderbouwing with verified grounds -> human decision."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import decision


def run_grounds(wb, case: str, obstacle: str = "", breakthrough: str = ""):
    """The tab's handler: (text, draft_state, json_box, status)."""
    try:
        text = wb.check_text(case, "de casus")
        result = wb.grounds(text, obstacle=obstacle or None, breakthrough=breakthrough or None)
        input_text = "\n".join(t for t in (text, obstacle or "", breakthrough or "") if t)
        return decision.present("grounds", input_text, result)
    except UserError as exc:
        return decision.failed(exc)


def build(wb) -> None:
    with gr.Tab("Maatwerk onderbouwen"):
        case = gr.Textbox(label="Casus", lines=6, elem_id="rw-grounds-input")
        obstacle = gr.Textbox(label="Knelpunt (optioneel)", lines=2, elem_id="rw-grounds-obstacle")
        breakthrough = gr.Textbox(label="Beoogde doorbraak (optioneel)", lines=2)
        run = gr.Button("Gronden voorstellen", variant="primary", elem_id="rw-grounds-run")
        out = gr.Markdown(elem_id="rw-grounds-text")
        draft_state, json_box, status = decision.build(wb, "grounds")
        run.click(lambda c, o, b: run_grounds(wb, c, o, b), [case, obstacle, breakthrough],
                  [out, draft_state, json_box, status])  # fmt: skip
