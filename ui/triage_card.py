"""The triage note as cards: categorie, spoed, organisations and the first deadline first, then fold-outs."""

from __future__ import annotations

from ui.cards import bullets, card, check_list, esc, fact, is_fact, result, section, sources, warnings

CATEGORY_LABEL = {
    1: "één organisatie",
    2: "meer organisaties, niet van elkaar afhankelijk",
    3: "meer organisaties die van elkaar afhankelijk zijn",
}


def _plain(name: str) -> str:
    """'Gemeente (Werk en Inkomen)' and 'Gemeente, Werk en Inkomen' compare equal."""
    return name.replace(" (", ", ").rstrip(")").casefold()


def organisations_html(draft: dict) -> str:
    """The organisations as the note lists them, each with the sentences that name it: from the
    draft's `facts` (grouped per organisation as triage counts it), else `organisation_details`."""
    facts = (draft.get("facts") or {}).get("organisations")
    found = facts if isinstance(facts, list) else [d for d in draft.get("organisation_details") or [] if d.get("involved")]
    names = list(draft.get("organisations") or [])
    groups: dict[str, dict] = {}
    for item in found:
        unit = str(item.get("unit") or item.get("id") or item.get("name"))
        group = groups.setdefault(unit, {"names": [], "evidence": [], "status": item.get("status"), "rule": item.get("rule")})
        group["names"].append(_plain(str(item.get("name") or "")))
        group["evidence"] += [e for e in item.get("evidence") or [] if e not in group["evidence"]]
    shown = []
    for name in names:
        group = next((g for g in groups.values() if _plain(name) in g["names"]), {})
        shown.append(f"<span class='rw-item'>{fact(esc(name), group)}</span>")
    return "".join(shown) or "geen genoemd"


def _first_deadline(draft: dict) -> str:
    facts = draft.get("facts") or {}
    deadlines = facts.get("deadlines") or draft.get("deadlines") or []
    first = deadlines[0] if deadlines else None
    if not first:
        return ""
    shown = first.get("value") or first.get("date") if isinstance(first, dict) else first
    label = first.get("meaning") or first.get("label") or "" if isinstance(first, dict) else ""
    return fact(esc(f"{shown} {label}".strip()), first)


def summary_card(draft: dict) -> str:
    facts = draft.get("facts") or {}
    category = draft.get("category")
    category_fact = facts.get("category") if is_fact(facts.get("category")) else {"evidence": draft.get("category_reasons", [])[:1]}
    urgent_fact = facts.get("urgent") if is_fact(facts.get("urgent")) else {"evidence": draft.get("urgency_signals", [])}
    urgent = "ja" if draft.get("urgent") else "nee"
    rows = [
        ("Categorie", fact(f"<strong>{esc(category)}</strong> · {esc(CATEGORY_LABEL.get(category, ''))}", category_fact)),
        ("Spoed", fact(f"<strong>{urgent}</strong>", urgent_fact)),
        ("Organisaties", organisations_html(draft)),
        ("Eerste termijn", _first_deadline(draft) or "geen termijn gevonden"),
    ]
    return card("Triagenotitie (concept)", rows)


def _signal(item: object) -> str:
    if isinstance(item, dict):
        return fact(esc(item.get("label") or item.get("value") or ""), item)
    return esc(item)


def details_html(draft: dict) -> str:
    facts = draft.get("facts") or {}
    dependencies = facts.get("dependencies") or []
    parts = [
        section("Samenvatting", f"<div class='rw-pre'>{esc(draft.get('summary'))}</div>", open_=True),
        section("Vraag achter de vraag", esc(draft.get("underlying_question"))),
        section("Onderbouwing categorie", bullets(dependencies, render=_signal) or bullets(draft.get("category_reasons"))),
        section("Spoedsignalen", bullets(facts.get("urgency_signals") or draft.get("urgency_signals"), render=_signal)),
        section("Vervolgstappen", bullets(draft.get("next_steps"))),
        section("Vragen voor het volgende gesprek", bullets(draft.get("questions"))),
        section("Levensdomeinen", esc(", ".join(draft.get("life_domains") or []))),
        section("Bronnen", sources(draft.get("sources"))),
    ]
    return "".join(parts)


def render(draft: dict) -> str:
    return result(summary_card(draft), check_list(draft.get("check_list")), warnings(draft.get("warnings")),
                  details_html(draft), elem="rw-triage-result")  # fmt: skip
