"""The explanation without a model: short sentences, "u", what to do and by when first.

Everything here is built from the facts; the only letter text that is copied is an amount's label
and the list of papers the letter asks for (injected instructions are removed before that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from assistant.features.letters import meaning as M
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import LetterFacts
from assistant.features.letters.text import segments

KIND_SENTENCES = {
    "aanslag": "Het is een aanslag. Daarin staat hoeveel belasting u moet betalen.",
    "terugvordering": "U heeft te veel geld gekregen. Daarom moet u geld terugbetalen.",
    "aanmaning": "U heeft iets nog niet betaald. Daarom krijgt u deze brief.",
    "dwangbevel": (
        "Het is een dwangbevel. U heeft een schuld niet op tijd betaald. Nu kan er beslag komen. "
        "Dan wordt geld van uw loon, uitkering of rekening gehaald."
    ),
    "boete": "U krijgt een boete. Een boete is een straf in geld.",
    "informatieverzoek": "{sender} heeft informatie van u nodig.",
    "uitnodiging": "U krijgt een uitnodiging voor een afspraak.",
    "besluit": "Het is een besluit. Daarin staat wat {sender} heeft beslist.",
    "informatie": "De brief geeft u informatie.",
}
HELP = "U kunt ook gratis hulp vragen. Bijvoorbeeld bij een sociaal raadsman of het Juridisch Loket."
_AUTO_PAY = re.compile(
    r"(?i)\b(u betaalt|wij schrijven|schrijven wij)\b[^.]{0,80}\b(automatische incasso|af)\b"
)


class TermLike(Protocol):
    term: str
    meaning: str
    variants: tuple[str, ...]


def _pays_automatically(text: str) -> bool:
    """The letter says the money is collected automatically, not only on a condition
    ("Heeft u ons gemachtigd? Dan schrijven wij ... af" is a condition, not a fact)."""
    segs = segments(text)
    for i, seg in enumerate(segs):
        if not _AUTO_PAY.search(seg.text):
            continue
        conditional = re.match(r"(?i)\W*(?:dan|als|indien|wanneer|kiest|heeft u)\b", seg.text)
        after_question = i > 0 and segs[i - 1].text.rstrip().endswith("?")
        if not (conditional or after_question):
            return True
    return False


def money(value: float) -> str:
    """€ 1.236,00"""
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def actions(facts: LetterFacts) -> list[str]:
    out: list[str] = []
    sender = facts.sender_name
    used: set[str] = set()
    if facts.kind in ("aanslag", "terugvordering", "aanmaning", "dwangbevel", "boete"):
        pay, due = facts.pay_amount, facts.deadline_for("betalen")
        if due:
            used.add(due.meaning)
        if _pays_automatically(facts.text):
            first = f" De eerste keer is rond {format_date(due.value)}." if due else ""
            out.append(f"U hoeft niet zelf te betalen. Het geld gaat vanzelf van uw rekening.{first}")
            out.append("Zorg dat er genoeg geld op uw rekening staat.")
        elif pay and due:
            out.append(f"Betaal {money(pay.value)}. Doe dat uiterlijk op {format_date(due.value)}.")
        elif pay and re.search(r"(?i)aparte brief|betaalverzoek|nog een brief", facts.text):
            out.append(f"U moet {money(pay.value)} terugbetalen. U krijgt nog een brief over hoe en wanneer.")
        elif pay:
            out.append(f"Betaal {money(pay.value)}. In de brief staat hoe u betaalt.")
        elif due:
            out.append(f"Betaal uiterlijk op {format_date(due.value)}.")
        if facts.kind == "dwangbevel":
            out.append("Doe dit snel. Anders kan er beslag komen.")
    elif facts.kind == "informatieverzoek":
        due = facts.deadline_for("papieren")
        if due:
            used.add(due.meaning)
            out.append(
                f"Stuur de papieren die {sender} vraagt. Doe dat uiterlijk op {format_date(due.value)}."
            )
        else:
            out.append(f"Stuur de papieren die {sender} vraagt. Doe dat zo snel als u kunt.")
    appointment = next((d for d in facts.deadlines if d.kind == M.APPOINTMENT), None)
    if appointment:
        time = re.search(r"om (\S+) uur", appointment.meaning)
        when = format_date(appointment.value, weekday=True) + (f" om {time.group(1)} uur" if time else "")
        out.append(f"Ga naar de afspraak op {when}.")
        out.append(f"Kunt u niet? Laat het {sender} dan snel weten.")
    for d in facts.deadlines:
        if d.kind != M.DEADLINE or d.meaning in used or "bezwaar" in d.meaning or "beroep" in d.meaning:
            continue
        if "kwijtschelding" in d.meaning or (facts.letter_date and d.value < facts.letter_date):
            continue
        used.add(d.meaning)
        out.append(f"Let op: de {d.meaning} is {format_date(d.value)}.")
    if not out:
        out.extend(facts.instructions or ["U hoeft nu niets te doen. Bewaar de brief goed."])
    obj = facts.objection
    if obj.possible and obj.until:
        verb = "Maak dan bezwaar" if obj.route == "bezwaar" else "Ga dan in beroep"
        out.append(
            f"Bent u het niet eens met de brief? {verb}. Dat moet uiterlijk op {format_date(obj.until)}."
        )
    for option in facts.options:
        out.append(_option_sentence(option.name, option.mentioned, facts))
    return out


def _option_sentence(name: str, mentioned: bool, facts: LetterFacts) -> str:
    sender = facts.sender_name
    if name == "betalingsregeling":
        if mentioned:
            return "Kunt u niet alles in één keer betalen? Vraag dan een betalingsregeling aan."
        return f"Kunt u niet alles in één keer betalen? Vraag {sender} dan of een betalingsregeling kan."
    if name == "kwijtschelding":
        due = facts.deadline_for("kwijtschelding")
        when = f" Doe dat uiterlijk op {format_date(due.value)}." if due else ""
        if mentioned:
            return f"Heeft u weinig geld? Vraag dan kwijtschelding aan.{when}"
        return "Heeft u weinig geld? Vraag dan of u kwijtschelding kunt krijgen."
    return "Heeft u meer tijd nodig om te betalen? Vraag dan uitstel van betaling aan."


def render(facts: LetterFacts) -> str:
    sender = facts.sender_name
    parts = ["Wat moet u doen?", *(f"- {a}" for a in actions(facts))]
    if facts.requested:
        parts.append("Dit vraagt de brief:")
        parts.extend(f"- {item}" for item in facts.requested)
    about = [f"Deze brief komt van {sender}."]
    if facts.letter_date:
        about.append(f"De brief is van {format_date(facts.letter_date)}.")
    kind_sentence = KIND_SENTENCES[facts.kind].format(sender=sender)
    about.append(kind_sentence[0].upper() + kind_sentence[1:])
    if facts.topic:
        about.append(f"Het gaat over {facts.topic}.")
    parts += ["", "Waar gaat de brief over?", " ".join(about)]
    if facts.amounts:
        parts += ["", "Bedragen in de brief:"]
        parts += [f"- {_short(a.label)}: {money(a.value)}" for a in facts.amounts]
    parts += ["", "Bezwaar", objection_text(facts)]
    ref = facts.references[0].split(": ", 1)[-1] if facts.references else None
    contact = f"Heeft u vragen over de brief? Neem dan contact op met {sender}."
    if ref:
        contact += f" Noem dan dit nummer: {ref}."
    parts += ["", "Hulp", contact, HELP]
    return "\n".join(parts).strip()


def objection_text(facts: LetterFacts) -> str:
    obj = facts.objection
    if not obj.possible:
        return obj.how
    when = f" Dat moet uiterlijk op {format_date(obj.until)}." if obj.until else ""
    if not obj.stated:
        return (
            "De brief zegt niets over bezwaar. Meestal kunt u wel bezwaar maken. "
            f"U heeft daarvoor zes weken na de datum van de brief.{when} Vraag na of dat hier ook zo is."
        )
    if obj.route == "beroep":
        who = " bij de officier van justitie" if "officier van justitie" in obj.how else ""
        return f"Bent u het niet eens met de brief? Dan kunt u in beroep gaan{who}.{when} {obj.how}".strip()
    return f"Bent u het niet eens met de brief? Dan kunt u bezwaar maken.{when} {obj.how}".strip()


def _short(label: str) -> str:
    words = label.split()
    label = " ".join(words[:7]) + (" ..." if len(words) > 7 else "")
    return label[0].upper() + label[1:]


def difficult_words(text: str, glossary: Iterable[TermLike]) -> list[tuple[str, str]]:
    """Glossary terms that occur in the letter, in the order they first appear."""
    found: list[tuple[int, str, str]] = []
    for term in glossary:
        positions = []
        for form in (term.term, *term.variants):
            flags = 0 if any(c.isupper() for c in form) else re.IGNORECASE
            m = re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, flags)
            if m:
                positions.append(m.start())
        if positions:
            found.append((min(positions), term.term, term.meaning))
    found.sort()
    out: list[tuple[str, str]] = []
    for _, word, meaning in found:
        if word not in (w for w, _ in out):
            out.append((word, meaning))
    return out
