"""Mentions that only set the scene: the organisation is named, but it is no party to the question.

General readings of Dutch professional notes (round-3 rules), each a rule on how a note is written:
- the header line ("Notitie 3-4-2027 (buurtteam)") names the writer's own organisation, not a party,
  unless the note has the writer's organisation act ("wij beslissen eerst", "een besluit van ons");
- a compound whose head is a document or a job ("schoolverklaring", "doktersassistent") is that
  document or job, not the organisation (a document another body asks for is its subject matter);
- a study or job named after "opleiding" ("mbo-opleiding (verpleegkundige)") is no organisation;
- the rest of the sentence says there is no question there: "loopt gewoon goed", "staat hier los van",
  "is niets aan de hand", "is alles in orde", "daar verandert niets aan", "inkomen is dus geen probleem",
  "daar geen vragen over", "daar ging het niet over";
- what the client thought ("dacht dat de huisarts …") is a belief, not a part in the question;
- the client's own provider ("is verzekerd bij", "heeft een rekening bij de bank", "heeft X als huisarts");
- a list of history ("Voorgeschiedenis: jeugdzorg") or a mention dated as ended ("de GI (2016-2019)");
- who only referred the client ("doorverwezen door het wijkteam", "kwam via de huisarts");
- a comparison ("net als bij het UWV") or a step that may or may not come ("eventueel later bij de
  gemeente", "zo nodig") names no party now.
"""

from __future__ import annotations

import re

