"""Tab 'Triage': intake text -> triage note as cards -> a form to adjust it -> the decision bar."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import decision, triage_card
from ui.cards import message

CATEGORIES = [("1 · één organisatie", "1"), ("2 · meer, niet afhankelijk", "2"), ("3 · meer, wel afhankelijk", "3")]


def run_triage(wb, intake: str) -> dict:
    """The tab's handler as data: {html, state, form, text} (state None when nothing was made)."""
    try:
        text = wb.check_text(intake, "de intake")
        note = wb.triage(text)
    except UserError as exc:
        return {"html": message(str(exc), "warn"), "state": {}, "form": None, "text": ""}
    state = decision.new_draft("triage", text, note)
    return {"html": triage_card.render(state["draft"]), "state": state,
            "form": wb.draft_form("triage", state["draft"]), "text": note.to_text()}  # fmt: skip


def _form_updates(form: dict | None) -> tuple:
    """(form box, category, spoed, organisations, their choices, new organisation, summary)."""
    if form is None:
        return gr.Group(visible=False), None, False, gr.CheckboxGroup(choices=[], value=[]), [], "", ""
    orgs = form["organisations"]
    category = str(form["category"]) if form["category"] in (1, 2, 3) else None
    return (gr.Group(visible=True), category, form["urgent"], gr.CheckboxGroup(choices=orgs, value=orgs), orgs,
            "", form["summary"])  # fmt: skip


def add_organisation(choices: list, checked: list, new: str):
    """The typed organisation added to the choices and checked; the field emptied."""
    name = " ".join((new or "").split())
    if not name:
        return gr.skip(), choices, ""
    choices = choices + [name] if name.lower() not in {c.lower() for c in choices} else choices
    checked = list(dict.fromkeys([*(checked or []), next(c for c in choices if c.lower() == name.lower())]))
    return gr.CheckboxGroup(choices=choices, value=checked), choices, ""


def build(wb, name: gr.Textbox) -> list:
    with gr.Tab("☰ Triage", id="triage", elem_id="rw-tab-triage"):
        intake = gr.Textbox(label="Verslag van het intakegesprek", lines=5, max_lines=14, elem_id="rw-triage-input",
                            placeholder="Wat vertelde de cliënt? Welke organisaties, welke brieven, wat is urgent?")  # fmt: skip
        with gr.Row():
            run = gr.Button("Triagenotitie maken", variant="primary", elem_id="rw-triage-run", scale=3)
            cancel = gr.Button("Annuleren", elem_id="rw-triage-cancel", scale=1, min_width=80)
        out = gr.HTML(elem_id="rw-triage-note")
        state = gr.State({})
        choices = gr.State([])
        with gr.Group(visible=False) as form_box:
            gr.Markdown("**Aanpassen** (wordt vastgelegd als u beslist)")
            category = gr.Radio(CATEGORIES, label="Categorie", elem_id="rw-triage-category")
            urgent = gr.Checkbox(label="Spoed", elem_id="rw-triage-urgent")
            orgs = gr.CheckboxGroup([], label="Betrokken organisaties", elem_id="rw-triage-orgs")
            with gr.Row(equal_height=True):
                new_org = gr.Textbox(placeholder="Organisatie toevoegen", show_label=False, scale=3, min_width=120,
                                     elem_id="rw-triage-new-org")  # fmt: skip
                add = gr.Button("Toevoegen", size="sm", scale=1, min_width=70, elem_id="rw-triage-add-org")
            summary = gr.Textbox(label="Notitie", lines=3, max_lines=10, elem_id="rw-triage-summary")
        with gr.Accordion("Tekst voor het dossier (kopiëren)", open=False):
            case_text = gr.Textbox(show_label=False, lines=8, max_lines=20, interactive=False, buttons=["copy"],
                                   elem_id="rw-triage-copy")  # fmt: skip
        bar = decision.build_bar("triage")

    def on_run(intake_text: str):
        r = run_triage(wb, intake_text)
        status = "Concept klaar. Controleer het, pas het zo nodig aan en beslis." if r["form"] else ""
        return (r["html"], r["state"], *_form_updates(r["form"]), r["text"], status,
                *decision.open_bar(bool(r["form"])))  # fmt: skip

    outputs = [out, state, form_box, category, urgent, orgs, choices, new_org, summary, case_text, bar.status,
               *bar.outputs()]  # fmt: skip
    event = run.click(on_run, intake, outputs, api_visibility="private")
    cancel.click(None, cancels=[event])
    add.click(add_organisation, [choices, orgs, new_org], [orgs, choices, new_org], api_visibility="private")
    new_org.submit(add_organisation, [choices, orgs, new_org], [orgs, choices, new_org], api_visibility="private")
    to_form = lambda c, u, o, s: {"category": c, "urgent": u, "organisations": o, "summary": s}  # noqa: E731
    return decision.wire(wb, bar, state, name, [category, urgent, orgs, summary], to_form)
