"""More ways a note names an organisation only to set the scene (general readings of Dutch notes):
- a relative's own affair inside a noun phrase or with the relative as subject ("de lening van zijn
  zoon bij …", "zijn vader ontvangt pensioen van …");
- the client has no question there: "daar wil hij niets mee", "met X is geen onenigheid", "lijkt
  niet nodig";
- a negation with the verb first: "verder is X hier niet betrokken", "daarna speelt X geen rol meer";
- a payment or service that runs as before: "gaat maandelijks automatisch naar …", "geleverd door …";
- completed history: "heeft … al toegekend", a row of completed steps ("opgezegd, ontruimd en
  overgedragen op 1 mei"), a dated step in the perfect (done.py);
- a step the client only wonders about ("of ze dan maar … moet", "vroeg of hij zich bij … moet
  melden"), or that is planned for later ("volgend jaar kijken we naar …");
- a document the client still has to hand in ("nog aan te leveren: … de jaaropgave van het pensioen").
Each is listed as named, not counted, and to check (SCENE_REASONS are soft reasons).
"""

from __future__ import annotations

import re

from assistant.features.triage.done import completed
from assistant.knowledge.organisations import OrgMention

_F = re.IGNORECASE

RELATIVES = "alleen genoemd als zaak van een familielid"
RUNNING = "alleen genoemd als betaling of dienst die gewoon doorloopt"
DONE = "alleen genoemd als stap die al afgerond is"
LATER = "alleen genoemd als vraag of stap voor later"
DOCUMENT = "alleen genoemd als stuk dat de cliënt aanlevert"
SCENE_REASONS = frozenset({RELATIVES, RUNNING, DONE, LATER, DOCUMENT})

