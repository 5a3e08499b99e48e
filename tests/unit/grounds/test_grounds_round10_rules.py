"""General rules after blind round 10 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- an action noun or verb takes its object right after it: "terugvordering zorgtoeslag" is a fact of
  the toeslag, not of the bijstand, whatever else its sentence names;
- a clause that says a matter is no issue ("… is niet aan de orde", "… speelt hier niet") states no
  fact of it;
- catalogue: Wgs 3 lid 3 needs fraud against a public body (a traffic fine is no fraud); Wgs 3 lid 5 is
  about schuldhulp for a non-inwoner (not about opvang for one who happens to have a debt); Wko 1.13
  is for the doelgroepen of art. 1.6 lid 1 c, e, j-l (bijstand or an opleiding), not for any traject;
  Wko 1.6 lid 8 answers an obstacle that the partner does not work; Wet WIA 23 lid 6 reads "pas aan
  het einde van de wachttijd"; Wet WIA 66 lid 4 (the bedrijfsarts' statement with the application
  for a verkorte wachttijd) is in the catalogue.
Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of

from assistant.features.grounds.casetext import CaseText

# --- the object right after an action belongs to it ---------------------------------------------------

TOESLAG_REPAYMENT = (
    "Meneer Bakker (61) werkt via een uitzendbureau en zit in een schuldregeling bij de kredietbank. "
    "Bericht: terugvordering zorgtoeslag 2024 van € 1.150. Vanaf volgend jaar krijgt hij misschien bijstand."
)
TOESLAG_OBSTACLE = "Dienst Toeslagen eist het hele bedrag ineens terug en wil geen regeling."


def test_a_toeslag_repayment_is_no_bijstand_repayment():
    assert match_of(TOESLAG_REPAYMENT, TOESLAG_OBSTACLE, "pw-58-8") is None


def test_a_bijstand_repayment_still_counts_for_the_bijstand_waiver():
    text = (
        "Mevrouw Smit (47) zit in een schuldregeling bij de kredietbank. Bericht: terugvordering bijstand over "
        "2024 van € 1.150. Zij heeft geen buffer en kan dit niet betalen."
    )
    obstacle = "De gemeente eist het hele bedrag ineens terug."
    match = match_of(text, obstacle, "pw-58-8")
    assert match is not None and match.check.facts[0].stated


# --- a matter that is no issue ------------------------------------------------------------------------


def test_a_matter_said_to_be_no_issue_is_no_fact():
    case = CaseText("Een aanvraag voor bijstand door de broer is op dit moment niet aan de orde.", None)
    assert case.find("bijstand") is None
    case = CaseText("Huurtoeslag speelt hier niet.", None)
    assert case.find("huurtoeslag") is None


def test_the_rule_stays_inside_its_clause():
    case = CaseText("Hij krijgt bijstand, maar een woningaanpassing is niet aan de orde.", None)
    assert case.find("bijstand") is not None
    assert case.find("woningaanpassing") is None


# --- catalogue: Wgs 3 lid 3 and lid 5 -----------------------------------------------------------------

REFUSED_AGAIN = (
    "Mevrouw Peters (40) viel in 2022 uit een schuldhulptraject. Nu is zij weer gemotiveerd. Er staat nog "
    "een parkeerboete open bij het CJIB."
)
REFUSED_AGAIN_OBSTACLE = "De gemeente weigert schuldhulp omdat zij al eerder een traject had."


def test_a_traffic_fine_does_not_make_the_fraud_refusal():
    assert match_of(REFUSED_AGAIN, REFUSED_AGAIN_OBSTACLE, "wgs-3-3") is None


def test_fraud_with_a_fine_still_makes_the_fraud_refusal():
    text = (
        "Meneer Visser (52) kreeg in 2021 een bestuurlijke boete van de gemeente omdat hij inkomsten naast zijn "
        "bijstand had verzwegen. Hij heeft nu € 20.000 schulden."
    )
    obstacle = "De gemeente weigert schuldhulp vanwege de fraude van toen."
    match = match_of(text, obstacle, "wgs-3-3")
    assert match is not None and match.check.complete


def test_a_non_resident_asking_for_opvang_is_no_schuldhulp_ground():
    text = (
        "Meneer Jansen (45) sliep na een brand bij een kennis in een andere gemeente. Hij heeft een kleine "
        "achterstand bij zijn energieleverancier."
    )
    obstacle = "De gemeente wil geen nachtopvang geven omdat hij geen inwoner is."
    assert match_of(text, obstacle, "wgs-3-5") is None


def test_a_non_resident_asking_for_schuldhulp_keeps_lid_5():
    text = "Meneer Jansen (45) staat ingeschreven in een andere gemeente maar woont hier al maanden bij zijn zus."
    obstacle = "De kredietbank wil hem geen schuldhulp geven omdat hij geen inwoner is."
    match = match_of(text, obstacle, "wgs-3-5")
    assert match is not None and match.check.complete


# --- catalogue: Wet kinderopvang 1.13 and 1.6 lid 8 ---------------------------------------------------

PARTNER_IN_WLZ = (
    "Sanne (33) werkt vier dagen als verpleegkundige. Haar man Thijs heeft na een ongeluk blijvend hersenletsel "
    "en heeft sinds mei een Wlz-indicatie van het CIZ. Hun dochter gaat naar het kinderdagverblijf. Thijs deed "
    "vroeger een traject bij het UWV."
)
PARTNER_IN_WLZ_OBSTACLE = "De kinderopvangtoeslag stopt omdat de partner niet meer werkt."


def test_a_traject_alone_is_no_doelgroep_for_the_gemeente_top_up():
    assert match_of(PARTNER_IN_WLZ, PARTNER_IN_WLZ_OBSTACLE, "wko-1.13") is None


def test_a_parent_with_bijstand_is_a_doelgroep_for_the_gemeente_top_up():
    text = "Lotte (24) krijgt bijstand en volgt een re-integratietraject. Haar zoon gaat naar de opvang."
    obstacle = "Zij kan de eigen bijdrage voor de kinderopvang niet betalen."
    match = match_of(text, obstacle, "wko-1.13")
    assert match is not None and match.check.complete


def test_the_wlz_partner_exception_answers_a_partner_who_does_not_work():
    match = match_of(PARTNER_IN_WLZ, PARTNER_IN_WLZ_OBSTACLE, "wko-1.6-8")
    assert match is not None and match.focus


def test_the_wlz_partner_exception_is_background_when_the_obstacle_is_about_payment():
    obstacle = "Toeslagen vordert de toeslag terug omdat de opvang niet geregistreerd zou zijn."
    match = match_of(PARTNER_IN_WLZ, obstacle, "wko-1.6-8")
    assert match is not None and not match.focus


# --- catalogue: Wet WIA 23 lid 6 and 66 lid 4 ---------------------------------------------------------

TERMINAL = (
    "Mevrouw Kok (49) is sinds maart ziek. Zij heeft een hersentumor die niet te behandelen is; de specialist "
    "spreekt van een palliatieve fase."
)
TERMINAL_OBSTACLE = (
    "De werkgever zegt dat een WIA-aanvraag pas aan het einde van de wachttijd kan en dat er eerst een "
    "re-integratieverslag moet zijn."
)


def test_waiting_until_the_end_of_the_wachttijd_is_the_wait_still_ahead():
    match = match_of(TERMINAL, TERMINAL_OBSTACLE, "wia-23-6")
    assert match is not None and match.check.complete


def test_the_application_with_the_bedrijfsarts_statement_is_proposed():
    match = match_of(TERMINAL, TERMINAL_OBSTACLE, "wia-66-4")
    assert match is not None and match.check.complete


def test_no_shortened_wait_application_when_the_wachttijd_has_passed():
    text = "Mevrouw Kok (49) is ongeneeslijk ziek. Haar wachttijd van 104 weken is voorbij."
    obstacle = "Het UWV vraagt een verklaring van de bedrijfsarts en behandelt haar WIA-aanvraag nog niet."
    assert match_of(text, obstacle, "wia-66-4") is None


# --- catalogue: Jeugdwet 2.4 lid 2 needs a running measure; Wko 1.6 lid 5 once its months are used ---------

YOUTH = "Noa (17) woont in een gezinshuis. {measure} Haar mentor wil dat de jeugdhulp doorloopt na haar 18e."
YOUTH_OBSTACLE = "De gemeente wil de jeugdhulp niet verlengen."


def test_an_ended_measure_makes_no_certified_institution_ground():
    text = YOUTH.format(measure="Tot vorig jaar had zij een ondertoezichtstelling.")
    assert match_of(text, YOUTH_OBSTACLE, "jw-2.4-2") is None
    text = YOUTH.format(measure="De ondertoezichtstelling is in maart door de rechter beëindigd.")
    assert match_of(text, YOUTH_OBSTACLE, "jw-2.4-2") is None


def test_a_running_measure_keeps_the_certified_institution_ground():
    text = YOUTH.format(measure="Er loopt een ondertoezichtstelling; de gezinsvoogd vindt verdere hulp nodig.")
    assert match_of(text, YOUTH_OBSTACLE, "jw-2.4-2") is not None


CHILDCARE_JOB_LOST = (
    "Femke (29) verloor in februari haar baan als kok. Haar zoon gaat naar de kinderopvang. {months}"
)
CHILDCARE_OBSTACLE = "Toeslagen stopt de kinderopvangtoeslag omdat zij geen werk meer heeft."


def test_the_three_months_already_given_end_lid_5():
    text = CHILDCARE_JOB_LOST.format(months="De toeslag liep daarna nog drie maanden door; dat is nu voorbij.")
    assert match_of(text, CHILDCARE_OBSTACLE, "wko-1.6-5") is None


def test_lid_5_stays_when_the_toeslag_stopped_at_once():
    text = CHILDCARE_JOB_LOST.format(months="De toeslag stopte direct na haar laatste werkdag.")
    assert match_of(text, CHILDCARE_OBSTACLE, "wko-1.6-5") is not None


# --- catalogue: Wet WIA 90 lid 1 weighs blame ----------------------------------------------------------------

WIA_MEASURE_OBSTACLE = "UWV weigert de WIA-uitkering twee maanden als maatregel omdat de aanvraag te laat kwam."


def test_an_excuse_completes_the_blame_ground():
    text = "Meneer Bos (60) lag in de periode van de aanvraagtermijn opgenomen in een psychiatrische kliniek."
    match = match_of(text, WIA_MEASURE_OBSTACLE, "wia-90-1")
    assert match is not None and match.check.complete


def test_without_an_excuse_the_blame_ground_is_to_check():
    text = "Meneer Bos (60) vergat de aanvraag in te sturen omdat hij op vakantie was."
    match = match_of(text, WIA_MEASURE_OBSTACLE, "wia-90-1")
    assert match is not None and not match.check.complete


# --- catalogue: Awir 3 lid 6 needs an opname, not Wlz care at home --------------------------------------------

ZORGTOESLAG_OBSTACLE = "Toeslagen telt het inkomen van haar man nog mee voor de zorgtoeslag."


def test_wlz_care_at_home_is_no_opname():
    text = "Mevrouw Aydin (71) zorgt thuis voor haar man, die Wlz-zorg thuis krijgt. Een opname speelt hier niet."
    match = match_of(text, ZORGTOESLAG_OBSTACLE, "awir-3-6")
    assert match is None or not match.check.facts[0].stated


def test_an_opname_in_a_verpleeghuis_still_counts():
    text = "Mevrouw Aydin (71) woont alleen sinds haar man in maart naar het verpleeghuis verhuisde."
    match = match_of(text, ZORGTOESLAG_OBSTACLE, "awir-3-6")
    assert match is not None and match.check.facts[0].stated


# --- catalogue: Awir 15 lid 1 reads a question whether a year can still be applied for ------------------------


def test_asking_whether_a_year_can_still_be_applied_for_is_the_late_application():
    text = "Meneer Koster (70) heeft nooit huurtoeslag gehad. Kan hij over vorig jaar alsnog huurtoeslag aanvragen?"
    match = match_of(text, "Toeslagen zegt dat dat niet meer kan.", "awir-15-1")
    assert match is not None and match.check.facts[0].stated


def test_a_running_toeslag_is_no_late_application():
    text = "Meneer Koster (70) krijgt al jaren huurtoeslag. Zijn huur gaat omhoog."
    match = match_of(text, "Toeslagen verlaagt de huurtoeslag.", "awir-15-1")
    assert match is None or not match.check.facts[0].stated


# --- catalogue: Awir 9 lid 1 (toeslag while the IND decides on an extension) ---------------------------------


def test_a_pending_extension_keeps_the_toeslag_ground():
    text = (
        "Mevrouw Silva (39) uit Chili krijgt al twee jaar zorgtoeslag. Haar pas liep in juni af; de "
        "verlengingsaanvraag had zij in april ingediend."
    )
    obstacle = "Toeslagen stopt de zorgtoeslag omdat haar verblijfsvergunning niet meer geldig is."
    match = match_of(text, obstacle, "awir-9-1")
    assert match is not None and match.check.complete


def test_no_extension_ground_without_a_pending_application():
    text = "Mevrouw Silva (39) uit Chili krijgt zorgtoeslag. Haar man woont sinds kort bij haar, zonder verblijfspapieren."
    obstacle = "Toeslagen stopt de zorgtoeslag omdat haar partner geen rechtmatig verblijf heeft."
    assert match_of(text, obstacle, "awir-9-1") is None


# --- catalogue: Participatiewet 44 lid 5 reads a dispute about the start date ----------------------------------


def test_a_start_date_set_at_the_melding_is_a_period_before_the_melding():
    text = (
        "Mevrouw Hendriks (52) meldde zich pas in november, omdat een medewerker haar verkeerde informatie gaf. "
        "Haar inkomen stopte al in augustus."
    )
    obstacle = "De gemeente laat de bijstand pas ingaan op de meldingsdatum en weigert een eerdere ingangsdatum."
    match = match_of(text, obstacle, "pw-44-5")
    assert match is not None and match.check.complete


def test_a_start_date_not_in_dispute_is_no_backdating():
    text = "Mevrouw Hendriks (52) krijgt sinds maart bijstand. Zij wil graag een cursus volgen."
    obstacle = "De gemeente betaalt de cursus niet."
    match = match_of(text, obstacle, "pw-44-5")
    assert match is None or not match.check.facts[0].stated


# --- catalogue: Wmo 2.3.5 lid 1 reads a refused opvang as a request for it -------------------------------------


def test_a_refused_opvang_is_a_request_for_opvang():
    text = "Mevrouw Yilmaz (29) vluchtte met haar zoon voor haar ex-partner naar een stad verderop."
    obstacle = "Het Wmo-loket weigert haar opvang en zegt dat zij bij haar eigen gemeente moet aankloppen."
    match = match_of(text, obstacle, "wmo-2.3.5-1")
    assert match is not None and match.check.complete


def test_a_refused_kinderopvang_is_no_request_for_shelter():
    text = "Mevrouw Yilmaz (29) werkt en staat ingeschreven in een andere gemeente dan waar haar moeder woont."
    obstacle = "De gemeente weigert de kinderopvang van haar zoon te vergoeden."
    match = match_of(text, obstacle, "wmo-2.3.5-1")
    assert match is None or not match.check.facts[0].stated


def test_a_compound_kind_of_opvang_is_a_request_for_opvang():
    text = "Meneer Dekker (44) is dakloos na een brand in zijn woning in een andere gemeente."
    obstacle = "De regio weigert hem noodopvang omdat hij hier niet staat ingeschreven."
    match = match_of(text, obstacle, "wmo-2.3.5-1")
    assert match is not None and match.check.complete
