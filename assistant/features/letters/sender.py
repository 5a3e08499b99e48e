"""Who sent the letter, found with the sociale kaart (organisations with aliases and letter markers).

The letterhead (first lines) and the signature (last lines) weigh most; a name that only appears
in the body (an organisation the letter refers to) weighs little, and lines that name a client
("Opdrachtgever:", "Inzake:", "Namens ...") do not count. For a generic organisation (a gemeente,
waterschap, deurwaarder or woningcorporatie) the letter's own name ("Gemeente Zuidhaven") is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from assistant.features.letters.mail_sender import signed_company
from assistant.features.letters.private_party import named_as_private_kind, writes_own_agreement
from assistant.features.letters.text import lines as text_lines
from assistant.features.letters.text import unbar_letterhead
from assistant.knowledge.organisations import alias_pattern


class OrganisationLike(Protocol):
    id: str
    name: str
    full_name: str
    kind: str
    aliases: tuple[str, ...]
    letter_markers: tuple[str, ...]
    government: bool


@dataclass(frozen=True)
class Sender:
    name: str  # what the reader sees: "Belastingdienst", "Gemeente Zuidhaven"
    organisation_id: str | None
    names: tuple[str, ...]  # every name that refers to it (for checking a model's text)
    government: bool | None = None  # a bestuursorgaan (sociale kaart); None when not in the kaart
    line: str = ""  # the letterhead or signature line that names it
    court: bool = False  # a court (rechtspraak): no bestuursorgaan (Awb 1:1 lid 2 onder c)

    @property
    def in_sentence(self) -> str:
        """With its article when the sociale kaart writes one: "de Belastingdienst", "het UWV"; a
        name that starts with its article reads "het Juridisch Loket" inside a sentence."""
        first, _, rest = self.name.partition(" ")
        if first in ("De", "Het") and rest:
            return f"{first.lower()} {rest}"
        for article in ("de", "het"):
            if f"{article} {self.name}".lower() in (n.lower() for n in self.names):
                return f"{article} {self.name}"
        return self.name


_CLIENT_LINE = re.compile(r"^\s*(opdrachtgever|inzake|namens|aan|t\.a\.v\.|betreft)\b", re.I)
# A subject line names the matter ("Onderwerp: RE: brief waterbedrijf"): an organisation in it weighs as
# little as one in the body; the letterhead and the signature say who writes.
_SUBJECT_LINE = re.compile(r"(?i)^\s*onderwerp\b")
_HEAD, _TAIL = 8, 6


@lru_cache(maxsize=4096)
def name_pattern(phrase: str) -> re.Pattern[str]:
    """The organisation finder's pattern for a name (inflection and compound heads allowed:
    "Zorgverzekeringen"); short and all-capital names ("CZ", "IND") only in their own case."""
    flags = 0 if (len(phrase) <= 5 or phrase.isupper()) else re.IGNORECASE
    return re.compile(alias_pattern(phrase), flags)


def _hits(phrase: str, line: str) -> float:
    """1 for the phrase as a word, 0.5 inside a compound ("Gerechtsdeurwaarderskantoor"), else 0."""
    if name_pattern(phrase).search(line):
        return 1.0
    return 0.5 if len(phrase) >= 8 and phrase.lower() in line.lower() else 0.0


def _generic(org: OrganisationLike) -> bool:
    lower_aliases = {a for a in org.aliases if a.islower()}
    return " " not in org.name and org.name.lower() in lower_aliases


# An e-mail header's sender line: "Van: Klantenservice Energie <info@…>" names the sender.
_MAIL_FROM = re.compile(r"(?i)^\s*(?:van|from|afzender)\s*:\s*(.*?)\s*(?:<[^>]*>|\[[^\]]*\])?\s*$")


def _mail_from(line: str) -> str:
    m = _MAIL_FROM.match(line)
    return m.group(1).strip(" \"'") if m else line


# A reply quotes the earlier message below a marker ("-----Oorspronkelijk bericht-----", "Op 3 mei 2026
# schreef Jan:"): that part was written by someone else, so its last lines are no signature of this one.
_QUOTED = re.compile(
    r"(?im)^[^\S\n]*(?:-{2,}[^\S\n]*(?:oorspronkelijk\s+bericht|original\s+message)[^\S\n]*-{2,}"
    r"|op\s+[^\n]{4,80}\s+schreef\s+[^\n]{1,80}:)[^\S\n]*$"
)


def detect_sender(text: str, organisations: Iterable[OrganisationLike]) -> Sender | None:
    organisations = tuple(organisations)
    quoted = _QUOTED.search(text)
    text = text[: quoted.start()] if quoted and quoted.start() > 0 else text
    all_lines = [_mail_from(line) for line in text_lines(unbar_letterhead(text))]
    head = all_lines[:_HEAD]
    tail = all_lines[-_TAIL:] if len(all_lines) > _HEAD else []
    body = "\n".join((all_lines[_HEAD:-_TAIL] if tail else []) + [t for t in tail if _prose(t)])
    tail = [t for t in tail if not _prose(t)]
    best: tuple[float, int, OrganisationLike, str] | None = None
    first: tuple[float, int, OrganisationLike, str] | None = None  # the first line's first-named organisation
    first_pos = 0
    signed_only = False  # the best is named below the letterhead only
    for order, org in enumerate(organisations):
        phrases = tuple(dict.fromkeys((*org.letter_markers, org.name, org.full_name, *org.aliases)))
        score, line_hit, in_head = 0.0, "", False
        for i, line in enumerate(head):
            if _CLIENT_LINE.match(line):
                continue
            line = _own_part(line)
            hit = max(_hits(p, _POSTCODE.sub(" ", line)) for p in phrases)
            if hit:
                exact = any(line.strip().lower() == p.lower() for p in phrases)
                weight = (6 if i == 0 else 4 if i < 4 else 2) * hit + (1 if exact else 0)
                weight = hit if _SUBJECT_LINE.match(line) else weight
                score = max(score, weight)
                line_hit, in_head = line_hit or line, True
        for line in tail:
            if not _CLIENT_LINE.match(line) and any(_hits(p, line) == 1.0 for p in phrases):
                score += 3
                line_hit = line_hit or line
                break
        body_hits = sum(len(name_pattern(p).findall(body)) for p in phrases)
        score += min(body_hits, 4) * 0.25
        if score >= 2 and (best is None or score > best[0]):
            best = (score, order, org, line_hit)
            signed_only = not in_head
        pos = _first_line_pos(head, phrases)
        if pos is not None and (first is None or (pos, -score) < (first_pos, -first[0])):
            first, first_pos = (score, order, org, line_hit), pos
    company = _fallback(head[:1])
    if best is None and (signed := signed_company(text_lines(text))):  # a person's mail for a company
        return Sender(signed, None, (signed,), False, signed)
    if best is None or (signed_only and company is not None and company.government is False):
        # a company that names itself in the letterhead ("... B.V.") is the sender; an organisation
        # named only below the letterhead (the signature, the body: "via automatische incasso") is not
        return _legal_form(company if best is not None else _fallback(head), text, organisations)
    # The letterhead's first line names the sender; a principal it acts for ("namens ...", the
    # body, the signature) does not outweigh it.
    _, _, org, line = first or best
    names = (org.name, org.full_name, *org.aliases, *org.letter_markers)
    display = org.name
    # an e-mail from a person ("Van: Sanne de Wit") is sent for the firm its signature names
    mailed = bool(all_lines) and bool(_MAIL_FROM.match(text_lines(text)[0])) and line.strip() not in map(str.strip, head)
    own = _own_name(head, org) or (_signed_name(tail, org, line) if mailed else _named_above(head, org, line))
    if own:
        display = own
    return Sender(
        display, org.id, tuple(dict.fromkeys((display, *names))), bool(org.government), line.strip(),
        org.kind == "rechtspraak",
    )


# A closing paragraph is prose, no signature: an organisation it names ("dan melden wij u aan bij
# het CAK") is one the letter refers to, so it weighs as the body does. Prose: a long line with a
# sentence end ("... 2026.", "... na?"); a signature's name, role and phone lines have none.
_SIGNATURE_WORDS = 10
_SENTENCE_END = re.compile(r"\w{2}[.?!](?:\s|$)")


def _prose(line: str) -> bool:
    return len(line.split()) > _SIGNATURE_WORDS and bool(_SENTENCE_END.search(line))


def _first_line_pos(head: list[str], phrases: tuple[str, ...]) -> int | None:
    """Where the first letterhead line names the organisation (None: not there). Of several, the one
    named first is the sender; the others describe it ("Kredietbank X, uitvoerder voor de gemeente Y")."""
    if not head or _CLIENT_LINE.match(head[0]):
        return None
    line = _own_part(head[0])
    found = [m.start() for p in phrases if _hits(p, line) == 1.0 for m in [name_pattern(p).search(line)] if m]
    return min(found) if found else None


_PRINCIPAL = re.compile(r"(?i)\b(?:namens|in\s+opdracht\s+van|opdrachtgever)\b")


def _own_part(line: str) -> str:
    """A letterhead line up to the principal it acts for ("BRO namens gemeente X en waterschap Y")."""
    return _PRINCIPAL.split(line, maxsplit=1)[0]


# the letters of a postcode ("3314 BD") are no organisation's abbreviation
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")


def _own_name(head: list[str], org: OrganisationLike) -> str | None:
    """ "Gemeente Zuidhaven" for the gemeente, "Waterschap Groenmeer" for a waterschap, ..."""
    if not (_generic(org) or org.kind == "gemeente"):
        return None
    words = [a for a in (*org.aliases, *org.letter_markers) if len(a) >= 5] + [org.name]
    if org.kind == "gemeente":
        words.append("gemeente")
    for line in head[:4]:
        clean = re.split(r"(?i)\bpostbus\b", _own_part(line))[0].strip(" -–,")
        if _CLIENT_LINE.match(clean) or re.search(r"\d", clean) or len(clean.split()) > 6:
            continue
        lowered = clean.lower()
        if lowered in {w.lower() for w in words}:
            continue
        if " " not in clean and any(lowered.endswith(w.lower()) for w in words):
            continue  # one word that is a kind of organisation ("Beschermingsbewindvoerder"): a role, no name
        if any(w.lower() in lowered for w in words):
            return _nice(clean)
    return None


def _named_above(head: list[str], org: OrganisationLike, line: str) -> str | None:
    """A kind of organisation on a later letterhead line ("Beschermingsbewindvoerder" under
    "Kompas Bewind & Budgetbeheer") describes the party the first line names: that name is shown."""
    if not _generic(org) or not head or not line or head[0].strip() == line.strip():
        return None
    if head[0].isupper() and not _COMPANY.search(head[0]):
        return None  # a heading in capitals ("DWANGBEVEL") is no name
    own = _fallback(head[:1])
    return own.name if own else None


def _signed_name(tail: list[str], org: OrganisationLike, line: str) -> str | None:
    """The organisation's own name in the signature ("Bewindvoering Kamphuis" under a person's name),
    without the lower-case role after it ("beschermingsbewindvoerder")."""
    if not line or line.strip() not in (t.strip() for t in tail):
        return None
    for candidate in [line, *(t for t in tail if t.strip() != line.strip())]:  # a role line above the name
        name = re.sub(r"(?:\s+[a-zà-ÿ][\w-]*)+\s*$", "", candidate.strip())
        if candidate != line:  # "Bewindvoering Deltapoort telefoon 088-...": the capitalised words it opens with
            name = re.match(r"(?:[A-ZÀ-Ý][\w'-]*(?:\s+|$))*", candidate.strip()).group().strip()
        if len(name.split()) < 2 or name == candidate.strip() and len(name.split()) > 4:
            continue
        if own := _own_name([name], org):
            return own
    return None


def _nice(name: str) -> str:
    if name.isupper():
        name = " ".join(_nice_word(w) for w in name.split())
    return name[0].upper() + name[1:]


def _nice_word(word: str) -> str:
    """A word of a name written in capitals: an abbreviation with dots keeps them ("B.V."), each part
    of a hyphenated word starts with a capital ("MIDDEN-HOLLAND": "Midden-Holland")."""
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word):
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


# A company's legal form: a private party, no bestuursorgaan (Awb 1:1).
_COMPANY = re.compile(r"(?<![\w.])(?:B\.\s?V\.|N\.\s?V\.|V\.\s?O\.\s?F\.|BV|NV)(?![\w])")


# Disputes with a company go to a consumer disputes body, not to bezwaar: "een klacht voorleggen aan
# de Geschillencommissie Energie", "het Kifid".
_CONSUMER_DISPUTES = re.compile(r"\bGeschillencommissie\b|\bKifid\b|Klachteninstituut Financiële Dienstverlening")


def _legal_form(sender: Sender | None, text: str, organisations: tuple = ()) -> Sender | None:
    """A sender not in the sociale kaart is a private party when the letter writes its own name with a
    company's legal form ("Voorbeeld Energie B.V." in the footer), sends disputes with it to a
    consumer disputes body, names itself after a private kind or writes of its agreement with the reader."""
    if sender is None or sender.government is not None:
        return sender
    written = re.compile(re.escape(sender.name) + r"\W{0,3}" + _COMPANY.pattern, re.IGNORECASE)
    private = written.search(text) or _CONSUMER_DISPUTES.search(text) or writes_own_agreement(text)
    private = private or named_as_private_kind(sender.name, organisations)
    return replace(sender, government=False) if private else sender


def _fallback(head: list[str]) -> Sender | None:
    """No organisation from the sociale kaart: the first letterhead line if it looks like a name."""
    for line in head[:2]:
        clean = line.strip()
        if clean and len(clean.split()) <= 6 and not re.search(r"\d|,|:", clean):
            if not re.match(r"(geachte|beste|aan|de heer|mevrouw|dhr|mw)\b", clean, re.I):
                government = False if _COMPANY.search(clean) else None
                return Sender(_nice(clean), None, (_nice(clean),), government, clean)
    return None
