"""Tab 'Maatwerk': case (+ obstacle) -> verified grounds as cards -> keep/drop and a toelichting -> decision."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import decision, grounds_card
from ui.cards import message


def run_grounds(wb, case: str, obstacle: str = "", breakthrough: str = "") -> dict:
    """The tab's handler as data: {html, state, form, text}."""
    try:
        text = wb.check_text(case, "de casus")
        result = wb.grounds(text, obstacle=obstacle or None, breakthrough=breakthrough or None)
    except UserError as exc:
        return {"html": message(str(exc), "warn"), "state": {}, "form": None, "text": ""}
    input_text = "\n".join(t for t in (text, obstacle or "", breakthrough or "") if t)
    state = decision.new_draft("grounds", input_text, result)
    return {"html": grounds_card.render(state["draft"]), "state": state,
            "form": wb.draft_form("grounds", state["draft"]), "text": result.to_text()}  # fmt: skip


def build(wb, name: gr.Textbox) -> list:
    with gr.Tab("⚖ Maatwerk", id="grounds", elem_id="rw-tab-grounds"):
        case = gr.Textbox(label="Casus", lines=5, max_lines=14, elem_id="rw-grounds-input")
        with gr.Accordion("Knelpunt en beoogde doorbraak (optioneel)", open=False):
            obstacle = gr.Textbox(label="Knelpunt", lines=2, elem_id="rw-grounds-obstacle")
            breakthrough = gr.Textbox(label="Beoogde doorbraak", lines=2, elem_id="rw-grounds-breakthrough")
        with gr.Row():
            run = gr.Button("Gronden voorstellen", variant="primary", elem_id="rw-grounds-run", scale=3)
            cancel = gr.Button("Annuleren", elem_id="rw-grounds-cancel", scale=1, min_width=80)
        out = gr.HTML(elem_id="rw-grounds-text")
        state = gr.State({})
        with gr.Group(visible=False) as form_box:
            gr.Markdown("**Aanpassen**: vink uit wat u niet gebruikt (wordt vastgelegd als u beslist)")
            kept = gr.CheckboxGroup([], label="Gronden", elem_id="rw-grounds-kept")
            toelichting = gr.Textbox(label="Toelichting", lines=3, max_lines=12, elem_id="rw-grounds-toelichting")
        with gr.Accordion("Tekst voor het dossier (kopiëren)", open=False):
            case_text = gr.Textbox(show_label=False, lines=8, max_lines=20, interactive=False, buttons=["copy"],
                                   elem_id="rw-grounds-copy")  # fmt: skip
        bar = decision.build_bar("grounds")

    def on_run(c: str, o: str, b: str):
        r = run_grounds(wb, c, o, b)
        form = r["form"]
        kept_update = gr.CheckboxGroup(choices=form["choices"], value=form["kept"]) if form else gr.CheckboxGroup(choices=[], value=[])
        status = "Concept klaar. Controleer het, pas het zo nodig aan en beslis." if form else ""
        return (r["html"], r["state"], gr.Group(visible=bool(form)), kept_update, form["toelichting"] if form else "",
                r["text"], status, *decision.open_bar(bool(form)))  # fmt: skip

    outputs = [out, state, form_box, kept, toelichting, case_text, bar.status, *bar.outputs()]
    event = run.click(on_run, [case, obstacle, breakthrough], outputs, api_visibility="private")
    cancel.click(None, cancels=[event])
    to_form = lambda k, t: {"kept": k, "toelichting": t}  # noqa: E731
    return decision.wire(wb, bar, state, name, [kept, toelichting], to_form)
