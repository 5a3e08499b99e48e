"""Positive evidence that a named organisation is a party to the client's question.

A mention counts as involvement only when its sentence gives the organisation a role in the question
(general readings of Dutch, not case phrases):
- it decided, sent, demands, stopped, reclaims, refuses, blocks or must decide ("heeft besloten",
  "stuurde een aanmaning", "vordert terug", "heeft de uitkering stopgezet", "wacht op een besluit");
- the client owes it money or it holds the client's file ("schuld bij", "achterstand", "dossier",
  "in behandeling");
- the client must apply to or deal with it now ("aanvragen bij", "bezwaar maken", "contact opnemen",
  "afspraak bij");
- one of its schemes is the subject of the question ("de WW-uitkering is stopgezet", "vraag over de
  zorgtoeslag").
Without such evidence the organisation is only named: listed, not counted, and to check.
The professional's own helping organisation (advice and support: sociaal raadslieden, Juridisch Loket,
wijkteam, a source such as the Nibud) is a helper, not a party, unless it decides something.
A source the client read ("las op de site van het Nibud", "volgens het Nibud") is never a party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.features.triage.letterhead import addressee
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
# Organisations whose work is advice and support to the client: the writer's side, not a party.
HELPERS = frozenset(
    {
        "sociaal-raadslieden",
        "juridisch-loket",
        "wijkteam",
        "humanitas",
        "vluchtelingenwerk",
        "rode-kruis",
        "nibud",
    }
)
_DECIDES = (
    r"besl\w*|besloten|beschikking\w*|toe(?:gekend|kenning\w*|kennen|kent)|afgewezen|afwij\w*|weiger\w*|geweigerd|"
    r"ingetrokken|intrek\w*|herzi\w*|vastgesteld|vaststelling|opgelegd|boete\w*|maatregel\w*|indicatie\w*|"
    r"goedkeur\w*|goedgekeurd|toestemming|in\s+aanmerking|beoordeel\w*|beoordeelt"
)
_ACTS = (
    r"stuur\w*|stuurde\w*|gestuurd|verstuurd|brief|brieven|aanmaning\w*|herinnering\w*|aanslag\w*|factu\w*|nota(?:'s)?\b|"
    r"dwangbevel\w*|vorder\w*|gevorderd|teruggevorderd|terugvorder\w*|terug\s+(?:betalen|vorderen|vragen)|"
    r"terugbetal\w*|wil(?:len|de|den)?\s+(?:\S+\s+){0,4}?terug\b|eist|eisen|eiste|geëist|verlangt|opgevraagd|vraagt\s+(?:\S+\s+){0,3}?om|"
    r"reage(?:ert|ren|erde|erden)\b|gereageerd|stopgezet|stop(?:t|pen|te)\b|gestopt|be[eë]indig\w*|opgeschort|geschorst|blokke\w*|geblokkeerd|"
    r"beslag\w*|ontruim\w*|ontbind\w*|opgezegd|opzeg\w*|dreig\w*|gekort|kort(?:t|ing)\b|verlaag\w*|verlaagd|"
    r"verhoog\w*|verhoogd|incasso\w*|uitbetal\w*|betaalt|betaalde|onderzoek\w*|controle\w*|afgeschreven|afschrij\w*|"
    r"wacht(?:en|te|ten)?\s+(?:\S+\s+){0,2}?op|in\s+afwachting|stel(?:t|len|de|den)\s+(?:\S+\s+){0,4}?uit\b|uitgesteld|"
    r"blokkade|in\s+behandeling|behandelt|dossier\w*|traject\w*|"
    r"pas\b(?:\s+\S+){0,6}?\s+(?:als|na|nadat|wanneer)|"
    # it acts only on a proof: "geeft pas toegang met een verklaring van erfrecht"
    r"(?:pas|alleen)\b(?:\s+\S+){0,8}?\s+met\s+(?:een\s+|de\s+|het\s+)?\w*(?:verklaring|bewijs|bevestiging|toestemming|"
    r"akkoord|beschikking|besluit|indicatie|verwijzing)|wachtlijst\w*|ingezet|inzetten|geven|geeft|verstrekt|alleen\b(?:\s+\S+){0,6}?\s+(?:als|nadat|zodra)|zolang|zonder\s+[^,;:.]{3,100}?\s+geen\b|bevestig\w*|non-actief|wil(?:len|de)?\s+(?:\S+\s+){0,2}?(?:eerst|pas)"
)
_OWED = r"schuld\w*|achterstand\w*|openstaand\w*|verschuldigd|te\s+betalen|betalingsregeling\w*|(?:niet|nooit)\s+(?:uit)?betaald"
_CLIENT_ACTS = (
    r"aanvra\w*|aangevraagd|aan\s+te\s+vragen|aanmeld\w*|aangemeld|melden|gemeld|bezwaar\w*|beroep\w*|verzoek\w*|"
    r"bell\w*|gebeld|contact\s+(?:op|opnemen|gezocht|leggen)|neemt\s+(?:\S+\s+)?contact|afspraak\w*|indien\w*|"
    r"ingediend|opsturen|aanlever\w*|doorgeven|inschrijv\w*|langs\s+(?:gaan|moet|bij)|vra(?:ag|gen)\s+(?:\S+\s+){0,3}?over|"
    r"uitkering\s+(?:\S+\s+){0,2}?(?:stopgezet|gestopt)|hulp\s+bij|(?:hulp)?vra(?:ag|gen)\s*:|regel(?!matig)\w*|geregeld|"
    r"uitschrijv\w*|uitgeschreven|\w*afrekening|aangifte\w*|contact\b|betrokken|in\s+beeld|opent|openen|plaatsing|"
    r"belt|beld(?:e|en)\b(?!\s+(?:ons|mij|me)\b)|gestapt|stapt|vra(?:agt|gen)\s+(?:\S+\s+){0,3}?(?:of|om|naar)|"
    # the client receives or owes under one of its schemes now: "krijgt bijstand van", "lening bij DUO"
    r"krijgt|krijgen|ontvangt|ontvangen|help(?:en|t)\b|verreken\w*|ingeschreven\s+als|gevraagd\s+(?:naar|om)|inlever\w*|ingeleverd|gaat\s+(?:\S+\s+)?(?:om|over)\b|vra(?:agt|gen|agde)\s+(?:\S+\s+){0,4}?bij\b|lening\w*|eigen\s+bijdrage\w*|"
    r"vra(?:agt|gen|agde)\s+(?:\S+\s+){0,5}?aan\b|wil(?:t|len|de)?\s+(?:\S+\s+)?(?:graag\s+)?(?:een|de|het)\s+\S+\s+"
    r"(?:aanvragen\s+)?bij\b|(?:hulp)?vra(?:ag|gen)\s+aan\b|procedure\w*|verwerk\w*|toelat\w*|toegelaten|bevr\w*|"
    r"begeleid\w*|vaststel\w*|overmak\w*|overgemaakt|schrijft|bezwaarschrift\w*|gesprek\w*|geplaatst|wil(?:len|de)?\s+dat|\w*beslag\w*|namens|uitkering\w*|opgenom\w*|opname|ontsla\w*|"
    # the client has it draw up a document: "die laat hij maken bij de notaris"
    r"(?:laat|laten|liet|lieten)\s+(?:\S+\s+){0,3}?(?:maken|opmaken|opstellen|passeren|uitvoeren)\b|"
    r"gekregen|loopt\s+(?:\S+\s+){0,2}?af\b|afloop\w*|verlo(?:opt|pen)\b|verliep\w*|kwijtschel\w*|afsluit(?:en|t)\b|(?:door)?verw(?:ees|ezen|ijst|ijzing)\w*|plaats(?:t|en)\b|meld(?:t|ing)\b|verwacht\w*"
)
_ROLE = re.compile(rf"(?<![^\W\d_])(?:{_DECIDES}|{_ACTS}|{_OWED}|{_CLIENT_ACTS})", _F)
# A helper is a party when it decides or takes the question up: "afspraak bij de sociaal raadslieden",
# "pakt de aangifte op", "aangemeld bij het Juridisch Loket".
_HELPER_ROLE = re.compile(
    rf"(?<![\w\-])(?:{_DECIDES}|afspraak\w*|aangemeld|aanmeld\w*|verwezen\s+naar|pakt|oppakken|opgepakt|"
    r"neemt\s+(?:\S+\s+)?over|overgenomen|geregeld|regelt|helpen\s+met|helpt\s+met|schrijft|schrijven|bezwaarschrift)",
    _F,
)
# A document the organisation must give: "een urgentieverklaring van de gemeente", "bevestiging door het UWV".
_ITS_DOCUMENT_BEFORE = re.compile(
    r"\w*(?:verklaring|bevestiging|toezegging|toestemming|akkoord|handtekening|machtiging|beschikking|besluit|formulier|"
    r"gegevens|advies|rapport|\w*verslag|stukken)\s+"
    r"(?:\S+\s+)?(?:van|door)\s+(?:de\s+|het\s+|een\s+)?$",
    _F,
)
# "geen schulden", "geen vraag over", "geen contact": no role ("nog geen besluit" is one still pending). A negated act ("kan niet uitbetalen",
# "opent geen rekening") is the organisation refusing or blocking: a role.
_NEGATED_BEFORE = re.compile(
    r"(?<!\bnog\s)\bgeen\s+(?:(?:andere|enkele|verdere|nieuwe|grote|echte)\s+)?$", _F
)
# A source the client read or was told of: "las op de site van het Nibud", "volgens het Nibud", "de
# nieuwsbrief van de school" (the publisher of what the client read).
_SOURCE_BEFORE = re.compile(
    r"\b(?:volgens|gelezen|las|lezen|leest|website|site|folder|brochure|rekentool|rekenhulp|tips?|informatie|"
    r"nieuwsbrief|krant|flyer|artikel|advertentie|nieuwsbericht|poster)\b"
    r"(?:\s+\S+){0,4}?\s+(?:van\s+|bij\s+|op\s+)?(?:de\s+|het\s+|een\s+)?$|"
    # advice that goes with the client's own step: "aanvraag ingediend, met advies van de ergotherapeut"
    r"\bmet\s+(?:een\s+|het\s+)?(?:schriftelijk\s+)?advies\s+(?:van|uit)\s+(?:de\s+|het\s+|een\s+)?$",
    _F,
)

# Named as the writer: on the note's first line, or after a label such as "Medewerker:".
_WRITER_LABEL = re.compile(
    r"\b(?:medewerker|consulent|hulpverlener|schrijver|auteur|opgesteld\s+door|gesprek\s+gevoerd\s+door)\s*:\s*"
    r"(?:\S+\s+){0,2}?$",
    _F,
)

# A heading line: a short line ending in a colon ("Waar ze voor kwam:", "Vragen:").
_HEADING_LINE = re.compile(r"^[^\n:]{2,60}:[ \t]*$", re.MULTILINE)
_QUESTION_HEADING = re.compile(
    r"\b(?:hulp)?vra(?:ag|gen)\b|\bwaar\s+(?:\S+\s+){0,2}?voor\s+(?:kwam|komt|kwamen|komen)\b|\bwat\s+(?:wil|wilde)\b|"
    # a list of what still has to be done: "Waar ze hulp bij nodig heeft:", "Nog te doen:", "Nog te regelen:"
    r"\b(?:hulp|ondersteuning|steun)\s+(?:\S+\s+){0,2}?nodig\b|\b(?:nog\s+)?te\s+(?:doen|regelen)\b",
    _F,
)

# A line that describes the client's situation under a label ("Inkomen:", "Achtergrond:").
_SITUATION_LABEL = re.compile(
    r"^\W*(?:klant|cli[eë]nte?|bewoner|aanvrager|inkomen|inkomsten|financi[eë]n|achtergrond|situatie|gezin|"
    r"gezinssituatie|huishouden|woonsituatie|"
    r"wonen|werk|opleiding|inburgering|gezondheid|netwerk)\s*:",
    _F,
)
# A label line: a short label and a colon at the start of the line ("Inkomen: …", "- Zorg: …").
_LABEL_LINE = re.compile(r"[ \t\-•*]*[A-Za-zÀ-ÿ][\w\- /]{1,30}:\s", _F)
# The next line is another item: a label line, a bullet or a blank line (not a wrapped sentence).
_NEXT_IS_ITEM = re.compile(r"[ \t]*(?:$|[\-•*]|\d+[.)]|[A-Za-zÀ-ÿ][\w\- /]{1,30}:\s)", re.MULTILINE)
# Receiving or having something: a role only where the question is about it.
_RECEIPT = re.compile(
    r"krijgt|krijgen|ontvangt|ontvangen|gekregen|uitkering\w*|lening\w*|eigen\s+bijdrage\w*", _F
)
# A compound whose head is a claim of the organisation: "verkeersboetes", "huurachterstand".
_COMPOUND_ROLE = re.compile(
    r"\b\w+(?:boetes?|achterstand(?:en)?|vordering(?:en)?|aanmaning(?:en)?|herinnering(?:en)?|"
    r"aanslag(?:en)?|beslag|schuld(?:en)?)\b(?!\s*(?:is|zijn)\s+(?:betaald|voldaan))",
    _F,
)

# As subject, it needs something before it acts: "de corporatie heeft eerst een verklaring nodig".
_NEEDS_AFTER = re.compile(r"^[\w\-]*\)?\s+(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,6}?nodig\b", _F)

# The client's matter runs through the organisation itself: "Loopt via Werk en Inkomen van de gemeente".
_RUNS_THROUGH_BEFORE = re.compile(r"\b(?:loopt|lopen|gaat|gaan)\s+via\s+(?:de\s+|het\s+)?$", _F)

# The organisation is the subject of a duty to act: "De corporatie moet het contract op haar naam zetten".
_MUST_ACT_AFTER = re.compile(
    r"[ \t]+(?:moet|moeten)\s+(?!(?:niet|niets|niks|geen|nog\s+niet)\b)(?:[^\s,;:.]+\s+){0,6}?[a-zà-ÿ]{2,}en\b", _F
)

NO_ROLE = "genoemd zonder rol in de vraag"
HELPER = "helpt de cliënt (adviseur of schrijver), geen partij in de vraag"
SOURCE = "alleen genoemd als bron die de cliënt las"


def lacks_party_evidence(
    text: str, m: OrgMention, mentions: Sequence[OrgMention] = (), same_unit: frozenset[str] = frozenset()
) -> str:
    """Why the mention names no party (a helper, a source, no role in its sentence), or "" when its
    sentence gives the organisation a role in the question.

    A role word inside an organisation's own name is no evidence ("incasso" in "automatische incasso",
    "schuld" in "SchuldHulpMaatje"): the word names the organisation, it does not say what it does.
    `mentions` are all organisation mentions of the text; the names of other organisations (not of
    `same_unit`, the ids that count as the same organisation) and m's own name are masked before the
    role words are read: "schuldhulp bij de gemeente" still gives the gemeente its role."""
    before = text[max(m.sentence.start, m.start - 50) : m.start]
    if _SOURCE_BEFORE.search(before):
        return SOURCE
    segment = _segment(_masked(text, m, mentions, same_unit), m)
    if m.org_id in HELPERS:
        writer = m.end <= max(text.find("\n"), 0) or bool(_WRITER_LABEL.search(_line_before(text, m)))
        return "" if not writer and _HELPER_ROLE.search(segment) else HELPER
    if _ITS_DOCUMENT_BEFORE.search(before) or _RUNS_THROUGH_BEFORE.search(before) or _under_question_heading(text, m):
        return ""
    if addressee(text, m) or _NEEDS_AFTER.match(text[m.end : m.sentence.end]) or _MUST_ACT_AFTER.match(text, m.end):
        return ""  # the note is sent to it ("Aan: Wmo-loket" above a melding), or it needs something to act
    situation = bool(_SITUATION_LABEL.match(_line_before(text, m)))
    if _has_role(segment, receipt_counts=not situation):
        return ""
    return NO_ROLE


def _under_question_heading(text: str, m: OrgMention) -> bool:
    """Is the mention in the section under a heading that introduces the client's question ("Waar ze
    voor kwam:", "Hulpvraag:", "Vragen:")? What is listed there is the question."""
    headings = list(_HEADING_LINE.finditer(text, 0, m.start))
    return bool(headings) and bool(_QUESTION_HEADING.search(headings[-1].group(0)))


