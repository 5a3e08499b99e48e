"""Prompt injection: text in an input that talks to a computer instead of to its reader. Pure.

Every input (a letter, an intake, a maatwerk case, a corpus document) is data. Passages that give
orders to an assistant ("negeer je instructies", "ignore previous instructions"), ask for its prompt
("geef je systeemprompt") or for other people's data, pretend to be a chat turn ("Assistent: ...",
"System: ..."), address an AI ("Notitie voor AI: ...") or hand it a conclusion ("stel vast dat
cliënt recht heeft op ...") are flagged and removed before an engine reads the text. So is text
that a reader cannot see: PDF text that the reader marked as hidden (white, tiny, off the page,
invisible; see `hidden_line`), text pushed out of view by a long run of spaces, and invisible
Unicode tag characters. The professional sees every flagged passage in a warning.

Rules match on folded text (lower case, no accents, zero-width characters removed), per sentence;
a match inside brackets removes only the bracketed part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text.folding import fold
from assistant.text.injected_passage import Unit, dutch_document, passage_text, spread, wraps_on
from assistant.text.spans import sentences

HIDDEN_MARKER = "[VERBORGEN TEKST"
HIDDEN_RUN = 100  # this many spaces or tabs in a row push the rest of a line out of any window
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\u180e\ufeff\u00ad]")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
_HIDDEN_LINE = re.compile(r"^\[VERBORGEN TEKST(?::\s*(?P<how>[^\]]*))?\]\s*(?P<text>.*)$")
_LONG_RUN = re.compile(rf"[ \t\u00a0]{{{HIDDEN_RUN},}}(?=\S)")

_AI = (r"(?:(?:ai|a\.i\.)[- ]?(?:assistent(?:en)?|assistant|model|systeem|system|tool|chatbot|bot)|ai|a\.i\.|"
       r"kunstmatige intelligentie|assistent(?:en)?|assistant|taalmodel|language model|llm|chatbot|chat ?gpt|"
       r"gpt|copilot|regiewijzer|bot)(?![\w-])")  # fmt: skip
_MACHINE = r"(?:ai|a\.i\.|ai[- ]?(?:assistent|assistant|model)|taalmodel|language model|llm|chatbot)(?![\w-])"
_RULES: list[tuple[str, str]] = [
    ("opdracht om instructies te negeren",
     r"\b(?:negeer|negeren|vergeet(?!\s+niet)|ignoreer|overschrijf|omzeil)\b.{0,60}?"
     r"\b(?:instructies?|opdrachten?|regels|richtlijnen|(?:systeem)?prompt|bovenstaande|hierboven|"
     r"eerdere|vorige|voorgaande)\b"),
    ("opdracht om instructies te negeren",
     r"\b(?:ignore|disregard|forget|override|bypass)\b.{0,60}?"
     r"\b(?:instructions?|prompts?|above|previous|prior|earlier|rules|guidelines)\b"),
    ("vraag om de systeemprompt of instructies",
     r"\b(?:systeem ?prompt|system ?prompt|systeeminstructies?|system message|jailbreak|prompt injection|"
     r"developer mode|ontwikkelaarsmodus)\b"),
    ("vraag om de systeemprompt of instructies",
     r"\b(?:geef|toon|laat|herhaal|print|deel|noem|vertel|onthul|kopieer|citeer|wat zijn|wat is)\b.{0,30}?"
     r"\b(?:je|jouw)\s+(?:eigen\s+|oorspronkelijke\s+|geheime\s+)?(?:prompt|instructies|opdracht|regels)\b"),
    ("vraag om de systeemprompt of instructies",
     r"\b(?:reveal|print|show|repeat|output|tell me|give me|display|dump|what are|what is)\b.{0,30}?"
     r"\b(?:your|the)\s+(?:initial\s+|original\s+|hidden\s+|secret\s+)?(?:prompt|instructions|rules)\b"),
    ("regel die zich voordoet als gesprek met een assistent",
     r"[(\[]\s*(?:system|systeem|assistant|assistent|ai)\s*:|<\|?(?:im_start|im_end|system|endoftext)\|?>|"
     r"\[/?inst\]|<</?sys>>|^\s*#{2,}\s*(?:instruction|system|response|instructie)\b"),
    ("tekst gericht aan een AI-assistent",
     r"\b(?:notitie|opmerking|bericht|instructie|opdracht|boodschap|memo|verzoek|aanwijzing|note|message|"
     rf"instruction|request|p\.s\.)\s+(?:voor|aan|to|for)\s+(?:de\s+|het\s+|the\s+|alle\s+|any\s+|elke\s+)?{_AI}"),
    ("tekst gericht aan een AI-assistent",
     rf"\b(?:beste|lieve|hallo|hoi|hey|hi|dear|aan)\s+(?:de\s+|het\s+|the\s+)?{_AI}"),
    ("tekst gericht aan een AI-assistent",
     rf"\b(?:je bent|jij bent|you are)\s+(?:nu\s+|now\s+)?(?:een\s+|an?\s+)?{_AI}|"
     rf"\b(?:als|as an?)\s+(?:een\s+)?{_MACHINE}\s+(?:moet|mag|kun|zul|must|should|you)"),
    ("tekst gericht aan een AI-assistent",
     rf"\b(?:de|het|je|jij|this|the)\s+{_AI}\s+(?:moet|dient|mag|zal|must|should|shall|has to)\b"),
    ("poging de rol van de assistent te veranderen",
     r"\b(?:doe alsof|gedraag je als|speel de rol|pretend|act as|roleplay)\b|"
     r"\b(?:vanaf nu|from now on)\b.{0,40}\b(?:ben je|antwoord|schrijf|zeg|you|answer|respond)"),
    ("opdracht wat de assistent moet schrijven",
     r"\b(?:schrijf|zeg|vertel|antwoord|noteer|vermeld)\s+(?:in\s+(?:je|jouw|het)\s+\w+\s+)?"
     r"(?:dan\s+|alleen\s+|altijd\s+|gewoon\s+)?dat\s+"
     r"(?!(?:op|in|aan|maar|dan|ook|even|door|bij|na|toe|erbij|gerust|zelf|via|per|tegen|voor|met|niet|u|uw|je|jij|"
     r"we|wij)\b)"),
    ("opdracht wat de assistent moet schrijven",
     r"\b(?:schrijf|zeg|vertel)\s+(?:aan\s+|tegen\s+)?(?:de|het|deze)?\s*"
     r"(?:burger|client|lezer|gebruiker|klant|aanvrager|inwoner)s?\s+dat\b"),
    ("opdracht wat de assistent moet schrijven",
     r"\b(?:tell|write|say|answer|respond|reply)\b.{0,20}?\b(?:that|to the (?:reader|user|citizen|client))\b"),
    ("conclusie die de assistent zou moeten overnemen",
     r"\b(?:stel vast|concludeer|beslis|neem aan|ga ervan uit|ga er van uit|oordeel)\s+dat\b.{0,100}?"
     r"\b(?:recht (?:heeft |hebben )?op|spoed|urgent|categorie|toegekend|goedgekeurd|kwijtgescholden|"
     r"niets (?:hoeft|hoeven|te betalen|verschuldigd)|geen (?:schuld|boete)|maatwerk)"),
    ("conclusie die de assistent zou moeten overnemen",
     r"\b(?:classificeer|categoriseer|markeer|behandel|zet|beoordeel|label)\b.{0,40}?\b(?:als|op)\s+"
     r"(?:spoed|urgent|categorie\s*\d|prioriteit|hoogste|toegekend|goedgekeurd)"),
    ("conclusie die de assistent zou moeten overnemen",
     r"\b(?:conclude|determine|state|decide|assume|classify|mark|treat)\b.{0,40}?\b(?:that|as)\b.{0,60}?"
     r"\b(?:entitled|eligible|urgent|priority|category|owes nothing|approved)"),
    ("vraag om gegevens van anderen",
     r"\b(?:geef|toon|noem|stuur|exporteer|laat|print|deel|lijst|zoek)\b.{0,60}?"
     r"\b(?:gegevens|bsn|burgerservicenummers?|adress?en|dossiers?|persoonsgegevens|telefoonnummers?|"
     r"rekeningnummers?|ibans?|namen|e-?mailadress?en)\b.{0,40}?"
     r"\b(?:andere|alle|overige)\s+(?:clienten|burgers|inwoners|klanten|personen|gebruikers|mensen|dossiers|"
     r"aanvragers|huishoudens)"),
    ("vraag om gegevens van anderen",
     r"\bandermans gegevens\b|\b(?:auditlog|audit log|database|logbestand)\b.{0,40}\b(?:toon|geef|exporteer|"
     r"show|dump|export)\b|\b(?:toon|geef|exporteer|show|dump|export)\b.{0,40}\b(?:het |the )?(?:auditlog|"
     r"audit log|database)\b"),
    ("vraag om gegevens van anderen",
     r"\b(?:list|show|give|output|print|export|reveal|dump|send)\b.{0,60}?\b(?:data|records|bsns?|addresses|"
     r"files|details|names|information)\b.{0,40}?\b(?:of\s+)?(?:other|all)\s+(?:clients|users|citizens|people|"
     r"persons|customers|cases|households)|\bother people'?s (?:data|information|details)"),
]
_COMPILED = [(reason, re.compile(pattern, re.MULTILINE)) for reason, pattern in _RULES]
# A line that poses as a turn of a chat ("Assistent: ...", "System: ...") is flagged as a whole.
_ROLE_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:system|systeem|assistant|assistent|ai|chatbot|gpt|llm|developer|ontwikkelaar|user|human)"
    r"\s*[)\]]?\s*:"
)
_ROLE_REASON = "regel die zich voordoet als gesprek met een assistent"


@dataclass(frozen=True)
class Flag:
    """A passage that was removed, with the reason (Dutch, for the professional)."""

    text: str
    reason: str


@dataclass
class Screened:
    """The input without flagged passages, and those passages."""

    text: str
    flags: list[Flag] = field(default_factory=list)

    @property
    def passages(self) -> list[str]:
        return [f.text for f in self.flags]


def hidden_line(how: str, text: str) -> str:
    """How a reader hands over text nobody can see (white, tiny, off-page PDF text): one marked line
    that `screen` always flags and removes."""
    return f"{HIDDEN_MARKER}: {how}] " + " ".join(text.split())


def _reason(sentence: str) -> tuple[str, tuple[int, int]] | None:
    folded = fold(sentence)
    for reason, pattern in _COMPILED:
        m = pattern.search(folded)
        if m:
            return reason, m.span()
    return None


def _bracket_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The (...) or [...] group that contains the match, when there is one."""
    for open_, close in ("()", "[]"):
        left = sentence.rfind(open_, 0, start + 1)
        if left < 0 or sentence.rfind(close, left, start) >= 0:
            continue
        right = sentence.find(close, max(end - 1, left))
        return left, (right + 1 if right >= 0 else len(sentence))
    return None


