"""Categorie 3: the Dutch constructions that say one party depends on another, and the known chains
of situations in which organisations depend on each other.

A dependency cue is a conditional between two parties, written as professionals write it: "X wacht
op Y", "X houdt de aanvraag aan tot Y beslist", "X doet pas/alleen … als/nadat Y …", "zonder (de bevestiging van) Y kan X niet …", "X kan
niet … omdat Y nog niet …", "X kan daardoor niet …" (Y in the sentence before), "eerst … voordat",
"van het kastje naar de muur". Parties are any organisations of the sociale kaart, private parties
included (a bank, a verhuurder, a werkgever, a school, a notaris): the report's "(overheids)organisaties"
lets two private parties depend on each other too (a bank that waits on the notaris).
A cue is `strong` when the construction itself says that one waits for the other; a consequence
("waardoor") or a referral back ("verwees hem weer door") is a weaker sign and is left to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.features.triage.rules import rx


@dataclass(frozen=True)
class Cue:
    key: str
    label: str  # Dutch: what kind of dependency this is
    pattern: re.Pattern  # group "a": where the condition side starts; group "cond": the condition itself
    strong: bool = True
    symmetric: bool = False  # no direction: the parties in its clause depend on each other
    whole_sentence: bool = (
        False  # a symmetric cue about the organisations of the whole sentence ("kastje … muur")
    )
    anaphoric: bool = False  # the condition is the sentence before ("daardoor")
    reverse: bool = False  # the condition comes first: "Y besluit, waardoor X niet kan"
    needs_two_government: bool = False
    not_after: re.Pattern | None = None  # words just before the cue that give it another reading


# A period that still runs ("de bezwaartermijn loopt nog vier weken") is time left, not a pending
# procedure that blocks another organisation.
_PERIOD_BEFORE = rx(r"\w*(?:termijn|periode)\w*\s+(?:\S+\s+){0,4}?$")


DEPENDENCY_CUES: tuple[Cue, ...] = (
    Cue(
        "wacht",
        "wacht op",
        rx(
            r"\bwacht(?:en|t|te|ten)?\b(?:\s+\S+){0,4}?\s+(?P<a>op|totdat|tot(?=\s+(?:de|het)\s))\b|"
            r"\bin\s+afwachting\s+(?P<a2>van)\b|\b(?P<a3>zolang)\b|"
            # "houdt de aanvraag aan tot het UWV beslist": a decision held back until the other decides
            r"\b(?:houdt|houden|hield|hielden)\b(?:\s+\S+){0,4}?\s+(?:aan|vast|achter|in\s+depot)\W+(?P<a4>tot|totdat)\b|"
            r"\b(?:aangehouden|aanhoudt|aanhouden|aanhield|aanhielden)\b\W+(?:\S+\s+){0,2}?(?P<a5>tot|totdat)\b|"
            # "schort de betaling op tot de werkgever …", "stelt … uit tot", "zet … in de wacht totdat": a step put
            # on hold until the other acts (not "tot 1 juni", "tot volgende week": a date)
            r"\b(?:schort|schorten|schortte|schortten|stelt|stellen|stelde|stelden|zet|zetten|zette)\b(?:\s+\S+){0,4}?\s+"
            r"(?:op|uit|in\s+de\s+wacht|stil)\W+(?P<a6>totdat|tot(?=\s+(?:de|het)\s))\b|"
            r"\b(?:opgeschort|uitgesteld|stilgezet)\b\W+(?:\S+\s+){0,2}?(?P<a7>totdat|tot(?=\s+(?:de|het)\s))\b"
        ),
    ),
    Cue(
        "pas_als",
        "handelt pas als de ander iets doet",
        rx(
            r"\b(?:pas|alleen|slechts|uitsluitend|enkel|niet\s+eerder)\b(?:\s+\S+){0,8}?\s+(?P<a>als|nadat|wanneer|zodra|na|dan\s+als)\b|"
            # a fronted act of the other party as condition: "na ontvangst van de stukken wordt de uitkering hervat"
            r"(?:^|(?<=[:;]\s)|(?<=[\n\"“]))(?:na|bij|zodra\s+(?:er\s+)?)\s*(?P<cond>(?:ontvangst|binnenkomst|bevestiging|"
            r"goedkeuring|akkoord|toestemming|levering|overlegging)\s+(?:van\s+)?[^,;:.]{3,80}?)\s*,?\s+(?:wordt|worden|"
            r"kan|kunnen|zal|zullen|gaat|gaan|mag|mogen|is|zijn|betaalt|betalen|hervat\w*|start\w*)\b|"
            # "X stuurt de zaak niet door, mits Y bevestigt …": X acts (or holds back) only on Y's condition
            r",\s*(?P<a3>mits)\b|\b(?P<a5>(?:op|onder)\s+(?:de\s+)?voorwaarde\s+dat)\b|"
            # "X kent de bijstand niet toe voordat Y …": the negated act waits for the time clause
            r"\b(?:niet|geen|niets|niks|nooit)\b(?:\s+[^\s,;:.]+){0,3}?\s+(?P<a6>voordat|totdat)\b|"
            # "X draagt het dossier over, tenzij Y vóór die datum bevestigt …": X's step waits on Y's
            r",\s*(?P<a4>tenzij)\b|"
            # "neemt alleen op met een geldige polis", "geeft pas een briefadres met bewijs van …": a proof as condition
            r"\b(?:pas|alleen|slechts|uitsluitend|enkel)\b(?:\s+\S+){0,8}?\s+(?P<a2>met)\s+(?:een\s+|de\s+|het\s+)?(?:geldig\w*\s+)?"
            r"(?:bewijs|verklaring|bevestiging|toestemming|akkoord|beschikking|besluit|indicatie|verwijzing|polis|"
            r"inschrijving|gegevens|inkomen(?:sgegevens)?|\w*verz\w*)\b"
        ),
    ),
    # A party's own conditional promise, quoted: "Als Y …, zetten we …" (the speaker waits for Y).
    Cue(
        "toezegging",
        "handelt pas als de ander iets doet",
        # the comma may be left out before the inverted main clause: "zodra de BRP klopt kijken wij opnieuw"
        rx(
            r"\b(?:als|wanneer|zodra|indien|mocht|mochten)\b(?P<cond>[^,;:.\"“”]{3,120}?)(?:,\s*|\s+)(?:dan\s+)?"
            r"(?!(?:dat|of|die|wat|waar|zodat|omdat|als|en|maar|want|hoe|toen|wanneer|zodra|dan)\b)[a-z]\w+\s+(?:we|wij)\b|"
            # the promise first, quoted: "'Wij heffen de blokkade op zodra Y …'" (not the writer's own plan)
            r"[\"“'‘]\s*(?:we|wij)\s+[a-z]\w+\b[^,;:.\"“”]{0,60}?\s(?P<a>als|wanneer|zodra|indien|nadat)\b"
        ),
    ),
    Cue(
        "zonder",
        "kan niet verder zonder de ander",
        rx(
            r"\bgeen\b(?:\s+\S+){0,4}\s+(?P<a>zonder)\b|\bniet\b(?:\s+\S+){0,4}\s+(?P<a2>zonder)\b|"
            r"\bzonder\b(?P<cond>(?:\s+\S+){1,10}?)\s+(?:(?:kan|kunnen|mag|mogen|wil|willen|wordt|worden|betaalt|betalen|"
            r"doet|doen|geeft|geven|keert|keren)\b(?:\s+\S+){0,4}?\s+(?:niet|geen|niets|niks)|"
            # verb-final in a subordinate clause: "(zeiden ze) dat ze zonder briefadres niets kunnen"
            r"(?:niet|geen|niets|niks)\s+(?:\S+\s+){0,2}?(?:kan|kunnen|mag|mogen|wil|willen|doet|doen|geeft|geven|"
            r"uitbetalen|betalen|toekennen))\b|"
            # note style without a verb: "zonder correctie van de BRP geen toeslag"
            r"\bzonder\b(?P<cond2>[^,;:.]{3,100}?)\s+geen\b"
        ),
    ),
    Cue(
        "nodig",
        "heeft iets van de ander nodig",
        # "X heeft een verklaring van Y nodig om …", "voor de aanvraag bij X is een advies van Y nodig": what one
        # party needs from the other before it acts
        rx(
            r"\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\b(?:\s+\S+){0,3}?\s+(?P<a>(?:een|de|het)\s+)?\w*(?:verklaring|"
            r"bewijs|bevestiging|besluit|beschikking|indicatie|akkoord|toestemming|gegevens|advies|rapport|stukken|"
            r"handtekening|goedkeuring|uitspraak)\s+(?:\S+\s+){0,2}?(?:van|door|uit)\s+[^,;:.]{2,60}?\s+nodig\b"
        ),
    ),
    Cue(
        "kan_niet_omdat",
        "kan niet verder omdat de ander nog niet gehandeld heeft",
        rx(
            r"\b(?:kan|kunnen|mag|mogen|wil|willen)\s+(?:\S+\s+){0,3}?(?:niet|geen)\b(?:\s+\S+){0,6}?\s+(?P<a>omdat|zolang|want)\b|"
            # a colon gives the reason in notes: "kan de WW niet uitbetalen: er is geen geldige rekening"
            r"\b(?:kan|kunnen|mag|mogen)\s+(?:\S+\s+){0,3}?(?:niet|geen)\b(?:\s+[^\s:;.,]+){0,4}?(?P<a6>:)(?!\s*\n)|"
            r"\b(?:niet|geen)\s+in\s+behandeling\b(?:\s+\S+){0,6}?\s+(?P<a2>omdat|zolang|want)\b|"
            r"\b(?:ge)?blokkeer\w*\b(?:\s+\S+){0,6}?\s+(?P<a3>omdat|zolang|want|door)\b"
        ),
    ),
    Cue(
        "daardoor",
        "kan daardoor niet verder",
        rx(
            r"\b(?:kan|kunnen|mag|mogen|wil|willen|wordt|worden)\b(?:\s+\S+){0,4}?\s+(?:daardoor|hierdoor|daarom)\b"
            r"(?:\s+\S+){0,3}?\s+(?:niet|geen)\b|\b(?:daardoor|hierdoor)\s+(?:kan|kunnen|mag|wil|wordt)\b(?:\s+\S+){0,4}?"
            r"\s+(?:niet|geen)\b"
        ),
        anaphoric=True,
    ),
    Cue(
        "pas_dan",
        "handelt pas als het voorgaande gebeurd is",
        # "Pas dan geeft de corporatie de deurwaarder opdracht …": the condition is the sentence before
        rx(r"^\W*(?:pas\s+dan|dan\s+pas|pas\s+daarna|pas\s+als\s+dat\s+(?:er\s+)?(?:is|ligt|rond\s+is))\b"),
        anaphoric=True,
    ),
    Cue(
        "eerst",
        "wil dat de ander eerst iets doet",
        rx(
            r"\beerst\b(?:\s+\S+){0,8}?\s+(?:moet|moeten|nodig|klaar|afgerond|voordat|voor|zien|hebben|geven)\b|"
            r"\bvoordat\b"
        ),
        symmetric=True,
    ),
    Cue(
        "blokkeert",
        "het besluit van de ene organisatie blokkeert de andere",
        rx(
            r"\b(?:niet|geen)\s+in\s+behandeling\b|\bnog\s+(?:niet\s+)?(?:loopt|lopen|lopende|afgerond|beslist|besloten)\b|"
            r"\bloopt\s+nog\b|\b(?:ge)?blokkeer\w*|\bblokkade\b|\bhoudt\b(?:\s+\S+){0,4}\s+tegen\b"
        ),
        symmetric=True,
        not_after=_PERIOD_BEFORE,
    ),
    Cue(
        "afhankelijk",
        "de organisaties zijn van elkaar afhankelijk",
        rx(r"\bafhankelijk\w*|\bhangt\b(?:\s+\S+){0,3}\s+af\s+van\b|\bop\s+elkaar\b"),
        symmetric=True,
        whole_sentence=True,
    ),
    Cue(
        "kastje_muur",
        "de organisaties sturen cliënt van de een naar de ander",
        rx(
            r"\bkastje\s+naar\s+de\s+muur\b|\bheen\s+en\s+weer\b|\bnaar\s+elkaar\b|\bzegt\s+dat\b(?:\s+\S+){0,3}\s+"
            r"(?:moet|moeten|gaat|over\b)"
        ),
        symmetric=True,
        whole_sentence=True,
    ),
    Cue(
        "op_basis_van",
        "rekent met gegevens van de ander",
        # "X berekent de bijdrage op basis van het inkomen dat Y doorgeeft", "X baseert de toeslag op het inkomen
        # van Y": X works with what Y supplies
        rx(
            r"(?:\bop\s+(?P<a>basis)\s+van|\b(?:baseert|baseren|baseerde|gebaseerd)\b(?:\s+\S+){0,4}?\s+(?P<a2>op))\s+"
            r"(?:de|het|haar|zijn|hun)\s+(?:\S+\s+){0,2}?(?:gegevens|inkomen\w*|cijfers|besluit|beschikking|aanslag|"
            r"indicatie|rapport|advies)\b"
        ),
        strong=False,
    ),
    Cue(
        "gevolg",
        "een besluit van de ene organisatie heeft gevolgen bij de andere",
        rx(
            r"\b(?P<a>waardoor|doordat)\b|\bmet\s+als\s+(?P<a2>gevolg)\b|\bals\s+(?P<a3>gevolg)\s+(?:waarvan|daarvan|van)\b|"
            r"\bverreken\w*"
        ),  # fmt: skip
        strong=False,
        reverse=True,
    ),
    Cue(
        "verwijst_terug",
        "de ene organisatie stuurt cliënt weer door naar de andere",
        rx(
            r"\b(?:verwijst|verwees|verwezen|stuurt|stuurde|gestuurd)\b(?:\s+\S+){0,3}?\s+(?:weer|terug|opnieuw|telkens|steeds)\b"
            r"(?:\s+door\b)?|\bterugverw\w*|\bweer\s+doorgestuurd\b"
        ),
        strong=False,
        symmetric=True,
        whole_sentence=True,
    ),
)

# The professional writes that nobody waits for anyone: evidence against categorie 3.
INDEPENDENCE = rx(
    r"\b(?:niemand|geen\s+(?:van\s+)?(?:de\s+|beide\s+)?(?:organisaties|instanties|partijen))\b(?:\s+\S+){0,4}?\s+"
    r"(?:hoeft|hoeven|wacht|wachten)\b(?:\s+\S+){0,4}?\s+(?:op|elkaar)\b|\blos\s+van\s+elkaar\b|"
    r"\bonafhankelijk\s+van\s+elkaar\b|\bgeen\s+onderlinge\s+afhankelijkheid\w*|\bniet\s+(?:van\s+elkaar\s+)?afhankelijk\b|"
    r"\blopen\s+(?:allemaal\s+)?(?:los|naast\s+elkaar|parallel)\b"
)


# The note says that all organisations wait on or point at each other without naming them: "iedereen
# wacht op iemand anders", "ze wijzen allemaal naar elkaar", "alle instanties schuiven het door".
EVERYONE_WAITS = rx(
    r"\b(?:iedereen|allemaal|alle\s+(?:instanties|partijen|organisaties|loketten)|(?:beide|alle\s+twee)\s+"
    r"(?:instanties|partijen|organisaties|loketten))\b(?:\s+\S+){0,4}?\s+(?:wacht(?:en)?\b(?:\s+\S+){0,3}?\s+op\s+"
    r"(?:elkaar|iemand\s+anders|de\s+ander\w*)|wijs\w*\b(?:\s+\S+){0,2}?\s+naar\s+elkaar|wijzen\b(?:\s+\S+){0,2}?\s+"
    r"naar\s+elkaar|(?:verwijs|verwijz)\w*\b(?:\s+\S+){0,2}?\s+naar\s+elkaar)|"
    r"\b(?:wacht(?:en)?|wijzen)\s+(?:\S+\s+){0,2}?(?:allemaal|allebei)\s+(?:op|naar)\s+elkaar\b|"
    r"\b(?:ze|zij)\s+(?:wijzen|wachten|verwijzen)\s+(?:\S+\s+)?(?:naar|op)\s+elkaar\b"
)


# Homelessness: a known chain, and (with more phrasings) an urgency signal.
HOMELESS = rx(
    r"\bdakloos\w*|\bthuisloos\w*|\bgeen\s+(?:vast\s+|vaste\s+)?(?:woonadres|adres|woonplek|verblijfplaats|dak\s+boven)|"
    r"\bop\s+straat\s+(?:leeft|leven|slaapt|slapen|woont|wonen|beland\w*|terechtgekomen)|\bbankslaper\w*|"
    r"\bslaapt\b(?:\s+(?!(?:beneden|thuis)\b)\S+){0,4}\s+op\s+de\s+bank\b|\bnachtopvang\b|\bdaklozenopvang\b|\bzwerft\b"
)


@dataclass(frozen=True)
class Chain:
    key: str
    label: str
    pattern: re.Pattern
    implies: tuple[str, ...]  # kaart ids that are involved when this situation is present
    explanation: str


CHAINS: tuple[Chain, ...] = (
    Chain(
        "dakloos",
        "dakloosheid",
        HOMELESS,
        ("gemeente",),
        "Zonder vast adres (briefadres bij de gemeente) lopen uitkering, zorgverzekering en post vast, en "
        "zonder inkomen is er geen woning: opvang, inkomen en woning hangen van elkaar af.",
    ),
    Chain(
        "nalatenschap",
        "afwikkeling van een nalatenschap",
        rx(
            r"\bnalatenschap\w*|\berfenis\w*|\berfgena(?:am|men)\b|\bboedel\w*|\bverklaring\s+van\s+erfrecht\b|\bexecuteur\w*"
        ),
        ("belastingdienst", "notaris"),
        "Bij een nalatenschap wachten instanties en bank op de verklaring van erfrecht (notaris), en de "
        "aangifte en erfbelasting (Belastingdienst) op het overzicht van de boedel.",
    ),
)