# Relatives with affairs of their own (not a partner: one household; not "kind": a parent manages a minor's).
_KIN = (
    r"(?:zus|broer|moeder|vader|dochter|zoon|kleinzoon|kleindochter|schoonzoon|schoondochter|ouders?|"
    r"ex|ex-partner|oma|opa|tante|oom)"
)
# Relatives who receive for themselves: not a son or daughter (a parent often asks for a child's care).
_ELDER_KIN = r"(?:zus|broer|moeder|vader|ouders?|ex|ex-partner|oma|opa|tante|oom)"
_POSS = r"(?:haar|zijn|hun)\s+(?:\w+\s+)?"
# A claim or scheme owned by a relative, written before the organisation: "de schuld van haar zoon bij …".
_RELATIVES_CLAIM_BEFORE = re.compile(
    r"\b\w*(?:schuld|lening|uitkering|toeslag|pensioen|studiefinanciering|aanslag|boete|"
    rf"premie|huur)\w*\s+van\s+{_POSS}{_KIN}\b[^.;:]{{0,80}}$",
    _F,
)
# The claim named by the mention itself: "(de) studieschuld van zijn zoon".
_RELATIVES_CLAIM_AFTER = re.compile(rf"[\w\-]*\s+van\s+{_POSS}{_KIN}\b", _F)
# The relative receives it: "zijn moeder krijgt tot … nog kinderbijslag van …" (not "namens": on his behalf).
_RELATIVE_RECEIVES_BEFORE = re.compile(
    rf"\b{_POSS}{_ELDER_KIN}\s+(?:\S+\s+){{0,2}}?(?:krijgt|kreeg|ontvangt|ontving)\b"
    r"(?!\s+(?:een\s+|de\s+)?(?:brief|bericht|mail|telefoontje|aanmaning|herinnering))(?![^.;:]*\bnamens\b)"
    r"[^.;:,]{0,80}$",
    _F,
)
# An adult relative opens the sentence as its subject ("Haar moeder heeft …", "Zijn dochter (19) heeft …",
# "Mijn ex-vrouw zegt …"): the sentence is about the relative's own affair, unless the client is named in
# it or the relative acts for the client.
_KIN_SUBJECT_OPENS = re.compile(
    rf"\W*(?:haar|zijn|hun|mijn)\s+(?:{_ELDER_KIN}|ex-\w+|(?:dochter|zoon)\s*\((?:1[89]|[2-9]\d)\b[^)]*\))"
    r"(?:\s*\([^)]*\))?\s+(?!en\b)",
    _F,
)
_CLIENT_OR_BEHALF = re.compile(
    r"\b(?:mw|dhr|mevr|mevrouw|meneer|cli[eë]nt\w*|cl|ik|mij|me|namens|voor\s+(?:haar|hem|mij)|bewindvoer\w*|"
    # what the relative pays (or fails to pay) the client is the client's affair: "Haar ex betaalt de alimentatie niet"
    r"mantelzorg\w*|helpt|hielp|betaal\w*|betalen)\b",
    _F,
)
# The client has no question there, in the sentence after the mention: "daar wil ze (nu) niets mee".
_WANTS_NOTHING_AFTER = re.compile(
    r"\b(?:wil|wilde|willen|hoeft|hoeven)\s+(?:\S+\s+){0,2}?(?:daar|hier)\s+(?:\S+\s+){0,2}?(?:niets|niks)\s+"
    r"(?:meer\s+)?mee\b|\b(?:daar|hier)\s+(?:wil|wilde|willen)\s+(?:\S+\s+){0,2}?(?:niets|niks)\s+(?:meer\s+)?mee\b",
    _F,
)
# The mention's own clause: no dispute, or not needed ("Met X is geen onenigheid", "X lijkt niet nodig").
_NO_DISPUTE_AFTER = re.compile(
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:is|zijn|was|waren|bestaat|bestaan)\s+(?:er\s+)?(?:ook\s+)?geen\s+(?:\w+\s+)?"
    r"(?:geschil\w*|conflict\w*|onenigheid|ruzie|discussie|meningsverschil\w*)\b|"
    r"^[\w\-]*\)?\s+(?:\S+\s+){0,2}?(?:lijkt|lijken|leek|leken|blijkt|bleek|schijnt)\s+(?:\S+\s+)?(?:niet|geen)\s+"
    r"(?:meer\s+)?(?:nodig|aan\s+de\s+orde|van\s+toepassing|zinvol)\b",
    _F,
)
# Verb first, then the organisation, then the negation: "verder speelt het UWV hier geen rol".
_VERB_FIRST_BEFORE = re.compile(
    r"\b(?:speelt|spelen|speelde|speelden|is|zijn|was|waren)\s+(?:de\s+|het\s+)?$", _F
)
_NEGATION_AFTER = re.compile(
    r"^[\w\-]*\)?\s+(?:(?:hier|daar|er|verder|ook|nu|nog|dus)\s+){0,3}(?:geen\s+(?:enkele\s+)?rol|"
    r"niet\s+(?:meer\s+)?(?:bij\s+)?betrokken|niet\s+(?:meer\s+)?in\s+beeld|niet\s+aan\s+zet)\b",
    _F,
)
# A payment that runs by itself, and a service that another provider carries out.
_RUNS = re.compile(
    r"\b(?:automatisch|rechtstreeks|maandelijks|per\s+maand|elke\s+maand|per\s+(?:automatische\s+)?incasso|"
    r"via\s+(?:automatische\s+)?incasso)\b",
    _F,
)
_PAYS = re.compile(
    r"\b(?:betaal\w*|betaald|overgemaakt|afgeschreven|ge[iï]nd|gaat\s+(?:\S+\s+){0,4}?af)\b", _F
)
_AUTO_DEBIT = re.compile(r"\b(?:per|via)\s+automatische\s+incasso\b", _F)  # names the payment itself
_LABEL_START = re.compile(r"[\W\d]*[A-Za-zÀ-ÿ][\w\- ]{1,30}:\s")
# A care or support service that comes on a fixed rhythm: "helpt haar drie keer per week", "komt wekelijks".
_SERVICE_RHYTHM_AFTER = re.compile(
    r"^[^.;:,]{0,20}?\b(?:helpt|komt|verzorgt|levert|ondersteunt|begeleidt)\b[^.;:,]{0,30}?"
    r"\b(?:\w+\s+keer\s+per\s+(?:week|maand|dag)|wekelijks|dagelijks|elke\s+(?:week|dag))\b",
    _F,
)
# ... also with the rhythm first: "'s ochtends komt de wijkverpleegkundige helpen".
_SERVICE_RHYTHM_BEFORE = re.compile(
    r"(?:'s\s+(?:ochtends|middags|avonds)|(?:elke|iedere)\s+(?:ochtend|middag|avond|dag|week)|dagelijks|wekelijks|"
    r"\w+\s+keer\s+per\s+(?:dag|week))\s+(?:komt|komen|helpt|helpen)\s+(?:de\s+|het\s+|een\s+)?$",
    _F,
)
_CARRIED_OUT_BEFORE = re.compile(
    r"\b(?:uitgevoerd|geleverd|verzorgd|gegeven)\s+(?:door|via)\s+(?:de\s+|het\s+|een\s+)?$", _F
)
_TROUBLE = re.compile(
    r"(?<!\bgeen\s)\bachterstand\w*|\b(?:niet|nooit|teruggestort|gestorneerd|storno\w*|mislukt\w*|stop\w*|gestopt|opgeschort|"
    r"ingehouden|verrekend|klacht\w*|wachtlijst\w*|opzeg\w*|opgezegd|be[eë]indig\w*|tekort\w*|maar)\b|"
    r"\bgeen\b(?!\s+(?:achterstand\w*|problemen|probleem|schuld\w*|brief|brieven|aanmaning\w*|herinnering\w*)\b)",
    _F,
)
# A payment still to arrange or set as a condition: "als de gemeente de huur voortaan rechtstreeks betaalt".
_NOT_YET = re.compile(
    r"\b(?:voortaan|als|zodra|mits|moet|moeten|zal|zullen|wil|willen|vanaf|straks|binnenkort|regelen|aanvragen)\b",
    _F,
)
# The sentence puts its matter off: "…, dat is voor later", "dat komt later".
_FOR_LATER_AFTER = re.compile(r"\b(?:dat|dit|die|het)\s+(?:is|komt)\s+(?:iets\s+)?(?:voor\s+)?later\b", _F)
# A fallback the client only wonders about ("vroeg of hij dan maar … moet"), a look planned for later.
_FALLBACK_BEFORE = re.compile(r"\bdan\s+maar\b[^.;:]{0,60}$", _F)
# The client asks whether a step at an organisation is needed: "vroeg of ze zich ook bij … moest melden"
# (the answer is the professional's to give; the organisation is to check, not yet a party).
_ASKS_IF_NEEDED_BEFORE = re.compile(
    r"\b(?:vroeg|vraagt|vroegen|vragen)\s+(?:\S+\s+){0,2}?of\s+(?:ze|zij|hij|er|cl\.?|mw\.?|dhr\.?|mevrouw|meneer)\s+"
    r"[^.;:]{0,80}$",
    _F,
)
# The step asked about is one at an organisation ("bij de gemeente"), not a change about a scheme.
_AT_ORGANISATION = re.compile(r"\bbij\s+(?:de\s+|het\s+)?[A-Za-z]", _F)
# ... or whether a step there will come at all: "vroeg of er een eigen bijdrage bij het CAK komt".
# ... but not a claim the client already has there: "vraagt of ze de schuld bij X moet betalen" is a real question.
_CLAIM_HELD_BEFORE = re.compile(r"\b(?:de|het|zijn|haar|hun|mijn)\s+\w*(?:lening|schuld|vordering|uitkering|toeslag|aanslag|"
                                r"boete)\w*\s+bij\s+(?:de\s+|het\s+)?$", _F)