from assistant.features.triage.party_evidence import HELPER, NO_ROLE, SOURCE
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_DATE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\b|\b\d{1,2}\s+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*",
    _F,
)
_HEADER_WORD = re.compile(
    r"^\W*(?:\w+-)?(?:notitie|intake|verslag|gespreksverslag|aantekening|huisbezoek)\b", _F
)
_MAX_HEADER = 100
_HEADER_WORD_ANYWHERE = re.compile(
    r"\b\w*(?:notitie|verslag|intake|aantekening\w*|huisbezoek|spreekuur|rapportage|gesprek)\b", _F
)
# Running text: a sentence ends inside or at the end of the line, or the line is long in words.
_PROSE_LINE = re.compile(r"[a-zà-ÿ]{3}[.!?](?:\s+[A-Z]|\s*$)|(?:\S+\s+){16}\S")
_CLIENT_LABEL = re.compile(
    r"^\W*(?:klant|cli[eë]nte?|aanvrager|betreft|onderwerp|aanwezig|aanleiding|hulpvraag|naam)\s*:", _F
)
_SUBJECT_IN_HEADER = re.compile(
    r"\b(?:brief|brieven|aanslag\w*|beschikking\w*|besluit\w*|factuur\w*|aanmaning\w*|vordering\w*|boete\w*)\b",
    _F,
)
_DATE_WITHIN = 25  # a header line dates the note near its start: "Wijkteam, 3 feb '27 - huisbezoek"
# The writer's organisation is a party when the note has it act: "wij willen eerst", "een beschikking van ons".
_WE_ACT = re.compile(
    r"\b(?:wij|we)\s+(?:willen|wilden|moeten|beslissen|besluiten|besloten|geven|kennen|wachten|eisen|weigeren)\b|"
    r"\b(?:beschikking|besluit|beslissing|toekenning|indicatie|akkoord|toestemming)\s+(?:\S+\s+)?(?:van|door)\s+ons\b",
    _F,
)
_ARTICLE = re.compile(r"^(?:de|het|een)\s+", _F)
# The head of a compound that makes it a document or a job: "schoolverklaring", "doktersassistente".
_COMPOUND_HEAD = re.compile(
    r"^s?(?:verklaring|bewijs|attest|formulier|rapport|assistent|assistente|opleiding)\w*$", _F
)
_STUDY_BEFORE = re.compile(r"\bopleiding\w*\s+(?:tot\s+|als\s+)?\(?$|\bopleiding\w*\s+\($", _F)
_NO_QUESTION_LATER = re.compile(
    r"\b(?:loopt|lopen|gaat|gaan)\s+(?:(?!niet\b|nog\b)\S+\s+)?goed\b(?!\s+mis\b)|"
    r"\bstaat\s+(?:hier\s+|daar\s+)?(?:\S+\s+)?los\s+van\b|"
    r"\b(?:daar|hier)\s+(?:\S+\s+){0,3}?(?:geen\s+vragen?|niet\s+over)\b|"
    r"\b(?:dat|dit|die|inkomen|geld)\s+(?:is|zijn)\s+(?:dus\s+|ook\s+)?geen\s+(?:probleem|punt|zorg)\b|"
    r"\bniets\s+aan\s+de\s+hand\b|\b(?:is|gaat|loopt)\s+alles\s+(?:in\s+orde|goed|prima)\b|\b(?:daar|hier)\s+verandert\s+niets\b|"
    # a settled state: "dat traject is klaar", "is in orde", "loopt gewoon door", "(afgesloten)",
    # "daar is niks mis mee", "doet daar niks mee"
    r"\b(?:is|zijn|was|waren|werd|al|inmiddels)\s+(?:\S+\s+){0,2}?(?:afgerond|afgesloten|gesloten|klaar|opgelost|"
    r"in\s+orde|op\s+orde)\b|\((?:\s*(?:al|inmiddels))?\s*(?:afgerond|afgesloten|gesloten|klaar|opgelost)\b|"
    r"\b(?:loopt|lopen)\s+(?:nog\s+)?(?:gewoon|prima|normaal)(?:\s+door)?\b(?!\s+(?:niet|af|op|mis)\b)|"
    r"\b(?:niks|niets)\s+mis\b|\b(?:doet|doen|deed)\s+(?:daar|hier)\s+(?:\S+\s+)?(?:niks|niets)\b|"
    r"\b(?:loopt|lopen)\s+(?:\S+\s+){1,3}?(?:normaal|gewoon|prima)\b(?!\s+(?:niet|af|op|mis)\b)|"
    r"\bgeen\s+vragen?\s+(?:over|meer)\b|\bniet\s+aan\s+de\s+orde\b|\b(?:niets|niks)\s+(?:\S+\s+){0,3}?te\s+maken\b|"
    r"\bgeen\s+(?:achterstand\w*|betalingsachterstand\w*|probleem\s+meer|problemen\s+meer)\b|"
    # a step the clause reports as completed: "… heeft … met succes afgerond.", "is door X gedaan"
    r"\b(?:afgerond|afgesloten|gesloten)\s*(?:[.,;)]|$)|"
    r"\b(?:is|zijn|werd|werden)\s+(?!(?:nog\s+)?niet\b)(?:\S+\s+){0,4}?(?:gedaan|afgehandeld|geregeld)\b|"
    r"\b(?:staat|staan)\s+(?:\S+\s+){0,2}?(?:niets|niks)\s+(?:meer\s+)?open\b|\bspeelt\s+(?:er\s+)?(?:\S+\s+)?(?:niets|niks)\b|"
    r"\b(?:niets|niks)\s+(?:meer\s+)?te\s+(?:regelen|doen)\b|\bgeen\s+(?:\w+\s+)?rol\b|"
    r"\b(?:daar|hier)\s+(?:\S+\s+){0,3}?(?:niets|niks|geen\s+vragen?)\s+(?:\S+\s+)?over\b|"
    # done as it should be: "de bank heeft keurig meegewerkt", "netjes afgehandeld"
    r"\b(?:netjes|keurig)\s+(?:\S+\s+){0,3}?(?:meegewerkt|geleverd|gestuurd|opgestuurd|afgehandeld|verwerkt)\b|"
    # an offer that stays open for later: "staat open als het toch niet lukt"
    r"\bstaat\s+(?:nog\s+)?open\s+(?:als|voor\s+het\s+geval|mocht)\b|"
    # the client does not want it involved: "… niet dat de bewindvoerder erbij betrokken wordt"
    r"^\s*(?:\S+\s+){0,2}?(?:hierbij|erbij|daarbij|er\s+bij)\s+betrokken\s+(?:wordt|raakt|worden)\b",
    _F,
)
_REFERS_BACK = re.compile(r"^\s*(?:die|dat|dit|deze|daar\w*|het\s+dossier|dat\s+dossier)\b", _F)
_TURN = re.compile(r"\b(?:maar|terwijl|echter|wel)\b|;", _F)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:net\s+als|net\s+zoals|zoals)\s+(?:destijds\s+|vroeger\s+|eerder\s+)?bij\s+(?:de\s+|het\s+|een\s+)?$|"
    r"\bnet\s+(?:als|zoals)\s+(?:\S+\s+){1,3}?(?:bij|met)\s+(?:de\s+|het\s+|een\s+)?$|"
    r"\banders\s+dan\s+(?:bij\s+)?(?:de\s+|het\s+|een\s+)?$|\b(?:vergelijkbaar|te\s+vergelijken)\s+met\s+"
    r"(?:de\s+|het\s+|een\s+)?$|\bin\s+tegenstelling\s+tot\s+(?:de\s+|het\s+|een\s+)?$",
    _F,
)
# What a relative, neighbour or acquaintance said or what the client heard: advice, not a party.
_HEARSAY_BEFORE = re.compile(
    r"\b(?:zus|broer|moeder|vader|dochter|zoon|buurvrouw|buurman|vriend\w*|kennis(?:sen)?|familie|oom|tante|neef|"
    r"nicht|collega\w*)\s+(?:\S+\s+){0,2}?(?:zei|zegt|zeggen|zeiden|raadde|raadt|adviseerde|adviseert)\b[^.;]{0,80}$|"
    r"\b(?:hoorde|gehoord|hoort)\b[^.;]{0,30}\bdat\b[^.;]{0,60}$",
    _F,
)
# A consequence the text only threatens: "…, anders staat de deurwaarder voor de deur".
_THREAT_BEFORE = re.compile(r"\banders\s+(?:staat|komt|volgt|gaat|stuurt|schakelt|dreigt)\b[^.;,]{0,30}$", _F)
# A relative's own affairs: "Haar zoon heeft zelf schulden en een bewindvoerder".
_RELATIVES_OWN = re.compile(
    r"\b(?:haar|zijn|hun)\s+(?:zoon|dochter|moeder|vader|zus|broer|ex|kleinzoon|kleindochter|schoonzoon|schoondochter)\b"
    r"[^.;]{0,40}?\b(?:zelf|eigen)\b[^.;]{0,60}$",
    _F,
)
_POSSIBLE_ONLY = re.compile(
    r"\b(?:eventueel|evt\.|zo\s*nodig|indien\s+nodig|misschien|wellicht|mogelijk\s+later|overweegt|overwoog|overwegen|"
    r"geadviseerd|adviseert|adviseerde|aangeraden|raadt|raadde)\b",
    _F,
)
# The client is only a customer: "heeft een betaalrekening bij de bank", "is verzekerd bij …".
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:heeft|had|hebben|hadden)\s+(?:\S+\s+){0,2}?\w*(?:betaalrekening|bankrekening|spaarrekening|verzekering|polis|"
    r"abonnement)\w*\s+(?:\S+\s+)?bij\s+(?:de\s+|het\s+|een\s+)?$|\bhuur(?:t|en|de)\s+(?:\S+\s+)?(?:een|bij|van)\s+"
    r"(?:de\s+|het\s+|een\s+)?$|\b(?:verzekerd|bankiert|bankieren|klant|"
    r"ingeschreven)\s+(?:\S+\s+)?bij\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$",
    _F,
)
# Clause boundaries for a dated clause; a parenthesis does not end one ("Vroeger (2021) via de kredietbank").
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s(?:en|maar|want|omdat|terwijl)\s", _F)
# A year as the time of an event ("in 2025", "tot 2024", "voorjaar 2025", "(2021-2022)"), not the year a
# tax or benefit is about ("aanslag IB 2025", "toeslag over 2025").
_YEAR = re.compile(
    r"(?:\b(?:in|tot|t/m|eind|begin|medio|voorjaar|zomer|najaar|winter|januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)\s+|\()((?:19|20)\d\d)(?!\d|[-/]\d{1,2}[-/])",
    _F,
)
_LABEL_COLON = re.compile(r"[\w\-]*\s*:\s*")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A clause that still runs or starts then: "sinds 2024", "nog", "nu", a debt or a procedure.
_STILL_OPEN = re.compile(
    r"\b(?:sinds|vanaf|per|nog|nu(?!\s+(?:niet|geen)\b)|weer|opnieuw|inmiddels|steeds|openstaand\w*|schuld(?!hulp)\w*|achterstand\w*|"
    r"bezwaar\w*|beroep\w*|terug\w*|loopt|lopen|wacht\w*|dreig\w*|moet|moeten|wil|wilt|willen)\b",
    _F,
)
_HOLDS_BEFORE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:een\s+|haar\s+|zijn\s+|hun\s+)?$", _F)
_AT_AFTER = re.compile(r"^\w*\s+bij\b", _F)
# "heeft mevrouw Smit als huisarts": the organisation is named as what someone is to the client.
_AS_PROVIDER_BEFORE = re.compile(r"\b(?:heeft|hebben|had)\s+(?:\S+\s+){1,3}?als\s+(?:eigen\s+)?$", _F)
_HOLDS_BEFORE_ARTICLE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:de\s+|het\s+|een\s+)?$", _F)
_AS_PROVIDER_AFTER = re.compile(r"^[\w\-]*\s+als\s+(?:eigen\s+|vaste\s+)?\w+", _F)
_HISTORY_LABEL = re.compile(
    r"^\W*(?:voorgeschiedenis|historie|eerder(?:e)?(?:\s+(?:contact\w*|hulp\w*|trajecten|instanties|betrokken\w*))?|"
    r"vroeger|verleden)\s*:",
    _F,
)
_ENDED_AFTER = re.compile(
    r"^[\w\-]*\s*\((?:\s*(?:van\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d|\s*tot\s+(?:vorig|vorige|afgelopen)\s+\w+|"
    r"\s*(?:tot|t/m)\s+(?:19|20)\d\d)\s*\)",
    _F,
)
# Who sent the client here: "doorverwezen door het wijkteam", "aangemeld via de huisarts", "kwam via het UWV".
_REFERRED_BY_BEFORE = re.compile(
    r"\b(?:(?:door)?verwezen|aangemeld|gestuurd|doorgestuurd|binnengekomen|terechtgekomen)\s+(?:\S+\s+){0,2}?"
    r"(?:door|via)\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$|\b(?:kwam|komt|kwamen|meldt|meldde|melden)\s+(?:\S+\s+){0,3}?via\s+"
    r"(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?$",
    _F,
)
# The organisation that sent the client to the writer: "had het UWV gebeld (die verwees haar naar ons)".
_REFERRED_US_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:die|deze|zij|ze|dat|daar)\s+(?:\S+\s+)?(?:verwees|verwezen|verwijst|stuurde|stuurden|stuurt)\s+"
    r"(?:\S+\s+){0,3}?(?:door\s+)?naar\s+(?:ons|hier|het\s+spreekuur)\b|"
    r"^[^.;]{0,40}?\b(?:heeft|had|hebben)\s+(?:\S+\s+){0,2}?(?:naar\s+ons|hierheen)\s+(?:door)?(?:gestuurd|verwezen)\b",
    _F,
)
_BELIEF_BEFORE = re.compile(
    r"\b(?:dacht|dachten|meende|meenden|ging\s+ervan\s+uit|gingen\s+ervan\s+uit)\s+(?:\S+\s+){0,2}?dat\b[^,;:.]{0,60}$",
    _F,
)


