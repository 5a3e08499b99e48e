"""The trainer's side of the training room: pick or write a case, start a session, follow, reveal, export."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import training_view as V

OWN = "eigen"
POLL_SECONDS = 2.0


def _case_choices(room) -> list[tuple[str, str]]:
    return [(c["title"], c["id"]) for c in room.cases()] + [("Eigen casus schrijven…", OWN)]


def _preview(room, case_id: str | None):
    if case_id == OWN:
        return "", gr.Group(visible=True)
    case = next((c for c in room.cases() if c["id"] == case_id), None)
    return (V.case_html(case) if case else ""), gr.Group(visible=False)


def _show(room, session: dict):
    """(code and case, progress, reveal button, comparison, timer) for the trainer's session."""
    if not session:
        return "", "", gr.Button(visible=False), "", gr.Timer(active=False)
    try:
        view = room.view(session["code"], session["token"])
    except UserError as exc:
        return "", f"<p>{exc}</p>", gr.Button(visible=False), "", gr.Timer(active=False)
    return (V.code_html(view) + V.case_html(view["case"]), V.progress_html(view),
            gr.Button(visible=not view["revealed"]), V.comparison_html(view), gr.Timer(active=not view["revealed"]))


def build(room) -> None:
    with gr.Tab("Trainer", id="trainer", elem_id="rw-tab-trainer"):
        name = gr.Textbox(label="Uw naam (trainer)", max_lines=1, elem_id="rw-tr-name")
        case = gr.Dropdown(_case_choices(room), label="Oefencasus", value=None, elem_id="rw-tr-case")
        preview = gr.HTML(elem_id="rw-tr-preview")
        with gr.Group(visible=False) as own_box:
            own_title = gr.Textbox(label="Titel van uw casus", max_lines=1, elem_id="rw-tr-own-title")
            own_text = gr.Textbox(label="Uw casus", lines=5, max_lines=14, elem_id="rw-tr-own-text")
        start = gr.Button("Sessie starten", variant="primary", elem_id="rw-tr-start")
        message = gr.Markdown(elem_id="rw-tr-message")
        code = gr.HTML(elem_id="rw-tr-code")
        progress = gr.HTML(elem_id="rw-tr-progress")
        reveal = gr.Button("Onthullen", elem_id="rw-tr-reveal", visible=False)
        comparison = gr.HTML(elem_id="rw-tr-comparison")
        export = gr.Button("Exporteren als Markdown", size="sm", elem_id="rw-tr-export")
        exported = gr.Textbox(label="Export (Markdown): kopieer naar uw verslag", lines=10, max_lines=30,
                              buttons=["copy"], visible=False, elem_id="rw-tr-export-text")  # fmt: skip
        session = gr.State({})  # inside the tab: a state directly under gr.Tabs breaks the tab list
        timer = gr.Timer(POLL_SECONDS, active=False)

    def on_start(who, case_id, title, text):
        try:
            started = room.start(who, case_id if case_id != OWN else None, text if case_id == OWN else None, title)
        except UserError as exc:
            return f"**{exc}**", {}, gr.skip(), *_show(room, {})
        current = {"code": started["code"], "token": started["token"]}
        return f"Sessie **{started['display_code']}** gestart.", current, "", *_show(room, current)

    def on_reveal(current):
        try:
            room.reveal(current.get("code", ""), current.get("token", ""))
        except UserError as exc:
            return f"**{exc}**", *_show(room, current)
        return "De antwoorden zijn onthuld.", *_show(room, current)

    def on_export(current):
        try:
            return gr.Textbox(value=room.export(current.get("code", ""), current.get("token", "")), visible=True)
        except UserError as exc:
            return gr.Textbox(value=str(exc), visible=True)

    case.change(lambda c: _preview(room, c), case, [preview, own_box], api_visibility="private")
    shown = [code, progress, reveal, comparison, timer]
    start.click(on_start, [name, case, own_title, own_text], [message, session, preview, *shown],
                api_visibility="private")  # fmt: skip
    reveal.click(on_reveal, session, [message, *shown], api_visibility="private")
    timer.tick(lambda s: _show(room, s), session, shown, api_visibility="private")
    export.click(on_export, session, exported, api_visibility="private")
