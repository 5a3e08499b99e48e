"""Rule tables for triage: dependency cues, known chains, situations, urgency and levensdomeinen.

Word-level Dutch patterns with their inflections. Nothing here names a case: the rules describe
situations as professionals write them in intake notes. Compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE
NUM = (
    r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|enkele|een\s+paar|paar|aantal)"
)
SUBJ = r"(?:ik|hij|zij|ze|cl\w*|cliënte?|mevr\w*|mw|dhr|meneer|mevrouw|jongere|moeder|vader)"


def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _F)


# --- interdependence between organisations (categorie 3) --------------------------------------


@dataclass(frozen=True)
class Cue:
    key: str
    label: str  # Dutch: what kind of dependency this is
    pattern: re.Pattern
    needs_two_government: bool = False  # a referral only counts between two overheidsorganisaties


DEPENDENCY_CUES: tuple[Cue, ...] = (
    Cue(
        "wacht",
        "de ene organisatie wacht op de andere",
        rx(
            r"\bwacht(?:en|t|te|ten)?\b(?:\s+\S+){0,4}?\s+op\b|\bin\s+afwachting\s+van\b|\bafwacht\w*|\bzolang\b"
        ),
    ),
    Cue(
        "pas_als",
        "de ene organisatie kan pas handelen als de andere iets doet",
        rx(
            r"\bpas\b(?:\s+\S+){0,8}?\s+(?:als|nadat|wanneer|zodra|na)\b|\beerst\b(?:\s+\S+){0,8}?\s+(?:moet|moeten|nodig|"
            r"klaar|afgerond|voordat|voor)\b|\bvoordat\b"
        ),
    ),
    Cue(
        "blokkeert",
        "het besluit van de ene organisatie blokkeert de andere",
        rx(
            r"\b(?:niet|geen)\s+in\s+behandeling\b|\bnog\s+(?:niet\s+)?(?:loopt|lopen|lopende|afgerond|beslist|besloten)\b|"
            r"\bloopt\s+nog\b|\bblokkeer\w*|\bblokkade\b|\bhoudt\b(?:\s+\S+){0,4}\s+tegen\b|\bgeen\b(?:\s+\S+){0,4}\s+zonder\b|"
            r"\bzonder\b(?:\s+\S+){1,6}\s+(?:kan|kunnen|mag|wil|wordt)\b(?:\s+\S+){0,3}\s+(?:niet|geen)\b|"
            r"\bkan\s+(?:niet|geen)\b(?:\s+\S+){0,6}\s+omdat\b"
        ),
    ),
    Cue(
        "gevolg",
        "een besluit van de ene organisatie heeft gevolgen bij de andere",
        rx(
            r"\bwaardoor\b|\bdoordat\b|\bmet\s+als\s+gevolg\b|\bals\s+gevolg\s+(?:waarvan|daarvan|van)\b|\bverreken\w*"
        ),
    ),
    Cue(
        "afhankelijk",
        "de organisaties zijn van elkaar afhankelijk",
        rx(r"\bafhankelijk\w*|\bhangt\b(?:\s+\S+){0,3}\s+af\s+van\b|\bop\s+elkaar\b"),
    ),
    Cue(
        "kastje_muur",
        "de organisaties sturen cliënt van de een naar de ander",
        rx(
            r"\bkastje\s+naar\s+de\s+muur\b|\bheen\s+en\s+weer\b|\bnaar\s+elkaar\b|\bzegt\s+dat\b(?:\s+\S+){0,3}\s+"
            r"(?:moet|moeten|gaat|over\b)"
        ),
    ),
    Cue(
        "verwijst",
        "de ene organisatie verwijst cliënt door naar de andere",
        rx(
            r"\b(?:verwijst|verwees|verwezen|stuurt|stuurde|gestuurd)\b(?:\s+\S+){0,3}\s+(?:door|terug)\b|"
            r"\bdoorverw\w*|\bdoorgestuurd\b|\bterugverw\w*|\bdoor\s+naar\s+(?:de|het)\b"
        ),
        needs_two_government=True,
    ),
)


# --- known chains: situations in which organisations depend on each other ----------------------


@dataclass(frozen=True)
class Chain:
    key: str
    label: str
    pattern: re.Pattern
    implies: tuple[str, ...]  # kaart ids that are involved when this situation is present
    explanation: str


CHAINS: tuple[Chain, ...] = (
    Chain(
        "dakloos",
        "dakloosheid",
        rx(
            r"\bdakloos\w*|\bthuisloos\w*|\bgeen\s+(?:vast\s+|vaste\s+)?(?:woonadres|adres|woonplek|verblijfplaats|dak\s+boven)|"
            r"\bop\s+straat\s+(?:leeft|leven|slaapt|slapen|woont|wonen|beland\w*|terechtgekomen)|\bbankslaper\w*|"
            r"\bslaapt\b(?:\s+\S+){0,4}\s+op\s+de\s+bank\b|\bnachtopvang\b|\bdaklozenopvang\b|\bzwerft\b"
        ),
        ("gemeente", "woningcorporatie"),
        "Zonder vast adres (briefadres bij de gemeente) lopen uitkering, zorgverzekering en post vast, en "
        "zonder inkomen is er geen woning: opvang, inkomen en woning hangen van elkaar af.",
    ),
    Chain(
        "nalatenschap",
        "afwikkeling van een nalatenschap",
        rx(
            r"\bnalatenschap\w*|\berfenis\w*|\berfgena(?:am|men)\b|\bboedel\w*|\bverklaring\s+van\s+erfrecht\b|\bexecuteur\w*"
        ),
        ("belastingdienst", "notaris"),
        "Bij een nalatenschap wachten instanties en bank op de verklaring van erfrecht (notaris), en de "
        "aangifte en erfbelasting (Belastingdienst) op het overzicht van de boedel.",
    ),
)


# --- situations that imply an organisation, and organisations worth considering --------------


@dataclass(frozen=True)
class Situation:
    key: str
    label: str
    pattern: re.Pattern
    implies: tuple[str, ...] = ()  # involved (the question itself is about this organisation)
    suggests: tuple[str, ...] = ()  # worth considering; not counted for the category
    question: str = ""
    requires_unit: tuple[str, ...] = ()  # only when one of these units is involved


TURNING_18 = rx(
    r"\b(?:wordt|word|worden)\b(?:\s+\S+){0,4}?\s+18\b|\b18\s+(?:jaar\s+)?(?:wordt|worden)\b|\b18e?\s+verjaardag|"
    r"\bmeerderjarig\s+(?:wordt|worden)\b|\bachttien\s+wordt"
)

SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "verblijf",
        "vraag over verblijf in Nederland",
        rx(
            rf"\b(?:mag|mogen|kan|kunnen|zou|zouden)\s+(?:\S+\s+){{0,4}}?in\s+nederland\s+(?:blijven|wonen)\b|\b{SUBJ}\s+"
            r"(?:hier|in\s+nederland)\s+(?:mag|mogen)\s+blijven\b"
        ),
        implies=("ind",),
    ),
    Situation(
        "mag_werken",
        "vraag of cliënt mag werken",
        rx(
            rf"\b(?:mag|mogen|zou|zouden)\s+{SUBJ}\s+(?:\S+\s+){{0,2}}?(?:mogen\s+)?werken\b|\bof\s+{SUBJ}\s+"
            r"(?:hier\s+|in\s+nederland\s+)?(?:mag|mogen)\s+werken\b|\bwerkvergunning\w*"
        ),
        implies=("uwv",),
    ),
    Situation(
        "achttien",
        "jeugdhulp stopt bij 18 jaar",
        TURNING_18,
        implies=("gemeente",),
        question="Wat is er al geregeld voor na het 18e jaar (verlengde jeugdhulp, wonen, inkomen, zorgverzekering)?",
        requires_unit=("jeugdzorg", "gecertificeerde-instelling"),
    ),
    Situation(
        "verslaving",
        "alcohol- of drugsgebruik",
        rx(
            r"\bdrink(?:t|en)\b(?:\s+\S+){0,2}?\s+(?:te\s+)?(?:veel|teveel)\b|\balcohol\w*|\bverslav\w*|\bverslaafd\w*|"
            r"\bdrugs\w*|\bblowt\b|\bgokt\b|\bgokken\b"
        ),
        implies=("verslavingszorg",),
    ),
    Situation(
        "woning_zoeken",
        "woning nodig",
        rx(
            r"\b(?:een|geen|nieuwe|andere|eigen|grotere|kleinere|betaalbare)\s+(?:huur)?(?:woning|huis|woonruimte|kamer)\b"
            r"(?:\s+\S+){0,3}?\s+(?:vinden|vindt|zoeken|zoekt|heeft|hebben|krijgen|krijgt|nodig)\b|\bwoningzoekend\w*"
        ),
        implies=("woningcorporatie",),
    ),
    Situation(
        "werkgever",
        "werk bij een werkgever",
        rx(
            r"\bwaar\s+(?:hij|zij|ze|cl\w*)\s+(?:\S+\s+)?werk(?:t|te|ten)\b|\bvan\s+(?:haar|zijn)\s+werk\s+(?:gekregen|heeft|krijgt)"
        ),
        implies=("werkgever",),
    ),
    Situation(
        "ontslag",
        "ontslag of werkloosheid",
        rx(
            r"\bontslagen\b|\bontslag\b|\bwerkloos\w*|\bbaan\s+kwijt\b|\bcontract\b(?:\s+\S+){0,3}\s+(?:niet\s+verlengd|afgelopen)"
        ),
        suggests=("uwv",),
        question="Is er na het einde van het werk WW aangevraagd bij het UWV?",
    ),
    Situation(
        "overlijden",
        "overlijden van een partner of ouder",
        rx(r"\boverl(?:eden|ijden|eed)\b|\bweduw\w*"),
        suggests=("svb", "pensioenfonds"),
        question="Zijn de nabestaandenregelingen nagegaan (Anw bij de SVB, nabestaandenpensioen)?",
    ),
    Situation(
        "studeren",
        "studie of opleiding",
        rx(r"\bstuder\w*|\bstudie\b|\bopleiding\w*|\bmbo\b|\bhbo\b"),
        suggests=("duo",),
        question="Is studiefinanciering bij DUO een optie of al aangevraagd?",
    ),
    Situation(
        "schulden",
        "schulden",
        rx(
            r"\bschuld(?:en)?\b|\bbetalingsachterstand\w*|\bachterstand\w*|\bterugbetal\w*|\bterugvorder\w*|\bpenarie\b|"
            r"\bbeslag\w*|\bdeurwaarder\w*|\baanmaning\w*|\bincasso\w*"
        ),
        suggests=("gemeente-schuldhulp",),
        question="Hoe hoog zijn de schulden ongeveer en bij wie? Is er beslag of een betalingsregeling?",
    ),
    Situation(
        "post",
        "moeite met post en administratie",
        rx(
            r"\b(?:lezen\s+en\s+schrijven|laaggeletterd\w*|post\b|brieven\b|formulier\w*|administratie\b|overzicht\b"
            r"(?:\s+\S+){0,4}\s+kwijt|regelzaken)\b"
        ),
        suggests=("sociaal-raadslieden", "humanitas"),
        question="Welke brieven liggen er nog, en van welke organisaties? Kan cliënt ze meenemen naar het volgende gesprek?",
    ),
    Situation(
        "veiligheid",
        "onveiligheid of geweld",
        rx(
            r"\bhuiselijk\s+geweld\b|\bmishandel\w*|\bslaat\b(?!\s+op\b)|\bgeslagen\b|\bbedreig\w*|\bonveilig\w*"
        ),
        suggests=("veilig-thuis",),
        question="Is iedereen nu veilig? Wie weet van de situatie?",
    ),
    Situation(
        "psychisch",
        "psychische klachten of trauma",
        rx(
            r"\btrauma\w*|\bdepress\w*|\bslaapt\s+slecht\b|\bslapeloos\w*|\bpsychisch\w*|\bburn-?out\b|\bangst\w*|"
            r"\bgespannen\b|\bstress\b|\bverdriet\b|\bvan\s+slag\b"
        ),
        suggests=("huisarts",),
        question="Heeft cliënt steun of behandeling voor de psychische klachten? Is de huisarts op de hoogte?",
    ),
    Situation(
        "laag_inkomen",
        "laag of geen inkomen",
        rx(
            r"\bgeen\s+(?:\S+\s+)?inkomen\b|\bweinig\s+inkomen\b|\blaag\s+inkomen\b|\bfinancieel\b|\brondkomen\b|"
            r"\b\d+\s*euro\s+per\s+maand\b|\bgeen\s+geld\b"
        ),
        suggests=("gemeente-werk-inkomen", "toeslagen"),
        question="Wat is het inkomen van het huishouden, en is een inkomenscheck gedaan (toeslagen, bijzondere bijstand, minimaregelingen)?",
    ),
    Situation(
        "bezwaar",
        "bezwaar of juridische termijn",
        rx(r"\bbezwaar\w*|\bberoep\s+(?:instellen|aantekenen)\b|\bafwijzing\w*|\bafgewezen\b"),
        suggests=("juridisch-loket", "sociaal-raadslieden"),
        question="Wat is de datum van het besluit, en loopt de bezwaartermijn van zes weken nog?",
    ),
)


# --- urgency (spoed) -------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    key: str
    label: str
    pattern: re.Pattern
    step: str  # Dutch next step when this signal is present


URGENCY_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "geen_inkomen",
        "geen inkomen",
        rx(
            r"\bgeen\s+(?:eigen\s+|enkel\s+)?inkomen\b|\bgeen\s+(?:\S+\s+)?inkomsten\b|\bzonder\s+(?:\S+\s+)?inkomen\b|\bgeen\s+(?:enkel\s+)?geld\b(?:\s+\S+){0,2}\s+"
            r"(?:voor|om|meer)\b|\bgeen\s+geld\s*(?:meer|[.,;]|$)|\bfinancieel\b(?:\s+\S+){0,3}\s+aan\s+de\s+grond\b|\bgeen\s+eten\b|"
            r"\bniets\s+(?:meer\s+)?te\s+eten\b|\binkomen\s+(?:valt|viel|is)\s+(?:weg|gestopt)\b|\buitkering\s+(?:is\s+|wordt\s+)?"
            r"(?:stopgezet|gestopt|beëindigd|ingetrokken|opgeschort)\b"
        ),
        "Regel binnen dagen een overbrugging: vraag bij de gemeente naar een voorschot of spoedaanvraag en ga na welke betaling vastzit.",
    ),
    Signal(
        "geldtekort",
        "acuut geldtekort (vaste lasten of eten niet te betalen)",
        rx(
            r"\bzonder\s+geld\b|\bgeen\s+cent\b|"
            r"\b(?:huur|boodschappen|eten|vaste\s+lasten|rekeningen)\b(?:\s+\S+){0,5}\s+niet\s+(?:meer\s+)?"
            r"(?:betalen|kan\s+betalen|kunnen\s+betalen|betaald)\b|"
            r"\bkan\b(?:\s+\S+){0,3}\s+(?:huur|boodschappen|eten|vaste\s+lasten)\s+niet\s+(?:meer\s+)?betalen\b|"
            r"\b(?:heeft|houdt|hebben)\s+(?:nog\s+|maar\s+){1,2}(?:€\s*\d{1,3}(?:,\d\d)?|\d{1,3}(?:,\d\d)?\s*(?:euro|eur)\b)"
            r"(?!\s*(?:euro\s+)?(?:schuld|achterstand|open|te\s+betalen|boete|per))"
        ),
        "Regel binnen dagen een overbrugging (voedselbank, voorschot of bijzondere bijstand) en neem contact op met de verhuurder.",
    ),
    Signal(
        "ontruiming",
        "dreigende ontruiming",
        rx(
            r"\bontruim\w*|\bhuisuitzetting\w*|\buitzetting\w*|\buit\s+(?:het|zijn|haar|de)\s+(?:huis|woning)\s+(?:gezet|zetten)\b"
        ),
        "Neem direct contact op met de verhuurder en de schuldhulpverlening van de gemeente om ontruiming te voorkomen.",
    ),
    Signal(
        "afsluiting",
        "dreigende afsluiting van energie of water",
        rx(
            r"\b(?:gas|stroom|energie|elektriciteit|water|licht)\b(?:\s+\S+){0,5}\s+(?:afgesloten|afsluiten)\b|\bafsluiting\w*|"
            r"\bafgesloten\s+(?:van|worden)\b|\bdreigt\b(?:\s+\S+){0,4}\s+afgesloten\b"
        ),
        "Neem contact op met de leverancier over uitstel van afsluiting en meld cliënt aan bij schuldhulpverlening.",
    ),
    Signal(
        "beslag",
        "beslag",
        rx(r"\bbeslag\w*|\bloonbeslag\w*|\bbankbeslag\w*|\bdwangbevel\w*"),
        "Controleer of de beslagvrije voet klopt en neem contact op met de partij die beslag legt.",
    ),
    Signal(
        "termijn",
        "termijn van dagen of weken",
        rx(
            rf"\b(?:binnen|over|nog|uiterlijk)\s+{NUM}\s+(?:werk)?(?:dag|dagen|week|weken)\b(?!\s+geleden)|"
            r"\b(?:morgen|overmorgen|vandaag|deze\s+week|volgende\s+week|komende\s+week)\b"
        ),
        "Noteer de precieze datum en zorg dat er vóór die datum een reactie of (pro forma) bezwaar ligt.",
    ),
    Signal(
        "dakloos",
        "dakloosheid of dreigende dakloosheid",
        rx(
            CHAINS[0].pattern.pattern + r"|\bop\s+straat\s+(?:staat|staan|komt|komen|te\s+staan|belandt)\b|"
            r"\bdakloos\s+te\s+worden\b|\bdreigt\b(?:\s+\S+){0,3}\s+dakloos\b"
        ),
        "Regel opvang en een briefadres via de gemeente, zodat inkomen en post door kunnen lopen.",
    ),
    Signal(
        "achttien",
        "zorg of woonplek stopt bij 18 jaar",
        TURNING_18,
        "Start nu het plan voor na het 18e jaar: verlengde jeugdhulp, woonruimte, inkomen en zorgverzekering.",
    ),
    Signal(
        "veiligheid",
        "onveiligheid of geweld",
        SITUATIONS[11].pattern,
        "Bespreek de veiligheid; schakel bij acuut gevaar de politie in en vraag advies aan Veilig Thuis.",
    ),
    Signal(
        "spoed",
        "spoed genoemd",
        rx(
            r"\b(?:met\s+)?spoed(?!\w)|\bspoedeisend\b|\bacu(?:ut|te)\b|\bcrisis\b|\bsuïcid\w*|\bsuicid\w*|\bzelfmoord\w*"
        ),
        "Maak vandaag nog een afspraak over wie wat doet.",
    ),
)
# Signals that only count when the text also shows youth care.
SIGNAL_REQUIRES_UNIT = {"achttien": ("jeugdzorg", "gecertificeerde-instelling")}


# --- levensdomeinen ----------------------------------------------------------------------------

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