CLIENT_HAS_NOT = (
    r"(?:heeft|had|hebben|krijgt|kreeg|ontvangt|wil|wilde)\s+(?:hij|ze|zij|cl\.?|cli[eë]nt\w*|mw\.?|dhr\.?|mevrouw|"
    r"meneer)\s+(?:\S+\s+){0,2}?(?:geen|niet|nooit)\b"
)
# A label and a colon, then what the note says of it: no part ("Politie: geen contact", "Huisarts: geen
# rol, alleen behandelaar", "Voedselbank: heeft ze geen contact mee"). A negated action stays a part:
# "UWV: geen besluit" is a question for the UWV, and "nog geen contact" is contact still to make.
LABEL_NOT = re.compile(
    r"^[\w\-.]*\)?\s*:\s*(?:"
    + CLIENT_HAS_NOT
    + r"|(?:ook\s+|verder\s+|nog\s+(?=nooit))?(?:geen|niet|nooit)\s+(?:\S+\s+){0,2}?(?:contact|rol|betrokk\w*|vragen|vraag|"
    r"zaken|bemoeienis|nodig|in\s+beeld|bekend|aan\s+de\s+orde|dossier|meldingen)\b|n\.?v\.?t\b)",
    _F,
)
# The client refuses ("Cl. wil uitdrukkelijk geen bijstand aanvragen bij de gemeente"): the client's
# choice, not an organisation that blocks; it stays no part of the question. "Ze wil niet dat de
# corporatie de huur verhoogt" is a wish about what the organisation does: that one is a party.
CLIENT_REFUSES_BEFORE = re.compile(
    r"\b(?:cl\.?|cli[eë]nt\w*|ze|zij|hij|mw\.?|dhr\.?|mevrouw|meneer)\s+(?:wil|wilde|willen|wenst)\s+(?:\S+\s+)?"
    r"(?:geen|niet|nooit)\b(?!\s+dat\b)[^,;:.]{0,50}$",
    _F,
)

