"""What a law is about, and whether a case is about it. Pure.

A ground from a law whose subject is not in the case is never proposed: no toeslag in the case, no
Awir ground; nobody under 18, no Jeugdwet ground. The Awb is general administrative law and
applies to every decision, so it has no subject of its own. Subjects are general vocabulary (word
stems, see casetext.py), not case phrases. A fact belongs to the law its sentence is about: a core
fact in another law's sentence does not count for a ground (`core_in_own_law`), and an Awb ground
that a specific law excludes for its own matters does not apply there (`core_outside_law`).
"""

from __future__ import annotations

import re

from assistant.features.grounds.casetext import CaseText, Found, stem_pattern
from assistant.features.grounds.conditions import GroundFact, fact_from
from assistant.text.folding import fold

LAW_SUBJECTS: dict[str, tuple[str, ...]] = {
    "Participatiewet": ("bijstand", "participatiewet", "uitkering van de gemeente", "sociale dienst", "klantmanager",
                        "werk en inkomen", "geen inkomen", "zonder inkomen", "inkomen valt weg", "levensonderhoud",
                        "minimaregeling", "stadspas", "kostendelersnorm", "kredietbank"),
    "Wgs": ("schuld", "achterstand", "achterstallig", "betalingsachterstand", "deurwaarder", "beslag", "incasso",
            "aanmaning", "kredietbank", "budgetbeheer", "afkoelingsperiode"),
    "Awir": ("toeslag", "toeslagen", "huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden budget",
             "dienst toeslagen", "belastingdienst/toeslagen"),
    "Wet op de huurtoeslag": ("huurtoeslag",),
    "Wet kinderopvang": ("kinderopvang", "gastouder", "kinderdagverblijf", "bso", "buitenschoolse opvang"),
    "Wet WIA": ("wia", "wga", "iva", "arbeidsongeschikt", "arbeidsongeschiktheid"),
    "Wmo 2015": ("wmo", "huishoudelijke hulp", "hulp bij het huishouden", "huishoudelijk", "woningaanpassing",
                 "aanpassing ... woning", "aanpassing ... huis", "handicap", "traplift", "scootmobiel", "rolstoel", "hulpmiddel", "begeleiding",
                 "dagbesteding", "beschermd wonen", "opvang", "maatschappelijke opvang", "vrouwenopvang",
                 "daklozenopvang", "nachtopvang", "mantelzorg", "respijtzorg", "zelfredzaam", "wijkteam",
                 "huiselijk geweld", "veilig thuis", "maatwerkvoorziening", "keukentafelgesprek", "dakloos",
                 "thuisloos", "geen vast adres", "slaapt ... auto", "slaapt buiten", "geen onderdak", "geen slaapplek",
                 "geen slaapplaats", "gemeld voor hulp", "hulp thuis", "thuis ... redden", "trap niet", "traplopen",
                 "slecht ter been", "zelfstandig wonen", "gebruikelijke zorg", "gebruikelijke hulp", "overbelast",
                 "thuiszorg", "het huishouden", "niet meer ... koken", "niet meer ... douchen",
                 "niet meer ... aankleden", "boodschappen doen"),
    "Jeugdwet": ("jeugdhulp", "jeugdzorg", "jeugd-ggz", "jeugdggz", "jeugdbescherming", "jeugdreclassering",
                 "gezinshuis", "pleeggezin", "pleegzorg", "uithuisplaatsing", "uit huis geplaatst",
                 "ondertoezichtstelling", "gezinsvoogd", "jeugdarts", "jeugdconsulent", "praktijkondersteuner jeugd",
                 "wijkteam jeugd", "jeugdteam"),
    # the stay of a foreign national: a permit, the IND, a procedure about the stay
    "Vreemdelingenwet 2000": ("vreemdelingenwet", "verblijfsvergunning", "verblijfsrecht", "rechtmatig verblijf",
                              "verblijfsstatus", "verblijfsdocument", "verblijfspas", "verblijfsdoel", "vreemdeling",
                              "ind", "mvv", "asiel", "statushouder", "vergunninghouder", "ongedocumenteerd",
                              "uitgeprocedeerd", "zonder papieren", "zonder verblijfsvergunning",
                              "geen verblijfsvergunning", "zonder verblijfsrecht", "geen verblijfsrecht",
                              "zonder rechtmatig verblijf", "geen rechtmatig verblijf", "uitzetting"),
}  # fmt: skip

