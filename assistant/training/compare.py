"""Two buddies' answers and the assistant's draft side by side, with the differences marked. Pure.

`compare(columns)` takes {column name: answer} and gives one row per field. A row of a single
value (categorie, spoed) differs when not every column gives the same value; a row of a list
(organisaties, gronden) lists each item with the columns that name it, and an item that not every
column names is a difference. Vervolgstappen are free text: shown, not compared.
`overview(sessions)` counts, over many sessions, in which fields the buddies and the assistant
differed, most first: what a trainer should discuss.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = (
    ("category", "Categorie"),
    ("urgent", "Spoed"),
    ("organisations", "Organisaties"),
    ("grounds", "Gronden"),
    ("next_steps", "Vervolgstappen"),
)
LIST_FIELDS = {"organisations", "grounds"}
COMPARED = ("category", "urgent", "organisations", "grounds")


@dataclass
class Row:
    field: str
    label: str
    values: dict[str, object]  # column -> the value as given
    differs: bool | None  # None: not compared (free text)
    items: list[tuple[str, list[str]]] = field(default_factory=list)  # list fields: (item, columns naming it)

    def to_dict(self) -> dict:
        return {"field": self.field, "label": self.label, "values": self.values, "differs": self.differs,
                "items": [{"item": item, "columns": cols} for item, cols in self.items]}  # fmt: skip


def _key(item: object) -> str:
    return " ".join(str(item).split()).casefold()


def _list_row(name: str, label: str, columns: dict[str, dict]) -> Row:
    order: dict[str, str] = {}
    named: dict[str, list[str]] = {}
    for column, answer in columns.items():
        for item in answer.get(name) or []:
            key = _key(item)
            order.setdefault(key, str(item))
            if column not in named.setdefault(key, []):
                named[key].append(column)
    items = [(order[key], named[key]) for key in order]
    differs = any(len(cols) != len(columns) for _, cols in items)
    return Row(name, label, {c: list(a.get(name) or []) for c, a in columns.items()}, differs, items)


def compare(columns: dict[str, dict]) -> list[Row]:
    """One row per field for the answers in `columns` (column name -> answer)."""
    rows = []
    for name, label in FIELDS:
        if name in LIST_FIELDS:
            rows.append(_list_row(name, label, columns))
        elif name == "next_steps":
            rows.append(Row(name, label, {c: list(a.get(name) or []) for c, a in columns.items()}, None))
        else:
            values = {c: a.get(name) for c, a in columns.items()}
            rows.append(Row(name, label, values, len({_key(v) for v in values.values()}) > 1))
    return rows


def differing_fields(rows: list[Row]) -> list[str]:
    return [row.field for row in rows if row.differs]


def overview(comparisons: list[list[Row]]) -> list[dict]:
    """[{field, label, sessions}] for the compared fields, the field that differed most often first."""
    counts = {name: 0 for name in COMPARED}
    for rows in comparisons:
        for name in differing_fields(rows):
            counts[name] += 1
    labels = dict(FIELDS)
    ranked = sorted(COMPARED, key=lambda name: (-counts[name], COMPARED.index(name)))
    return [{"field": name, "label": labels[name], "sessions": counts[name]} for name in ranked]
