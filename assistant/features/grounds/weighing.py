"""Weigh the scored grounds against each other after each was scored on its own. Pure.

- grounds of laws the case does not name need more evidence when it names others;
- a specific ground of a national organisation needs that organisation (or its law) in the case;
- lex specialis: the Awir ranks after a fully applying ground of the Wet kinderopvang or the Wet op
  de huurtoeslag, the specific laws it sets the procedure for; an Awb article ranks after the
  article of a specific law that rules the same step for that law and applies fully; the rule lid
  of an article ranks after its exception lid ("in afwijking van het eerste lid") when that applies fully;
  the Wmo 2015 ranks after the Jeugdwet when a ground shows a young adult is a jeugdige (WITHIN_SPECIAL_LAW);
- a strong ground lifts the grounds it names as related.
Matches are engine.GroundMatch objects (score, ground, check, focus, general, evidence).
"""

from __future__ import annotations

from typing import Any

OTHER_LAW_FACTOR = 0.8
OUTSIDE_ORGANISATIONS_FACTOR = 0.5
# A law that sets the general procedure for the laws named with it.
LEX_GENERALIS = {"Awir": ("Wet kinderopvang", "Wet op de huurtoeslag")}
GENERAL_LAW_FACTOR = 0.8
# (law, article) of a specific law -> the Awb articles it rules for that law: Awir 35 "in afwijking van
# artikel 6:8" (the start of the bezwaar term); Awir 26b the zienswijze before a toeslag decision,
# with its own exceptions (which would be empty if Awb 4:8 applied beside it).
# Awir 31: uitstel van betaling under the Awir's own regeling (not Awb 4:94).
SPECIAL_ARTICLES = {
    ("Awir", "35"): (("Awb", "6:8"),),
    ("Awir", "26b"): (("Awb", "4:8"),),
    ("Awir", "31"): (("Awb", "4:94"),),
    # Awb 6:15 rules the forwarding of a bezwaar- or beroepschrift (2:3: other geschriften) and, in its
    # third lid, its timeliness by the day the wrong body received it: no excusable lateness (6:11) needed
    ("Awb", "6:15"): (("Awb", "2:3"), ("Awb", "6:11")),
    # Pw 18b (verlaging wegens de taaleis) is its own regime with its own exceptions (lid 6: no
    # verwijtbaarheid, lid 7: dringende redenen); the maatregel leden of art. 18 do not govern it
    ("Participatiewet", "18b"): (("Participatiewet", "18"),),
}
GENERAL_ARTICLE_FACTOR = 0.5
# (law, article, lid) of an exception -> the lid it departs from ("In afwijking van het eerste lid",
# read from the shared law texts; tests/unit/grounds/test_grounds_round8_rules.py checks each entry).
# The rule lid is what the body applied; when the exception applies fully, it is the client's ground.
# Pw 13 lid 3: "Het eerste lid, onderdelen a en b, is niet van toepassing op" a gedwongen ggz-opname.
EXCEPTION_LEDEN = {
    ("Participatiewet", "44", "5"): "1",
    ("Participatiewet", "41", "11"): "4",
    ("Participatiewet", "13", "3"): "1",
}
RULE_LID_FACTOR = 0.8
# (law, article) of a ground that shows the person is within a specific law's reach -> the general law
# that ranks after it: a young adult of 18 to 22 whose jeugdhulp began before 18 is a jeugdige (Jeugdwet
# artikel 1.1), and Wmo-begeleiding is no provision that goes before jeugdhulp (Jeugdwet artikel 1.2,
# eerste lid, onder b: "met uitzondering van een maatwerkvoorziening inhoudende begeleiding").
WITHIN_SPECIAL_LAW = {("Jeugdwet", "1.1"): "Wmo 2015"}


def weigh_laws_and_organisations(scored: list[Any], signals: Any, catalogue_laws: set) -> None:
    # When the case names laws of the catalogue, grounds from other laws need more evidence.
    named = {m.key for m in signals.laws} & catalogue_laws
    if named:
        for m in scored:
            if not m.general and m.ground.law not in named:
                m.score = round(m.score * OTHER_LAW_FACTOR, 3)
    # A specific ground of a national organisation needs that organisation (or its law) in the case:
    # "betalingsregeling" alone does not make a toeslagen ground apply to a gemeente debt. The
    # gemeente is where people go by default, so its grounds need no explicit mention.
    present = {m.key for m in signals.organisations} | named
    for m in scored:
        g = m.ground
        national = g.organisations and "gemeente" not in g.organisations
        if not m.general and national and not (set(g.organisations) & present) and g.law not in present:
            m.score = round(m.score * OUTSIDE_ORGANISATIONS_FACTOR, 3)


def lex_specialis(scored: list[Any]) -> None:
    applying = [m for m in scored if m.check.complete and m.focus and not m.general]
    applied = {m.ground.law for m in applying}
    displaced = {a for m in applying for a in SPECIAL_ARTICLES.get((m.ground.law, m.ground.article), ())}
    for m in scored:
        if not m.general and set(LEX_GENERALIS.get(m.ground.law, ())) & applied:
            m.score = round(m.score * GENERAL_LAW_FACTOR, 3)
        if (m.ground.law, m.ground.article) in displaced:
            m.score = round(m.score * GENERAL_ARTICLE_FACTOR, 3)
    general_laws = {WITHIN_SPECIAL_LAW.get((m.ground.law, m.ground.article)) for m in applying} - {None}
    for m in scored:
        if not m.general and m.ground.law in general_laws:
            m.score = round(m.score * GENERAL_LAW_FACTOR, 3)
    excepted = {
        (m.ground.law, m.ground.article, rule)
        for m in applying if (rule := EXCEPTION_LEDEN.get((m.ground.law, m.ground.article, m.ground.paragraph)))
    }  # fmt: skip
    for m in scored:
        if (m.ground.law, m.ground.article, m.ground.paragraph) in excepted:
            m.score = round(m.score * RULE_LID_FACTOR, 3)


def boost_related(scored: list[Any], min_score: float) -> None:
    by_id = {m.ground.id: m for m in scored}
    for m in sorted(scored, key=lambda m: -m.score):
        if m.score >= min_score + 2:
            for rid in m.ground.related:
                rel = by_id.get(rid)
                if rel and rel.score >= min_score - 1 and rel.evidence:
                    rel.score = round(rel.score + 0.5, 3)
