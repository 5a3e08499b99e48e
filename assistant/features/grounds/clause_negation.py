"""Whether a word found in a case is negated by its clause, beyond the word just before it. Pure.

"ontvangt geen bijstand" is negated right before the word (NEGATION_WINDOW words back); a negation
further back negates something else ("heeft geen recht op bijstand" is about bijstand). A noun put
first with an indefinite or no article and a clause that ends in "niet" is negated too ("Een boete
kreeg hij niet"); "De boete betaalde hij niet" still says there is a boete. "geen sprake van een X
of Y" negates X and Y; a negation carries over a coordination ("geen cursus of traject"); and a
clause that says its matter is no issue ("een vraag over bijstand is niet aan de orde",
"huurtoeslag speelt hier niet", "een WW-uitkering zit er niet in") states no fact of it. A place
negated with its article ("niet in het buitenland", "niet naar de gevangenis") is negated like one
without ("niet in detentie"): the article does not widen the negation's reach.
"""

from __future__ import annotations

import re

from assistant.text.negation import clause_bounds, negated_just_before

NEGATION_WINDOW = 2  # "ontvangt geen bijstand" is negated; "heeft geen recht op bijstand" is about bijstand
# "Een boete kreeg hij niet": the rest of the clause after a fronted noun ends in a negation
_FRONTED_ARTICLE = re.compile(r"^\W*(?:een\s+|geen\s+)?$", re.IGNORECASE)
_NEGATED_REST = re.compile(r"^[\w-]*(?:\s+[\w'’-]+){1,8}?\s+(?:niet|nooit)(?:\s+[\w-]+){0,2}\W*$", re.IGNORECASE)
# "geen cursus of traject", "niet ziek en niet opgenomen": a negation carries over a coordination
_COORDINATED_NEGATION = re.compile(r"\b(?:geen|niet|nooit)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,?\s+(?:of|en|noch)\s+$", re.IGNORECASE)
# "Er is geen sprake van een uithuisplaatsing of maatregel": the nouns after "geen sprake van" are negated
_NO_QUESTION_OF = re.compile(
    r"\b(?:geen|niet)\s+(?:meer\s+)?sprake\s+(?:meer\s+)?van\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:of|en|noch)\s+(?:[\w'’-]+\s+){0,2}?)?[\w-]*$",  # [\w-]*: a stem inside a compound
    re.IGNORECASE,
)
# "niet in het buitenland geweest", "nooit naar de gevangenis": a place negated with its article
_NEGATED_PLACE = re.compile(r"\b(?:niet|nooit)\s+(?:meer\s+)?(?:in|naar)\s+(?:het|de|een)\s+[\w-]*$", re.IGNORECASE)
# "Een vraag over bijstand is niet aan de orde", "huurtoeslag speelt hier niet": the clause from the
# noun on says that it is no issue in this case (used with match(text, pos, endpos): no "^")
_NOT_AT_ISSUE = re.compile(
    r"[\w-]*(?:\s+[\w'’-]+){0,8}?\s+(?:(?:is|zijn|was|waren)\s+(?:(?:hier|nu|momenteel|op\s+dit\s+moment)\s+)?(?:niet|geen)\s+"
    r"(?:aan\s+de\s+orde|van\s+toepassing|relevant)|(?:speelt|spelen|speelde)\s+(?:hier\s+|nu\s+)?(?:niet|geen\s+rol)|"
    r"(?:zit|zitten|zat)\s+er\s+(?:dus\s+|ook\s+|hier\s+)?niet\s+in)\W*$",
    re.IGNORECASE,
)


def negated_in_clause(text: str, sentence, start: int) -> bool:
    """Is the word at `start` (inside `sentence`, a span of `text`) negated by its clause?"""
    return bool(
        negated_just_before(text, sentence, start, NEGATION_WINDOW)
        or fronted_and_negated(text, sentence, start)
        or _NOT_AT_ISSUE.match(text, start, clause_bounds(text, sentence, start).end)
        or _COORDINATED_NEGATION.search(text, sentence.start, start)
        or _NO_QUESTION_OF.search(text, sentence.start, start)
        or _NEGATED_PLACE.search(text, sentence.start, start)
    )


def fronted_and_negated(text: str, sentence, start: int) -> bool:
    """"Een boete kreeg hij niet", "Bijstand heeft zij nooit gehad": the noun opens its clause
    (with no article, "een" or "geen") and the clause ends in a negation."""
    clause = clause_bounds(text, sentence, start)
    return bool(
        _FRONTED_ARTICLE.match(text[clause.start : start]) and _NEGATED_REST.match(text[start : clause.end])
    )
