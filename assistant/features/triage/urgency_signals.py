"""The spoed signals (what runs out or stops, each with a next step) and the words that put
something at stake at a date. Pure tables; their weighing is in urgency.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.triage.cues import HOMELESS
from assistant.features.triage.rules import NUM, TURNING_18, rx
from assistant.features.triage.situations import DANGER
from assistant.features.triage.urgency_calm import SUM_LEFT
from assistant.features.triage.urgency_doubt import INCOME
from assistant.text.spans import Span


@dataclass(frozen=True)
class Signal:
    key: str
    label: str
    pattern: re.Pattern
    step: str  # Dutch next step when this signal is present
    severe: bool = True  # an explicit "geen acute nood" does not outweigh it


# What makes a date urgent: something runs out, stops or is lost then.
STAKE = rx(
    r"\btermijn\w*|\b(?!(?:beslis|behandel|afhandel)termijn)\w+termijn\b|\bdeadline\b|\buiterlijk\b|"
    # "woensdag is de laatste dag": the last day to act is a deadline, like "uiterlijk"
    r"\blaatste\s+(?:dag|datum|mogelijkheid)\b(?!\s+van\b)|\bverl(?:oopt|open|iep)\b|"
    r"\bgeldig\s+(?:is\s+|was\s+|blijft\s+)?tot\b|\bvervalt\b|\bloopt\b(?:\s+\S+){0,4}\s+af\b|"
    r"\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:reageren|betalen|indienen|aanleveren|inleveren|weg|vertrekken|verhuizen|eruit|leeg|"
    r"(?:huis|woning|kamer|opvang|plek)\s+uit)\b|"
    r"\bstop(?:t|pen|te|gezet)\b|\beindigt\b|\bbeëindig\w*|\bafgesloten\b|\bafsluit\w*|\bontruim\w*|\buitzetting\b|"
    r"\buitgezet\b|\buitschrijving\b|\buitgeschreven\b|\bop\s+straat\b|\bbeslag\w*|\bdwangbevel\w*|"
    # a bezwaar or beroep counts as a stake with its term or the act of lodging it, not as a hearing or procedure
    r"\b(?:bezwaar|beroep)\w*\b(?:\s+\S+){0,6}?\s+(?:in(?:ge)?dienen|maken|gemaakt|instellen|ingesteld|binnen|aantekenen)\b|"
    r"\b(?:uiterlijk|vóór|voor|binnen)\b(?:\s+\S+){0,6}?\s+(?:bezwaar|beroep)\b|\bafl(?:oopt|open)\b|"
    r"\bgeen\s+(?:inkomen|geld)\b|\bpas\b(?:\s+\S+){0,4}\s+uitbetaa?l\w*|\beindigen\b|\bloopt\s+af\b|"
    r"\bloopt\s+(?:nog\s+)?tot\b|\b(?:vastgehouden|vrijgehouden|gereserveerd)\b|\bhoud(?:t|en)\b(?:\s+\S+){0,4}?\s+(?:vrij|vast)\b|\bgeldig\s+(?:is\s+|was\s+|blijft\s+)?tot\b|\bte\s+vervallen\b"
)
URGENCY_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "geen_inkomen",
        "geen inkomen",
        rx(
            r"\bgeen\s+(?:eigen\s+|enkel\s+)?inkomen\b|\bgeen\s+(?:\S+\s+)?inkomsten\b|"
            # income that was not paid ("over mei is geen WW betaald") is a lack now
            rf"\bgeen\s+{INCOME}(?:\s+(?:over|in|voor|van)\s+\w+)?\s+(?:meer\s+)?"
            r"(?:uit)?(?:betaald|ontvangen|overgemaakt|gestort)\b|"
            r"\bzonder\s+(?:\S+\s+)?(?:inkomen|inkomsten|loon|salaris|uitkering)\b|"
            r"\bgeen\s+(?:\S+\s+)?(?:uitkering|loon|salaris|bijstand|ww|wajong|aow|pensioen)\s+meer\b|"
            r"\bgeen\s+(?:enkel\s+)?geld\b(?:\s+\S+){0,2}\s+"
            r"(?:voor|om|meer)\b|\bgeen\s+geld\s*(?:meer|[.,;]|$)|\bfinancieel\b(?:\s+\S+){0,3}\s+aan\s+de\s+grond\b|\bgeen\s+eten\b|"
            r"\bniets\s+(?:meer\s+)?te\s+eten\b|\binkomen\s+(?:valt|viel|is)\s+(?:weg|gestopt)\b|\buitkering\s+(?:is\s+|wordt\s+)?"
            r"(?:stopgezet|gestopt|beëindigd|ingetrokken|opgeschort)\b|"
            rf"\b(?:stopt|stoppen|stopte|beëindigt|beëindigd)\b(?:\s+\S+){{0,3}}?\s+{INCOME}|"
            rf"{INCOME}(?:\s+\S+){{0,3}}?\s+(?:stopt|stoppen|eindigt|vervalt|stopgezet|beëindigd|ingetrokken|opgeschort)\b|"
            r"\bgeen\s+ander(?:e)?\s+(?:inkomen|inkomsten)\b|"
            # the last pay came at a past moment: "zijn laatste salaris kreeg hij eind vorige maand"
            r"\blaatste\s+(?:salaris|loon|uitkering|loonbetaling)\s+(?:kreeg|ontving|kwam)\s+(?:\S+\s+){0,2}?"
            r"(?:eind|begin|half|medio|op|in|vorige)\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,8}?\s+(?:komt|kwam)\s+(?:dus\s+|ook\s+|nu\s+)?niet\b|"
            rf"{INCOME}(?:\s+\S+){{0,6}}?\s+(?:komt|kwam)\s+(?:dus\s+|ook\s+|nu\s+)?niet\b|"
            r"\bbetaalt\b(?:\s+\S+){0,4}?\s+(?:niets|niks|niet|geen\s+\S+)\s+(?:meer\s+)?uit\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,6}?\s+(?:blijft|bleef)(?:\s+\S+){0,3}?\s+uit\b|"
            rf"{INCOME}(?:\s+\S+){{0,4}}?\s+(?:nog\s+)?niet\s+(?:meer\s+)?(?:uitbetaald|uitbetalen|overgemaakt|gestort|binnengekomen|ontvangen)\b|"
            r"\b(?:uit)?betaling\b(?:\s+\S+){0,6}?\s+(?:is|zijn)\s+(?:nog\s+)?niet\s+(?:gestort|binnengekomen|ontvangen|gedaan)\b"
        ),
        "Regel binnen dagen een overbrugging: vraag bij de gemeente naar een voorschot of spoedaanvraag en ga na welke betaling vastzit.",
    ),
    Signal(
        "geldtekort",
        "acuut geldtekort (vaste lasten of eten niet te betalen)",
        rx(
            r"\bzonder\s+geld\b|\bgeen\s+cent\b|\b(?:komt|kwam|komen|kwamen)\s+(?:\S+\s+){0,3}?(?:geld\s+)?tekort\b|"
            r"\b(?:huur|boodschappen|eten|vaste\s+lasten|rekeningen)\b(?:\s+\S+){0,5}\s+niet\s+(?:meer\s+)?"
            r"(?:betalen|kan\s+betalen|kunnen\s+betalen|betaald|opbrengen|kan\s+opbrengen)\b|"
            r"\bkan\b(?:\s+\S+){0,3}\s+(?:huur|boodschappen|eten|vaste\s+lasten)\s+niet\s+(?:meer\s+)?betalen\b|"
            r"\b(?:geld|boodschappen|eten|leefgeld)\b(?:\s+\S+){0,4}?\s+(?:is|zijn)\s+(?:al\s+)?op\b(?!\s+(?:de|het|een|tijd|\d))|"
            + SUM_LEFT
        ),
        "Regel binnen dagen een overbrugging (voedselbank, voorschot of bijzondere bijstand) en neem contact op met de verhuurder.",
    ),
    Signal(
        "ontruiming",
        "dreigende ontruiming",
        rx(
            r"\bontruim\w*|\bhuisuitzetting\w*|\buitzetting\w*|\buit\s+(?:het|zijn|haar|de)\s+(?:huis|woning)\s+(?:gezet|zetten)\b"
        ),
        "Neem direct contact op met de verhuurder en de schuldhulpverlening van de gemeente om ontruiming te voorkomen.",
    ),
    Signal(
        "afsluiting",
        "dreigende afsluiting van energie of water",
        rx(
            r"\b(?:gas|stroom|energie|elektriciteit|water|licht)\b(?:\s+\S+){0,5}\s+(?:afgesloten|afsluiten)\b|\bafsluiting\w*|"
            r"\bafgesloten\s+(?:van|worden)\b|\bdreigt\b(?:\s+\S+){0,4}\s+afgesloten\b|"
            r"\bsluit(?:en|te)?\s+(?:\S+\s+){0,5}?(?:gas|stroom|energie|elektriciteit|water|licht)\s+af\b|"
            r"\b(?:gas|stroom|energie|elektriciteit|water)\w*\b(?:\s+\S+){0,6}?\s+(?:gestaakt|stopgezet)\b"
        ),
        "Neem contact op met de leverancier over uitstel van afsluiting en meld cliënt aan bij schuldhulpverlening.",
    ),
    Signal(
        "beslag",
        "beslag",
        rx(
            r"\bbeslag\w*|\bloonbeslag\w*|\bbankbeslag\w*|\bdwangbevel\w*|\bexecutie\w*|\bopenbare\s+verkoop\b|"
            r"\b(?:inboedel|spullen|meubels)\b(?:\s+\S+){0,3}?\s+(?:te\s+)?(?:verkopen|veilen|verkocht|geveild)\b"
        ),
        "Controleer of de beslagvrije voet klopt en neem contact op met de partij die beslag legt.",
        severe=False,
    ),
    Signal(
        "termijn",
        "termijn van dagen of weken",
        rx(
            rf"\b(?:binnen|over|nog|uiterlijk)\s+{NUM}\s+(?:werk)?(?:dag|dagen|week|weken)\b(?!\s+geleden)|"
            # the bezwaar term in weeks, counted from the decision's date (urgency_time): "bezwaar maken, 6 weken"
            rf"\b(?:bezwaar|beroep)\w*\b[^.;]{{0,60}}?\b{NUM}\s+weken\b(?!\s+geleden)|"
            r"\b(?:morgen|overmorgen|vandaag|deze\s+week|volgende\s+week|komende\s+week)\b"
        ),
        "Noteer de precieze datum en zorg dat er vóór die datum een reactie of (pro forma) bezwaar ligt.",
        severe=False,
    ),
    Signal(
        "zorg_stopt",
        "zorg of verblijf stopt binnenkort (ontslag uit ziekenhuis, einde zorg of opvang)",
        rx(
            # discharge in any word order: "ontslag uit", "naar huis ontslagen", "omdat ze vrijdag naar huis gaat"
            r"\bontslag\s+(?:uit|naar)\b|\bontslagen\s+uit\b|\bnaar\s+huis\s+(?:ontslagen|gestuurd|gaat|gaan|mag|mogen)\b|"
            r"\b(?:zorg|thuiszorg|hulp|mantelzorg\w*|opvang|begeleiding|indicatie|opname|behandeling)\b(?:\s+\S+){0,3}?\s+"
            r"(?:stopt|eindigt|vervalt|loopt\s+af|houdt\s+op)\b|"
            r"\b(?:stopt|eindigt|vervalt)\s+(?:de\s+|het\s+|zijn\s+|haar\s+)?(?:\w+\s+)?(?:thuiszorg|zorg|hulp|mantelzorg\w*|opvang|begeleiding|indicatie)\b|"
            # the person who gives the care drops out ("de mantelzorger wordt opgenomen")
            r"\b(?:mantelzorg\w*|verzorg(?:er|ster))\b,?(?:\s+\S+){0,8}?\s+(?:valt\s+(?:weg|uit)|wegvalt|uitvalt|"
            r"(?:wordt|is)\s+(?:\S+\s+){0,3}?opgenomen|vertrekt|verhuist|kan\s+(?:\S+\s+)?niet\s+meer)\b|\b(?:zorg|hulp)\s+valt\s+weg\b|"
            # someone leaves and the next sentence says there is no other carer: the only carer drops out
            r"\b(?:vertrekt|verhuist|gaat\s+weg|valt\s+weg)\b[^.!?\n]{0,120}[.!?]\s+(?:er\s+is\s+|(?:ze|zij|hij)\s+heeft\s+)?"
            r"geen\s+andere\s+(?:mantelzorg\w*|verzorg\w*)"
        ),
        "Regel vóór die datum de zorg of woonplek daarna: overleg vandaag met de zorgaanbieder en vraag de "
        "gemeente (Wmo) zo nodig om een spoedbeslissing.",
    ),
    Signal(
        "dakloos",
        "dakloosheid of dreigende dakloosheid",
        rx(
            HOMELESS.pattern + r"|\bop\s+straat\s+(?:staat|staan|komt|komen|te\s+staan|belandt)\b|"
            r"\b(?:slaapt|slapen|sliep)\b(?:\s+\S+){0,4}?\s+in\s+(?:de\s+|een\s+|haar\s+|zijn\s+|hun\s+)?"
            r"(?:auto|tent|portiek|schuur|park)\b|\b(?:slaapt|slapen|sliep)\s+buiten\b|"
            r"\b(?:woont|wonen)\b(?:\s+\S+){0,4}?\s+in\s+(?:de\s+|een\s+|haar\s+|zijn\s+|hun\s+)?auto\b|"
            r"\bdakloos\s+te\s+worden\b|\bdreigt\b(?:\s+\S+){0,3}\s+dakloos\b"
        ),
        "Regel opvang en een briefadres via de gemeente, zodat inkomen en post door kunnen lopen.",
    ),
    Signal(
        "achttien",
        "zorg of woonplek stopt bij 18 jaar",
        TURNING_18,
        "Start nu het plan voor na het 18e jaar: verlengde jeugdhulp, woonruimte, inkomen en zorgverzekering.",
    ),
    Signal(
        "veiligheid",
        "onveiligheid of geweld",
        DANGER,
        "Bespreek de veiligheid; schakel bij acuut gevaar de politie in en vraag advies aan Veilig Thuis.",
    ),
    Signal(
        "spoed",
        "spoed genoemd",
        rx(
            r"\b(?:met\s+)?spoed(?!\w)|\bspoedeisend\b|\bacu(?:ut|te)\b|\bcrisis\b|\bsuïcid\w*|\bsuicid\w*|\bzelfmoord\w*"
        ),
        "Maak vandaag nog een afspraak over wie wat doet.",
    ),
)
# Signals that only count when the text also shows youth care.
SIGNAL_REQUIRES_UNIT = {"achttien": ("jeugdzorg", "gecertificeerde-instelling")}

# Signals that count only at a time near the note: a date or term with something at stake then.
NEEDS_NEAR = ("termijn", "zorg_stopt")


# A term the client meets by one act (bezwaar, betalen, reageren) is spoed only within four weeks; a
# right or provision that expires (verloopt, geldig tot, stopt) already within six: renewal needs others.
ACT_TERM = rx(
    r"\bbezwaar\w*|\bberoep\w*|\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:reageren|betalen|indienen|aanleveren|inleveren)\b|"
    r"\bbetal\w*|\bbeslag\w*|\bdwangbevel\w*"
)
EXPIRY = rx(
    r"\bverl(?:oopt|open|iep)\b|\bvervalt\b|\bafl(?:oopt|open)\b|\bloopt\b(?:\s+\S+){0,4}\s+af\b|\bgeldig\s+(?:is\s+|was\s+|blijft\s+)?tot\b|\bstop(?:t|pen|gezet)\b|"
    r"\beindig(?:t|en)\b|\bbeëindig\w*|\bafgesloten\b|\bafsluit\w*|\bontruim\w*|\buitzetting\b|\bop\s+straat\b|"
    # a stay in someone else's home until a date: the place to live ends then ("logeert ... tot eind maart")
    r"\b(?:logeer\w*|logeert|logeren|inwon\w*|onderdak)\b[^.;]{0,80}?\btot\b|"
    r"\bloopt\s+(?:nog\s+)?tot\b|\bontslag\w*|\b(?:vastgehouden|vrijgehouden|gereserveerd)\b|\bmoet(?:en)?\b(?:\s+\S+){0,6}?\s+(?:weg|vertrekken|verhuizen|eruit|leeg|(?:huis|woning|kamer|opvang|plek)\s+uit)\b"
)


def expires(text: str, sentence: Span) -> bool:
    """Whether the sentence says a right or provision expires, not a term for one act of the client."""
    return bool(EXPIRY.search(text, sentence.start, sentence.end)) and not ACT_TERM.search(
        text, sentence.start, sentence.end
    )
