"""Tab 'Brief': a letter (PDF, text file or pasted) -> summary card, the citizen's B1 text -> decision.

One input wins, visibly: choosing a file empties the pasted text, and pasting text removes the file.
A text that does not look like a letter gets no explanation (no invented sender, amount or term)
unless the professional asks for one anyway.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr
from gradio import utils as gr_utils

from assistant.errors import UserError
from ui import decision, letter_card
from ui.cards import message
from ui.style import PRINT_CITIZEN_JS


def letter_text(wb, upload, pasted: str, kept: str = "") -> str:
    """The letter from the upload (PDF or text, recognised by content; the file is removed from the
    server once read), else the pasted text, else the text of the file read before."""
    if upload:
        path = Path(upload if isinstance(upload, str) else upload.name)
        try:
            return wb.read(path)
        finally:
            wb.forget_upload(path, gr_utils.get_upload_folder())
    if (pasted or "").strip():
        return wb.check_text(pasted, "de brief")
    if kept:
        return kept
    raise UserError("Plak de tekst van de brief of kies een bestand (PDF of tekst).")


def run_letter(wb, upload, pasted: str = "", kept: str = "", *, anyway: bool = False) -> dict:
    """The tab's handler as data: {html, state, citizen, text, doubt, letter}."""
    try:
        letter = letter_text(wb, upload, pasted, kept)
        explained = wb.explain(letter)
    except UserError as exc:
        return {"html": message(str(exc), "warn"), "state": {}, "citizen": "", "text": "", "doubt": False, "letter": ""}
    data = explained.to_dict()
    doubts = [] if anyway else wb.letter_doubts(data, letter)
    if doubts:
        return {"html": letter_card.doubt(doubts), "state": {}, "citizen": "", "text": "", "doubt": True,
                "letter": letter}  # fmt: skip
    state = decision.new_draft("explain_letter", letter, explained)
    return {"html": letter_card.render(data), "state": state, "citizen": data.get("explanation") or "",
            "text": explained.to_text(), "doubt": False, "letter": letter}  # fmt: skip


def build(wb, name: gr.Textbox) -> list:
    with gr.Tab("✉ Brief", id="letter", elem_id="rw-tab-letter"):
        upload = gr.File(label="Brief (PDF of tekstbestand)", file_types=[".pdf", ".txt"], elem_id="rw-letter-file",
                         height=90)  # fmt: skip
        pasted = gr.Textbox(label="Of plak de tekst van de brief", lines=4, max_lines=14, elem_id="rw-letter-input")
        which = gr.Markdown(elem_id="rw-letter-which")
        with gr.Row():
            run = gr.Button("Uitleg maken", variant="primary", elem_id="rw-letter-run", scale=3)
            cancel = gr.Button("Annuleren", elem_id="rw-letter-cancel", scale=1, min_width=80)
        anyway = gr.Button("Toch uitleggen als brief", visible=False, elem_id="rw-letter-anyway", size="sm")
        out = gr.HTML(elem_id="rw-letter-explanation")
        state = gr.State({})
        kept = gr.State("")  # the text of an uploaded letter, kept in the server's memory only
        with gr.Group(visible=False, elem_id="rw-letter-citizen-box") as citizen_box:
            citizen = gr.Textbox(label="Tekst voor de burger (B1, aanpasbaar)", lines=8, max_lines=30,
                                 buttons=["copy"], elem_id="rw-letter-citizen")  # fmt: skip
            print_button = gr.Button("Afdrukken voor de burger", size="sm", elem_id="rw-letter-print")
        with gr.Accordion("Tekst voor het dossier (kopiëren)", open=False):
            case_text = gr.Textbox(show_label=False, lines=8, max_lines=20, interactive=False, buttons=["copy"],
                                   elem_id="rw-letter-copy")  # fmt: skip
        bar = decision.build_bar("letter")

    def present(r: dict, had_file: bool):
        ready = bool(r["state"])
        status = "Concept klaar. Controleer het, pas de tekst zo nodig aan en beslis." if ready else ""
        which = "Het bestand is gelezen en van de server verwijderd." if had_file and r["letter"] else gr.skip()
        return (r["html"], r["state"], gr.Group(visible=ready), r["citizen"], r["text"], gr.Button(visible=r["doubt"]),
                None if had_file else gr.skip(), r["letter"], which, status, *decision.open_bar(ready))  # fmt: skip

    outputs = [out, state, citizen_box, citizen, case_text, anyway, upload, kept, which, bar.status, *bar.outputs()]
    event = run.click(lambda f, t, k: present(run_letter(wb, f, t, k), bool(f)), [upload, pasted, kept], outputs,
                      api_visibility="private")  # fmt: skip
    again = anyway.click(lambda t, k: present(run_letter(wb, None, t, k, anyway=True), False), [pasted, kept],
                         outputs, api_visibility="private")  # fmt: skip
    cancel.click(None, cancels=[event, again])
    upload.upload(lambda: ("", "", "Het gekozen **bestand** wordt gebruikt; de geplakte tekst is gewist."),
                  None, [pasted, kept, which], api_visibility="private")  # fmt: skip
    upload.clear(lambda: "", None, which, api_visibility="private")
    pasted.input(lambda f, t, k: (None, "", "De **geplakte tekst** wordt gebruikt; het gekozen bestand is weggehaald.")
                 if (f or k) and (t or "").strip() else (gr.skip(), gr.skip(), gr.skip()), [upload, pasted, kept],
                 [upload, kept, which], api_visibility="private")  # fmt: skip
    print_button.click(None, js=PRINT_CITIZEN_JS)
    return decision.wire(wb, bar, state, name, [citizen], lambda text: {"explanation": text})
