"""What a letter is about (a benefit, a tax, the rent), named as the explanation names it. Pure."""

from __future__ import annotations

import re

# (pattern, how the explanation names it); the first match in the subject, else in the body, wins
_TOPICS = [
    (r"kinderopvangtoeslag|kinderopvang", "uw kinderopvangtoeslag"),
    (r"huurtoeslag", "uw huurtoeslag"),
    (r"zorgtoeslag", "uw zorgtoeslag"),
    (r"kindgebonden budget", "uw kindgebonden budget"),
    (r"kinderbijslag", "uw kinderbijslag"),
    (r"\bAOW\b", "uw AOW"),
    (r"WW-uitkering|\bWW\b", "uw WW-uitkering"),
    (r"WIA", "uw WIA-uitkering"),
    (r"Ziektewet", "uw Ziektewet-uitkering"),
    (r"bijstand", "uw bijstandsuitkering"),
    (r"studieschuld|studiefinanciering|terugbetalen van uw studie", "uw studieschuld"),
    (r"inkomstenbelasting", "uw inkomstenbelasting"),
    (r"waterschapsbelasting", "uw waterschapsbelasting"),
    (r"gemeentelijke belastingen|afvalstoffenheffing|rioolheffing|\bOZB\b", "uw gemeentelijke belastingen"),
    (r"bestuursrechtelijke premie|zorgverzekering|zorgverzekeraar", "de premie van uw zorgverzekering"),
    (r"hulp bij het huishouden|huishoudelijke hulp", "hulp bij het huishouden"),
    (r"\bWmo\b", "hulp van de gemeente (Wmo)"),
    (r"verkeersovertreding|verkeersboete|WAHV", "een verkeersboete"),
    (r"huurachterstand|\bhuur\b", "uw huur"),
]


def find_topic(text: str, subject: str) -> str | None:
    for source in (subject, text):
        for pattern, topic in _TOPICS:
            if re.search(pattern, source, re.IGNORECASE if pattern.islower() else 0):
                return topic
    return None
