"""Discussion questions for after the reveal, in our own words, each with the report passage behind it.

Source: "Verslag experiment in onderzoeksomgeving: de rol van de overheidsdienstverlener"
(Programma Inrichten overheidsbrede loketten, september 2023). The questions paraphrase what the
report asks of the professional; they do not quote it. `for_differences` puts the questions that
belong to the fields on which the buddies and the assistant differed first.
"""

from __future__ import annotations

from dataclasses import dataclass

REPORT = "Verslag rol overheidsdienstverlener (2023)"


@dataclass(frozen=True)
class Question:
    topic: str
    text: str
    source: str
    fields: tuple[str, ...] = ()  # answer fields this question helps to discuss


QUESTIONS = (
    Question(
        "Categorie en spoed",
        "Waarom kozen jullie deze categorie? Is er één organisatie, zijn er meer, en hangt de beslissing "
        "van de een af van die van de ander? Moet er binnen een paar weken iets gebeuren omdat de burger "
        "anders in de knel komt?",
        f"{REPORT}, hoofdstuk 2 (Casuïstiek: drie categorieën en de factor urgentie)",
        ("category", "urgent"),
    ),
    Question(
        "De vraag achter de vraag",
        "Wat vraagt de burger letterlijk, en wat heeft hij eigenlijk nodig? Waar in de casus zie je dat, "
        "en welke vraag stel je in het volgende gesprek om het na te gaan?",
        f"{REPORT}, hoofdstuk 3 (Vaardigheden: nieuwsgierig zijn naar de vraag achter de vraag) en "
        "Bijlage 1 (achter een eenvoudige vraag zitten vaak meer vragen)",
        ("next_steps",),
    ),
    Question(
        "Stress-sensitief communiceren",
        "Welke tekenen van stress of geldzorgen zie je in de casus? Wat betekent dat voor je gesprek: "
        "hoeveel informatie geef je tegelijk, wat regel je eerst, en hoe controleer je of de burger je "
        "begrijpt?",
        f"{REPORT}, hoofdstuk 3 (Vaardigheden: stress-sensitieve communicatie; Tooling: de "
        "psychosociale-stressdriehoek en Mobility Mentoring)",
        ("urgent", "next_steps"),
    ),
    Question(
        "Netwerk en mandaat",
        "Welke organisaties moeten aan tafel, en ken je daar iemand die kan beslissen? Wat mag jij zelf "
        "regelen, en waarvoor heb je toestemming van de burger nodig, bijvoorbeeld om mee te kijken in "
        "zijn gegevens?",
        f"{REPORT}, hoofdstuk 3 (Netwerk en partners; Mandaat) en hoofdstuk 4 (Netwerk en mandaat cruciaal)",
        ("organisations",),
    ),
    Question(
        "Omgekeerde Toets",
        "Welk resultaat moet er voor deze burger komen? Past dat bij het doel van de wet, en welke ruimte "
        "geeft de wet om daar te komen zonder willekeur? Welke grond zou je daarvoor aanvoeren?",
        f"{REPORT}, hoofdstuk 3 (Tooling: de Omgekeerde Toets, naar Stimulansz)",
        ("grounds",),
    ),
    Question(
        "Van elkaar leren",
        "Waar verschilden jullie het meest van elkaar en van Regiewijzer? Wie had iets gezien wat de ander "
        "miste, en wat neem je mee naar je volgende gesprek?",
        f"{REPORT}, hoofdstuk 3 (Buddysysteem voor onderling leren)",
    ),
)


def for_differences(fields: list[str]) -> list[Question]:
    """Every question, those about a field that differed first (in the order above)."""
    hit = [q for q in QUESTIONS if set(q.fields) & set(fields)]
    return hit + [q for q in QUESTIONS if q not in hit]