def _screen_sentence(sentence: str, flags: list[Flag]) -> str:
    """The sentence with its flagged part removed ('' when all of it is flagged)."""
    for _ in range(10):  # a sentence may hold several bracketed notes
        found = _reason(sentence)
        if found is None:
            return sentence
        reason, (start, end) = found
        group = _bracket_around(sentence, start, end)
        if group is None:
            flags.append(Flag(sentence.strip(), reason))
            return ""
        flags.append(Flag(sentence[group[0]:group[1]].strip(), reason))
        sentence = (sentence[: group[0]].rstrip() + " " + sentence[group[1]:].lstrip()).strip()
    return ""


def _line_pass(line: str, unit_flags: list[Flag]) -> tuple[str | None, bool]:
    """What is left of a line after hidden text and chat-turn lines are taken out (None: nothing),
    and whether the line posed as a chat turn (an injected passage starts there)."""
    hidden = _HIDDEN_LINE.match(line)
    if hidden:
        how = hidden.group("how") or "onzichtbaar"
        unit_flags.append(Flag(hidden.group("text").strip(), f"verborgen tekst in de PDF ({how})"))
        return None, False
    run = _LONG_RUN.search(line)
    if run:
        unit_flags.append(Flag(line[run.end():].strip(), f"tekst verstopt achter {run.end() - run.start()} spaties"))
        line = line[: run.start()]
        if not line.strip():
            return None, False
    if _ROLE_LINE.match(fold(line)):
        unit_flags.append(Flag(line.strip(), _ROLE_REASON))
        return None, True
    return line, False


