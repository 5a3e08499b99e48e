"""General rules after blind round 6 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- the Awir's own evenredigheidsnorm (13b) is a general norm: specific grounds whose core is in the
  case rank before it;
- a lid of the article the obstacle says was applied touches the obstacle (its exceptions);
- neighbouring leden: Wgs 4 lid 1 yields to lid 2 in a bedreigende situatie; Awb 6:9 lid 2 (posted in
  time) is not proposed when the case explains why the person could not act in time (6:11);
  Wet WIA 64 lid 11 needs a period far before the aanvraag, not any "te laat"; Wet WIA 64 lid 2/6
  read a notice that never came or came late; Awir 3a needs a stay in a shelter now (not childcare
  "opvang", not a past stay); Wmo 2.3.7 lid 1 needs an owner who does not consent;
- lex specialis between articles: Awb 4:8 ranks after Awir 26b, Awb 6:8 after Awir 35;
- a sentence that puts its matter off ("later misschien", "dat is nu niet het punt") states no fact;
- grounds added from the law texts: Awir 3 lid 2 (zakelijke onderhuur), Awir 2 lid 1 (onderhuurder
  is geen medebewoner), Awir 8 lid 3 (inkomen van de ex-partner na de breuk).
Pure: no index."""

from __future__ import annotations

from grounds_matching import LAWS, match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.obstacle_reading import cited_articles

# --- the Awir's general norm after the specific grounds ------------------------------------------------

EX_PARTNER = (
    "Karin (41) en haar vriend gingen in maart uit elkaar; hij verhuisde naar Utrecht. In de zomer kreeg hij "
    "een veel beter betaalde baan. De Dienst Toeslagen rekent nu zijn hele jaarinkomen mee voor januari en "
    "februari, waardoor Karin € 1.300 zorgtoeslag en huurtoeslag moet terugbetalen."
)


def test_a_specific_awir_ground_ranks_before_the_general_awir_norm():
    ids = proposed_ids(EX_PARTNER, "Toeslagen: het jaarinkomen van de partner telt mee; terugbetalen.")
    assert "awir-8-3" in ids
    assert "awir-13b-2" not in ids or ids.index("awir-8-3") < ids.index("awir-13b-2")
    assert match_of(EX_PARTNER, None, "awir-13b-2").general


def test_awir_8_3_needs_a_partnership_that_ended():
    together = (
        "Karin (41) en haar man wonen samen. De Dienst Toeslagen rekent zijn jaarinkomen mee en Karin moet "
        "€ 1.300 huurtoeslag terugbetalen."
    )
    assert match_of(together, None, "awir-8-3") is None


# --- Awir 3 lid 2 and 2 lid 1: a lodger with a contract -------------------------------------------------

LODGER = (
    "Fatima (44) woont met haar zoon van 10 in een eengezinswoning. Sinds januari huurt een collega van haar "
    "voor € 300 per maand de zolderkamer van haar; ze hebben een huurcontract en hij staat op haar adres "
    "ingeschreven. De Dienst Toeslagen ziet hem nu als toeslagpartner en verlaagt haar huurtoeslag."
)


def test_a_lodger_with_a_contract_brings_awir_3_2_and_2_1():
    ids = proposed_ids(LODGER, None, 8)
    assert "awir-3-2" in ids[:3]
    assert "awir-2-1" in ids
    assert match_of(LODGER, None, "awir-3-2").check.complete


def test_no_lodger_no_awir_3_2_or_2_1():
    couple = (
        "Fatima (44) woont met haar zoon van 10 en haar nieuwe vriend in een eengezinswoning. De Dienst "
        "Toeslagen ziet hem als toeslagpartner en verlaagt haar huurtoeslag."
    )
    assert match_of(couple, None, "awir-2-1") is None
    match = match_of(couple, None, "awir-3-2")
    assert match is None or not match.check.complete


# --- Awir 3a: a stay in a shelter now ---------------------------------------------------------------------


def test_childcare_opvang_is_no_shelter_for_awir_3a():
    text = (
        "Mevrouw Visser (35) krijgt kinderopvangtoeslag. De opvang heeft te weinig uren doorgegeven en nu "
        "moet zij € 900 terugbetalen aan de Dienst Toeslagen."
    )
    assert match_of(text, None, "awir-3a") is None


def test_awir_3a_for_a_current_stay_not_for_a_stay_that_is_over():
    now = (
        "Mevrouw Yilmaz (29) verblijft sinds oktober met haar kinderen in de vrouwenopvang. De Dienst "
        "Toeslagen telt het inkomen van haar echtgenoot nog mee, dus haar zorgtoeslag is op nihil gezet."
    )
    assert match_of(now, None, "awir-3a") is not None
    over = (
        "Mevrouw Yilmaz (29) heeft vorig jaar een maand in de vrouwenopvang gezeten en woont nu weer zelfstandig. "
        "De Dienst Toeslagen telt het inkomen van haar nieuwe huisgenoot mee voor de zorgtoeslag."
    )
    assert match_of(over, None, "awir-3a") is None


