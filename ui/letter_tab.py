"""Tab 'Brief uitleggen': a letter (PDF, text file or pasted) -> B1 explanation -> human decision."""

from __future__ import annotations

import html
from pathlib import Path

import gradio as gr

from assistant.errors import UserError
from ui import decision


def _letter_text(upload, pasted: str) -> str:
    from assistant.ingest.pdf import read_pdf_text
    from assistant.inputs import read_text_input, validate_text

    if upload:
        path = Path(upload if isinstance(upload, str) else upload.name)
        return read_pdf_text(path) if path.suffix.lower() == ".pdf" else read_text_input(str(path))
    if not (pasted or "").strip():
        raise UserError("Plak de tekst van de brief of kies een bestand (PDF of tekst).")
    return validate_text(pasted, "de brief")


def build(state) -> None:
    with gr.Tab("Brief uitleggen"):
        upload = gr.File(
            label="Brief (PDF met tekstlaag of tekstbestand)",
            file_types=[".pdf", ".txt"],
            elem_id="rw-letter-file",
        )
        pasted = gr.Textbox(label="Of plak de tekst van de brief", lines=8, elem_id="rw-letter-input")
        run = gr.Button("Uitleg maken", variant="primary", elem_id="rw-letter-run")
        out = gr.Markdown(elem_id="rw-letter-explanation")
        draft_state, json_box, status = decision.build(state, "letter")

        def on_run(file, text: str):
            from assistant.skills.explain_letter import explain_letter

            try:
                letter = _letter_text(file, text)
                result = explain_letter(letter, settings=state.settings, llm=state.llm())
                return decision.present(state, "explain_letter", letter, result)
            except UserError as exc:
                return f"**{html.escape(str(exc))}**", {}, "", ""

        run.click(on_run, [upload, pasted], [out, draft_state, json_box, status])