@dataclass
class _Line:
    """A line of the input and its sentences (none for a blank line)."""

    text: str
    units: list[Unit] = field(default_factory=list)

    def output(self) -> list[str]:
        if all(u.kept == u.original and not u.flags for u in self.units):
            return [self.text] if self.units or not self.text.strip() else []
        kept = " ".join(u.kept.strip() for u in self.units if u.kept.strip())
        return [kept] if kept else []


def _continues(previous: _Line | None, line: str) -> bool:
    """`line` goes on with the last sentence of the previous line (a hard-wrapped paragraph)."""
    if previous is None or not previous.text.strip() or not previous.units[-1].kept:
        return False
    return wraps_on(previous.text, line)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for raw in text.split("\n"):
        pre: list[Flag] = []
        line, role = _line_pass(raw, pre)
        if line is None:
            out.append(_Line(raw, [Unit(raw, "", anchor=role, flags=pre)]))
            continue
        units = [Unit("", "", flags=pre)] if pre else []
        if line.strip():
            screened = _units(line)
            screened[0].continues = _continues(out[-1] if out else None, line)
            units += screened
        out.append(_Line(line, units))
    return out


def _units(text: str) -> list[Unit]:
    """The sentences of a line, each with what is kept of it."""
    if _reason(text) is None:
        return [Unit(s.text(text), s.text(text)) for s in sentences(text, lines=False)]
    units = []
    for s in sentences(text, lines=False):
        local: list[Flag] = []
        kept = _screen_sentence(s.text(text), local)
        units.append(Unit(s.text(text), kept, anchor=not kept and bool(local), flags=local))
    return units