_MUST_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:moet|moest|moeten|hoeft|hoefde|komt|komen)\b", _F)
_LATER = re.compile(
    r"\b(?:n[aá]\s+de\s+(?:zomer|vakantie|winter|jaarwisseling)|volgend\s+jaar|op\s+termijn|te\s+zijner\s+tijd)\b",
    _F,
)
# A document the client still has to hand in, in a list of what is needed: "nog nodig: … de jaaropgave
# van het pensioen".
_NEEDED_LIST_BEFORE = re.compile(
    r"\b(?:nog\s+nodig|benodigd\w*|mee\s+te\s+nemen|meenemen|meebrengen|op\s+te\s+sturen|in\s+te\s+leveren|"
    r"aan\s+te\s+leveren)\s*:"
    r"[^.;]{0,200}$",
    _F,
)
_DOCUMENT_OF_BEFORE = re.compile(
    r"\b\w*(?:brief|brieven|afschrift\w*|overzicht\w*|bewijs|specificatie\w*|jaaropgave\w*|polis|diploma|certificaat)\s+"
    r"(?:(?:\S+\s+){0,2}?(?:over|van)\s+(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:[a-zà-ÿ]+\s+)?)?$",
    _F,
)
_LOOK_BEFORE = re.compile(r"\b(?:kijken|bekijken|kijkt|oriënteren|orienteren|bespreken)\b[^.;:]{0,40}$", _F)
# The text says the organisation only becomes relevant on a condition still to come: "X komt pas in beeld
# als …", "X is pas aan de orde wanneer …".
_ONLY_RELEVANT_IF_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:komt|komen|is|zijn)\s+(?:\S+\s+)?pas\s+(?:in\s+beeld|aan\s+de\s+orde|nodig)\s+"
    r"(?:als|wanneer|zodra|indien|na|vanaf)\b|"
    # note style, a label and its verdict: "Studiefinanciering bij X: pas aan de orde na de zomer"
    r"[^.;:\n]{0,20}?:\s*pas\s+(?:in\s+beeld|aan\s+de\s+orde|nodig|van\s+belang)\s+(?:als|wanneer|zodra|indien|na|vanaf)\b",
    _F,
)


