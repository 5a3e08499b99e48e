"""The side panel: `regiewijzer ui` builds it and serves it on 127.0.0.1 unless told otherwise.

The panel holds no logic: every tab calls the service layer (`assistant.service.Workbench`), the
same object the CLI uses, so both front ends behave the same.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.errors import UserError  # noqa: E402
from assistant.service import Workbench  # noqa: E402


def status_line(wb: Workbench) -> str:
    try:
        status = wb.status()
    except UserError as exc:
        return str(exc)
    if status["index"] is None:
        where = status["index_problem"] or "Geen index."
    else:
        laws = status["laws"]
        law_text = (
            ", ".join(f"{law['name']} ({law['version_date']})" for law in laws)
            if laws
            else "geen wetteksten; haal ze op met `regiewijzer laws update`"
        )
        where = f"Index: {status['index']['chunks']} stukken. Wetten: {law_text}."
    model = status["model"]
    backend = f"model: {model['backend']} ({model['model']})" if model else "geen taalmodel (extractief)"
    return f"{where} Backend: {backend}. Alles blijft op deze computer."


def build_app(settings) -> gr.Blocks:
    from ui import ask_tab, grounds_tab, letter_tab, triage_tab

    wb = Workbench(settings, quiet_model=True)
    with gr.Blocks(title="Regiewijzer", analytics_enabled=False) as app:
        gr.Markdown("## Regiewijzer\nConcepten voor de professional: u beslist, Regiewijzer helpt.")
        gr.Markdown(status_line(wb), elem_id="rw-status")
        ask_tab.build(wb)
        triage_tab.build(wb)
        letter_tab.build(wb)
        grounds_tab.build(wb)
    return app


def serve(settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True):
    app = build_app(settings)
    app.queue()
    app.launch(
        server_name=host,
        server_port=port,
        share=False,
        inbrowser=False,
        prevent_thread_lock=not block,
        show_error=True,
    )
    return app
