"""The explanation without a model: short sentences, "u", what to do and by when first.

Everything here is built from stated facts only; a fact that is to be checked goes to the
professional's "Controleer dit" list (report.py), never into the citizen's text. The only letter
text that is copied is an amount's label and the list of papers the letter asks for (injected
instructions are removed before that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from assistant.features.letters.amounts import money
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import LetterFacts

__all__ = ["money", "render", "objection_text", "difficult_words", "KIND_SENTENCES", "HELP"]

KIND_SENTENCES = {
    "aanslag": "Het is een aanslag. Daarin staat hoeveel belasting u moet betalen.",
    "terugvordering": "U heeft te veel geld gekregen. Daarom moet u geld terugbetalen.",
    "aanmaning": "U heeft iets nog niet betaald. Daarom krijgt u deze brief.",
    "dwangbevel": (
        "Het is een dwangbevel. U heeft een schuld niet op tijd betaald. Nu kan er beslag komen. "
        "Dan wordt geld van uw loon, uitkering of rekening gehaald."
    ),
    "beslag": "Er is beslag gelegd voor een schuld. In de brief staat waarop, bijvoorbeeld op uw loon.",
    "betekening": (
        "Een deurwaarder brengt u officieel een uitspraak van de rechter (een vonnis). Daarin staat wat u moet "
        "betalen. Betaalt u niet op tijd, dan kan er beslag komen."
    ),
    "boete": "U krijgt een boete. Een boete is een straf in geld.",
    "informatieverzoek": "{sender} heeft informatie van u nodig.",
    "uitnodiging": "U krijgt een uitnodiging voor een afspraak.",
    # true for an offered and for an agreed regeling: the letter may only offer it
    "betalingsregeling": (
        "De brief gaat over een betalingsregeling. Met een betalingsregeling betaalt u in delen. "
        "In de brief staat hoe dat gaat."
    ),
    "besluit": "Het is een besluit. Daarin staat wat {sender} heeft beslist.",
    "beslissing_op_bezwaar": "U heeft bezwaar gemaakt. Dit is de beslissing op uw bezwaar.",
    "vonnis": "Dit is een uitspraak van de rechter. Daarin staat wat de rechter heeft beslist.",
    "aankondiging": "{sender} laat weten wat er gaat gebeuren. Het is nog geen besluit.",
    "ontvangstbevestiging": "{sender} laat weten dat uw post is ontvangen. Het is nog geen besluit.",
    "herinnering": "{sender} herinnert u eraan dat u nog iets moet doen. Het is geen besluit.",
    "informatie": "De brief geeft u informatie.",
}
HELP = "U kunt ook gratis hulp vragen. Bijvoorbeeld bij een sociaal raadsman of het Juridisch Loket."
NOT_A_LETTER = (
    "Deze tekst lijkt geen brief van een organisatie. Er staat geen afzender of datum in. "
    "Daarom staat hier geen uitleg. Heeft u wel een brief? Gebruik dan de tekst van de brief zelf."
)
UNSURE_OBJECTION = (
    "Of u bezwaar kunt maken, staat niet duidelijk in de brief. Vraag dit na bij uw hulpverlener."
)


class TermLike(Protocol):
    term: str
    meaning: str
    variants: tuple[str, ...]


def render(facts: LetterFacts) -> str:
    if not facts.is_letter:
        return NOT_A_LETTER
    sender = facts.sender_name
    actions = [a.value for a in facts.actions if a.stated]
    parts = ["Wat moet u doen?", *(f"- {a}" for a in actions)]
    if facts.requested:
        parts.append("Dit vraagt de brief:")
        parts.extend(f"- {item}" for item in facts.requested)
    parts += ["", "Waar gaat de brief over?", " ".join(_about(facts))]
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


def _about(facts: LetterFacts) -> list[str]:
    sender = facts.sender_name
    about = [f"Deze brief komt van {sender.rstrip('.')}."] if facts.fact("sender").stated else []
    if facts.fact("letter_date").stated and facts.letter_date:
        about.append(f"De brief is van {format_date(facts.letter_date)}.")
    if facts.fact("kind").stated:
        kind_sentence = KIND_SENTENCES[facts.kind].format(sender=sender)
        about.append(kind_sentence[0].upper() + kind_sentence[1:])
    if facts.topic:
        about.append(f"Het gaat over {facts.topic}.")
    return about or ["Wat voor brief dit is, staat niet duidelijk in de brief."]


def objection_text(facts: LetterFacts) -> str:
    obj = facts.objection
    if not obj.stated:
        return UNSURE_OBJECTION
    route = obj.value
    if not route.possible:
        return route.how
    when = f" Dat moet uiterlijk op {format_date(route.until)}." if route.until else ""
    if route.by_default:
        until = f" Dat is tot en met {format_date(route.until)}." if route.until else ""
        return (
            "De brief zegt niets over bezwaar. Meestal kunt u wel bezwaar maken. "
            f"U heeft daarvoor zes weken na de datum van de brief.{until} Vraag na of dat hier ook zo is."
        )
    if route.route == "beroep":
        who = " bij de officier van justitie" if "officier van justitie" in route.how else ""
        return f"Bent u het niet eens met de brief? Dan kunt u in beroep gaan{who}.{when} {route.how}".strip()
    return f"Bent u het niet eens met de brief? Dan kunt u bezwaar maken.{when} {route.how}".strip()


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
