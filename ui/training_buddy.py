"""A buddy's side of the training room: join with the code, answer alone, hand in, see the comparison."""

from __future__ import annotations

import gradio as gr

from assistant.errors import UserError
from ui import training_view as V
from ui.triage_tab import CATEGORIES

POLL_SECONDS = 2.0


def _show(room, joined: dict):
    """(case, own answer, progress, comparison, form box, timer) for this buddy."""
    if not joined:
        return "", "", "", "", gr.Group(visible=False), gr.Timer(active=False)
    try:
        view = room.view(joined["code"], joined["token"])
    except UserError as exc:
        return "", "", f"<p>{exc}</p>", "", gr.Group(visible=False), gr.Timer(active=False)
    answering = not view["own_answer"] and not view["revealed"]
    return (V.case_html(view["case"]), V.own_answer_html(view), V.progress_html(view), V.comparison_html(view),
            gr.Group(visible=answering), gr.Timer(active=not view["revealed"]))  # fmt: skip


def build(room) -> None:
    choices = room.choices()
    with gr.Tab("Deelnemer", id="buddy", elem_id="rw-tab-buddy"):
        with gr.Row(equal_height=True):
            name = gr.Textbox(label="Uw naam", max_lines=1, elem_id="rw-bd-name", min_width=120)
            code = gr.Textbox(label="Sessiecode", max_lines=1, elem_id="rw-bd-code", min_width=100)
        join = gr.Button("Meedoen", variant="primary", elem_id="rw-bd-join")
        message = gr.Markdown(elem_id="rw-bd-message")
        case = gr.HTML(elem_id="rw-bd-case")
        with gr.Group(visible=False) as form:
            gr.Markdown("**Uw triage**: alleen u ziet dit, tot de antwoorden worden onthuld.")
            category = gr.Radio(CATEGORIES, label="Categorie", elem_id="rw-bd-category")
            urgent = gr.Checkbox(label="Spoed", elem_id="rw-bd-urgent")
            orgs = gr.Dropdown(choices["organisations"], multiselect=True, allow_custom_value=True,
                               label="Betrokken organisaties (kies of typ)", elem_id="rw-bd-orgs")  # fmt: skip
            steps = gr.Textbox(label="Vervolgstappen (één per regel)", lines=3, max_lines=10, elem_id="rw-bd-steps")
            grounds = gr.Dropdown(choices["grounds"], multiselect=True, label="Voorgestelde gronden",
                                  elem_id="rw-bd-grounds")  # fmt: skip
            hand_in = gr.Button("Inleveren", variant="primary", elem_id="rw-bd-hand-in")
        own = gr.HTML(elem_id="rw-bd-own")
        progress = gr.HTML(elem_id="rw-bd-progress")
        comparison = gr.HTML(elem_id="rw-bd-comparison")
        joined = gr.State({})  # inside the tab: a state directly under gr.Tabs breaks the tab list
        timer = gr.Timer(POLL_SECONDS, active=False)
    shown = [case, own, progress, comparison, form, timer]

    def on_join(who, raw_code):
        try:
            seat = room.join(raw_code, who)
        except UserError as exc:
            return f"**{exc}**", {}, *_show(room, {})
        current = {"code": seat["code"], "token": seat["token"]}
        return f"U bent deelnemer {seat['seat']}.", current, *_show(room, current)

    def on_hand_in(current, c, u, o, s, g):
        try:
            room.hand_in(current.get("token", ""), {"category": c, "urgent": u, "organisations": o, "next_steps": s,
                                                     "grounds": g})  # fmt: skip
        except UserError as exc:
            return f"**{exc}**", *_show(room, current)
        return "Ingeleverd.", *_show(room, current)

    join.click(on_join, [name, code], [message, joined, *shown], api_visibility="private")
    hand_in.click(on_hand_in, [joined, category, urgent, orgs, steps, grounds], [message, *shown],
                  api_visibility="private")  # fmt: skip
    timer.tick(lambda j: _show(room, j), joined, shown, api_visibility="private")
