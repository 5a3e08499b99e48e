"""Redaction of personal numbers and contact data: what must go, and what must survive."""

from __future__ import annotations

import io
import logging

import pytest

from assistant.audit.privacy import (
    RedactingFilter,
    elfproef,
    find_personal_numbers,
    iban_valid,
    install_log_redaction,
    redact,
    redact_obj,
)

VALID_BSN = "123456782"  # 9*1+8*2+7*3+6*4+5*5+4*6+3*7+2*8-2 = 154 = 14*11
VALID_BSN_2 = "111222333"
INVALID_BSN = "123456789"  # 154 - 2 + 9 ... fails the 11-proef


def test_elfproef():
    assert elfproef(VALID_BSN)
    assert elfproef(VALID_BSN_2)
    assert elfproef("123.456.782")
    assert not elfproef(INVALID_BSN)
    assert not elfproef("000000000")
    assert not elfproef("12345")


def test_iban_check():
    assert iban_valid("NL91ABNA0417164300")
    assert iban_valid("NL91 ABNA 0417 1643 00")
    assert iban_valid("nl91abna0417164300")
    assert iban_valid("BE68539007547034")
    assert iban_valid("DE89 3704 0044 0532 0130 00")
    assert iban_valid("GB82WEST12345698765432")
    assert not iban_valid("NL92ABNA0417164300")  # one check digit off
    assert not iban_valid("NL91ABNA041716430")  # too short for NL
    assert not iban_valid("hello world")


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Mijn BSN is {VALID_BSN}.", "Mijn BSN is [BSN]."),
        ("cliënt 123.456.782 belt", "cliënt [BSN] belt"),
        ("cliënt 1234.56.782 belt", "cliënt [BSN] belt"),
        ("cliënt 123 456 782 belt", "cliënt [BSN] belt"),
        (f"nummer {VALID_BSN_2}", "nummer [BSN]"),
        # named as BSN: redacted even when the 11-proef fails, also 8 digits (leading zero dropped)
        (f"BSN: {INVALID_BSN}", "BSN: [BSN]"),
        (f"burgerservicenummer {INVALID_BSN}", "burgerservicenummer [BSN]"),
        ("Burgerservicenummer: 12345678", "Burgerservicenummer: [BSN]"),
        (f"bsn-nummer van de klant: {INVALID_BSN}", "bsn-nummer van de klant: [BSN]"),
        ("Aanslagnummer 1234.56.782.H.56", "Aanslagnummer [BSN].H.56"),
    ],
)
def test_bsn_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Kenmerk {INVALID_BSN}",  # nine digits failing the 11-proef, not named as BSN
        "zaaknummer Z/24/123456 en dossier 2024-0012345",
        "Het bedrag is € 1.236,00 per maand, totaal 123.456.789,00.",
        f"Een bedrag van € {VALID_BSN} is geen BSN",  # passes the check, but it is an amount
        f"EUR {VALID_BSN}",
        "Klantnummer 1234567890",  # ten digits
        "Besluit van 12-03-2024, bezwaar voor 01-05-2024 12:00 uur",
        "Artikel 4:84 Awb, artikel 2.3.5 Wmo 2015, lid 13b",
        "Postcode 1234 AB, huisnummer 12",
        "Het BSN staat op de brief van 12-03-2024.",
        "betalingskenmerk 1234 5678 9012 3456",
        "Betalingskenmerk:    8001 2345 6789 0123",
        "Ons kenmerk KB 2026/31.775, toeslagnummer ZT/2026/551208",
        "Ons kenmerk: CAK/BP/2026/660311, UWV-ZW-2026-009931, INK/2026/03/0456, HH/2026/BO-18877",
        "Zaaknummer 2026-004512, rolnummer 25/01234, ECLI:NL:RBDHA:2024:12345",
    ],
)
def test_ordinary_numbers_survive(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IBAN NL91 ABNA 0417 1643 00.", "IBAN [IBAN]."),
        ("rekening NL91ABNA0417164300 op naam van", "rekening [IBAN] op naam van"),
        ("nl91abna0417164300", "[IBAN]"),
        ("NL91ABNA0417164300 TEST", "[IBAN] TEST"),  # the following word is not swallowed
        ("Belgisch: BE68 5390 0754 7034, Duits: DE89370400440532013000", "Belgisch: [IBAN], Duits: [IBAN]"),
        # named as IBAN: redacted even with a wrong check digit
        ("IBAN: NL92ABNA0417164300", "IBAN: [IBAN]"),
    ],
)
def test_iban_redacted(text, expected):
    assert redact(text) == expected


