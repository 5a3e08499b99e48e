"""Tokenisation for BM25: Dutch stemming and stop words; article numbers ("4:84", "2.3.5", "13b")
survive as single tokens; common law abbreviations become their canonical name."""

from __future__ import annotations

import re
from functools import lru_cache

DUTCH_STOPWORDS = frozenset(
    """aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
    eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je
    kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op
    over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden
    wordt zal ze zelf zich zij zijn zo zonder zou mag moeten mogen kunt welke waar wanneer""".split()
)
_TOKEN = re.compile(r"\d+(?:bis|ter|quater|[a-z]{1,2})?(?:[:.]\d+[a-z]{0,2})*|[a-zà-ÿ]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("dutch")


def tokenize(text: str) -> list[str]:
    tokens = []
    stem = _stemmer().stemWord
    for raw in _TOKEN.findall(text.lower()):
        if raw[0].isdigit():
            tokens.append(raw.rstrip("."))
        elif raw not in DUTCH_STOPWORDS and len(raw) > 1:
            tokens.append(stem(raw))
    return tokens


class QueryExpander:
    """Adds the legal terms for plain words in a question (corpus/synoniemen.yaml).

    A plain phrase matches when all its stemmed words occur in the question, in any order."""

    def __init__(self, synonyms):
        self._rules = []
        for syn in synonyms:
            legal = [t for term in syn.legal for t in tokenize(term)]
            for phrase in syn.plain:
                tokens = frozenset(tokenize(phrase))
                if tokens:
                    self._rules.append((tokens, legal))

    def expand(self, query: str) -> list[str]:
        present = set(tokenize(query))
        extra: list[str] = []
        for tokens, legal in self._rules:
            if tokens <= present:
                extra += [t for t in legal if t not in extra]
        return extra
