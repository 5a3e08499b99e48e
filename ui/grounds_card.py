"""The grounds proposal as cards: the top grounds with their verified badge first, then each ground,
the Omgekeerde Toets and the Doorbraak steps as fold-outs."""

from __future__ import annotations

from ui.cards import (
    badge,
    bullets,
    card,
    check_item,
    check_list,
    esc,
    evidence,
    result,
    section,
    status_badge,
    warnings,
)

TOP = 3


def verified(ground: dict) -> str:
    return badge("geverifieerd", "rw-ok") if ground.get("verified") else badge("NIET geverifieerd", "rw-no")


def _ground_line(ground: dict) -> str:
    return f"<strong>{esc(ground.get('citation') or ground.get('id'))}</strong> {verified(ground)}<br>{esc(ground.get('title'))}"


def summary_card(draft: dict) -> str:
    grounds = [g for g in draft.get("grounds") or [] if isinstance(g, dict)]
    rows = [(f"{i}.", _ground_line(g)) for i, g in enumerate(grounds[:TOP], start=1)]
    more = f"<p><small>En nog {len(grounds) - TOP} grond(en) hieronder.</small></p>" if len(grounds) > TOP else ""
    if not rows:
        rows = [("Gronden", "geen passende grond gevonden")]
    return card("Onderbouwing voor maatwerk (concept)", rows, extra=more)


def _why(ground: dict) -> str:
    """Why the ground may apply: its quoted case facts when the draft carries them, else its text."""
    facts = ground.get("facts") or ground.get("triggers") or []
    if facts:
        return bullets(facts, render=lambda f: f"{esc(f.get('label') or f.get('value') or '')} {evidence(f)}"
                       if isinstance(f, dict) else esc(f))  # fmt: skip
    ev = evidence({"evidence": ground.get("evidence")}) if ground.get("evidence") else ""
    return f"<p>{esc(ground.get('why'))} {ev}</p>"


def ground_html(ground: dict) -> str:
    parts = [
        f"<p>{esc(ground.get('summary'))}</p>",
        f"<p><strong>Waarom:</strong></p>{_why(ground)}",
        f"<p><strong>Te controleren:</strong></p>{bullets(ground['to_check'], render=check_item)}" if ground.get("to_check") else "",
        f"<p><strong>Grenzen:</strong> {esc(ground.get('limits'))}</p>" if ground.get("limits") else "",
        f"<p><small>{esc(ground.get('version_note'))}</small></p>" if ground.get("version_note") else "",
        f"<p><strong>Toelichting:</strong> {esc(ground.get('toelichting'))}</p>" if ground.get("toelichting") else "",
        section("Wettekst", f"<div class='rw-pre'>{esc(ground.get('source_text'))}</div>") if ground.get("source_text") else "",
    ]
    title = f"{ground.get('citation') or ground.get('id')}: {ground.get('title') or ''}"
    return f"<details><summary>{esc(title)} {verified(ground)}{status_badge(ground)}</summary>{''.join(parts)}</details>"


def framework_html(step: object) -> str:
    """A framework (Omgekeerde Toets, Doorbraak) as nested steps with their text and questions."""
    if not isinstance(step, dict):
        return ""
    out = []
    if step.get("text"):
        out.append(f"<div class='rw-pre'>{esc(step['text'])}</div>")
    for key, value in step.items():
        if isinstance(value, dict) and value.get("title"):
            out.append(f"<p><strong>{esc(value['title'])}</strong></p>{framework_html(value)}")
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value) and key != "grounds":
            out.append(bullets(value))
        elif isinstance(value, str) and key in ("obstacle", "breakthrough"):
            out.append(f"<p><em>{esc(value)}</em></p>")
    return "".join(out)


def render(draft: dict) -> str:
    grounds = [g for g in draft.get("grounds") or [] if isinstance(g, dict)]
    toelichting = draft.get("toelichting")
    return result(
        summary_card(draft),
        check_list(draft.get("check_list")),
        warnings(draft.get("warnings")),
        section("Toelichting van de professional", f"<div class='rw-pre'>{esc(toelichting)}</div>") if toelichting else "",
        section("Alle gronden", "".join(ground_html(g) for g in grounds), open_=True),
        section("Omgekeerde Toets", framework_html(draft.get("omgekeerde_toets"))),
        section("Doorbraakmethode", framework_html(draft.get("doorbraak"))),
        elem="rw-grounds-result",
    )