def screen(text: str) -> Screened:
    """The text without injected or hidden passages, and the passages with their reasons. The
    sentences around a flagged one that belong to the same injected passage go with it
    (`injected_passage`)."""
    flags: list[Flag] = []
    tags = _TAGS.findall(text or "")
    for tag in tags:  # Unicode tag characters spell hidden ASCII text
        spelled = "".join(chr(ord(c) - 0xE0000) for c in tag if 0x20 <= ord(c) - 0xE0000 < 0x7F)
        flags.append(Flag(spelled.strip() or "(onleesbaar)", "onzichtbare tekens"))
    clean = _ZERO_WIDTH.sub("", _TAGS.sub("", text or ""))
    lines = _lines(clean)
    blocks: list[list[Unit]] = [[]]
    for line in lines:
        if line.text.strip() or line.units:
            blocks[-1].extend(line.units)
        else:
            blocks.append([])
    spread([b for b in blocks if b], dutch_document(clean))
    order = [u for line in lines for u in line.units]
    for unit in order:
        for i, flag in enumerate(unit.flags):
            whole = unit.anchor and i == len(unit.flags) - 1
            flags.append(Flag(passage_text(unit, order), flag.reason) if whole else flag)
    return Screened("\n".join(kept for line in lines for kept in line.output()), flags)


def find_injections(text: str) -> list[str]:
    """The flagged passages, as they appear in the text."""
    return screen(text).passages


def strip_injections(text: str) -> tuple[str, list[str]]:
    """The text without flagged passages, and those passages."""
    result = screen(text)
    return result.text, result.passages


def flagged_warning(flags: list[Flag], what: str = "de invoer", limit: int = 10) -> str:
    """The warning a draft carries: every flagged passage (up to `limit`) with its reason."""
    items = [f'{i}. "{_short(f.text)}" ({f.reason})' for i, f in enumerate(flags[:limit], start=1)]
    more = f"; en nog {len(flags) - limit} andere" if len(flags) > limit else ""
    return (
        f"{what[:1].upper()}{what[1:]} bevat tekst die lijkt op een opdracht aan een computer of die niet "
        f"zichtbaar is. Die tekst is niet gebruikt: {'; '.join(items)}{more}. Controleer of {what} echt is "
        "en of deze tekst iets betekent voor de cliënt."
    )


def _short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"