# Note style names relatives without a possessive ("moeder (AOW) woont om de hoek", "pa is
# arbeidsongeschikt, ma zit in de schuldhulp bij …"). That reading is safe only when the note names its
# client as a person of their own ("mw. Y. Jansen (34)", "Sem (17, mbo)"), not by a kinship word: in a
# family note "moeder (29)" may be the client herself.
_BARE_KIN = r"(?:zus|broer|moeder|vader|pa|ma|papa|mama|ouders|oma|opa|tante|oom)"
_NAMED_CLIENT = re.compile(
    r"(?<!\w)(?:(?:mw|dhr|mevr|mevrouw|meneer)\.?\s+)?(?P<name>[A-Z][\w\-]*\.?(?:\s+[A-Z][\w\-]*\.?){0,3})\s*\(\d{1,3}\b"
)
_KIN_WORD = re.compile(rf"^{_BARE_KIN}$|^{_KIN}$", _F)
# The relative's own scheme in a parenthesis after the kinship word: "moeder (AOW via de SVB)".
_KIN_PARENTHESIS_BEFORE = re.compile(rf"\b{_BARE_KIN}\s*\([^()]{{0,40}}$", _F)
# The relative is the subject of a clause that states their own situation: "ma zit in een traject bij …".
_KIN_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;:(]\s*|\ben\s+|[-•*]\s+){_BARE_KIN}\s+(?:is|zit|zat|was|krijgt|kreeg|ontvangt|ontving)\b"
    r"(?![^.;:,]*\b(?:namens|voor\s+(?:haar|hem|zijn|hun)|met\s+(?:haar|hem)|gebeld|gegaan|geweest|geholpen|"
    r"vraagt|vroeg|aanvra\w*|aangevraagd|wil|wilde|belt|belde)\b)[^.;:,]{0,80}$",
    _F,
)


def relatives_affair(text: str, m: OrgMention) -> bool:
    """Is the organisation named in a relative's own affair ("de lening van zijn zoon bij …", "haar
    moeder krijgt … van …", and in a note about a named client "moeder (AOW via de SVB)")?"""
    before = text[max(m.sentence.start, m.start - 120) : m.start]
    if _RELATIVES_CLAIM_AFTER.match(text, m.end):
        return True
    if _RELATIVES_CLAIM_BEFORE.search(before) or _RELATIVE_RECEIVES_BEFORE.search(before):
        return True
    opens = _KIN_SUBJECT_OPENS.match(text, m.sentence.start, m.start)
    own_clause = opens and not re.search(r"[;:]", text[opens.end() : m.start])  # "…; het LBIO int nu": a new subject
    if own_clause and not _CLIENT_OR_BEHALF.search(text, opens.end(), m.sentence.end):
        return True
    bare = _KIN_PARENTHESIS_BEFORE.search(before) or _KIN_SUBJECT_BEFORE.search(before)
    return bool(bare) and _client_named(text)


def _client_named(text: str) -> bool:
    """Does the note name its client as a person with an age, not by a kinship word ("zoon Daan (16)"
    is a relative too)?"""
    for c in _NAMED_CLIENT.finditer(text):
        words = [*text[max(0, c.start() - 20) : c.start()].split()[-1:], *c.group("name").split()]
        if not any(_KIN_WORD.match(w.strip(".,:;")) for w in words):
            return True
    return False