# --- Wgs 4: lid 2 instead of lid 1 in a bedreigende situatie ---------------------------------------------


def test_wgs_4_1_yields_to_lid_2_when_eviction_or_cut_off_threatens():
    threat = (
        "Ahmed (50) heeft een huurachterstand en de woningcorporatie heeft de ontruiming aangekondigd. Hij "
        "meldde zich bij de gemeente voor schuldhulp; het eerste gesprek is pas over zes weken."
    )
    ids = proposed_ids(threat, None, 8)
    assert "wgs-4-2" in ids
    assert match_of(threat, None, "wgs-4-1") is None
    calm = (
        "Ahmed (50) heeft een paar schulden bij webwinkels. Hij meldde zich bij de gemeente voor schuldhulp; het "
        "eerste gesprek is pas over tien weken."
    )
    assert match_of(calm, None, "wgs-4-1") is not None


# --- Awb 6:9 lid 2 versus 6:11 --------------------------------------------------------------------------


def test_awb_6_9_2_is_not_proposed_when_the_case_explains_the_delay():
    ill = (
        "Meneer de Wit lag zes weken in het ziekenhuis en kon niets regelen. Na thuiskomst deed hij zijn "
        "bezwaar per post op de bus. De gemeente verklaart het bezwaar niet-ontvankelijk omdat het te laat is."
    )
    assert match_of(ill, None, "awb-6-9-2") is None
    assert "awb-6-11" in proposed_ids(ill, None, 5)
    posted = (
        "Meneer de Wit deed zijn bezwaar aangetekend op de post op de laatste dag van de termijn. De gemeente "
        "kreeg het twee dagen later en noemt het bezwaar te laat."
    )
    assert match_of(posted, None, "awb-6-9-2") is not None


# --- Wet WIA 64: the notice, and the 52 weeks ----------------------------------------------------------

WIA_NOTICE_LATE = (
    "Peter (59) is bijna twee jaar ziek. De brief van het UWV over het aanvragen van de WIA is nooit gekomen; "
    "pas in week 100 kreeg hij een herinnering. Hij diende de aanvraag twee weken later in."
)
WIA_OBSTACLE = "UWV: uw aanvraag is te laat, want u had elf weken voor het einde van de wachttijd moeten aanvragen."


def test_wia_64_6_and_2_read_a_notice_that_never_came():
    ids = proposed_ids(WIA_NOTICE_LATE, WIA_OBSTACLE, 6)
    assert "wia-64-6" in ids and "wia-64-2" in ids
    assert match_of(WIA_NOTICE_LATE, WIA_OBSTACLE, "wia-64-6").check.complete


def test_wia_64_11_needs_a_period_long_before_the_application():
    assert match_of(WIA_NOTICE_LATE, WIA_OBSTACLE, "wia-64-11") is None
    years = (
        "Door een psychose vroeg Peter (59) de WIA pas jaren na het einde van zijn wachttijd aan. Het UWV "
        "kent de uitkering alleen toe vanaf 52 weken voor de aanvraag."
    )
    assert match_of(years, None, "wia-64-11") is not None


# --- the article the obstacle cites -------------------------------------------------------------------


def test_another_lid_of_the_cited_article_touches_the_obstacle():
    text = (
        "Sanne (33) werkt 30 uur. Haar vriend heeft na een ongeluk een indicatie voor de Wet langdurige zorg van "
        "het CIZ. Hun zoontje gaat naar het kinderdagverblijf."
    )
    cited = "Toeslagen stopt de kinderopvangtoeslag op grond van artikel 1.6, derde lid, Wet kinderopvang."
    plain = "Toeslagen stopt de kinderopvangtoeslag."
    with_cite, without = match_of(text, cited, "wko-1.6-8"), match_of(text, plain, "wko-1.6-8")
    assert with_cite.focus and with_cite.score > without.score
    assert any("artikel 1.6" in e.label for e in with_cite.evidence)


# --- lex specialis between articles --------------------------------------------------------------------


def test_awb_4_8_ranks_after_awir_26b_for_a_toeslag_decision():
    text = (
        "De Dienst Toeslagen vordert € 2.600 kinderopvangtoeslag terug. Mevrouw is vooraf niet gehoord en kreeg "
        "geen kans om te reageren."
    )
    awir, awb = match_of(text, None, "awir-26b"), match_of(text, None, "awb-4-8-1")
    assert awir is not None and awb is not None and awir.score > awb.score
    gemeente = "De gemeente vordert € 2.600 bijstand terug. Mevrouw is vooraf niet gehoord."
    assert match_of(gemeente, None, "awb-4-8-1").score > awb.score


