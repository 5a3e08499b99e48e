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

from assistant.features.triage.aside import PASSING, passing_mention
from assistant.features.triage.income import INCOME, income_only
from assistant.features.triage.no_open_matter import REASONS as NO_OPEN_MATTER
from assistant.features.triage.no_open_matter import no_open_matter
from assistant.features.triage.own_provider import own_provider
from assistant.features.triage.party_evidence import HELPER, NO_ROLE, SOURCE
from assistant.features.triage.proof import PROOF, only_proof
from assistant.features.triage.referrals import only_a_referrer, only_an_informant
from assistant.features.triage.relative_self import relative_arranges_own
from assistant.features.triage.scene import SCENE_REASONS, no_question_for_client, scene_reason
from assistant.features.triage.settled import in_history, no_question_there
from assistant.features.triage.threats import threatened_or_conditional
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE
_ARTICLE = re.compile(r"^(?:de|het|een)\s+", _F)
# The head of a compound that makes it a document or a job: "schoolverklaring", "doktersassistente",
# "schoolmaatschappelijk werker".
_COMPOUND_HEAD = re.compile(
    r"^s?(?:verklaring|bewijs|attest|formulier|machtiging|rapport|assistent|assistente|opleiding|maatschappelijk|"
    r"diploma|certificaat)\w*$",
    _F,
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
_KIN = (
    r"(?:zus|broer|moeder|vader|dochter|zoon|kleinzoon|kleindochter|schoonzoon|schoondochter|zwager|schoonzus|buurvrouw|buurman|"
    r"vriend\w*|kennis(?:sen)?|familie|oom|tante|neef|nicht|collega\w*)"
)
_HEARSAY_BEFORE = re.compile(
    r"\b"
    + _KIN
    + r"\s+(?:\S+\s+){0,2}?(?:zei|zegt|zeggen|zeiden|raadde|raadt|adviseerde|adviseert)\b[^.;]{0,80}$|"
    r"\b(?:hoorde|gehoord|hoort)\b[^.;]{0,30}\bdat\b[^.;]{0,60}$",
    _F,
)
# What happened to a neighbour, friend or acquaintance is their own affair: "zijn buurman had een deurwaarder
# op de stoep".
_OTHERS_OWN_BEFORE = re.compile(
    r"\b(?:haar|zijn|hun|een)\s+(?:buurman|buurvrouw|buren|vriend\w*|kennis(?:sen)?|collega\w*)\s+"
    r"(?:\S+\s+){0,3}?(?:had|heeft|hadden|hebben|kreeg|krijgt|kregen)\b[^.;:]{0,60}$",
    _F,
)
# The sentence calls it a relative's own matter: "… -> zaak van broer zelf", "dat is de kwestie van haar zoon".
_RELATIVES_MATTER = re.compile(
    r"\b(?:zaak|kwestie|probleem|verantwoordelijkheid|aangelegenheid)\s+van\s+(?:de\s+|haar\s+|zijn\s+|hun\s+)?"
    + _KIN
    + r"\b",
    _F,
)
# A relative's own affairs: "Haar zoon heeft zelf schulden en een bewindvoerder".
_RELATIVES_OWN = re.compile(
    r"\b(?:haar|zijn|hun)\s+(?:zoon|dochter|moeder|vader|zus|broer|ex|kleinzoon|kleindochter|schoonzoon|schoondochter)\b"
    r"[^.;]{0,40}?\b(?:zelf|eigen|(?:een|de)\s+\w*(?:schuld|lening|uitkering)\w*)\b[^.;]{0,60}$",
    _F,
)
# What a relative or neighbour told about it, after the mention: "(de eigen bijdrage bij het CAK), waar de
# buurvrouw over vertelde".
_HEARSAY_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:waar|waarover|wat|zoals)\s+(?:de|het|haar|zijn|een)\s+(?:\w+\s+)?" + _KIN + r"\s+"
    r"(?:\S+\s+){0,3}?(?:over\s+)?(?:vertelde|vertelt|zei|zegt|sprak|had\s+gehoord|hoorde)\b",
    _F,
)
# Someone other than the client arranges it himself: "dat regelt haar zoon zelf", "zijn studiefinanciering
# regelt Jesse zelf bij DUO" where the note introduced Jesse as a relative ("haar kleinzoon Jesse"); not
# "regelt hij zelf" (the pronoun may be the client) nor an organisation's name.
_ARRANGES = r"(?:regel(?:t|en|de|den)|doe(?:t|n)|deed|betaal(?:t|de)|betalen)"
_RELATIVE_ARRANGES_OWN = re.compile(
    rf"\b{_ARRANGES}\s+(?:(?:haar|zijn|hun)\s+)?{_KIN}\s+(?:dat\s+|het\s+|alles\s+|dit\s+)?zelf\b|"
    rf"\b(?:haar|zijn|hun)\s+{_KIN}\s+{_ARRANGES}\s+(?:dat|het|dit|alles)\s+zelf\b",
    _F,
)
_NAME_ARRANGES_OWN = re.compile(
    rf"\b{_ARRANGES}\s+([A-Z][a-zà-ÿ]+)\s+(?:dat\s+|het\s+|alles\s+|dit\s+)?zelf\b"
)
# An option the client turned down, after the mention: "een Wlz-indicatie via het CIZ is besproken en door
# dhr. en mw. afgewezen" (not "door de gemeente afgewezen": that is a decision).
_CLIENT = r"(?:dhr\.?|mw\.?|cl\.?|cli[eë]nt\w*|mevrouw|meneer|hem|haar|hen|beiden|het\s+gezin|de\s+familie)"
_CLIENT_DECLINED_AFTER = re.compile(
    rf"^[^.;]{{0,60}}?\bdoor\s+{_CLIENT}(?:\s+en\s+{_CLIENT})?\s+(?:zelf\s+)?"
    r"(?:afgewezen|geweigerd|afgeslagen|afgehouden)\b|"
    # an offer the client turns down: "Verwijzing naar de voedselbank aangeboden; wil mw. liever niet"
    rf"^[^.]{{0,60}}?\baangeboden\b[^.]{{0,30}}?\b(?:wil|wilde)\s+{_CLIENT}\s+(?:dat\s+)?(?:\S+\s+)?(?:niet|geen)\b",
    _F,
)
# The client puts the step off to later herself: "aanmelden bij de schuldhulp wil ze later", "wil hij op termijn".
_CLIENT_POSTPONES = re.compile(
    r"\b(?:wil|wilde|willen)\s+(?:ze|zij|hij|cl\.?|cli[eë]nt\w*|mw\.?|dhr\.?|mevrouw|meneer)\s+(?:\S+\s+)?[\"'“‘]?"
    r"(?:pas\s+)?(?:later(?!\s+(?:deze|die|dit|vandaag|vanmiddag|vanavond|op\s+de\s+dag)\b)|op\s+termijn|"
    r"te\s+zijner\s+tijd|t\.z\.t)\b",
    _F,
)
_POSSIBLE_ONLY = re.compile(
    r"\b(?:eventue(?:el|le)|evt\.|zo\s*nodig|indien\s+nodig|misschien|wellicht|mogelijk\s+later|overweegt|overwoog|overwegen|"
    r"geadviseerd|adviseert|adviseerde|aangeraden|raadt|raadde|in\s+een\s+later\s+stadium|op\s+een\s+later\s+moment)\b",
    _F,
)
# A step named as what could come next: "een volgende stap zou een aanvraag bij … kunnen zijn".
_WOULD_BEFORE = re.compile(r"\b(?:zou|zouden)\b[^.;:]{0,60}$", _F)
_COULD_BE_AFTER = re.compile(r"^[^.;:]{0,40}?\bkunnen\s+(?:zijn|worden)\b", _F)
# A heading (a short line ending in a colon) over a list of what the client thought or mixed up.
_HEADING_LINE = re.compile(r"^[^\n:]{2,60}:[ \t]*$", re.MULTILINE)
_BELIEF_HEADING = re.compile(r"\b(?:dacht|dachten|meende|misverst\w*|verward|verwarring|verwisseld)\b", _F)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
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
    r"zaken|bemoeienis|nodig|in\s+beeld|bekend|aan\s+de\s+orde|dossier|meldingen)\b|n\.?v\.?t\b|"
    # the label's matter has ended: "Schuldhulp: traject beëindigd", "Jeugdzorg: afgesloten in 2024"
    r"(?:\S+\s+)?(?:be[eë]indigd|afgerond|afgesloten|gestopt)\b)",
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
INFORMANT = "alleen genoemd als wie de cliënt vertelde wie beslist"
# Readings the engine is less sure of: the organisation is listed as named, not counted, and to check.
SOFT_REASONS = frozenset(
    {PASSING, BELIEF, COMPARISON_OR_POSSIBLE, PAST_OR_HYPOTHETICAL, OWN_PROVIDER, REFERRER, NO_ROLE, HELPER, SOURCE, INCOME, PROOF, INFORMANT}
) | SCENE_REASONS | NO_OPEN_MATTER


