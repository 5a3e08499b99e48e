"""The training room's HTML: the case, who has handed in, the answers side by side, the questions."""

from __future__ import annotations

from collections import Counter

from ui.cards import badge, bullets, esc, result

YES_NO = {True: "ja", False: "nee"}


def case_html(case: dict) -> str:
    paragraphs = [" ".join(part.split()) for part in str(case.get("text", "")).split("\n\n")]
    text = "</p><p>".join(esc(p) for p in paragraphs if p)
    return (f"<div class='rw-card' id='rw-training-case'><h3>{esc(case.get('title'))}</h3><p>{text}</p>"
            f"<p><small>Bron: {esc(case.get('source'))}</small></p></div>")  # fmt: skip


def code_html(view: dict) -> str:
    return (f"<div class='rw-card'><p>Sessiecode (geef deze aan de twee deelnemers):</p>"
            f"<p class='rw-code' id='rw-training-code'>{esc(view['display_code'])}</p></div>")  # fmt: skip


def progress_html(view: dict) -> str:
    seats = {b["seat"]: b for b in view["buddies"]}
    lines = []
    for seat in (1, 2):
        b = seats.get(seat)
        state = "nog niet aangemeld" if b is None else ("ingeleverd" if b["handed_in"] else "bezig")
        who = f"{esc(b['name'])}: " if b else ""
        lines.append(f"<li>Deelnemer {seat}: {who}{state}</li>")
    done = "Onthuld: de antwoorden staan hieronder naast elkaar." if view["revealed"] else (
        "De antwoorden blijven verborgen tot beide deelnemers hebben ingeleverd of de trainer onthult.")
    return f"<div class='rw-card' id='rw-training-progress'><ul>{''.join(lines)}</ul><p>{done}</p></div>"


def _value(value: object, labels: dict) -> str:
    if isinstance(value, bool):
        return YES_NO[value]
    if isinstance(value, list):
        return bullets([labels.get(str(v), str(v)) for v in value]) or "<span class='rw-same'>(geen)</span>"
    return esc(value) if value not in (None, "") else "<span class='rw-same'>(niet ingevuld)</span>"


def _cells(row: dict, columns: list[str], labels: dict) -> list[str]:
    if row["items"]:
        everyone = len(columns)
        cells = []
        for column in columns:
            named = [i for i in row["items"] if column in i["columns"]]
            shown = [f"<li class='{'rw-same' if len(i['columns']) == everyone else 'rw-diff'}'>"
                     f"{esc(labels.get(str(i['item']), i['item']))}</li>" for i in named]  # fmt: skip
            cells.append(f"<ul>{''.join(shown)}</ul>" if shown else "<span class='rw-same'>(geen)</span>")
        return cells
    values = row["values"]
    common = Counter(str(values.get(c)) for c in columns).most_common(1)[0]
    out = []
    for column in columns:
        shown = _value(values.get(column), labels)
        odd = row["differs"] and (common[1] == 1 or str(values.get(column)) != common[0])
        out.append(f"<span class='rw-diff'>{shown}</span>" if odd else shown)
    return out


def comparison_html(view: dict) -> str:
    """The answers side by side, one card per field; what not everyone said is highlighted."""
    comparison = view.get("comparison")
    if not comparison:
        return ""
    columns, labels = comparison["columns"], view.get("ground_labels") or {}
    cards = []
    for row in comparison["rows"]:
        flag = badge("verschil", "rw-check") if row["differs"] else ""
        cols = "".join(f"<div class='rw-col'><h4>{esc(c)}</h4>{cell}</div>"
                       for c, cell in zip(columns, _cells(row, columns, labels), strict=True))  # fmt: skip
        cards.append(f"<div class='rw-card'><h3>{esc(row['label'])} {flag}</h3><div class='rw-grid'>{cols}</div></div>")
    questions = "".join(f"<li><strong>{esc(q['topic'])}.</strong> {esc(q['text'])} <small>(Bron: {esc(q['source'])})</small></li>"
                        for q in view.get("questions") or [])  # fmt: skip
    talk = f"<div class='rw-card' id='rw-training-questions'><h3>Om te bespreken</h3><ul>{questions}</ul></div>"
    return result("".join(cards), talk, elem="rw-training-comparison")


def own_answer_html(view: dict) -> str:
    answer = view.get("own_answer")
    if not answer:
        return ""
    labels = view.get("ground_labels") or {}
    rows = [("Categorie", answer.get("category")), ("Spoed", answer.get("urgent")),
            ("Organisaties", answer.get("organisations")), ("Gronden", answer.get("grounds")),
            ("Vervolgstappen", answer.get("next_steps"))]  # fmt: skip
    items = "".join(f"<dt>{esc(k)}</dt><dd>{_value(v, labels)}</dd>" for k, v in rows)
    return f"<div class='rw-card' id='rw-training-own'><h3>Uw antwoord (ingeleverd)</h3><dl>{items}</dl></div>"


def overview_html(overview: dict) -> str:
    if not overview["sessions"]:
        return "<p>Nog geen trainingssessies.</p>"
    fields = "".join(f"<li>{esc(f['label'])}: in {f['sessions']} sessie(s) verschillend</li>" for f in overview["fields"])
    rows = "".join(
        f"<tr><td>{esc(s['date'])}</td><td><code>{esc(s['code'])}</code></td><td>{esc(s['case'])}</td>"
        f"<td>{esc(', '.join(s['buddies']))}</td><td>{'onthuld' if s['revealed'] else 'loopt'}</td>"
        f"<td>{esc(', '.join(s['differences'])) or '-'}</td></tr>"
        for s in overview["sessions"]
    )
    most = f"<div class='rw-card'><h3>Waar verschilden de antwoorden het meest</h3><ol>{fields}</ol></div>" if fields else ""
    return result(most, "<table class='rw-table' id='rw-training-sessions'><tr><th>Datum</th><th>Code</th><th>Casus</th>"
                  f"<th>Deelnemers</th><th>Status</th><th>Verschillen</th></tr>{rows}</table>")  # fmt: skip
