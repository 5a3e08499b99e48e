"""Mentions that only set the scene: the organisation is named, but it is no party to the question.

General readings of Dutch professional notes, each a rule on how a note is written:
- the note's letterhead names the writer's own organisation (letterhead.py);
- the matter is settled or history: "loopt gewoon door", "is afgerond", "daar geen vragen over", a
  clause dated in an earlier year, a history list (settled.py);
- a compound whose head is a document or a job ("schoolverklaring", "doktersassistent") is that
  document or job, not the organisation (a document another body asks for is its subject matter);
- a study or job named after "opleiding" ("mbo-opleiding (verpleegkundige)") is no organisation;
- what the client thought ("dacht dat de huisarts …") is a belief, not a part in the question;
- the client's own provider ("is verzekerd bij", "heeft een rekening bij de bank", "huurt een
  corporatiewoning");
- who only referred the client ("doorverwezen door het wijkteam", "kwam via de huisarts", "die
  stuurde haar naar ons");
- a comparison ("net als bij het UWV"), a step that may or may not come ("eventueel later", "zo
  nodig", "overweegt"), advice of a relative or what the client heard ("zijn zus zei dat …"), a
  threatened consequence ("anders staat de deurwaarder voor de deur") or a relative's own affairs
  ("haar zoon heeft zelf een bewindvoerder") names no party now.
"""

from __future__ import annotations

import re

from assistant.features.triage.party_evidence import HELPER, NO_ROLE, SOURCE
from assistant.features.triage.settled import in_history, no_question_there
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_ARTICLE = re.compile(r"^(?:de|het|een)\s+", _F)
# The head of a compound that makes it a document or a job: "schoolverklaring", "doktersassistente".
_COMPOUND_HEAD = re.compile(
    r"^s?(?:verklaring|bewijs|attest|formulier|rapport|assistent|assistente|opleiding)\w*$", _F
)
_STUDY_BEFORE = re.compile(r"\bopleiding\w*\s+(?:tot\s+|als\s+)?\(?$|\bopleiding\w*\s+\($", _F)
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
    r"[^.;]{0,40}?\b(?:zelf|eigen|(?:een|de)\s+\w*(?:schuld|lening|uitkering)\w*)\b[^.;]{0,60}$",
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
_HOLDS_BEFORE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:een\s+|haar\s+|zijn\s+|hun\s+)?$", _F)
_AT_AFTER = re.compile(r"^\w*\s+bij\b", _F)
# "heeft mevrouw Smit als huisarts": the organisation is named as what someone is to the client.
_AS_PROVIDER_BEFORE = re.compile(r"\b(?:heeft|hebben|had)\s+(?:\S+\s+){1,3}?als\s+(?:eigen\s+)?$", _F)
_HOLDS_BEFORE_ARTICLE = re.compile(r"\b(?:heeft|had|hebben|hadden)\s+(?:de\s+|het\s+|een\s+)?$", _F)
_AS_PROVIDER_AFTER = re.compile(r"^[\w\-]*\s+als\s+(?:eigen\s+|vaste\s+)?\w+", _F)
# Who sent the client here: "doorverwezen door het wijkteam", "aangemeld via de huisarts", "kwam via het UWV".
_REFERRED_BY_BEFORE = re.compile(
    r"\b(?:(?:door)?verwezen|aangemeld|gestuurd|doorgestuurd|binnengekomen|terechtgekomen)\s+(?:\S+\s+){0,2}?"
    r"(?:door|via)\s+(?:de\s+|het\s+|een\s+|haar\s+|zijn\s+)?(?:\w+\s+van\s+(?:de\s+|het\s+)?)?$|"
    r"\b(?:kwam|komt|kwamen|meldt|meldde|melden)\s+(?:\S+\s+){0,3}?via\s+"
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


def compound_of_something_else(text: str, m: OrgMention) -> bool:
    """Is the term a compound whose head is a document or a job ("schoolverklaring"), or a study
    named after "opleiding" ("mbo-opleiding (doktersassistent)")?"""
    term = text[m.start : m.end]
    alias_len = len(_ARTICLE.sub("", m.alias.strip()))
    if len(term) > alias_len + 2 and _COMPOUND_HEAD.match(term[alias_len:]):
        return True
    return bool(_STUDY_BEFORE.search(text[max(m.sentence.start, m.start - 30) : m.start]))


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


def only_a_belief(text: str, m: OrgMention) -> bool:
    """Is the mention in what the client thought ("dacht dat de huisarts een verwijzing moest geven")?"""
    return bool(_BELIEF_BEFORE.search(text[max(m.sentence.start, m.start - 90) : m.start]))