def test_iban_like_code_without_check_survives():
    text = "Referentie NL92ABNA0417164300 in ons systeem"  # fails mod 97, not named as IBAN
    assert redact(text) == text


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "06 12345678",
        "06 1234 5678",
        "0612345678",
        "06-12 34 56 78",
        "+31 6 12345678",
        "+31612345678",
        "+31 (0)20 123 4567",
        "0031 6 1234 5678",
        "020-1234567",
        "010 123 4567",
        "0111-123456",
        "020.123.45.67",
        "0800-1234",
        "0900 123 4567",
        "0800-0123456",
        "+32 470 12 34 56",
    ],
)
def test_phone_redacted(phone):
    assert redact(f"Bel {phone} voor een afspraak.") == "Bel [TELEFOON] voor een afspraak."


def test_email_redacted():
    text = "Mail j.de.vries+post@voorbeeld-gemeente.nl of info@example.org, anaïs@café.fr."
    assert redact(text) == "Mail [E-MAIL] of [E-MAIL], [E-MAIL]."
    assert (
        redact("schrijf naar @gemeente of naar info@ niets") == "schrijf naar @gemeente of naar info@ niets"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("geboren op 12 maart 1985 in Utrecht", "geboren op [GEBOORTEDATUM] in Utrecht"),
        ("geb. 03-04-1990", "geb. [GEBOORTEDATUM]"),
        ("Geboortedatum: 1985-03-12", "Geboortedatum: [GEBOORTEDATUM]"),
        ("Geboren 1 jan. 2001", "Geboren [GEBOORTEDATUM]"),
    ],
)
def test_birth_date_redacted(text, expected):
    assert redact(text) == expected


def test_other_dates_survive_and_birth_dates_can_be_kept():
    assert redact("Beslissing van 03-04-1990, termijn tot 1 mei 2024") == (
        "Beslissing van 03-04-1990, termijn tot 1 mei 2024"
    )
    assert redact("geb. 03-04-1990", birth_dates=False) == "geb. 03-04-1990"


def test_find_personal_numbers_spans():
    text = f"BSN {VALID_BSN}, IBAN NL91ABNA0417164300, tel 06-12345678, a@b.nl"
    spans = find_personal_numbers(text)
    assert [kind for kind, _, _ in spans] == ["bsn", "iban", "phone", "email"]
    assert [text[s:e] for _, s, e in spans] == [VALID_BSN, "NL91ABNA0417164300", "06-12345678", "a@b.nl"]
    assert find_personal_numbers("") == []


def test_mixed_text_keeps_everything_else():
    text = (
        "Mevrouw (BSN 111.222.333) heeft een schuld van € 1.236,00 bij kenmerk 2024/00871. "
        "Zij is bereikbaar op 06-12345678 en heeft rekening NL91ABNA0417164300."
    )
    assert redact(text) == (
        "Mevrouw (BSN [BSN]) heeft een schuld van € 1.236,00 bij kenmerk 2024/00871. "
        "Zij is bereikbaar op [TELEFOON] en heeft rekening [IBAN]."
    )
    assert redact(redact(text)) == redact(text)  # idempotent


def test_redact_obj_walks_nested_structures():
    obj = {
        "summary": f"BSN {VALID_BSN}",
        "next_steps": ["bel 020-1234567", {"note": "IBAN NL91ABNA0417164300"}],
        "pair": ("a@b.nl", 3),
        "count": 2,
        "urgent": True,
        "none": None,
    }
    assert redact_obj(obj) == {
        "summary": "BSN [BSN]",
        "next_steps": ["bel [TELEFOON]", {"note": "IBAN [IBAN]"}],
        "pair": ("[E-MAIL]", 3),
        "count": 2,
        "urgent": True,
        "none": None,
    }
    assert obj["summary"] == f"BSN {VALID_BSN}"  # the original is not changed


def _logger_with_stream(name: str) -> tuple[logging.Logger, io.StringIO, logging.Handler]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, stream, handler