NO_QUESTION = "de intake zegt dat daar geen vraag ligt"
BELIEF = "alleen genoemd als wat de cliënt dacht"
COMPARISON_OR_POSSIBLE = "alleen genoemd als vergelijking of als stap die misschien later komt"
PAST_OR_HYPOTHETICAL = "alleen genoemd in het verleden of als mogelijkheid"
OWN_PROVIDER = "alleen genoemd als vaste aanbieder van de cliënt"
REFERRER = "alleen genoemd als wie de cliënt doorverwees"
# Readings the engine is less sure of: the organisation is listed as named, not counted, and to check.
SOFT_REASONS = frozenset(
    {BELIEF, COMPARISON_OR_POSSIBLE, PAST_OR_HYPOTHETICAL, OWN_PROVIDER, REFERRER, NO_ROLE, HELPER, SOURCE}
)


def not_a_party_now(text: str, m: OrgMention) -> str:
    """Why the mention names no party now, or "" when it may name one."""
    if no_question_there(text, m):
        return NO_QUESTION
    if own_provider(text, m):
        return OWN_PROVIDER
    if _REFERRED_BY_BEFORE.search(text[max(m.sentence.start, m.start - 50) : m.start]):
        return REFERRER
    if _REFERRED_US_AFTER.match(text[m.end : m.sentence.end]):
        return REFERRER
    if only_a_belief(text, m):
        return BELIEF
    if in_history(text, m):
        return PAST_OR_HYPOTHETICAL
    if only_a_comparison_or_possibility(text, m):
        return COMPARISON_OR_POSSIBLE
    return ""


