"""The side panel: `regiewijzer ui` builds it and serves it on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.errors import BackendUnavailable, IndexMissing  # noqa: E402


class PanelState:
    """Opens the index and the model lazily and keeps them for the session."""

    def __init__(self, settings):
        self.settings = settings
        self._index = None
        self._llm = None
        self._llm_checked = False

    def index(self):
        if self._index is None:
            from assistant.retrieval import open_index

            self._index = open_index(self.settings)
        return self._index

    def llm(self):
        if not self._llm_checked:
            from assistant.llm import get_llm

            try:
                self._llm = get_llm(self.settings)
            except BackendUnavailable:
                self._llm = None
            self._llm_checked = True
        return self._llm

    def status_line(self) -> str:
        try:
            index = self.index()
            laws = index.law_versions()
            law_text = (
                ", ".join(f"{law['name']} ({law['version_date']})" for law in laws)
                if laws
                else "geen wetteksten; haal ze op met `regiewijzer laws update`"
            )
            where = f"Index: {len(index.chunks)} stukken. Wetten: {law_text}."
        except IndexMissing as exc:
            where = str(exc)
        model = self.llm()
        backend = f"model: {model.name} ({model.model})" if model else "geen taalmodel (extractief)"
        return f"{where} Backend: {backend}. Alles blijft op deze computer."


def build_app(settings) -> gr.Blocks:
    from ui import ask_tab, grounds_tab, letter_tab, triage_tab

    state = PanelState(settings)
    with gr.Blocks(title="Regiewijzer", analytics_enabled=False) as app:
        gr.Markdown("## Regiewijzer\nConcepten voor de professional: u beslist, Regiewijzer helpt.")
        gr.Markdown(state.status_line(), elem_id="rw-status")
        ask_tab.build(state)
        triage_tab.build(state)
        letter_tab.build(state)
        grounds_tab.build(state)
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
