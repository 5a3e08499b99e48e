"""Amounts of money in a letter and what each one is for.

Notations: "€ 1.236,00", "€1236,00", "€ 25,-", "€ 1.236", "EUR 109", "109 euro", "1.412,37 bruto",
the English "EUR 2,460.00" and "€ 1 236,00". The separator that comes last and has one or two
digits after it is the decimal one; a dot before three digits groups thousands. A comma before
exactly three digits ("€ 1,234") can be read both ways: such an amount is `uncertain` and is never
stated as a value. A minus ("-/- € 45,00", "€ -45,00", a row ending "€ 45,00 -") or a credit mark ("€ 45,00 CR") makes an
amount `negative`: a deduction or credit, never an amount to pay. A bare number with two decimals
counts only when "bruto", "netto" or "euro" follows it, or when it ends a table row whose label
names money. The label comes from the table row ("Te betalen  € 1.236,00": the nearest column with
words) or else from the nearest money word around the amount in its sentence ("een boete van
€ 257,61"); a label without words falls back to "bedrag".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.letters.text import Segment, segment_at, segments

_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+\.\d{1,2}"  # 2,460.00
    r"|\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?"  # 1.234,56  1.234,-  1.234
    r"|\d{1,3}(?: \d{3})+[,.]\d{2}"  # 1 234,56
    r"|\d{1,3}(?:,\d{3})+"  # 1,234 (uncertain when one group)
    r"|\d+\.\d{1,2}"  # 12.50
    r"|\d+(?:,(?:\d{1,2}|-{1,2}))?"  # 1234,56  12,5  25,-  109
    r")(?!\d|[.,]\d)"
)
_CURRENCY_FIRST = re.compile(
    rf"(?P<pre>-/-\s?|[-\u2212](?=€|EUR\b))?(?:€|\bEUR\b|\beuro\b)\s*(?P<sign>[-\u2212])?(?P<num>{_NUM})",
    re.IGNORECASE,
)
# "109 euro", "1.412,37 EUR"; not a year or date part before a column of amounts ("september 2026
# EUR 161,35", "30-04-2027   EUR 101,20"): a currency word followed by a number belongs to that number.
_CURRENCY_AFTER = re.compile(
    rf"(?<![\d.,])(?<!\d[-/])(?P<num>{_NUM})[^\S\n]{{0,2}}(?:euro\b|EUR\b)(?![^\S\n]*[-\u2212]?\d)", re.IGNORECASE
)
# A minus after the amount at the end of its row ("Betaald op 3 mei   € 300,00 -"): subtracted.
_TRAILING_MINUS = re.compile(r"[^\S\n]*[-\u2212][^\S\n]*(?:\n|$)")
_CREDIT_MARK = re.compile(r"^\s*(?:CR\b|Cr\b\.?|credit\b)")
_CREDIT_WORD = re.compile(r"(?i)\btegoed\w*")
_WORDS = re.compile(r"[a-zà-ÿ]{2,}", re.IGNORECASE)
_AMOUNT_TEXT = re.compile(
    rf"(?:-/-\s?)?(?:€|\bEUR\b)\s*[-\u2212]?{_NUM}|(?<![\w.,]){_NUM}\s*(?:euro\b|EUR\b|%)"
    r"|(?<![\w.,])\d+(?:[.,]\d{3})*[.,]\d{2}(?![\d%])|(?<![\w.,])\d+(?:[.,]\d+)?\s*%",
    re.IGNORECASE,
)
_AMOUNT_BRACKET = re.compile(r"\([^()]*(?:€|\bEUR\b|\d[.,]\d{2}\b|%)[^()]*\)", re.IGNORECASE)
_BARE = re.compile(r"(?<![\d.,/€-])(\d{1,3}(?:\.\d{3})*,\d{2})(?![\d%])(?!\s*%)")
_SUFFIX = re.compile(
    r"^\s*(?:,-+)?\s*(bruto|netto)?\s*(per\s+(?:maand|jaar|week|kwartaal|dag|termijn|4 weken))?", re.I
)

MONEY_WORDS = (
    "toeslag", "heffing", "belasting", "kosten", "rente", "boete", "premie", "bijdrage", "uitkering",
    "huur", "achterstand", "schuld", "inkomen", "loon", "termijn", "bedrag", "som", "voorschot",
    "verhoging", "bijslag", "pensioen", "aow", "vakantiegeld", "dagloon", "bijstand", "saldo",
    "vergoeding", "korting", "totaal", "aanslag", "factuur", "vordering", "salaris", "griffierecht", "leges",
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
        re.compile(r"\bkrijgt\b|\bkrijgen\b|\bontvangt\b|\buitbetal|\bbetalen wij\b|\bwij betalen\b|\bnaar\s+uw\s+(?:eigen\s+)?rekening\b", re.I),
        "bedrag dat u krijgt",
    ),
]
_LIMIT = re.compile(
    r"(?i)\b(minimaal|ten\s+minste|tenminste|maximaal|hoogstens|minimum|maximum)\s*(?:van\s+)?(?:€|eur\b|euro\b)?\s*$"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+\S")
_ROW_VERBS = re.compile(r"\b(is|zijn|was|wordt|bedraagt|van|om|met|op|naar)\s*$", re.I)


@dataclass(frozen=True)
class Amount:
    value: float
    label: str
    raw: str
    start: int
    end: int = 0
    negative: bool = False  # a deduction or credit ("-/- € 45,00", "€ 45,00 CR", a tegoed)
    uncertain: bool = False  # the notation can be read two ways ("€ 1,234"): never state the value


def money(value: float) -> str:
    """€ 1.236,00"""
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def parse_value(raw: str) -> float:
    return read_number(raw)[0]


def read_number(raw: str) -> tuple[float, bool]:
    """The value of a written amount and whether its notation is ambiguous. The last separator
    followed by one or two digits is the decimal one; the other separator groups thousands."""
    digits = re.sub(r"[,.]-+$", "", raw.strip()).replace(" ", "").rstrip(",.")
    seps = [c for c in digits if c in ",."]
    if not seps:
        return float(digits), False
    last = max(digits.rfind(","), digits.rfind("."))
    tail = digits[last + 1 :]
    if len(tail) in (1, 2):  # decimals: "12,50", "2,460.00", "1.234,5"
        whole = re.sub(r"[,.]", "", digits[:last])
        return float(f"{whole}.{tail}"), len(set(seps[:-1]) - {"." if seps[-1] == "," else ","}) > 0
    whole = re.sub(r"[,.]", "", digits)
    ambiguous = set(seps) == {","} and len(seps) == 1  # "1,234": 1234 or 1,234
    return float(whole), ambiguous or len(set(seps)) > 1


def find_amounts(text: str, every: bool = False) -> list[Amount]:
    """Every amount in normalised text, in order, once per value (the first label wins); with
    `every`, each mention of an amount, also those whose notation is ambiguous (`uncertain`), which
    the list without `every` leaves out: their value is not known."""
    segs = segments(text)
    spans: list[tuple[int, int, str, str]] = []  # start, end, number, how a minus was written
    taken: list[tuple[int, int]] = []
    for rx in (_CURRENCY_FIRST, _CURRENCY_AFTER):
        for m in rx.finditer(text):
            if not any(a <= m.start("num") < b for a, b in taken):
                minus = "pre" if m.groupdict().get("pre") else "sign" if m.groupdict().get("sign") else ""
                minus = minus or ("pre" if _TRAILING_MINUS.match(text, m.end()) else "")
                spans.append((m.start(), m.end(), m.group("num"), minus))
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
            spans.append((m.start(), m.end(), m.group(1), "pre" if text[max(0, m.start() - 4) : m.start()].endswith("-/- ") else ""))
    spans.sort()
    amounts: list[Amount] = []
    seen: set[float] = set()
    for i, (start, end, raw, minus) in enumerate(spans):
        value, uncertain = read_number(raw)
        if (value in seen or uncertain) and not every:
            continue
        seen.add(value)
        prev_end = spans[i - 1][1] if i else 0
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        label = _label(text, segs, start, end, prev_end, next_start)
        credit = bool(_CREDIT_MARK.match(text[end : end + 8]) or _CREDIT_WORD.search(label))
        if credit and "tegoed" not in label.lower():
            label = f"{label} (tegoed)"
        elif minus:
            label = f"{label} ({'afgetrokken' if minus == 'pre' else 'negatief bedrag'})"
        amounts.append(Amount(value, label, raw, start, end, bool(minus) or credit, uncertain))
    return amounts


def _is_row(text: str, seg: Segment, amount_end: int) -> bool:
    """The amount ends a table row: only bruto/netto/per ... may follow, and no full stop."""
    rest = text[amount_end : seg.end]
    m = _SUFFIX.match(rest)
    tail = rest[m.end() :] if m else rest
    return not tail.strip(" )") or bool(_TRAILING_MINUS.fullmatch(tail))


def _label(text: str, segs: list[Segment], start: int, end: int, prev_end: int, next_start: int) -> str:
    index = segment_at(segs, start)
    seg = segs[index]
    suffix_match = _SUFFIX.match(text[end : seg.end])
    suffix = " ".join(g for g in (suffix_match.groups() if suffix_match else ()) if g)
    before = text[max(seg.start, prev_end) : start]
    if _is_row(text, seg, end):
        row = text[text.rfind("\n", 0, start) + 1 : start]  # a table row is a line
        label = _clean_row_label(_label_column(row, before))
        if label and len(label.split()) <= 8 and not _ROW_VERBS.search(label):
            return _with_suffix(label, suffix)
    label = _nearest_noun(before, last=True) or _nearest_noun(
        text[end : min(seg.end, next_start)], last=False
    )
    window = before + text[end : min(seg.end, next_start)]
    if "per maand" not in suffix and re.search(r"\belke maand\b|\bper maand\b|\bmaandelijks\b", window, re.I):
        suffix = (suffix + " per maand").strip()
    limit = _LIMIT.search(text[max(seg.start, start - 30) : start])
    if limit:  # "een regeling van minimaal € 50 per maand": a limit, not money paid or received
        context = label or (_nearest_noun(segs[index - 1].text, last=True) if index else None)
        return _with_suffix(f"{context or 'bedrag'} ({' '.join(limit.group(1).lower().split())})", suffix)
    verb = next((lab for rx, lab in _VERB_LABELS if rx.search(before[-40:] or "")), None)
    if verb in ("verhoging", "inhouding"):
        return _with_suffix(verb, suffix)
    if not label:
        verb = verb or next((lab for rx, lab in _VERB_LABELS if rx.search(window)), None)
        # the sentence before names what the amount is, unless this one opens a new list item ("- Wat ...")
        context = _nearest_noun(segs[index - 1].text, last=True) if index and not _LIST_ITEM.match(seg.text) else None
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


def _label_column(row: str, region: str) -> str:
    """The row's label: the first column with words after the amount before this one (`region`),
    else the row's first column with words. "Ontvangen (3 x € 1,00)   € 3,00" gives "Ontvangen";
    columns are split by three or more spaces, a tab or a bar."""
    for part in (region, row):
        for column in re.split(r"\s{3,}|\t|\s*\|\s*", part):
            column = _AMOUNT_BRACKET.sub(" ", column)
            column = _AMOUNT_TEXT.sub(" ", column)
            if any(len(w) > 2 for w in _WORDS.findall(column)):
                return column
    return ""


def _clean_row_label(label: str) -> str:
    label = re.sub(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", "", label)
    label = re.sub(r"(?:\s+[x×*+-])+\s*$", "", label)
    label = re.sub(r"[\s:.=,;|*+-]+$", "", label).strip()
    label = re.sub(r"^[\s:.=,;|)*+-]+", "", label)
    label = re.sub(r"\s{2,}", " ", label)
    if not label:
        return ""
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def _with_suffix(label: str, suffix: str) -> str:
    label = _tidy(label)
    per = re.search(r"per \S+(?: weken)?", suffix)
    if per and per.group(0) not in label:
        label = f"{label} {per.group(0)}"
    for word in ("bruto", "netto"):
        if word in suffix and word not in label.lower():
            label = f"{label}, {word}"
    return label


def _tidy(label: str) -> str:
    """The label's words without stray punctuation ("): " gives "bedrag")."""
    label = re.sub(r"\s{2,}", " ", label).strip(" \t:;,.=|-*+")
    if label.count("(") < label.count(")"):
        label = label.replace(")", "", label.count(")") - label.count("("))
    if label.count("(") > label.count(")"):
        label = label.rsplit("(", 1)[0].strip() if label.endswith("(") else label + ")"
    return label.strip() if any(len(w) > 1 for w in _WORDS.findall(label)) else "bedrag"
