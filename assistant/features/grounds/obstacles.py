"""Detect the kind of obstacle in a case text with general Dutch patterns.

The kinds are those of assistant.knowledge.corpus.OBSTACLE_KINDS. Patterns describe how people write
about waiting, refusals, rules, debts and acute need in general; they name no particular case.
All patterns run on folded text (lower case, no diacritics: see grounds_text.fold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.folding import fold
from assistant.text.spans import Span, sentence_around

KIND_LABELS = {
    "wachten_op_andere_organisatie": "wachten op (een beslissing van) een andere organisatie",
    "onevenredig": "een regel pakt onevenredig uit",
    "acute_nood": "acute nood",
    "beleidsregel": "een beleidsregel of vaste werkwijze staat in de weg",
    "schulden": "schulden of terugvordering",
    "categorale_uitsluiting": "de persoon valt categoraal buiten een regeling",
}

_W = r"(?:[a-z'\-]+\s+)"  # one word and its space, for short gaps: {0,4}

_PATTERNS: dict[str, tuple[str, ...]] = {
    "wachten_op_andere_organisatie": (
        r"\bin afwachting van\b",
        r"\bwacht(?:en|te|ten|end)?\s+(?:nog\s+|al\s+)?(?:op|tot|met)\b",
        r"\b(?:loopt|lopen|liep)\s+(?:nog|al)\b",
        r"\bnog\s+(?:niet\s+)?(?:lopen|loopt)\b",
        r"\blopende\s+(?:aanvraag|procedure|beoordeling|keuring|herbeoordeling|bezwaar)",
        r"\bnog\s+(?:geen|niet)\s+(?:besluit|beslissing|beslist|besloten|beoordeeld|toegekend|"
        r"uitbetaald|in behandeling|duidelijk|gesprek|onderzoek)",
        r"\b(?:pas|eerst)\s+" + _W + r"{0,5}(?:als|wanneer|nadat|na)\b",
        r"\bniet\s+in\s+behandeling\b",
        r"\b(?:verwijst|verwees|verwijzen|verwezen|doorverwezen|stuurt|stuurde|sturen)\s+"
        + _W
        + r"{0,3}(?:door\s+)?naar\b",
        r"\bkastje\s+naar\s+de\s+muur\b",
        r"\bwachttijd|\bwachtlijst",
        r"\bafhankelijk\s+van\s+(?:de|het)\s+(?:beslissing|besluit|uitkomst|uitslag)",
        r"\bonderlinge\s+afhankelijkheid|\bop\s+elkaar\s+(?:wachten|wacht)",
        r"\bhoort\s+niets\b|\bhoorde\s+niets\b|\bgeen\s+reactie\b",
    ),
    "onevenredig": (
        r"\bonevenredig|\bbuiten\s+(?:alle\s+)?(?:verhouding|proporti)|\bniet\s+in\s+verhouding",
        r"\bonredelijk|\bonrechtvaardig|\bniet\s+eerlijk|\bonbillijk|\bschrijnend",
        r"\b(?:veel\s+te|te|heel|erg)\s+(?:hard|streng|zwaar)\b",
        r"\b(?:kleine\s+)?(?:fout|fouten|vergissing)\s+(?:gemaakt|begaan)|\bvergissing|\bper\s+ongeluk|\bonbedoeld",
        r"\bwist\s+(?:dat|het|hij|zij|ze)?\s*niet\b",
        r"\b(?:hoog|hoge|enorm|enorme|groot|grote|fors|forse)\s+(?:bedrag|schuld|terugvordering|boete)",
        r"\b(?:veel|alles|het\s+hele\s+bedrag)\s+(?:moet(?:en)?\s+)?terug",
        r"\bgevolgen\s+(?:zijn|waren|worden)\s+(?:groot|ernstig|enorm|zwaar)",
        r"\buitpakt|\bpakt\s+" + _W + r"{0,2}(?:slecht|verkeerd|zwaar)\s+uit",
        r"\b(?:geen|niet)\s+rekening\s+(?:gehouden\s+)?met|\bkijkt\s+niet\s+naar",
        r"\bniet\s+(?:zijn|haar|hun)\s+schuld|\bbuiten\s+(?:zijn|haar|hun)\s+schuld",
        r"\b(?:door|vanwege)\s+(?:zijn|haar|de)\s+(?:ziekte|dementie|alzheimer|beperking|opname)",
        r"\bregels?\s+(?:zijn|is)\s+(?:voor\s+)?iedereen\s+gelijk",
    ),
    "acute_nood": (
        r"\bgeen\s+(?:geld|inkomen|eten|dak|woning|woonplek|onderdak|slaapplek|plek\s+om)\b",
        r"\bgeen\s+geld\s+meer\b|\bniets\s+(?:meer\s+)?te\s+eten",
        r"\baan\s+de\s+grond\b",
        r"\b(?:huis)?uitzetting|\bontruim|\bop\s+straat\b|\bdakloos|\bslaapt\s+(?:buiten|in\s+(?:zijn|haar|de)\s+auto)",
        r"\bafsluit|\bafgesloten|\bgeen\s+(?:gas|stroom|licht|water)\b",
        r"\bhonger|\bvoedselbank",
        r"\bspoed|\bacuut|\bcrisis|\bnoodsituatie|\bnood\b",
        r"\b(?:huur|rekeningen|boodschappen|zorgverzekering)\s+"
        + _W
        + r"{0,3}niet\s+(?:meer\s+)?(?:betalen|betaald)",
        r"\bhuiselijk\s+geweld|\bonveilig|\bsuicid|\bzelfmoord|\bgeen\s+uitweg",
        r"\b(?:over|binnen)\s+(?:een\s+paar|enkele|twee|drie|tien|\d+)\s+(?:dagen|werkdagen)\b",
        r"\bvolgende\s+week\b",
        r"\btussen\s+wal\s+en\s+schip|\btussen\s+twee\s+regelingen",
        r"\bniet\s+meer\s+(?:kan|kunnen|mag|mogen)\s+(?:blijven\s+)?wonen|\bmoet\s+"
        + _W
        + r"{0,3}uit\s*(?:\.|,|$)",
    ),
    "beleidsregel": (
        r"\bbeleid|\bwerkinstructie|\bprotocol|\brichtlijn|\bwerkwijze\b|\bverordening",
        r"\bvolgens\s+de\s+regels?\b|\bde\s+regels?\s+(?:is|zijn|zegt|zeggen|laat|laten|staat|staan)\b|\bregel\s+is\s+regel",
        r"\bmag\s+niet\s+van\b|\bmogen\s+niet\s+van\b",
        r"\bgeen\s+uitzondering",
        r"\b(?:kan|kunnen|wil|willen|mag|mogen)\s+" + _W + r"{0,4}niet\s+" + _W + r"{0,4}"
        r"(?:in\s+behandeling\s+nemen|behandelen|beslissen|helpen|toekennen|uitbetalen|toelaten|aanvragen)\b",
        r"\b(?:wil|kan|mag)\s+" + _W + r"{0,3}pas\s+" + _W + r"{0,3}(?:beslissen|betalen|helpen|behandelen)",
        r"\balleen\s+(?:is\s+|zijn\s+|bestemd\s+)?(?:voor|als|bij)\s+(?:mensen|wie|iemand|inwoners|personen)",
        r"\bzonder\s+" + _W + r"{0,2}geen\b",
        r"\b(?:kan|kunnen|mag|mogen)\s+"
        + _W
        + r"{0,4}geen\s+"
        + _W
        + r"{0,2}(?:aanvragen|krijgen|ontvangen)\b",
        r"\bcomputer\s+zegt\s+nee|\bsysteem\s+(?:laat|staat)\s+" + _W + r"{0,2}niet\s+toe",
        r"\b(?:niet\s+opnieuw|nooit)\s+(?:worden\s+)?toegelaten",
        r"\bvoor\s+iedereen\s+gelijk",
        r"\b(?:vaste|harde|strikte|vast)\s+(?:grens|regel|norm|termijn|inkomensgrens|volgorde)|\binkomensgrens",
        r"\b(?:afgewezen|geweigerd|stopgezet|beeindigd|gestopt)\s+omdat\b",
        r"\beerst\s+" + _W + r"{0,6}(?:moet|moeten)\b",
    ),
    "schulden": (
        r"\bschuld(?:en)?\b|\bschuldeiser|\bschuldhulp|\bschuldsanering|\bschuldregeling",
        r"\bterugbetal|\bterugvorder|\bteruggevorderd|\bterug\s+(?:moet|moeten|te)\s+betalen|\bterug\s+betalen",
        r"\bvorder(?:t|en|de|den)?\s+(?:\S+\s+){0,4}terug\b",  # a split verb: "vordert € 2.400 terug"
        r"\bachterstand|\bachterstallig",
        r"\bbeslag\b|\bbeslagen?\s+gelegd|\bdeurwaarder|\bincasso|\baanmaning|\bdwangbevel|\bbetalingsregeling",
        r"\bboete|\bopenstaande?\s+(?:rekening|bedrag|bedragen)",
        r"\bin\s+de\s+(?:penarie|schulden)\b|\brood\s+staan|\bstaat\s+rood|\bniet\s+(?:kan|kunnen)\s+(?:terug)?betalen",
        r"\bte\s+veel\s+(?:ontvangen|gekregen|betaald)",
    ),
    "categorale_uitsluiting": (
        r"\b(?:komt|komen|kwam)\s+"
        + _W
        + r"{0,2}niet\s+in\s+aanmerking|\bvalt\s+buiten|\bvallen\s+buiten|\buitgesloten",
        r"\bniet\s+onder\s+de\s+(?:regeling|doelgroep|wet)",
        r"\bgeen\s+recht\s+op\b|\bheeft\s+geen\s+recht\b",
        r"\bte\s+(?:jong|oud)\b|\b(?:jonger|ouder)\s+dan\s+\d+",
        r"\bwordt\s+" + _W + r"{0,4}(?:18|achttien|21|23|27)\b|\b(?:18|achttien)\s+wordt\b|\bmeerderjarig",
        r"\bstopt\s+bij\s+(?:18|achttien)\b|\bbij\s+(?:18|achttien)\s+jaar\s+(?:stopt|eindigt)",
        r"\b(?:geen|zonder)\s+(?:verblijfsvergunning|verblijfsstatus|bsn|briefadres|woonadres|vast\s+adres|adres)\b",
        r"\bniet\s+ingeschreven|\bongedocumenteerd",
        r"\b(?:al\s+)?eerder\s+(?:gebruik\s+gemaakt|een\s+traject|schuldhulp)|\beerder\s+traject",
        r"\balleen\s+(?:is\s+|zijn\s+|bestemd\s+)?voor\s+(?:mensen|inwoners|wie|personen)",
        r"\bgeen\s+inwoner\b|\bandere\s+gemeente\b",
        r"\b(?:onder|boven)\s+de\s+(?:\d+|grens|norm|inkomensgrens|leeftijd)\b|\bjongeren\s+(?:onder|tot)\b",
    ),
}

# In the obstacle field every sentence describes what stands in the way: an organisation that
# "says", "finds" or "applies" something is applying a rule or fixed practice.
_OBSTACLE_ONLY: dict[str, tuple[str, ...]] = {
    "beleidsregel": (r"\b(?:zegt|zeggen|zei|zeiden|stelt|vindt|hanteert|hanteren|eist|eisen)\b",),
}

_COMPILED = {kind: tuple(re.compile(p) for p in pats) for kind, pats in _PATTERNS.items()}
_COMPILED_OBSTACLE = {
    kind: pats + tuple(re.compile(p) for p in _OBSTACLE_ONLY.get(kind, ()))
    for kind, pats in _COMPILED.items()
}


@dataclass(frozen=True)
class ObstacleFinding:
    kind: str
    label: str
    quote: str  # the sentence that triggered it
    source: str  # "casus" | "obstakel" | "afgeleid"


def detect_obstacles(case_text: str, obstacle: str | None = None) -> list[ObstacleFinding]:
    """Obstacle kinds found in the case and the obstacle text (first hit per kind and source),
    plus the derived kind "onevenredig" when acute need meets a refusal, rule or wait."""
    found: list[ObstacleFinding] = []
    for source, text in (("obstakel", obstacle or ""), ("casus", case_text or "")):
        if not text.strip():
            continue
        folded = fold(text)
        compiled = _COMPILED_OBSTACLE if source == "obstakel" else _COMPILED
        for kind, patterns in compiled.items():
            for pat in patterns:
                m = pat.search(folded)
                if m:
                    found.append(
                        ObstacleFinding(
                            kind, KIND_LABELS[kind], sentence_around(text, Span(m.start(), m.end())), source
                        )
                    )
                    break
    kinds = {f.kind for f in found}
    blocking = kinds & {"beleidsregel", "wachten_op_andere_organisatie", "categorale_uitsluiting"}
    if "acute_nood" in kinds and blocking and "onevenredig" not in kinds:
        acute = next(f for f in found if f.kind == "acute_nood")
        found.append(
            ObstacleFinding(
                "onevenredig",
                KIND_LABELS["onevenredig"],
                f"acute nood ({acute.quote}) terwijl een regel of wachttijd de oplossing tegenhoudt",
                "afgeleid",
            )
        )
    return found
