"""Amounts of money in a letter and what each one is for.

Notations: "€ 1.236,00", "€1.236", "€ 25,-", "EUR 109", "109 euro", "1.412,37 bruto". A bare
number with two decimals counts only when "bruto", "netto" or "euro" follows it, or when it ends
a table row whose label names money. The label comes from the table row ("Te betalen  € 1.236,00")
or else from the nearest money word around the amount in its sentence ("een boete van € 257,61").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.letters.text import Segment, segment_at, segments

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|\d+(?:,(?:\d{2}|-{1,2}|\d))?|\d+\.\d{2}(?!\d)"
_CURRENCY_FIRST = re.compile(rf"(?:€|\bEUR\b|\beuro\b)\s*({_NUM})", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"(?<![\d.,])({_NUM})\s*(?:euro\b|EUR\b)", re.IGNORECASE)
_BARE = re.compile(r"(?<![\d.,/€-])(\d{1,3}(?:\.\d{3})*,\d{2})(?![\d%])(?!\s*%)")
_SUFFIX = re.compile(
    r"^\s*(?:,-+)?\s*(bruto|netto)?\s*(per\s+(?:maand|jaar|week|kwartaal|dag|termijn|4 weken))?", re.I
)

MONEY_WORDS = (
    "toeslag", "heffing", "belasting", "kosten", "rente", "boete", "premie", "bijdrage", "uitkering",
    "huur", "achterstand", "schuld", "inkomen", "loon", "termijn", "bedrag", "som", "voorschot",
    "verhoging", "bijslag", "pensioen", "aow", "vakantiegeld", "dagloon", "bijstand", "saldo",
    "vergoeding", "korting", "totaal", "aanslag", "factuur", "vordering", "salaris",
)  # fmt: skip
MONEY_NOUN = re.compile(r"\b([a-zà-ÿ-]*(?:" + "|".join(MONEY_WORDS) + r")[a-zà-ÿ]{0,4})\b", re.IGNORECASE)
GENERIC_MONEY_WORDS = frozenset({"bedrag", "bedragen", "som", "geldsom", "termijnen"})
_MODIFIER = re.compile(r"\b(eigen|eerste|laatste|extra|bruto|netto|[a-zà-ÿ]+(?:e|ige|lijke))\s+$", re.I)
_NOT_MODIFIER = {
    "alle",
    "de",
    "te",
    "deze",
    "die",
    "elke",
    "uwe",
    "hele",
    "welke",
    "zelfde",
    "andere",
    "onze",
    "dezelfde",
}
_VERB_LABELS = [
    (re.compile(r"\b(?:al|reeds)\s+(?:\w+\s+)?betaald|\bdoor\s+u\s+betaald", re.I), "al betaald"),
    (re.compile(r"verhoogd|verhoging", re.I), "verhoging"),
    (re.compile(r"\bhouden\b.*\bin\b|inhouden|ingehouden|inhouding", re.I), "inhouding"),
    (re.compile(r"terugbetalen|terug te betalen|terugvorder|te veel", re.I), "terug te betalen"),
    (re.compile(r"\buitbetal|\bwij betalen\b", re.I), "bedrag dat u krijgt"),
    (re.compile(r"\bbetaal|\bbetalen|\bvoldoen|overmaken|schrijven\b.*\baf\b", re.I), "te betalen"),
    (
        re.compile(r"\bkrijgt\b|\bkrijgen\b|\bontvangt\b|\buitbetal|\bbetalen wij\b|\bwij betalen\b", re.I),
        "bedrag dat u krijgt",
    ),
]
_ROW_VERBS = re.compile(r"\b(is|zijn|was|wordt|bedraagt|van|om|met|op|naar)\s*$", re.I)


@dataclass(frozen=True)
class Amount:
    value: float
    label: str
    raw: str
    start: int
    end: int = 0


def money(value: float) -> str:
    """€ 1.236,00"""
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def parse_value(raw: str) -> float:
    raw = raw.strip().rstrip("-").rstrip(",")
    if re.fullmatch(r"\d+\.\d{2}", raw):  # 12.50 written the English way
        return float(raw)
    return float(raw.replace(".", "").replace(",", "."))


def find_amounts(text: str, every: bool = False) -> list[Amount]:
    """Every amount in normalised text, in order, once per value (the first label wins); with
    `every`, each mention of an amount."""
    segs = segments(text)
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for rx in (_CURRENCY_FIRST, _CURRENCY_AFTER):
        for m in rx.finditer(text):
            if not any(a <= m.start(1) < b for a, b in taken):
                spans.append((m.start(), m.end(), m.group(1)))
                taken.append((m.start(), m.end()))
    for m in _BARE.finditer(text):
        if any(a <= m.start(1) < b for a, b in taken):
            continue
        seg = segs[segment_at(segs, m.start())]
        after = text[m.end() : m.end() + 12].lower()
        row_label = text[seg.start : m.start()]
        if re.match(r"\s*(bruto|netto)", after) or (
            MONEY_NOUN.search(row_label) and _is_row(text, seg, m.end())
        ):
            spans.append((m.start(), m.end(), m.group(1)))
    spans.sort()
    amounts: list[Amount] = []
    seen: set[float] = set()
    for i, (start, end, raw) in enumerate(spans):
        value = parse_value(raw)
        if value in seen and not every:
            continue
        seen.add(value)
        prev_end = spans[i - 1][1] if i else 0
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        amounts.append(Amount(value, _label(text, segs, start, end, prev_end, next_start), raw, start, end))
    return amounts


def _is_row(text: str, seg: Segment, amount_end: int) -> bool:
    """The amount ends a table row: only bruto/netto/per ... may follow, and no full stop."""
    rest = text[amount_end : seg.end]
    m = _SUFFIX.match(rest)
    tail = rest[m.end() :] if m else rest
    return not tail.strip(" )")


def _label(text: str, segs: list[Segment], start: int, end: int, prev_end: int, next_start: int) -> str:
    index = segment_at(segs, start)
    seg = segs[index]
    suffix_match = _SUFFIX.match(text[end : seg.end])
    suffix = " ".join(g for g in (suffix_match.groups() if suffix_match else ()) if g)
    before = text[max(seg.start, prev_end) : start]
    if _is_row(text, seg, end):
        label = _clean_row_label(before)
        if label and len(label.split()) <= 8 and not _ROW_VERBS.search(label):
            return _with_suffix(label, suffix)
    label = _nearest_noun(before, last=True) or _nearest_noun(
        text[end : min(seg.end, next_start)], last=False
    )
    window = before + text[end : min(seg.end, next_start)]
    if "per maand" not in suffix and re.search(r"\belke maand\b|\bper maand\b|\bmaandelijks\b", window, re.I):
        suffix = (suffix + " per maand").strip()
    verb = next((lab for rx, lab in _VERB_LABELS if rx.search(before[-40:] or "")), None)
    if verb in ("verhoging", "inhouding"):
        return _with_suffix(verb, suffix)
    if not label:
        verb = verb or next((lab for rx, lab in _VERB_LABELS if rx.search(window)), None)
        context = _nearest_noun(segs[index - 1].text, last=True) if index else None
        if context and not verb and re.search(r"te veel|teveel|terug", segs[index - 1].text, re.I):
            verb = "te veel ontvangen, terug te betalen"
        if context and verb:
            label = f"{context} ({verb})"
        else:
            label = verb or context or "bedrag"
    elif re.search(r"te veel|teveel|terugvorder", seg.text, re.I) and "terug" not in label:
        label = f"{label} (te veel ontvangen, terug te betalen)"
    return _with_suffix(label, suffix)


def _nearest_noun(window: str, last: bool) -> str | None:
    matches = [m for m in MONEY_NOUN.finditer(window) if m.group(1).lower() not in GENERIC_MONEY_WORDS]
    if not matches:
        return None
    m = matches[-1] if last else matches[0]
    word = m.group(1)
    mod = _MODIFIER.search(window[: m.start()])
    if mod and mod.group(1).lower() not in _NOT_MODIFIER:
        word = f"{mod.group(1)} {word}"
    return word[0].lower() + word[1:] if not word[:2].isupper() else word


def _clean_row_label(label: str) -> str:
    label = re.sub(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", "", label)
    label = re.sub(r"[\s:.=]+$", "", label).strip()
    label = re.sub(r"\s{2,}", " ", label)
    if not label:
        return ""
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def _with_suffix(label: str, suffix: str) -> str:
    per = re.search(r"per \S+(?: weken)?", suffix)
    if per and per.group(0) not in label:
        label = f"{label} {per.group(0)}"
    for word in ("bruto", "netto"):
        if word in suffix and word not in label.lower():
            label = f"{label}, {word}"
    return label