def in_header(text: str, m: OrgMention) -> bool:
    """Is the mention in the note's header line (its first line, short, not ending as a sentence,
    starting with a date or a header word such as "Notitie"), or the organisation name on the first
    line of a header block ("Gemeente X - Schuldhulp" / "Verslag eerste gesprek" / "Datum: …")?"""
    line_end = text.find("\n")
    if 0 <= line_end < m.start and _header_block(text, m):
        line_end = text.find("\n", m.end) if text.find("\n", m.end) >= 0 else len(text)
        header = text[text.rfind("\n", 0, m.start) + 1 : line_end]
        return not _SUBJECT_IN_HEADER.search(header) and not _WE_ACT.search(text, line_end)
    if line_end < 0 or m.end > line_end or line_end > _MAX_HEADER:
        return False
    header = text[:line_end].rstrip()
    date = _DATE.search(header)
    if header.endswith(".") or not (
        (date and date.start() <= _DATE_WITHIN) or _HEADER_WORD.search(header) or _header_block(text, m)
    ):
        return False  # a first line of prose, not a header
    if _SUBJECT_IN_HEADER.search(header):
        return False  # "Intake 3-5-2027 - brief van het CAK": the header names the subject, not the writer
    return not _WE_ACT.search(text, line_end)


def _header_block(text: str, m: OrgMention) -> bool:
    """Is the mention in a block of short lines at the top of the note (up to a blank line, a
    sentence or a label about the client) that holds a date or a header word anywhere? That block is
    the writer's letterhead ("UWV - cliëntondersteuning | gespreksnotitie", "Verslag (art. 4 Wgs)")."""
    lead = len(text) - len(text.lstrip())
    block, end = [], lead
    for line in text[lead:].split("\n")[:5]:
        if (
            not line.strip()
            or _CLIENT_LABEL.match(line)
            or len(line) > _MAX_HEADER
            or _PROSE_LINE.search(line)
        ):
            break  # a blank line, the client's label, or a line of running text ends the letterhead
        block.append(line)
        end += len(line) + 1
    joined = "\n".join(block)
    return m.end <= end and bool(_DATE.search(joined) or _HEADER_WORD_ANYWHERE.search(joined))


