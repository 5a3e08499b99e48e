"""Levensdomeinen: the areas of life an intake text touches."""

from __future__ import annotations

import re

from assistant.features.triage.rules import rx

LIFE_DOMAINS: tuple[tuple[str, re.Pattern], ...] = (
    (
        "inkomen",
        rx(
            r"\buitkering\w*|\binkomen\w*|\bbijstand\w*|\bloon\b|\bsalaris\w*|\btoeslag\w*|\w+toeslag\w*|\baow\b|\bww\b|"
            r"\bwia\b|\bwajong\b|\bziektewet\b|\bpensioen\w*|\bkinderbijslag\b|\bkindgebonden\b|\bgeld\b|\bfinanci\w*|"
            r"\beuro\b|\bstadspas\w*|\bminima\w*|\bparticipatiewet\w*|\banw\b|\balimentatie\b|\bvoorschot\w*|\bboodschappen\b"
        ),
    ),
    (
        "schulden",
        rx(
            r"\bschuld\w*|\w*achterstand\w*|\bterugbetal\w*|\bterugvorder\w*|\bdeurwaarder\w*|\bbeslag\w*|\bincasso\w*|"
            r"\baanmaning\w*|\bboete\w*|\bcjib\b|\bbetalingsregeling\w*|\bpenarie\b|\bdwangbevel\w*|\bkwijtschelding\b|"
            r"\bverreken\w*|\bwanbetal\w*|\bstudieschuld\w*|\b(?:kan|kunnen|kon)\s+(?:\S+\s+){0,2}niet\s+(?:meer\s+)?betalen\b|\bniet\s+(?:meer\s+)?(?:kan|kunnen|kon)\s+betalen\b"
        ),
    ),
    (
        "wonen",
        rx(
            r"\bwoning\w*|\bhuur\w*|\bdakloos\w*|\bthuisloos\w*|\bopvang\w*|\bwoonruimte\b|\bverhuiz\w*|\bontruim\w*|"
            r"\bwoonplek\w*|\b(?:begeleid|beschermd|zelfstandig)\s+wonen\b|\bwoont\s+begeleid\b|\bblijven\s+wonen\b|\bbriefadres\b|"
            r"\bvast\s+adres\b|\bazc\b|\bop\s+straat\b|\bhuis\b|\bop\s+de\s+bank\b|\bverzorgingshuis\b|\bstroom\b|\benergie\w*"
        ),
    ),
    (
        "zorg en gezondheid",
        rx(
            r"\bziek\w*|\bpijn\w*|\bgezondheid\w*|\bggz\b|\btherap\w*|\btrauma\w*|\bdepress\w*|\bverslav\w*|"
            r"\bdrinkt\b|\balcohol\w*|\bdrugs\b|\barbeidsongeschikt\w*|\bhandicap\w*|\bbeperking\w*|\balzheimer\b|"
            r"\bdementie\b|\bzorgverzeker\w*|\bhuisarts\w*|\bslaapt\s+slecht\b|\bslapeloos\w*|\bpsych\w*|"
            r"\bburn-?out\b|\bverpleeghuis\b|\bverzorgingshuis\b|\bknie\b|\bautis\w*|\bmantelzorg\w*|"
            r"\brespijtzorg\b|\bwmo\b|\bhuishoud\w*|\bstress\b|\bgespannen\b|\beigen\s+bijdrage\b|\bzorgtoeslag\b"
        ),
    ),
    (
        "werk",
        rx(
            r"\bwerk\w*|\bbaan\b|\bontslag\w*|\bwerkloos\w*|\bzzp\w*|\bzelfstandige\b|\bsollicit\w*|\bre-?integr\w*|"
            r"\bflexpool\b|\bdiensten\b|\bzorgverlof\b|\bbouw\b|\bkvk\b|\bbtw\w*|\bondernem\w*|\bbedrijf\w*|\bww\b"
        ),
    ),
    (
        "gezin en opvoeding",
        rx(
            r"\bkind\w*|\bzoon\w*|\bdochter\w*|\bopvoed\w*|\bjeugd\w*|\bschool\w*|\bscheiding\b|\bex\b|"
            r"\bouders\b|\bgezin\w*|\buit\s+huis\s+geplaatst\b|\buithuisplaatsing\b|\bomgang\w*|\bpleeg\w*|"
            r"\bmoeder\b|\bvader\b|\bhuwelijk\b|\bechtgeno\w*|\bweduw\w*|\bots\b|\bgezinsvoogd\w*"
        ),
    ),
    (
        "verblijfsstatus",
        rx(
            r"\bverblijf\w*|\bind\b|\basiel\w*|\bgevlucht\b|\bvlucht\w*|\bstatushouder\w*|\bnaturalis\w*|"
            r"\btijdelijke\s+bescherming\b|\bin\s+nederland\s+blijven\b|\bnareis\b|\bgezinshereniging\b|\bazc\b|\bcoa\b"
        ),
    ),
    (
        "administratie",
        rx(
            r"\bpost\b|\bbrief\b|\bbrieven\b|\bformulier\w*|\badministratie\w*|\bdigid\b|\boverzicht\b|\bpapieren\b|"
            r"\blezen\s+en\s+schrijven\b|\bregelzaken\b|\bregelen\b|\baangifte\w*|\baanslag\w*|\bnalatenschap\w*|"
            r"\binschrijven\b|\buitschrijven\b|\bbrp\b|\btegenstrijdige\b|\baanvragen\b|\bbtw\w*"
        ),
    ),
    (
        "onderwijs",
        rx(
            r"\bstuder\w*|\bstudie\w*|\bopleiding\w*|\bduo\b|\bstudiefinanciering\b|\bmbo\b|\bhbo\b|\bonderwijs\w*"
        ),
    ),
    (
        "taal en integratie",
        rx(
            r"\bnederlands\b(?:\s+\S+){0,3}\s+(?:leren|spreekt|spreken|goed|moeilijk)|\bspreekt\b(?:\s+\S+){0,4}\s+"
            r"nederlands\b|\binburger\w*|\bintegr\w*|\blaaggeletterd\w*|\blezen\s+en\s+schrijven\b|\btaal\w*"
        ),
    ),
    (
        "veiligheid",
        rx(
            r"\bgeweld\w*|\bslaat\b(?!\s+op\b)|\bmishandel\w*|\bbedreig\w*|\bonveilig\w*|\bveilig\s+thuis\b|\bpolitie\b"
        ),
    ),
    (
        "welzijn en netwerk",
        rx(
            r"\boverl(?:eden|ijden)\b|\bverdriet\w*|\brouw\w*|\beenza\w*|\bscheiding\b|\bvertrouwen\b|"
            r"\bschaamt\b|\buitweg\b|\bvan\s+slag\b|\bverlies\b"
        ),
    ),
)


def find_life_domains(text: str) -> list[str]:
    """The levensdomeinen `text` touches; a negated need is still a domain."""
    return [name for name, pattern in LIFE_DOMAINS if pattern.search(text)]
