"""General rules after blind round 12 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- lex specialis exclusion: a general (Awb) ground that a specific law excludes for its own matters
  (Awb 4:94a kwijtschelding; Awir 31bis "Geen kwijtschelding") does not apply to a debt the case places
  under that law; a debt under another law still counts;
- an Awb article ranks after the article of a specific law that rules the same step: Awir 31 (uitstel
  van betaling under the Awir's own regeling) before Awb 4:94;
- a specific ground's fact in an obstacle sentence about another law's matter does not make the
  ground touch the obstacle ("De WIA-aanvraag is te laat" is no Wmo melding);
- a client without lawful stay gets no Participatiewet ground (Pw 11 lid 1 and 2, Pw 16 lid 2); a
  partner without stay, a body's claim, or a case that also names a permit does not shut the law out;
- catalogue, checked against the law texts: new entry Vreemdelingenwet 64 (no uitzetting while travel
  is medically not responsible); Pw 44 lid 5 sees not knowing and fear as reasons for a late melding.
Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.lawful_stay import client_without_lawful_stay, shut_out


def _law_texts():
    from assistant.ingest.laws import load_law_file
    from assistant.knowledge.corpus import load_law_sources
    from evals.sources import SHARED_LAWS_DIR

    by_bwb = {law.bwb_id: law.name for law in load_law_sources()}
    texts = {}
    for path in sorted(SHARED_LAWS_DIR.iterdir()):
        if path.suffix in (".xml", ".md"):
            text = load_law_file(path)
            texts[by_bwb.get(text.bwb_id)] = text
    return texts


def _article_text(texts, law: str, article: str) -> str:
    art = texts[law].articles[article]
    return " ".join([getattr(art, "text", "") or ""] + list(art.paragraphs.values())).lower()


# --- lex specialis: Awir 31bis keeps Awb 4:94a out of a toeslag debt -----------------------------------

TOESLAG_DEBT = (
    "Meneer Kramer (69) leeft van een kleine AOW. Na de eindafrekening zorgtoeslag 2023 moet hij € 1.870 "
    "terugbetalen; hij heeft geen spaargeld en kan dat bedrag nooit opbrengen."
)
TOESLAG_DEBT_OBSTACLE = "De terugvordering van de zorgtoeslag moet in één keer worden betaald."


def test_each_exclusion_is_in_the_law_text():
    from assistant.features.grounds.subjects import EXCLUDED_BY_SPECIAL_LAW

    texts = _law_texts()
    for (general_law, general_article), (law, article) in EXCLUDED_BY_SPECIAL_LAW.items():
        assert "tenzij bij wettelijk voorschrift anders is bepaald" in _article_text(
            texts, general_law, general_article
        )
        assert "niet geheel of gedeeltelijk kwijtschelden" in _article_text(texts, law, article)


def test_a_toeslag_debt_gets_no_general_kwijtschelding():
    assert match_of(TOESLAG_DEBT, TOESLAG_DEBT_OBSTACLE, "awb-4-94a") is None


def test_a_gemeente_debt_still_gets_the_general_kwijtschelding():
    text = (
        "Meneer Kramer (69) leeft van een kleine AOW. De gemeente vordert € 1.870 aan parkeerboetes van hem; "
        "hij heeft geen spaargeld en kan dat bedrag nooit opbrengen."
    )
    match = match_of(text, "De gemeente wil het hele bedrag ineens innen.", "awb-4-94a")
    assert match is not None and match.check.facts[0].stated


# --- Awir 31 rules uitstel van betaling for toeslagen: Awb 4:94 ranks after it -----------------------------


def test_awir_31_rules_postponement_in_the_law_text():
    from assistant.features.grounds.weighing import SPECIAL_ARTICLES

    texts = _law_texts()
    assert ("Awb", "4:94") in SPECIAL_ARTICLES[("Awir", "31")]
    assert "uitstel van betaling" in _article_text(texts, "Awir", "31")


def test_general_postponement_ranks_after_the_toeslag_grounds():
    text = (
        "Mevrouw Smit (45) moet € 2.400 huurtoeslag terugbetalen en vraagt uitstel van betaling; ze kan het "
        "niet in één keer betalen."
    )
    obstacle = "Dienst Toeslagen vordert het hele bedrag van de huurtoeslag binnen twee maanden terug."
    ids = proposed_ids(text, obstacle, 12)
    assert ids[0] == "awir-31"
    assert "awb-4-94-1" not in ids[:5]


def test_postponement_of_a_gemeente_debt_keeps_the_awb_ground():
    text = "Meneer Vos (61) moet € 2.400 bijzondere bijstand terugbetalen en vraagt uitstel van betaling."
    match = match_of(text, "De gemeente vordert het hele bedrag binnen twee maanden terug.", "awb-4-94-1")
    assert match is not None and match.check.facts[0].stated


# --- a fact in an obstacle sentence about another law --------------------------------------------------

WIA_LATE = (
    "Meneer Bakker (52) woont sinds een jaar in een woonvorm met begeleiding vanuit de Wmo. Hij was twee jaar "
    "ziek en vroeg zijn WIA pas veel later aan."
)


def test_an_aanvraag_of_another_law_does_not_make_a_wmo_ground_focus():
    obstacle = "De WIA-aanvraag kwam veertien maanden te laat; het UWV betaalt niets over de eerste maanden."
    match = match_of(WIA_LATE, obstacle, "wmo-2.3.2")
    assert match is None or not match.focus


def test_a_wmo_melding_in_the_obstacle_still_makes_it_focus():
    text = "Mevrouw Peters (80) kan na een val haar huishouden niet meer doen en heeft hulp nodig."
    obstacle = (
        "Zij deed in mei een melding bij het Wmo-loket, maar de gemeente heeft nog geen gesprek gepland."
    )
    match = match_of(text, obstacle, "wmo-2.3.2")
    assert match is not None and match.focus


# --- a client without lawful stay gets no Participatiewet ground -----------------------------------------

UNDOCUMENTED = (
    "Meneer Tesfaye (38) kwam in 2018 met een visum en bleef na afloop hier. Hij heeft geen verblijfsrecht en "
    "slaapt bij kennissen. Hij heeft een hartoperatie nodig."
)


def test_pw_11_shuts_out_those_without_lawful_stay_in_the_law_text():
    wording = _article_text(_law_texts(), "Participatiewet", "11")
    assert (
        "rechtmatig in nederland verblijf houdt in de zin van artikel 8, onderdelen a tot en met e en l"
        in wording
    )


def test_an_undocumented_client_gets_no_bijstand_ground():
    obstacle = "De gemeente weigert hem bijstand en noodopvang."
    assert client_without_lawful_stay(CaseText(UNDOCUMENTED, obstacle)) is not None
    assert not any(i.startswith("pw-") for i in proposed_ids(UNDOCUMENTED, obstacle, 12))


def test_a_partner_without_stay_does_not_shut_out_the_client():
    text = (
        "Mevrouw Amrani (36) heeft een verblijfsvergunning asiel. Haar man woont bij haar; hij heeft geen "
        "verblijfsrecht. Zij vraagt bijstand aan."
    )
    obstacle = "De gemeente weigert het gezin bijstand omdat haar man geen rechtmatig verblijf heeft."
    assert not shut_out("Participatiewet", CaseText(text, obstacle))
    assert "pw-11-4" in proposed_ids(text, obstacle, 12)


def test_an_unlawful_decision_or_sublet_is_no_missing_stay():
    text = "Meneer Dekker (47) woont illegaal onder bij een kennis. Het besluit van de gemeente is niet rechtmatig."
    assert client_without_lawful_stay(CaseText(text, "De gemeente weigert hem bijstand.")) is None


def test_a_bodys_claim_about_the_stay_is_no_fact():
    text = (
        "Mevrouw Osei (29) woont hier sinds 2021. Volgens de klantmanager heeft zij geen verblijfsrecht meer."
    )
    assert client_without_lawful_stay(CaseText(text, "De gemeente weigert haar bijstand.")) is None


# --- Vreemdelingenwet 64: no uitzetting while travel is not medically responsible ------------------------


def test_vw_64_in_the_law_text():
    wording = _article_text(_law_texts(), "Vreemdelingenwet 2000", "64")
    assert "uitzetting blijft achterwege" in wording and "niet verantwoord is om te reizen" in wording


def test_vw_64_fires_when_a_doctor_says_travel_is_not_responsible():
    text = UNDOCUMENTED + " De cardioloog schreef dat reizen voor hem voorlopig medisch niet verantwoord is."
    obstacle = "Hij moet Nederland verlaten en is bang voor uitzetting."
    match = match_of(text, obstacle, "vw-64")
    assert match is not None and match.check.complete
    assert "vw-64" in proposed_ids(text, obstacle, 5)


def test_vw_64_not_for_someone_with_a_permit():
    text = (
        "Mevrouw Osei (29) heeft een geldige verblijfsvergunning. Haar arts zegt dat ze na de operatie even niet "
        "kan reizen, maar de IND wil haar niet uitzetten."
    )
    assert match_of(text, "De gemeente weigert haar bijstand.", "vw-64") is None


def test_vw_64_not_without_a_medical_bar_to_travel():
    obstacle = "Hij moet Nederland verlaten en is bang voor uitzetting."
    assert match_of(UNDOCUMENTED, obstacle, "vw-64") is None


# --- Pw 44 lid 5: not knowing and fear are reasons for a late melding ------------------------------------

LATE_MELDING_OBSTACLE = "De gemeente laat de bijstand pas ingaan op de meldingsdatum en niet eerder."


def test_fear_or_not_knowing_is_a_reason_for_a_late_melding():
    for reason in (
        "Ze wist niet dat ze zelf bijstand mocht aanvragen.",
        "Uit angst voor haar ex durfde ze eerst niets te regelen.",
    ):
        text = f"Mevrouw Visser (40) had sinds februari geen inkomen. {reason} Ze meldde zich pas in april."
        match = match_of(text, LATE_MELDING_OBSTACLE, "pw-44-5")
        assert match is not None and match.check.complete, reason


def test_no_reason_for_the_late_melding_leaves_it_to_check():
    text = "Mevrouw Visser (40) had sinds februari geen inkomen. Ze meldde zich pas in april."
    match = match_of(text, LATE_MELDING_OBSTACLE, "pw-44-5")
    assert match is None or not match.check.complete