def writer_acts(text: str, m: OrgMention) -> bool:
    """Is the mention on the note's first line while the note has the writer's organisation act
    ("wij willen eerst …")? Then the writer's organisation is a party."""
    line_end = text.find("\n")
    return 0 <= m.end <= line_end and bool(_WE_ACT.search(text, line_end))


def compound_of_something_else(text: str, m: OrgMention) -> bool:
    """Is the term a compound whose head is a document or a job ("schoolverklaring"), or a study
    named after "opleiding" ("mbo-opleiding (doktersassistent)")?"""
    term = text[m.start : m.end]
    alias_len = len(_ARTICLE.sub("", m.alias.strip()))
    if len(term) > alias_len + 2 and _COMPOUND_HEAD.match(term[alias_len:]):
        return True
    return bool(_STUDY_BEFORE.search(text[max(m.sentence.start, m.start - 30) : m.start]))


# Payments that run as they should: "de vader betaalt netjes alimentatie", "de huur wordt keurig betaald".
_PAID_PROPERLY = re.compile(
    r"\b(?:betaalt|betalen|betaald|betaalde|maakt\s+over)\s+(?:\S+\s+){0,3}?(?:netjes|keurig|trouw|op\s+tijd)\b|"
    r"\b(?:netjes|keurig|trouw|op\s+tijd)\s+(?:\S+\s+){0,2}?(?:betaald|betaalt|betalen|overgemaakt)\b",
    _F,
)


def no_question_there(text: str, m: OrgMention) -> bool:
    """Does the rest of the sentence (up to a turn: maar, terwijl, ;) say there is no question about
    it ("AOW via de SVB loopt goed, daar geen vragen over"), or that the client confuses it? A clause
    after a semicolon that refers back to it ("…; die heeft er niets mee te maken") counts too."""
    after = text[m.end : m.sentence.end]
    turn = _TURN.search(after)
    if _NO_QUESTION_LATER.search(after[: turn.start()] if turn else after):
        return True
    clause_before = re.split(r"[,;:]|\bmaar\b", text[m.sentence.start : m.start])[-1]
    if _PAID_PROPERLY.search(
        clause_before + text[m.start : m.end] + (after[: turn.start()] if turn else after)
    ):
        return True
    if turn and turn.group(0).lower() in (";", "maar"):
        rest = after[turn.end() :]
        nxt = _TURN.search(rest)
        clause = rest[: nxt.start()] if nxt else rest
        return bool(_REFERS_BACK.match(clause) and _NO_QUESTION_LATER.search(clause))
    return False