# --- a matter put off ----------------------------------------------------------------------------------


def test_a_sentence_that_puts_its_matter_off_states_no_fact():
    case = CaseText("Hij kan niet meer traplopen. Later is misschien ook een traplift nodig. Nu gaat het om hulp.")
    assert case.find("traplift") is None
    case = CaseText("Zijn verhuurder wil geen traplift. Dat is nu niet het punt. Het gaat om de huur.")
    assert case.find("traplift") is None
    assert CaseText("Hij heeft een traplift nodig en de verhuurder weigert.").find("traplift") is not None


def test_wmo_2_3_7_needs_an_owner_who_does_not_consent():
    refused = (
        "Mevrouw Kok (77) huurt een portiekwoning. De gemeente kende een traplift toe, maar de verhuurder geeft "
        "geen toestemming."
    )
    assert match_of(refused, None, "wmo-2.3.7-1").check.complete
    agreed = "Mevrouw Kok (77) huurt een portiekwoning. De gemeente kende een traplift toe; de verhuurder vindt het goed."
    match = match_of(agreed, None, "wmo-2.3.7-1")
    assert match is None or not match.check.complete


# --- Awir 26a: only for a terugvordering under the threshold -------------------------------------------


def test_awir_26a_is_not_proposed_for_a_terugvordering_above_the_threshold():
    large = (
        "Na de definitieve berekening moet Ilse € 2.750 zorgtoeslag terugbetalen. Het hogere inkomen scheelt "
        "volgens haar maar een paar tientjes; de rest komt door een fout van de Dienst Toeslagen."
    )
    assert match_of(large, None, "awir-26a-1") is None
    small = (
        "Na de definitieve berekening moet Ilse € 85 zorgtoeslag terugbetalen; het is maar een klein bedrag, "
        "maar zij begrijpt niet waarom."
    )
    assert match_of(small, None, "awir-26a-1") is not None


# --- Wet op de huurtoeslag 5 lid 3 and 13 lid 3 (added from the law text) --------------------------------


def test_service_costs_in_the_rent_bring_wht_5_3():
    text = (
        "Meneer Bos (66) huurt een appartement. In zijn huur zitten servicekosten voor de glazenwasser en de "
        "tuin. Toeslagen zegt dat zijn huur te hoog is voor huurtoeslag."
    )
    assert "wht-5-3" in proposed_ids(text, None, 6)
    without = "Meneer Bos (66) huurt een appartement. Toeslagen zegt dat zijn huur te hoog is voor huurtoeslag."
    assert match_of(without, None, "wht-5-3") is None


def test_wht_13_3_comes_with_an_exception_to_the_rent_limit():
    adapted = (
        "Mevrouw Smit (52) zit in een rolstoel en huurt een aangepaste woning. Door de aanpassingen ligt de huur "
        "boven de huurgrens, dus de Dienst Toeslagen weigert huurtoeslag."
    )
    assert "wht-13-3" in proposed_ids(adapted, None, 6)
    plain = "Mevrouw Smit (52) huurt een nieuwe woning. De huur ligt boven de huurgrens, dus er is geen huurtoeslag."
    match = match_of(plain, None, "wht-13-3")
    assert match is None or not match.check.complete


# --- the law's own general norm answers "no choice" -----------------------------------------------------


def test_the_awir_norm_comes_first_when_the_obstacle_says_there_is_no_room():
    text = (
        "Jeroen (38) moet € 3.100 zorgtoeslag terugbetalen omdat zijn ex nog op zijn adres stond. Hij heeft een "
        "laag inkomen en zorgt alleen voor zijn dochter."
    )
    no_room = "De Dienst Toeslagen zegt dat de wet geen ruimte laat: regel is regel."
    assert proposed_ids(text, no_room, 3)[0] == "awir-13b-2"
    plain = "De Dienst Toeslagen vordert het bedrag terug."
    assert proposed_ids(text, plain, 8)[0] != "awir-13b-2"


def test_an_article_cited_without_a_law_belongs_to_the_law_cited_before_it():
    obstacle = "Terugvordering op grond van artikel 58 Participatiewet. Boete wegens art. 17 lid 1 jo. art. 18a."
    cited = cited_articles(obstacle, LAWS)
    assert {("Participatiewet", "58"), ("Participatiewet", "17"), ("Participatiewet", "18a")} <= set(cited)
    assert cited_articles("Boete wegens art. 17 lid 1.", LAWS) == {}
