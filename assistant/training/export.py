"""A training session as Markdown, for the trainer's records. Pure."""

from __future__ import annotations

from assistant.training.compare import Row
from assistant.training.discussion import Question

YES_NO = {True: "ja", False: "nee"}


def show_value(value: object, labels: dict[str, str] | None = None) -> str:
    """One cell: a list as items joined by '; ', a bool as ja/nee, nothing as '(niet ingevuld)'."""
    if isinstance(value, bool):
        return YES_NO[value]
    if isinstance(value, list):
        return "; ".join((labels or {}).get(str(v), str(v)) for v in value) or "(geen)"
    return "(niet ingevuld)" if value in (None, "") else str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def session_markdown(session: dict, rows: list[Row], columns: list[str], questions: list[Question],
                     labels: dict[str, str]) -> str:  # fmt: skip
    """The case, who took part, the answers side by side (differences marked) and the questions."""
    case = session["case"]
    lines = [
        f"# Trainingssessie {session['code']}: {case['title']}",
        "",
        f"- Datum: {session['created_at'][:10]}",
        f"- Trainer: {session['trainer']}",
        f"- Deelnemers: {', '.join(b['name'] for b in session['buddies']) or '(nog niemand)'}",
        f"- Bron van de casus: {case['source']}",
        f"- Onthuld: {'ja' if session.get('revealed_at') else 'nee'}",
        "",
        "## Casus",
        "",
        *[f"> {line}" if line else ">" for line in case["text"].splitlines()],
        "",
        "## Antwoorden naast elkaar",
        "",
        "Een rij met **verschil** is een punt om te bespreken.",
        "",
        "| Onderdeel | " + " | ".join(_cell(c) for c in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for row in rows:
        mark = " (**verschil**)" if row.differs else ""
        cells = [_cell(show_value(row.values.get(c), labels)) for c in columns]
        lines.append(f"| {row.label}{mark} | " + " | ".join(cells) + " |")
    lines += ["", "## Gespreksvragen", ""]
    for q in questions:
        lines += [f"- **{q.topic}.** {q.text} _(Bron: {q.source}.)_"]
    return "\n".join(lines) + "\n"