def only_a_comparison_or_possibility(text: str, m: OrgMention) -> bool:
    """Is the mention only a comparison ("net als bij het UWV", "anders dan de SVB"), a step that may
    or may not come ("eventueel later nog bij de gemeente", "zo nodig via de Belastingdienst"), what a
    relative or neighbour advised or the client heard ("zijn zus zei dat hij bij de gemeente …"), a
    threatened consequence ("anders staat de deurwaarder voor de deur") or a relative's own affairs
    ("haar zoon heeft zelf schulden en een bewindvoerder")?"""
    clause_before = re.split(r"[,;:()]", text[max(m.sentence.start, m.start - 60) : m.start])[-1]
    if _COMPARISON_BEFORE.search(clause_before) or _POSSIBLE_ONLY.search(clause_before):
        return True
    before = text[max(m.sentence.start, m.start - 140) : m.start]
    return bool(
        _HEARSAY_BEFORE.search(before) or _THREAT_BEFORE.search(before) or _RELATIVES_OWN.search(before)
    )


def own_provider(text: str, m: OrgMention) -> bool:
    """Is the mention only the client's own provider ("heeft een betaalrekening bij de bank", "is
    verzekerd bij", "bankiert bij", "heeft mevrouw Smit als huisarts", "staat ingeschreven bij de huisarts")?"""
    before = text[max(m.sentence.start, m.start - 60) : m.start]
    after = text[m.end : m.sentence.end]
    if _CUSTOMER_BEFORE.search(before):
        return True
    if _HOLDS_BEFORE.search(before) and _AT_AFTER.match(after):
        return True
    if _HOLDS_BEFORE_ARTICLE.search(before) and _AS_PROVIDER_AFTER.match(after):
        return True  # "heeft de SVB als uitkeringsinstantie"
    return bool(_AS_PROVIDER_BEFORE.search(before))


def in_history(text: str, m: OrgMention) -> bool:
    """Is the mention in a list of history ("Voorgeschiedenis: jeugdzorg, schuldhulp"), dated as
    ended ("jeugdzorg (2015-2019)", "de GI (tot vorig jaar)"), or in a clause dated in an earlier
    year with nothing still open ("de Raad deed in 2025 onderzoek", "was tot 2024 in behandeling")?"""
    line_start = max(text.rfind("\n", 0, m.start) + 1, m.sentence.start)
    if _HISTORY_LABEL.match(text[line_start : m.start]):
        return True
    return bool(_ENDED_AFTER.match(text[m.end : m.sentence.end])) or _dated_before_now(text, m)


def _dated_before_now(text: str, m: OrgMention) -> bool:
    """The mention's clause names a year before the note's year (the heading's, else the latest year
    the note names), not as a start ("sinds 2024"), and says nothing is still open or happening now."""
    bounds = [b.end() for b in _CLAUSE_SPLIT.finditer(text, m.sentence.start, m.start)]
    start = bounds[-1] if bounds else m.sentence.start
    label = _LABEL_COLON.match(text, m.end)  # "verslavingszorg: contact in 2023, nu niet"
    rest = label.end() if label else m.end
    cut = _CLAUSE_SPLIT.search(text, rest, m.sentence.end)
    clause = text[start : cut.start() if cut else m.sentence.end]
    years = [int(y.group(1)) for y in _YEAR.finditer(clause)]
    if not years or _STILL_OPEN.search(clause):
        return False
    now = max(int(y) for y in _ANY_YEAR.findall(text))
    return max(years) < now


def only_a_belief(text: str, m: OrgMention) -> bool:
    """Is the mention in what the client thought ("dacht dat de huisarts een verwijzing moest geven")?"""
    return bool(_BELIEF_BEFORE.search(text[max(m.sentence.start, m.start - 90) : m.start]))
