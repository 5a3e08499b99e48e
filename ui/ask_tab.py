"""Tab 'Vraag': a conversation. Follow-up questions are understood from the questions before them,
the answer streams in when a model is configured (and is replaced by the verified answer), and the
sources are numbered chips that open the full article or lid with its version date."""

from __future__ import annotations

import re

import gradio as gr

from assistant.errors import UserError
from ui.cards import esc

PROVISIONAL = "*Het model schrijft; het antwoord wordt daarna gecontroleerd…*"


def bubble(reply) -> str:
    """The assistant's message: how the question was understood, the answer, a reminder."""
    parts = []
    if reply.rewrite.rewritten:
        parts.append(f"*Opgevat als: {reply.rewrite.standalone}*")
    parts.append(re.sub(r"\[(\d+)\]", r"**[\1]**", reply.answer.answer))
    if reply.answer.sources:
        parts.append("*Concept: controleer de bronnen (hieronder) voordat u dit gebruikt.*")
    notes = [w for w in reply.warnings if not w.startswith("Zwakke zoekresultaten")]
    if notes:
        parts.append("\n".join(f"- _{w}_" for w in notes[:3]))
    return "\n\n".join(parts)


def chip_label(source: dict) -> str:
    where = source.get("citation") or source.get("title") or ""
    return f"[{source['id']}] {where if len(where) <= 48 else where[:46] + '…'}"


def source_html(shown: dict) -> str:
    version = f" <small>(versie {esc(shown['version_date'])})</small>" if shown.get("version_date") else ""
    whole = (f"<details><summary>Het hele artikel</summary><div class='rw-pre'>{esc(shown['article_text'])}</div></details>"
             if shown.get("article_text") else "")  # fmt: skip
    return (f"<div class='rw-source rw-result' id='rw-source-text'><strong>{esc(shown['title'])}</strong>{version}"
            f"<div class='rw-pre'>{esc(shown['text'])}</div>{whole}</div>")  # fmt: skip


def build(wb) -> None:
    with gr.Tab("⌕ Vraag", id="ask", elem_id="rw-tab-ask"):
        chat = gr.Chatbot(elem_id="rw-chat", show_label=False, height=360, buttons=["copy"], feedback_options=None,
                          placeholder="Stel een vraag over wetten en regels in het sociaal domein.")  # fmt: skip
        question = gr.Textbox(elem_id="rw-question", show_label=False, lines=1, max_lines=6, submit_btn="Vraag",
                              stop_btn="Stop", placeholder="Uw vraag (Enter verstuurt, Shift+Enter: nieuwe regel)")  # fmt: skip
        chips = gr.Radio([], label="Bronnen: klik voor de hele tekst", elem_id="rw-source-chips", visible=False)
        shown = gr.HTML(elem_id="rw-source-view")
        new = gr.Button("Nieuw gesprek", size="sm", elem_id="rw-new-chat")
        # States live inside the tab: a state directly under gr.Tabs breaks Gradio's tab list.
        asked = gr.State([])  # the standalone questions so far
        sources = gr.State([])  # the sources of the last answer

    def on_ask(text: str, history: list, before: list):
        text = (text or "").strip()
        if not text:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        history = [*history, {"role": "user", "content": text}]
        yield history, "", gr.Radio(visible=False), "", before, []
        try:
            written = ""
            for kind, value in wb.chat_stream(text, before):
                if kind == "piece":
                    written += value
                    yield [*history, {"role": "assistant", "content": f"{written}\n\n{PROVISIONAL}"}], *(gr.skip(),) * 5
                elif kind == "reply":
                    reply = value
        except UserError as exc:
            yield [*history, {"role": "assistant", "content": f"**{exc}**"}], "", gr.skip(), "", before, []
            return
        found = reply.answer.sources
        yield ([*history, {"role": "assistant", "content": bubble(reply)}], "",
               gr.Radio(choices=[(chip_label(s), str(s["id"])) for s in found], value=None, visible=bool(found)),
               "", [*before, reply.rewrite.standalone], found)  # fmt: skip

    def on_chip(chosen: str | None, found: list):
        source = next((s for s in found if str(s["id"]) == str(chosen)), None)
        if source is None:
            return ""
        try:
            return source_html(wb.source_text(source))
        except UserError as exc:
            return f"<p>{esc(exc)}</p>"

    outputs = [chat, question, chips, shown, asked, sources]
    event = question.submit(on_ask, [question, chat, asked], outputs, api_visibility="private")
    question.stop(None, cancels=[event])
    chips.change(on_chip, [chips, sources], shown, api_visibility="private")
    new.click(lambda: ([], "", gr.Radio(choices=[], visible=False), "", [], []), None, outputs,
              cancels=[event], api_visibility="private")  # fmt: skip