def test_log_record_through_filter():
    logger, stream, handler = _logger_with_stream("test.privacy.filter")
    handler.addFilter(RedactingFilter())
    logger.info("zaak voor BSN %s met IBAN %s", VALID_BSN, "NL91ABNA0417164300")
    try:
        raise ValueError(f"onverwacht nummer {VALID_BSN_2}")
    except ValueError:
        logger.exception("fout bij 06-12345678")
    out = stream.getvalue()
    assert "INFO zaak voor BSN [BSN] met IBAN [IBAN]" in out
    assert "ERROR fout bij [TELEFOON]" in out
    assert "onverwacht nummer [BSN]" in out  # the traceback too
    for secret in (VALID_BSN, VALID_BSN_2, "NL91ABNA0417164300", "06-12345678"):
        assert secret not in out


def test_install_log_redaction_covers_root_and_child_loggers():
    root = logging.getLogger()
    saved = root.handlers[:]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.handlers[:] = [handler]
    try:
        assert install_log_redaction() >= 1
        assert install_log_redaction() == 0  # idempotent: no second filter
        child = logging.getLogger("assistant.test.child")
        child.propagate = True
        child.warning("gebeld met +31 6 12345678 over %s", VALID_BSN)
        assert stream.getvalue().strip() == "gebeld met [TELEFOON] over [BSN]"
    finally:
        root.handlers[:] = saved


def test_the_cli_installs_log_redaction_before_doing_anything(capsys):
    import logging

    from assistant.audit.privacy import RedactingFilter
    from assistant.cli import main

    main([])  # no command: prints help, but the set-up has run
    handlers = logging.getLogger().handlers
    assert handlers and all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in handlers)


# --- every common spelling, and the places personal data hides --------------------------------


@pytest.mark.parametrize(
    "text, label",
    [
        ("111-222-333", "[BSN]"),
        ("111 - 222 - 333", "[BSN]"),
        ("111–222–333", "[BSN]"),
        ("06 - 12345678", "[TELEFOON]"),
        ("06 – 12345678", "[TELEFOON]"),
        ("(06) 12345678", "[TELEFOON]"),
        ("(06)12345678", "[TELEFOON]"),
        ("06/12345678", "[TELEFOON]"),
        ("(020) 123 4567", "[TELEFOON]"),
        ("(0111) 123456", "[TELEFOON]"),
        ("+31 (0)6-1234 5678", "[TELEFOON]"),
        ("0031-6-12345678", "[TELEFOON]"),
        ("NL91-ABNA-0417-1643-00", "[IBAN]"),
        ("NL91.ABNA.0417.1643.00", "[IBAN]"),
        ("nl91 abna 0417 1643 00", "[IBAN]"),
        ("jan [at] voorbeeld [dot] nl", "[E-MAIL]"),
        ("jan(at)voorbeeld.nl", "[E-MAIL]"),
        ("jan @ voorbeeld.nl", "[E-MAIL]"),
        ("JAN.DE.VRIES@VOORBEELD.NL", "[E-MAIL]"),
    ],
)
def test_every_common_spelling_is_redacted(text, label):
    assert redact(f"Gegevens: {text}, verder niets.") == f"Gegevens: {label}, verder niets."


@pytest.mark.parametrize(
    "text",
    [
        "Betaal € 1.250,00 vóór 14-04-2026 (zaak 2026-004512).",
        "Termijn 06-05-2026 tot 20/06/2026, kenmerk 2024/00871, om 09:30 - 12:00 uur.",
        "Aanslagnummer 1234.56.789.H.01 en 18 - 23 jaar, artikel 4:84 Awb",
        "Het bedrag van 111.222.333,00 euro en 12 - 345 - 678",
    ],
)
def test_ordinary_numbers_in_the_new_spellings_survive(text):
    assert redact(text) == text


def test_json_keys_and_user_names_are_redacted_in_the_log(tmp_path):
    from assistant.audit.log import AuditLog

    log = AuditLog(tmp_path / "audit.sqlite")
    draft_id = log.save_draft("triage", "tekst", {"111-222-333": "x", "summary": "y"}, None, "jan@example.nl")
    record = log.decide(draft_id, "accepted", final={"jan [at] example [dot] nl": 1}, user="06 - 12345678")
    assert record["created_by"] == "[E-MAIL]" and record["decided_by"] == "[TELEFOON]"
    assert "[BSN]" in record["draft"] and "[E-MAIL]" in record["final"]
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("audit.sqlite*") if not p.name.endswith(".key"))
    for secret in (b"111-222-333", b"jan@example.nl", b"12345678", b"jan [at]"):
        assert secret not in raw
