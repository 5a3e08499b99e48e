"""Tab 'Brief uitleggen': a letter (PDF, text file or pasted) -> B1 explanation -> human decision."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from assistant.errors import UserError
from ui import decision


def letter_text(wb, upload, pasted: str) -> str:
    """The letter from the upload (PDF or text, recognised by content) or the pasted text."""
    if upload:
        return wb.read(Path(upload if isinstance(upload, str) else upload.name))
    if not (pasted or "").strip():
        raise UserError("Plak de tekst van de brief of kies een bestand (PDF of tekst).")
    return wb.check_text(pasted, "de brief")


def run_letter(wb, upload, pasted: str = ""):
    """The tab's handler: (text, draft_state, json_box, status)."""
    try:
        letter = letter_text(wb, upload, pasted)
        return decision.present("explain_letter", letter, wb.explain(letter))
    except UserError as exc:
        return decision.failed(exc)


def build(wb) -> None:
    with gr.Tab("Brief uitleggen"):
        upload = gr.File(
            label="Brief (PDF met tekstlaag of tekstbestand)",
            file_types=[".pdf", ".txt"],
            elem_id="rw-letter-file",
        )
        pasted = gr.Textbox(label="Of plak de tekst van de brief", lines=8, elem_id="rw-letter-input")
        run = gr.Button("Uitleg maken", variant="primary", elem_id="rw-letter-run")
        out = gr.Markdown(elem_id="rw-letter-explanation")
        draft_state, json_box, status = decision.build(wb, "letter")
        run.click(lambda f, t: run_letter(wb, f, t), [upload, pasted], [out, draft_state, json_box, status])