# The plain names of each law's subject: every ground of the law shares them, so as a ground's
# signal word they say nothing about which ground applies (engine.specific_signals).
SUBJECT_NAMES: dict[str, tuple[str, ...]] = {
    "Participatiewet": ("bijstand", "participatiewet", "uitkering van de gemeente", "sociale dienst"),
    "Wgs": ("schuld", "schuldhulp", "schuldhulpverlening"),
    "Awir": ("toeslag", "toeslagen", "huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden budget",
             "dienst toeslagen"),
    "Wet op de huurtoeslag": ("huurtoeslag",),
    "Wet kinderopvang": ("kinderopvang", "kinderopvangtoeslag"),
    "Wet WIA": ("wia", "wia-uitkering"),
    "Wmo 2015": ("wmo", "wmo-loket"),
    "Jeugdwet": ("jeugdhulp", "jeugdzorg"),
}  # fmt: skip

# The body that carries out each law: as a ground's signal word its name says only that the case is
# about that body's law, like a subject name (engine.specific_signals); the organisations count it.
EXECUTORS: dict[str, tuple[str, ...]] = {
    "Wet WIA": ("uwv",),
    "Awir": ("toeslagen", "dienst toeslagen", "belastingdienst"),
    "Wet op de huurtoeslag": ("toeslagen", "dienst toeslagen", "belastingdienst"),
    "Wet kinderopvang": ("toeslagen", "dienst toeslagen", "belastingdienst"),
}

# Laws about a benefit or a provision: a case that names it only as what the client lost ("krijgt
# geen huurtoeslag meer") is about it. Not the Wgs: "geen schulden meer" means debts are no topic.
NEGATED_TOPIC_COUNTS = frozenset(
    {"Participatiewet", "Awir", "Wet op de huurtoeslag", "Wet kinderopvang", "Wet WIA", "Wmo 2015", "Jeugdwet"}
)

MINOR_MAX = 17  # the Jeugdwet is about jeugdigen: under 18 (verlengde jeugdhulp is a ground of its own)


def law_subject(law: str, case: CaseText) -> GroundFact | None:
    """The fact that the case is about `law`'s subject, with its evidence; None when it is not."""
    stems = LAW_SUBJECTS.get(law, ())
    found = case.find_any(stems) or (case.find_lost(stems) if law in NEGATED_TOPIC_COUNTS else None)
    if found:
        return fact_from(f"de casus gaat over de {law}", found)
    client = case.client_age
    if law == "Jeugdwet" and client and client.years <= MINOR_MAX:
        return fact_from("de casus gaat over een kind", client.found, f"leeftijd uit de casus: {client.years} jaar")
    return None


_SUBJECT_WORDS = frozenset(fold(stem) for stems in (*LAW_SUBJECTS.values(), *EXECUTORS.values()) for stem in stems)


def names_only_a_subject(stems) -> bool:
    """Does a required fact only name what a law is about ("het gaat om een toeslag") or the body that
    carries it out ("UWV")? Every ground of that law shares such a fact, so it says nothing about
    which ground is central."""
    stems = list(stems)
    return bool(stems) and all(fold(s) in _SUBJECT_WORDS for s in stems)


def is_gated(law: str) -> bool:
    """Laws with a subject of their own; the Awb (and a law the table does not know) is not gated."""
    return law in LAW_SUBJECTS


# Laws run by one body under one procedure family: a sentence about the one is about the other too.
_FAMILY = {"Wet op de huurtoeslag": "Awir", "Wet kinderopvang": "Awir"}
# The Wgs is left out: a debt is a situation in every law, not another body's procedure.
_PROCEDURE_LAWS = tuple(law for law in SUBJECT_NAMES if law != "Wgs")


def _laws_named(text: str) -> set[str]:
    """The procedure laws a text names, by their subject or by the one body that carries them out
    ("UWV kent de uitkering pas toe vanaf …" is about the WIA)."""
    folded = fold(text)
    return {
        _FAMILY.get(law, law) for law in _PROCEDURE_LAWS
        if any(stem_pattern(s).search(folded) for s in SUBJECT_NAMES[law] + EXECUTORS.get(law, ()))
    }  # fmt: skip


def core_in_own_law(law: str, case: CaseText):  # -> Callable[[str, Found], bool] | None
    """A predicate (stem, found) -> bool for a ground's core fact: a fact belongs to the law its
    sentence is about. A generic word ("te laat", "eerder") in a sentence that names another law's
    benefit ("de WIA-aanvraag is te laat") and not this law's subject is that other law's fact; a
    sentence that names no law continues the one before it. A stem that itself names another law
    (Pw 15: "wia-uitkering") is the ground's own point and always counts."""
    if law not in _PROCEDURE_LAWS:
        return None  # the Wgs: debts arise under every law, so its facts sit in their sentences
    own = _FAMILY.get(law, law)
    own_stems = LAW_SUBJECTS.get(law, ()) + SUBJECT_NAMES.get(law, ())

    def accept(stem: str, found) -> bool:
        if _laws_named(stem) - {own}:
            return True
        named_here = _laws_named(_phrase_at(case, found))
        if named_here:
            return own in named_here
        sentence = case.sentence_of(found)
        named = _laws_named(sentence) or _laws_named(case.sentence_before(found))
        if not named or own in named:
            return True
        folded = fold(sentence)
        return any(stem_pattern(s).search(folded) for s in own_stems)

    return accept