def no_question_for_client(text: str, m: OrgMention) -> bool:
    """Does the note say the client wants nothing there, that there is no dispute or no need, or
    (verb first) that the organisation plays no part?"""
    after = text[m.end : m.sentence.end]
    clause_after = re.split(r"[,;:]", after)[0]
    next_two = "".join(
        re.split(r"([,;:])", after)[:3]
    )  # its clause and the next ("…; daar wil ze niets mee")
    if _WANTS_NOTHING_AFTER.search(next_two) or _NO_DISPUTE_AFTER.match(clause_after):
        return True
    return negated_verb_first(text, m)


def negated_verb_first(text: str, m: OrgMention) -> bool:
    """ "Verder speelt X hier geen rol", "daarna is X niet meer betrokken": the verb before the
    organisation, the negation of its part right after it."""
    before = text[max(m.sentence.start, m.start - 30) : m.start]
    return bool(_VERB_FIRST_BEFORE.search(before) and _NEGATION_AFTER.match(text[m.end : m.sentence.end]))


def runs_as_before(text: str, m: OrgMention) -> bool:
    """Is the organisation only the receiver of a payment that runs by itself, or the provider that
    carries out a running service, with no trouble named in the sentence?"""
    sentence = text[m.sentence.start : m.sentence.end]
    if _TROUBLE.search(sentence) or _NOT_YET.search(
        text, max(0, min(m.sentence.start, m.start - 120)), m.sentence.end
    ):
        return False
    if _CARRIED_OUT_BEFORE.search(text[max(m.sentence.start, m.start - 40) : m.start]):
        return True
    if _SERVICE_RHYTHM_AFTER.match(text[m.end : m.sentence.end]) or _SERVICE_RHYTHM_BEFORE.search(
        text, max(m.sentence.start, m.start - 50), m.start
    ):
        return True
    bounds = [0, *(b.end() for b in re.finditer(r"[,;:]", sentence)), len(sentence)]
    label = re.match(r"[\w\-]*\s*:", text[m.end : m.sentence.end])  # "Energie: betaalt per incasso"
    pos = m.end - m.sentence.start + label.end() if label else m.start - m.sentence.start
    start = max(b for b in bounds if b <= pos)
    end = min((b for b in bounds if b > pos), default=len(sentence))
    clause = sentence[start:end]
    if _LABEL_START.match(
        sentence
    ):  # "Energie: betaalt per incasso, jaarafrekening …": the line is one matter
        clause = sentence
    return bool(_RUNS.search(clause) and (_PAYS.search(clause) or _AUTO_DEBIT.search(clause)))


def only_wondered_or_later(text: str, m: OrgMention) -> bool:
    """Is the organisation a fallback the client only wonders about, or a look planned for later?"""
    before = text[m.sentence.start : m.start]
    if _FALLBACK_BEFORE.search(before):
        return True
    asks = _ASKS_IF_NEEDED_BEFORE.search(before)
    if asks and _AT_ORGANISATION.search(text, asks.start(), m.sentence.end) and not _CLAIM_HELD_BEFORE.search(before):
        after = text[m.end : m.sentence.end]
        return bool(_MUST_AFTER.match(after) or _MUST_AFTER.match(before[-60:]))
    if _ONLY_RELEVANT_IF_AFTER.match(text, m.end, m.sentence.end) or _FOR_LATER_AFTER.search(text, m.end, m.sentence.end):
        return True
    return bool(_LATER.search(before) and _LOOK_BEFORE.search(before))


def document_to_hand_in(text: str, m: OrgMention) -> bool:
    """Is the organisation only named in a document the client still has to hand in ("nog nodig: …
    de laatste brief over het pensioen")?"""
    before = text[m.sentence.start : m.start]
    return bool(_NEEDED_LIST_BEFORE.search(before) and _DOCUMENT_OF_BEFORE.search(before[-80:]))


def scene_reason(text: str, m: OrgMention) -> str:
    """Why the mention only sets the scene (one of SCENE_REASONS), or ""."""
    if relatives_affair(text, m):
        return RELATIVES
    if only_wondered_or_later(text, m):
        return LATER
    if runs_as_before(text, m):
        return RUNNING
    if completed(text, m):
        return DONE
    return DOCUMENT if document_to_hand_in(text, m) else ""