def _masked(text: str, m: OrgMention, mentions: Sequence[OrgMention], same_unit: frozenset[str]) -> str:
    """The text with every organisation name in m's sentence blanked out (same length, so offsets
    hold): a name is not a role word. A scheme or act named ("Wmo-melding", "minnelijk traject") stays:
    it says what happens."""
    chars = list(text)
    others = [o for o in mentions if o.org_id not in same_unit]
    for other in (*others, m):
        if other.sentence == m.sentence and other.via == "naam":
            start, end = _alias_span(text, other)
            chars[start:end] = "_" * (end - start)
    return "".join(chars)


def _alias_span(text: str, m: OrgMention) -> tuple[int, int]:
    """The kaart term inside the mention; the rest of a compound stays readable ("Wmo-melding": the
    "melding" is a role word, the "Wmo" is the name)."""
    at = text.lower().find(m.alias.lower(), m.start, m.end)
    return (at, at + len(m.alias)) if at >= 0 else (m.start, m.end)


def _has_role(segment: str, receipt_counts: bool = True) -> bool:
    """A role word that is not negated by "geen". On a line that describes the client's situation
    ("Inkomen: WIA-uitkering (UWV), vast"), receiving something is no role: only an act counts."""
    roles = [*_ROLE.finditer(segment), *_COMPOUND_ROLE.finditer(segment)]
    return any(
        not _NEGATED_BEFORE.search(segment[max(0, r.start() - 20) : r.start()])
        and (receipt_counts or not _RECEIPT.fullmatch(r.group(0)))
        for r in roles
    )


def _segment(text: str, m: OrgMention) -> str:
    """The part of the mention's sentence between semicolons: a list item ("AOW via de SVB; dat loopt
    door, geen vraag") is read on its own, a sentence with commas as a whole. A label line ("Wonen:
    huurwoning van …") is read on its own line: the next line is another label."""
    start, end = m.sentence.start, m.sentence.end
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if _LABEL_LINE.match(text, line_start, m.start) and line_end >= 0 and _NEXT_IS_ITEM.match(text, line_end + 1):
        start, end = max(start, line_start), min(end, line_end)  # "Inkomen: …" above "Toelating: …": one item
    before = re.split(r";", text[start : m.start])[-1]
    after = re.split(r";", text[m.end : end])[0]
    return f"{before} {text[m.start : m.end]} {after}"


def _line_before(text: str, m: OrgMention) -> str:
    return text[text.rfind("\n", 0, m.start) + 1 : m.start]
