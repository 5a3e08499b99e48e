"""HTML building blocks for result cards: a summary card, fold-out sections, facts with their evidence.

Only presentation: every value comes from a draft the service layer made. A fact (a dict with
`status`, `evidence: [{quote, start, end}]`, `rule`, `note`) shows its quote on hover (title) and
on click (a small fold-out); a fact "to check" gets a badge and is listed under "Controleer dit".
Drafts without those fields (older JSON) are shown with what they have.
"""

from __future__ import annotations

import html

STATUS_BADGE = {"to_check": ("controleren", "rw-check")}  # not_found: the shown text says so itself


def esc(value: object) -> str:
    return html.escape(str(value if value is not None else ""))


def is_fact(value: object) -> bool:
    return isinstance(value, dict) and "status" in value


def quotes(fact: object) -> list[str]:
    """The evidence quotes of a fact (dicts with `quote`) or of a plain list of quoted strings."""
    items = fact.get("evidence") if isinstance(fact, dict) else fact
    out = []
    for item in items or []:
        quote = item.get("quote") if isinstance(item, dict) else item
        if str(quote or "").strip():
            out.append(str(quote).strip())
    return out


def badge(text: str, kind: str) -> str:
    return f'<span class="rw-badge {kind}">{esc(text)}</span>'


def status_badge(fact: object) -> str:
    status = fact.get("status") if isinstance(fact, dict) else None
    return badge(*STATUS_BADGE[status]) if status in STATUS_BADGE else ""


def evidence(fact: object) -> str:
    """A small fold-out with the quotes, the rule and the note of a fact ('' when it has none)."""
    found = quotes(fact)
    rule = fact.get("rule") if isinstance(fact, dict) else None
    note = fact.get("note") if isinstance(fact, dict) else None
    if not (found or rule or note):
        return ""
    parts = [f"<blockquote>“{esc(q)}”</blockquote>" for q in found]
    if rule:
        parts.append(f"<small>Regel: {esc(rule)}</small><br>")
    if note:
        parts.append(f"<small>{esc(note)}</small>")
    return f'<details class="rw-ev"><summary>bron</summary>{"".join(parts)}</details>'


def fact(shown: str, fact_data: object) -> str:
    """`shown` (already HTML) with its quote on hover and click, and a badge when it is to be checked."""
    hover = " | ".join(quotes(fact_data))
    title = f' title="{esc(hover)}" tabindex="0"' if hover else ""
    return f'<span class="rw-fact"{title}>{shown}</span>{status_badge(fact_data)} {evidence(fact_data)}'


def card(title: str, rows: list[tuple[str, str]], extra: str = "", css: str = "") -> str:
    """A summary card: a title and label/value rows (values are HTML)."""
    items = "".join(f"<dt>{esc(label)}</dt><dd>{value}</dd>" for label, value in rows if value)
    return f'<div class="rw-card {css}"><h3>{esc(title)}</h3><dl>{items}</dl>{extra}</div>'


def section(title: str, inner: str, *, open_: bool = False, css: str = "") -> str:
    if not inner:
        return ""
    return f'<details class="{css}"{" open" if open_ else ""}><summary>{esc(title)}</summary>{inner}</details>'


def bullets(items: list, *, render=esc) -> str:
    items = [i for i in items or [] if str(i).strip()]
    return "<ul>" + "".join(f"<li>{render(i)}</li>" for i in items) + "</ul>" if items else ""


def check_item(item: object) -> str:
    if not isinstance(item, dict):
        return esc(item)
    label = item.get("label") or item.get("field") or item.get("what") or ""
    text = item.get("text") or item.get("note") or item.get("reason") or ""
    value = item.get("value")
    head = f"<strong>{esc(label)}</strong>: " if label else ""
    shown = f"{esc(text)}" + (f" ({esc(value)})" if value not in (None, "", text) else "")
    return head + shown + " " + evidence(item)


def check_list(items: list | None) -> str:
    """The "Controleer dit" card: what the engine could not state and the professional checks."""
    items = [i for i in items or [] if i]
    if not items:
        return ""
    body = bullets(items, render=check_item)
    return f'<div class="rw-card rw-tocheck" id="rw-check"><h3>Controleer dit</h3>{body}</div>'


def warnings(items: list | None) -> str:
    return section("Let op", bullets(items), open_=True, css="rw-warn") if items else ""


def sources(items: list | None) -> str:
    """Numbered sources, each with its version date and the text that was found."""
    rows = []
    for s in items or []:
        where = s.get("citation") or s.get("title") or s.get("source") or ""
        version = f" (versie {esc(s['version_date'])})" if s.get("version_date") else ""
        rows.append(f"<details><summary>[{esc(s.get('id'))}] {esc(where)}{version}</summary>"
                    f"<div class='rw-pre'>{esc(s.get('text', ''))}</div></details>")  # fmt: skip
    return "".join(rows)


def result(*parts: str, elem: str = "") -> str:
    """The whole result: cards and sections in one wrapping container."""
    return f'<div class="rw-result" id="{esc(elem)}">' + "".join(p for p in parts if p) + "</div>"


def message(text: str, kind: str = "info") -> str:
    css = "rw-tocheck" if kind == "warn" else ""
    return result(f'<div class="rw-card {css}"><div>{esc(text)}</div></div>')
