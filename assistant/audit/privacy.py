"""Detect and redact Dutch personal numbers and contact data: BSN, IBAN, phone, e-mail, birth date.

Rules at the edges (the tests pin them down):
- BSN: nine digits, bare or grouped with dots, spaces, hyphens or dashes, also with spaces around
  them (123456782, 123.456.782, 1234.56.782, 111-222-333, 111 - 222 - 333).
  Redacted when it passes the elfproef (11-proef), or, whatever the check says, when "BSN",
  "burgerservicenummer" or "sofinummer" stands just before it (then eight digits count too:
  a BSN written without its leading zero). A nine-digit kenmerk that happens to pass the
  elfproef (about 1 in 11) is redacted as well: privacy wins over readability.
  Not a BSN: numbers inside longer digit runs, amounts (1.236,00; 123.456.789,00; after EUR/€).
- IBAN: country code, two check digits, 11-30 letters/digits, with or without spaces, dots or
  hyphens (NL91 ABNA 0417 1643 00, NL91-ABNA-0417-1643-00); redacted when the mod-97 check
  passes, or after the word "IBAN"/"rekeningnummer" even if it fails.
- Phone: Dutch numbers (0 + nine digits, with spaces, dots, hyphens or slashes, also with spaces
  around them: 06-12345678, 06 - 12345678, 06/12345678, 020-1234567, 0111 123456), the area code in
  brackets ((06) 12345678, (020) 123 4567), +31/0031 forms (+31 6 1234 5678, +31 (0)20 123 4567),
  0800/0900/0906/0909 service numbers with four or seven digits, and other +<country> numbers.
- E-mail: the usual local@domain.tld, and spelled out: jan [at] voorbeeld [dot] nl, jan(at)voorbeeld.nl,
  jan @ voorbeeld.nl.
- Birth date: a date right after "geboren (op)", "geb." or "geboortedatum".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

LABELS = {
    "bsn": "[BSN]",
    "iban": "[IBAN]",
    "phone": "[TELEFOON]",
    "email": "[E-MAIL]",
    "birth_date": "[GEBOORTEDATUM]",
}

_SEP = r"(?:[ \u00a0]?[.\-\u2013][ \u00a0]?|[ \u00a0])"  # 123 456 782, 123.456.782, 111-222-333, 111 - 222 - 333
_BSN = re.compile(
    r"(?<![\d.,])"
    rf"(\d{{9}}|\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{3}}|\d{{4}}{_SEP}\d{{2}}{_SEP}\d{{3}}"
    rf"|\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}|\d{{8}})"
    r"(?!\d)(?![.,]\d)"
)
_BSN_KEYWORD = re.compile(
    r"\b(?:bsn|burger\s?service\s?nummer|sofi-?\s?nummer)\b[^\n\d]{0,25}$", re.IGNORECASE
)
_AMOUNT_BEFORE = re.compile(r"(?:€|\beur|\beuro)\s*$", re.IGNORECASE)

_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?:[ \u00a0.\-]?[A-Za-z0-9]){11,30})(?![A-Za-z0-9])")
_IBAN_SEPARATORS = " \u00a0.-"
_IBAN_KEYWORD = re.compile(r"\b(?:iban|rekening(?:nummer)?)\b[^\n]{0,20}$", re.IGNORECASE)
# Known IBAN lengths; other countries are accepted on the mod-97 check alone.
_IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "PL": 28, "PT": 25,
    "LU": 20, "AT": 20, "CH": 21, "DK": 18, "IE": 22, "SE": 24, "NO": 15, "FI": 18, "TR": 26,
    "MA": 28, "RO": 24, "BG": 22, "GR": 27, "HU": 28, "CZ": 24, "SK": 24, "LT": 20, "LV": 21,
    "EE": 20, "HR": 21, "SI": 19, "UA": 29, "SR": 0,
}  # fmt: skip

_PSEP = r"(?:[ \u00a0]?[.\-\u2013/][ \u00a0]?|[ \u00a0])?"  # 06-1234, 06 - 1234, 06/1234, 06.1234, 06 1234
_AREA = r"\(0(?:[1-9]\)(?:{s}\d){{8}}|[1-9]\d\)(?:{s}\d){{7}}|[1-9]\d\d\)(?:{s}\d){{6}})"  # (06) 12345678
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    rf"(?:\+|00)31{_PSEP}(?:\(0\){_PSEP})?[1-9](?:{_PSEP}\d){{8}}"  # +31 6 12345678, 0031 20 1234567
    rf"|0[89]0[069]{_PSEP}\d(?:{_PSEP}\d){{3}}(?:(?:{_PSEP}\d){{3}})?"  # 0800-1234, 0900 123 4567
    rf"|0[1-9](?:{_PSEP}\d){{8}}"  # 06-12345678, 020-1234567, 0111 123456
    rf"|{_AREA.format(s=_PSEP)}"  # (06) 12345678, (020) 123 4567
    rf"|\+(?!31)[1-9]\d{{0,2}}(?:{_PSEP}\d){{7,12}}"  # other countries: +32 470 12 34 56
    r")(?!\d)(?![.,:\-]\d)"
)
_DATE_START = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d{2}(?!\d)")
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# Spelled out to fool scrapers: jan [at] voorbeeld [dot] nl, jan(at)voorbeeld.nl, jan @ voorbeeld . nl
_AT = r"(?:\s*@\s*|\s*[\[({<]\s*(?:at|apenstaartje|@)\s*[\])}>]\s*)"
_DOT = r"(?:\s*\.\s*|\s*[\[({<]\s*(?:dot|punt|\.)\s*[\])}>]\s*)"
_EMAIL_SPELLED = re.compile(
    rf"(?<![\w.%+-])[\w.%+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[^\W\d_]{{2,}}(?![\w-])", re.IGNORECASE
)

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(?:19|20)\d{{2}}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})"
)
_BIRTH = re.compile(
    rf"\b(?:geboren(?:\s+op)?|geb\.(?:\s*datum)?|geboortedatum)\s*:?\s*(?P<date>{_DATE})", re.IGNORECASE
)


def elfproef(number: str) -> bool:
    """The BSN 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not all zeros)."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) == 8:
        digits.insert(0, 0)
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616 mod-97 check (and the country's length where known)."""
    compact = re.sub(r"[\s.\-]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _find_bsn(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _BSN.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _AMOUNT_BEFORE.search(before):
            continue
        digits = re.sub(r"\D", "", m.group(1))
        named = bool(_BSN_KEYWORD.search(before))
        if named or (len(digits) == 9 and elfproef(digits)):
            yield ("bsn", m.start(), m.end())


def _find_iban(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _IBAN.finditer(text):
        raw = m.group(1)
        if not raw[:2].isalpha() or not any(c.isdigit() for c in raw[4:]):
            continue
        # The pattern may swallow a following word ("NL91ABNA0417164300 TEST"): try the longest
        # prefix that ends on a group boundary and passes the check.
        ends = [i for i in range(len(raw), 14, -1) if i == len(raw) or raw[i] in _IBAN_SEPARATORS]
        for end in ends:
            if iban_valid(raw[:end]):
                yield ("iban", m.start(), m.start() + end)
                break
        else:
            before = text[max(0, m.start() - 30) : m.start()]
            compact = re.sub(r"[\s.\-]", "", raw).upper()
            expected = _IBAN_LENGTHS.get(compact[:2], 0)
            if _IBAN_KEYWORD.search(before) and (not expected or len(compact) >= expected):
                end = _prefix_end(raw, expected) if expected else len(raw)
                yield ("iban", m.start(), m.start() + end)


def _prefix_end(raw: str, n_chars: int) -> int:
    """Index in raw just after its first n_chars non-space characters."""
    seen = 0
    for i, c in enumerate(raw):
        if c not in _IBAN_SEPARATORS:
            seen += 1
            if seen == n_chars:
                return i + 1
    return len(raw)


def find_personal_numbers(text: str, *, birth_dates: bool = True) -> list[tuple[str, int, int]]:
    """All personal data spans as (kind, start, end), sorted, without overlaps.

    kind is one of "bsn", "iban", "phone", "email", "birth_date". Where two detectors claim
    overlapping text, the longer span wins (an IBAN's digits are not also a BSN).
    """
    if not text:
        return []
    found: list[tuple[str, int, int]] = []
    found += [("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    found += [("email", m.start(), m.end()) for m in _EMAIL_SPELLED.finditer(text)]
    found += list(_find_iban(text))
    found += list(_find_bsn(text))
    found += [
        ("phone", m.start(), m.end()) for m in _PHONE.finditer(text) if not _DATE_START.match(m.group())
    ]
    if birth_dates:
        found += [("birth_date", m.start("date"), m.end("date")) for m in _BIRTH.finditer(text)]
    found.sort(key=lambda s: (-(s[2] - s[1]), s[1]))
    taken: list[tuple[str, int, int]] = []
    for span in found:
        if all(span[2] <= t[1] or span[1] >= t[2] for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s[1])


def redact(text: str, *, birth_dates: bool = True) -> str:
    """The text with every personal number replaced by its label ([BSN], [IBAN], ...)."""
    if not text:
        return text
    out = []
    pos = 0
    for kind, start, end in find_personal_numbers(text, birth_dates=birth_dates):
        out.append(text[pos:start])
        out.append(LABELS[kind])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def redact_obj(obj: object) -> object:
    """A copy of obj with every string inside (dict keys and values, list/tuple items) redacted."""
    if isinstance(obj, str):
        return redact(obj)
    if isinstance(obj, dict):
        return {(redact(k) if isinstance(k, str) else k): redact_obj(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact_obj(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(redact_obj(v) for v in obj)
    return obj


class RedactingFilter(logging.Filter):
    """Redacts the formatted message, the traceback and the stack of every record it sees.

    The message is formatted here (args merged in) so that a BSN passed as an argument,
    `log.info("bsn %s", bsn)`, is caught too.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw text, still redacted
            message = f"{record.msg} {record.args}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _attach(handler: logging.Handler) -> bool:
    if any(isinstance(f, RedactingFilter) for f in handler.filters):
        return False
    handler.addFilter(RedactingFilter())
    return True


def install_log_redaction() -> int:
    """Attach a RedactingFilter to every handler of the root logger and of existing loggers.

    Handler filters see every record the handler writes, also those propagated from child
    loggers. With no root handler, a stderr handler at WARNING (Python's own fallback level) is
    added so that the fallback output is redacted too. Safe to call more than once; returns the
    number of handlers that got a filter.
    """
    root = logging.getLogger()
    if not root.handlers:
        fallback = logging.StreamHandler()
        fallback.setLevel(logging.WARNING)
        root.addHandler(fallback)
    count = sum(_attach(h) for h in root.handlers)
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            count += sum(_attach(h) for h in logger.handlers)
    return count