def not_a_party_now(text: str, m: OrgMention) -> str:
    """Why the mention names no party now, or "" when it may name one."""
    if no_question_there(text, m) or no_question_for_client(text, m):
        return NO_QUESTION
    if scene := scene_reason(text, m):
        return scene
    if own_provider(text, m):
        return OWN_PROVIDER
    if income_only(text, m):
        return INCOME
    if only_proof(text, m):
        return PROOF
    if only_a_referrer(text, m):
        return REFERRER
    if only_an_informant(text, m):
        return INFORMANT
    if only_a_belief(text, m):
        return BELIEF
    if in_history(text, m):
        return PAST_OR_HYPOTHETICAL
    if passing_mention(text, m):
        return PASSING
    if reason := no_open_matter(text, m):
        return reason
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
    ("haar zoon heeft zelf schulden en een bewindvoerder"), what a neighbour told of it ("…, waar de
    buurvrouw over vertelde"), a step the client puts off ("aanmelden bij de schuldhulp wil ze later") or
    turned down ("is besproken en door mw. afgewezen"), or that someone else arranges himself ("regelt
    Jesse zelf bij DUO")?"""
    clause_before = re.split(r"[,;:()]", text[max(m.sentence.start, m.start - 60) : m.start])[-1]
    if _COMPARISON_BEFORE.search(clause_before) or _POSSIBLE_ONLY.search(clause_before):
        return True
    before = text[max(m.sentence.start, m.start - 140) : m.start]
    after = text[m.end : m.sentence.end]
    sentence = text[m.sentence.start : m.sentence.end]
    if threatened_or_conditional(text, m):
        return True
    if _WOULD_BEFORE.search(text, m.sentence.start, m.start) and _COULD_BE_AFTER.match(text[m.end : m.sentence.end]):
        return True
    if (
        _HEARSAY_AFTER.match(after)
        or _CLIENT_DECLINED_AFTER.match(after)
        or _CLIENT_POSTPONES.search(sentence)
    ):
        return True
    if _other_arranges_own(text, sentence):
        return True
    # the relative's own claim may be the mention itself: "haar dochter heeft een studieschuld bij …"
    own = _RELATIVES_OWN.search(before) or _RELATIVES_OWN.search(before + text[m.start : m.end])
    if own or _OTHERS_OWN_BEFORE.search(before) or _RELATIVES_MATTER.search(sentence):
        return True
    return bool(_HEARSAY_BEFORE.search(before))


def _other_arranges_own(text: str, sentence: str) -> bool:
    """Does the sentence say that a relative arranges it himself (by kinship, or by a name the note
    introduced as a relative)?"""
    if _RELATIVE_ARRANGES_OWN.search(sentence) or relative_arranges_own(sentence):
        return True
    name = _NAME_ARRANGES_OWN.search(sentence)
    return bool(name) and bool(re.search(rf"\b{_KIN}\s+{re.escape(name.group(1))}\b", text, _F))


def only_a_belief(text: str, m: OrgMention) -> bool:
    """Is the mention in what the client thought ("dacht dat de huisarts een verwijzing moest geven"),
    or in the paragraph under a heading that lists what the client thought ("Wat ze eerst dacht:",
    "Misverstanden:")?"""
    if _BELIEF_BEFORE.search(text[max(m.sentence.start, m.start - 90) : m.start]):
        return True
    headings = list(_HEADING_LINE.finditer(text, 0, m.start))
    return (
        bool(headings)
        and bool(_BELIEF_HEADING.search(headings[-1].group(0)))
        and not _BLANK_LINE.search(text, headings[-1].end(), m.start)
    )