# (law, article) of a general (Awb) ground -> (law, article) of the specific law that excludes it for
# that law's own matters: Awir 31bis "Geen kwijtschelding" (Awb 4:94a: "Tenzij bij wettelijk voorschrift
# anders is bepaald"). tests/unit/grounds/test_grounds_round12_rules.py checks each entry against the law text.
EXCLUDED_BY_SPECIAL_LAW = {("Awb", "4:94a"): ("Awir", "31bis")}


# (law, article) of an Awir ground -> the toeslag whose own law sets it aside: the Wet kinderopvang,
# artikel 1.3, tweede lid, onder b, applies the Awir "in afwijking van artikel 15, eerste lid" (a
# kinderopvangtoeslag reaches back three calendar months before the aanvraag, not to the year before).
SET_ASIDE_FOR_SCHEME = {("Awir", "15"): "kinderopvangtoeslag"}
_TOESLAGEN = {
    "kinderopvangtoeslag": ("kinderopvangtoeslag", "toeslag voor de kinderopvang", "toeslag kinderopvang"),
    "huurtoeslag": ("huurtoeslag",),
    "zorgtoeslag": ("zorgtoeslag",),
    "kindgebonden budget": ("kindgebonden budget",),
}


def set_aside_by_scheme(law: str, article: str, case: CaseText) -> bool:
    """Is the ground's article set aside because the only toeslag the case names has its own rule?"""
    scheme = SET_ASIDE_FOR_SCHEME.get((law, article))
    if scheme is None:
        return False
    named = {name for name, stems in _TOESLAGEN.items() if any(case.find(stem) for stem in stems)}
    return named == {scheme}


def core_accept(law: str, article: str, case: CaseText):  # -> Callable[[str, Found], bool] | None
    """Which places may show a ground's core fact: outside the matters of a law that excludes the
    ground (`core_outside_law`), else in sentences about the ground's own law (`core_in_own_law`)."""
    excluding = EXCLUDED_BY_SPECIAL_LAW.get((law, article))
    return core_outside_law(excluding[0], case) if excluding else core_in_own_law(law, case)


def core_outside_law(law: str, case: CaseText):  # -> Callable[[str, Found], bool]
    """A predicate (stem, found) -> bool for the core fact of a general (Awb) ground that `law`
    excludes for its own matters (lex specialis: "Geen kwijtschelding", Awir 31bis). A place whose
    phrase, or else whose sentence (or the sentence before, when it names no law), is about `law`
    alone is that law's matter, where the general rule does not apply; a place about another law,
    or about none, still counts."""

    def accept(stem: str, found) -> bool:
        named_here = _laws_named(_phrase_at(case, found))
        if named_here:
            return named_here != {law}
        named = _laws_named(case.sentence_of(found)) or _laws_named(case.sentence_before(found))
        return named != {law}

    return accept


def fact_in_own_law(law: str, case: CaseText, fact: GroundFact) -> bool:
    """Is a stated fact of a ground of `law` about that law, by the sentence rule of
    `core_in_own_law`? ("aanvraag" in "De WIA-aanvraag is te laat" is no fact of a Wmo ground.)
    The word at the fact's place stands for its stem: a word that itself names another law
    ("wia-uitkering") is the ground's own point. Facts without a place (an age) always count."""
    accept = core_in_own_law(law, case)
    if accept is None or fact.start is None or not fact.evidence:
        return True
    text = case.inputs[fact.source]
    word = re.match(r"[\w-]*", text[fact.start :]).group(0)
    return accept(word, Found(fact.source, fact.evidence[0], fact.start))


_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014\n]| - ")
PHRASE_WORDS = 5


def _phrase_at(case: CaseText, found) -> str:
    """The words from a match to the end of its clause, at most PHRASE_WORDS: an action noun or verb
    takes its object right after it ("terugvordering huurtoeslag", "vordert de bijstand terug"), so a
    law named there says whose fact it is, whatever else the sentence names."""
    text = case.inputs[found.source][found.start : found.evidence.end]
    clause = _CLAUSE_END.split(text, maxsplit=1)[0]
    return " ".join(clause.split()[:PHRASE_WORDS])
