"""Is a text Dutch? A small function-word test, good enough to reject English or gibberish
model output (SmolLM2 writes neither Dutch nor sense) without any model."""

from __future__ import annotations

import re

DUTCH_FUNCTION_WORDS = frozenset(
    """de het een en van in is dat op te voor met zijn niet aan er ook als bij om dan
    maar of uit door naar wordt worden u uw je jij ik wij we ze zij hij heeft hebben kan
    kunt moet moeten mag deze dit die wat wie waar hoe wanneer geen nog al meer tot over
    na zo wel omdat want dus daarom binnen tegen zonder sinds hier daar bent ben was waren
    zou zouden wil wilt gaat gaan krijgt krijgen""".split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """the and of to is that for it with as was on be by this are or from at which have
    has not but you your they we he she will would can could should there their what when
    if an""".split()
)
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def dutch_ratio(text: str) -> float:
    """Share of words that are Dutch function words (Dutch prose: ~0.35-0.5)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return sum(w in DUTCH_FUNCTION_WORDS for w in words) / len(words)


def is_dutch(text: str, min_words: int = 5) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < min_words:
        return False
    dutch = sum(w in DUTCH_FUNCTION_WORDS for w in words)
    english = sum(w in ENGLISH_FUNCTION_WORDS and w not in DUTCH_FUNCTION_WORDS for w in words)
    return dutch / len(words) >= 0.18 and dutch > 2 * english
