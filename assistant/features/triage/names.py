"""An organisation's own name, introduced once beside its kind, names it again later.

Notes introduce a private party by kind and name ("bij woningcorporatie Woonstede", "via de
thuiszorgorganisatie Zorg aan Huis", "Stroomkracht (zijn energieleverancier)") and then use the bare
name ("Woonstede schrijft dat …", "Met Zorg aan Huis hoeft niets …"). The kaart knows the kind, not
the name, so the later sentences would lose what they say about the organisation: its role, a
dependency, or that it plays no part. A capitalised name right after a kind noun (lowercase, so
written as a common noun), or with the kind noun in a parenthesis after it, becomes an alias of that
organisation for the rest of the text. A municipality's name is left out: "gemeente Utrecht" names a
place as often as an organisation ("woont in Utrecht").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.knowledge.organisations import OrgMention
from assistant.text.negation import is_negated
from assistant.text.spans import sentence_at, sentences

# One to three capitalised words right after the kind noun, with a small linking word between them:
# "Woonstede", "Zorg aan Huis"; a wrapped line may fall between kind and name (not a blank line). A
# one-word name must be long enough not to be a common word.
_NAME_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)((?:[A-Z][\w\-']+)(?:[ \t]+(?:(?:aan|van|voor|de|het|en)[ \t]+)?[A-Z][\w\-']+){0,2})(?![\w\-])"
)
# The kind in a parenthesis after the name: "brief van Stroomkracht (zijn energieleverancier)".
_NAME_BEFORE = re.compile(
    r"(?<![\w\-])([A-Z][\w\-']+(?:[ \t]+(?:(?:aan|van|voor|de|het|en)[ \t]+)?[A-Z][\w\-']+){0,2})[ \t]*\("
    r"(?:(?:zijn|haar|hun|de|het|een)[ \t]+)?$"
)
_MIN_NAME = 5
# Capitalised words that are no name: months, days and the words that start a new sentence or label.
_NOT_A_NAME = re.compile(
    r"^(?:Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|"
    r"Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Het|De|Een|Die|Dat|Deze|Zij|Hij|Ze|Ik|"
    r"Wij|We|Er|Daar|Dan|Nu|En|Maar|Ook|Mw|Dhr|Mevrouw|Meneer)\b"
)


def named_again(
    text: str, mentions: Sequence[OrgMention], unit_of_id: Callable[[str], str]
) -> list[OrgMention]:
    """`mentions` plus a mention wherever the text repeats a name it introduced beside a kind noun
    ("woningcorporatie Woonstede" … "Woonstede"), in text order."""
    names: dict[str, tuple[str, int]] = {}  # name -> (org id, end of its introduction)
    for m in mentions:
        found = _introduced_name(text, m)
        if found and found[0] not in names and unit_of_id(m.org_id) != "gemeente":
            names[found[0]] = (m.org_id, found[1])
    if not names:
        return list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    spans = sentences(text)
    extra: list[OrgMention] = []
    for name, (org_id, introduced_end) in names.items():
        for hit in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            start, end = hit.start(), hit.end()
            if start < introduced_end or any(s < end and start < e for s, e in taken):
                continue
            sentence = sentence_at(spans, start, len(text))
            extra.append(
                OrgMention(org_id, name, "naam", start, end, sentence, is_negated(text, sentence, start, end))
            )
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _introduced_name(text: str, m: OrgMention) -> tuple[str, int] | None:
    """The proper name written beside a mention that is a lowercase kind noun ("woningcorporatie
    Woonstede", "Woonstede (haar verhuurder)"), and the end of that introduction."""
    if m.via != "naam" or not text[m.start : m.end][:1].islower():
        return None
    after = _NAME_AFTER.match(text, m.end)
    before = _NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
    found = (after.group(1), after.end()) if after else (before.group(1), m.end) if before else None
    if not found or len(found[0]) < _MIN_NAME or _NOT_A_NAME.match(found[0]) or found[0].isupper():
        return None
    return found
