"""Which organisation mentions count as involvement in the triage sense.

The organisation finder (assistant.knowledge.organisations) finds every kaart term and marks the
plainly negated ones. Triage asks more: is the organisation part of the question? A mention does
not count when the words only look like the organisation (general readings of Dutch, not case
phrases):
- a job or workplace: "werkt als doktersassistente", "werkt 24 uur in de thuiszorg" is about the
  client, not an organisation in the question;
- a place: "in onze gemeente", "naar een andere gemeente" is where someone lives;
- a common noun: "vast werk en inkomen" is not the desk "Werk en Inkomen" (a lowercase name after a
  possessive or adjective) ("op de bank" is read as a sofa by the organisation finder itself);
- a document or permit the client only holds or hands in ("benodigde stukken: paspoort", "heeft een
  verblijfsvergunning") is not a question for its issuer; it is when something happens to it
  (verlopen, aanvragen, ingetrokken);
- the past or a hypothetical: "had vroeger bijstand", "mocht ze ooit WW nodig hebben";
- history: a step already completed through it ("is al via de gemeente in de BRP verwerkt").
A mention is negated by what follows it in its clause: "UWV is hier ook niet bij betrokken",
"bijstand is niet aan de orde", "speelt geen rol meer", "doet verder niets", "de procedure is
afgerond", "hoeft hier niks voor te doen", "loopt niks meer", "heeft geen vragen", or the next clause
("…, daar hoeft niks mee"). When the text says so of the organisation itself, its schemes and desks
named elsewhere are only the subject matter. A negation of an action is not one of involvement: "kan geen rekening openen bij de bank",
"zonder verklaring van de GI", "zolang hij geen briefadres heeft" name an organisation that is
needed. And a negation does not make an organisation uninvolved when the client comes exactly
for what was never applied for ("komt omdat ze nooit zorgtoeslag heeft aangevraagd").
Notes also name organisations that only set the scene (the writer's own in the header, a belief, a
comparison, a possible later step, the client's own provider, who referred, a history list): those
rules are in background.py; such a mention is listed as named, not counted, and to check.
The default is "named": a mention counts only with positive evidence of a role in its sentence
(party_evidence.py).
Which parties count for the categorie is roles.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from assistant.features.triage.background import (
    CLIENT_REFUSES_BEFORE,
    LABEL_NOT,
    PAST_OR_HYPOTHETICAL,
    not_a_party_now,
)
from assistant.features.triage.checked import answered_no
from assistant.features.triage.court import court_has_ruled
from assistant.features.triage.letterhead import writer_acts
from assistant.features.triage.misnamed import confused_units
from assistant.features.triage.no_part import (
    CLAUSE_END,
    NO_ACTION_NEXT,
    NOT_INVOLVED_AFTER,
    RELATIVE_CLAUSE,
    closed_later,
)
from assistant.features.triage.party_evidence import lacks_party_evidence
from assistant.features.triage.readings import around_mention, is_organisation_reading
from assistant.knowledge.organisations import OrgMention, unit_of

_F = re.IGNORECASE
# Before the mention, in its sentence: the client comes for this (a never-used entitlement is the question).
_VISIT_BEFORE = re.compile(
    r"\b(?:komt|kwam|komen)\b(?:\s+\S+){0,4}?\s+(?:omdat|want|voor|met\s+de\s+vraag)\b|\bvraagt\b(?:\s+\S+){0,4}?\s+"
    r"(?:of|naar|hulp)\b",
    _F,
)
# A condition before the mention ("zonder verklaring van de GI", "zolang hij geen briefadres heeft"):
# what is missing is needed, the organisation is not uninvolved.
_WITHOUT_BEFORE = re.compile(
    r"\b(?:zonder\b(?:(?!\b(?:geen|niet|nooit)\b)[^,;:.]){0,60}|(?:zolang|totdat|tenzij)\b[^,;:.]{0,40}|"
    # a negation of the main clause does not reach into its time clause: "wil niet toekennen voordat X …"
    r"(?:voordat|nadat|zodra)\b(?:(?!\b(?:geen|niet|nooit)\b)[^,;:.]){0,40})$|"
    r"^\W*(?:zolang|zonder|totdat|tenzij|pas\s+(?:als|na|nadat))\b[^.;:]*,[^,;:.]{0,60}$",
    _F,
)
# A negated action, not a negated involvement: "kan geen rekening openen bij", "mag niet werken bij".
_CANNOT_BEFORE = re.compile(
    r"\b(?:kan|kon|kunnen|konden|mag|mocht|mogen|wil|wilde|willen|lukt|lukte)\s+(?:\S+\s+)?(?:geen|niet|nooit)\b"
    r"[^,;:.]{0,50}$",
    _F,
)
# A step not yet taken at the organisation: "er is nog geen aanvraag bij de IND ingediend" says what is still to
# be done there, so the organisation is needed, not uninvolved.
_NOT_YET_BEFORE = re.compile(r"\bnog\s+(?:geen|niet|steeds\s+geen|steeds\s+niet)\b[^,;:.]{0,50}$", _F)
_STEP_AFTER = re.compile(
    r"^[^,;:.]{0,30}?\b(?:ingediend|aangevraagd|aangemeld|ingeleverd|opgestuurd|verstuurd|ingeschreven|gemeld)\b", _F
)
_INVOLVEMENT_WORDS = re.compile(
    r"\b(?:betrokken|contact|bekend|ingeschakeld|in\s+beeld|aan\s+de\s+orde|rol|nodig|aangemeld|hulp|meer)\b",
    _F,
)
_NO_PART_WORDS = re.compile(
    r"\b(?:betrokken|in\s+beeld|aan\s+de\s+orde|rol|vragen|vraag|wensen|actie|niets|niks)\b", _F
)
# History: a step completed through an organisation ("is al via de gemeente verwerkt").
_THROUGH_BEFORE = re.compile(r"\b(?:via|door)\s+(?:de\s+|het\s+|een\s+)?$", _F)
_HISTORY = re.compile(
    r"\b(?:is|zijn|werd|werden|was|waren)\s+(?:\S+\s+){0,2}?(?:al|vroeger|destijds|toen)\b|\bvroeger\b|\bdestijds\b|"
    r"\bin\s+het\s+verleden\b",
    _F,
)
# An age in the past dates the clause too: "op zijn 9e uit huis geplaatst", "toen ze 14 was".
_PAST = re.compile(
    r"\b(?:vroeger|destijds|in\s+het\s+verleden)\b|\bop\s+(?:zijn|haar|hun)\s+\d{1,2}(?:e|de|ste)\b|"
    r"\btoen\s+(?:hij|zij|ze)\s+\d{1,2}\s+(?:was|jaar\s+was)\b",
    _F,
)
# A hypothetical governs its whole sentence: "Mocht ze ooit …, dan kan ze WW krijgen."
_HYPOTHETICAL = re.compile(
    r"\b(?:mocht|mochten|ooit|in\s+de\s+toekomst|voor\s+het\s+geval|overweegt|overwoog|overwegen)\b", _F
)
_PROMISE_AFTER = re.compile(r",\s*dan\s+[a-z]\w+\s+(?:wij|we)\b", _F)
_NOW = re.compile(
    r"\b(?:nu|weer|opnieuw|inmiddels|sinds|tegenwoordig)\b(?!\s+(?:nog\s+)?(?:niet|geen)\b)", _F
)
_NEVER_APPLIED_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:aangevraagd|aanvragen|aan\s+te\s+vragen|gehad|ontvangen|gekregen)\b", _F
)


def counted_mentions(text: str, mentions: Sequence[OrgMention], by_id: dict[str, Any]) -> list[OrgMention]:
    """The mentions that say something about involvement, with their negation corrected."""
    out: list[OrgMention] = []
    for m in mentions:
        org = by_id.get(m.org_id)
        if org is None or not is_organisation_reading(text, m, org):
            continue
        if _negated(text, m):
            out.append(dataclasses.replace(m, negated=True, reason=""))
            continue
        reason = (
            PAST_OR_HYPOTHETICAL
            if _past_or_hypothetical(text, m) or court_has_ruled(text, m, org)
            else not_a_party_now(text, m)
        )
        if not reason and not writer_acts(text, m):
            reason = lacks_party_evidence(text, m, mentions, _same_unit(m, mentions, by_id))
        out.append(dataclasses.replace(m, negated=bool(reason), reason=reason))
    out = answered_no(text, closed_later(text, out, by_id), lambda org_id: unit_of(by_id[org_id]))
    confused = confused_units(text, out, lambda org_id: unit_of(by_id[org_id]))
    out = [dataclasses.replace(m, negated=True) if unit_of(by_id[m.org_id]) in confused else m for m in out]
    return _topics_of_uninvolved(text, _history(text, out, by_id), by_id)


def _same_unit(m: OrgMention, mentions: Sequence[OrgMention], by_id: dict[str, Any]) -> frozenset[str]:
    """The ids among `mentions` that count as the same organisation as m (every gemeente desk)."""
    unit = unit_of(by_id[m.org_id])
    return frozenset(x.org_id for x in mentions if x.org_id in by_id and unit_of(by_id[x.org_id]) == unit)


def _past_or_hypothetical(text: str, m: OrgMention) -> bool:
    """A mention in a clause about the past ("had vroeger bijstand") or about a case that may never
    happen ("mocht hij ooit WW nodig hebben") is no party to the question now; a clause that also
    says "nu", "weer" or "opnieuw" is about now."""
    sentence_before = text[m.sentence.start : m.start]
    clause_before = re.split(r"[,;:]", sentence_before)[-1]  # a parenthesis stays in its clause
    marked = _PAST.search(clause_before) or _HYPOTHETICAL.search(sentence_before)
    if marked and _PROMISE_AFTER.search(text, m.end, m.sentence.end):
        return False  # "Mocht het UWV …, dan betalen wij …": a party's condition, not a mere possibility
    return bool(marked) and not _NOW.search(around_mention(text, m, 80))


def _history(text: str, mentions: list[OrgMention], by_id: dict[str, Any]) -> list[OrgMention]:
    """A step already completed through an organisation ("is al via de gemeente in de BRP verwerkt",
    "werd vroeger door het UWV betaald") is history, not a question for it: its mentions in that
    sentence do not count."""
    done = {
        (unit_of(by_id[m.org_id]), m.sentence)
        for m in mentions
        if _THROUGH_BEFORE.search(text[max(m.sentence.start, m.start - 40) : m.start])
        and _HISTORY.search(around_mention(text, m, 60))
    }
    return [
        dataclasses.replace(m, negated=True) if (unit_of(by_id[m.org_id]), m.sentence) in done else m
        for m in mentions
    ]


def _topics_of_uninvolved(text: str, mentions: list[OrgMention], by_id: dict[str, Any]) -> list[OrgMention]:
    """When the text says an organisation itself plays no part ("bij de gemeente loopt niks meer",
    "geen vragen richting de gemeente"), its schemes and desks named elsewhere ("de gemeentelijke
    belastingen", "huishoudelijke hulp") are only the subject matter, not a question for it."""
    unit = {m.org_id: unit_of(by_id[m.org_id]) for m in mentions}
    no_part = {
        unit[m.org_id]
        for m in mentions
        if m.org_id == unit[m.org_id] and m.via == "naam" and _says_no_part(text, m)
    }
    return [
        dataclasses.replace(m, negated=True)
        if unit[m.org_id] in no_part and (m.via == "regeling" or m.org_id != unit[m.org_id])
        else m
        for m in mentions
    ]


def _says_no_part(text: str, m: OrgMention) -> bool:
    if not m.negated:
        return False
    after = text[m.end : m.sentence.end]
    cut = CLAUSE_END.search(after)
    return bool(NOT_INVOLVED_AFTER.match(after[: cut.start()] if cut else after)) or bool(
        _NO_PART_WORDS.search(around_mention(text, m, 60))
    )


def _negated(text: str, m: OrgMention) -> bool:
    after = text[m.end : m.sentence.end]
    cut = CLAUSE_END.search(after)
    clause_after = after[: cut.start()] if cut else after
    if NOT_INVOLVED_AFTER.match(clause_after) or LABEL_NOT.match(after):
        return True
    relative = RELATIVE_CLAUSE.match(clause_after)
    if relative and NOT_INVOLVED_AFTER.match(clause_after[relative.end() :]):
        return True  # "het uitzendbureau waar hij werkte is niet meer in beeld"
    if cut and after[cut.start() : cut.end()] == "," and NO_ACTION_NEXT.match(after[cut.end() :]):
        return True
    if m.negated:
        before = text[m.sentence.start : m.start]
        if _VISIT_BEFORE.search(before) and _NEVER_APPLIED_AFTER.match(after):
            return False
        if _NOT_YET_BEFORE.search(before) and _STEP_AFTER.match(after):
            return False  # "nog geen aanvraag bij X ingediend": the step at X is still open
        if _WITHOUT_BEFORE.search(before):
            return False  # "zonder verklaring van de GI": the organisation is needed, not uninvolved
        modal = _CANNOT_BEFORE.search(before)
        refuses = CLIENT_REFUSES_BEFORE.search(text[max(m.sentence.start, m.start - 90) : m.start])
        if modal and not refuses and not _INVOLVEMENT_WORDS.search(modal.group(0)):
            return False  # "kan geen rekening openen bij de bank": the organisation refuses or cannot act
    return m.negated


def negates_involvement(text: str, m: OrgMention) -> bool:
    """Does the negated clause of `m` say the organisation plays no part ("geen contact met", "niet
    betrokken"), rather than something else ("gaat niet naar school")?"""
    return bool(m.negated and _INVOLVEMENT_WORDS.search(around_mention(text, m, 60)))
