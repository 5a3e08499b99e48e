"""The one input reader: PDFs by content, common encodings (also UTF-16 without BOM), binary data
refused, limits from the settings and named in the message, one clear line per bad input."""

import os

import pytest

from assistant.cli import main
from assistant.config import Settings, load_settings
from assistant.errors import InputError
from assistant.inputs import (
    decode_bytes,
    display_name,
    forget_upload,
    read_input,
    text_from_bytes,
    validate_text,
)

TEXT = "Cliënt heeft een aanmaning ontvangen van € 120,- en wil een betalingsregeling."
LIMIT = Settings().max_text_chars


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"])
def test_common_encodings_decode_to_the_same_text(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_windows_line_ends_become_newlines():
    assert decode_bytes(b"regel 1\r\nregel 2\rregel 3") == "regel 1\nregel 2\nregel 3"


def test_files_in_windows_encoding_are_read(tmp_path):
    f = tmp_path / "intake.txt"
    f.write_bytes(TEXT.encode("cp1252"))
    assert read_input(str(f)) == TEXT


@pytest.mark.parametrize(
    "raw, message",
    [
        (bytes(range(256)) * 4, "binaire gegevens"),  # NUL bytes, not in a UTF-16 pattern
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"Belastingdienst", "binaire gegevens"),  # control bytes
        (b"Brief \x81\x8d\x90 tekst", "bekende tekenset"),  # bytes Windows-1252 does not define
        (b"\x89PNG\r\n\x1a\n" + b"x" * 50, "afbeelding"),
        (b"PK\x03\x04" + b"x" * 50, "Office-bestand"),
        (b"\xd0\xcf\x11\xe0" + b"x" * 50, "Office-bestand"),
    ],
)
def test_binary_data_is_refused_with_what_it_is(raw, message):
    with pytest.raises(InputError, match=message):
        text_from_bytes(raw, "de brief")


@pytest.mark.parametrize("text, message", [("", "leeg"), ("   \n ", "leeg"), ("x" * (LIMIT + 1), "te lang")])
def test_empty_and_huge_input_are_refused_with_a_reason(text, message):
    with pytest.raises(InputError, match=message):
        validate_text(text, "de intake")


def test_the_limit_comes_from_the_settings_and_is_named():
    settings = load_settings(max_text_chars=50)
    with pytest.raises(InputError) as caught:
        validate_text("a" * 51, "de intake", settings)
    assert "51 tekens" in str(caught.value) and "maximum is 50" in str(caught.value)
    assert "max_text_chars" in str(caught.value)
    assert validate_text("a" * 50, "de intake", settings) == "a" * 50


def test_the_limit_can_be_set_in_the_environment(monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_MAX_TEXT_CHARS", "123")
    monkeypatch.setenv("REGIEWIJZER_MAX_PDF_PAGES", "7")
    settings = load_settings()
    assert (settings.max_text_chars, settings.max_pdf_pages) == (123, 7)


def test_files_larger_than_the_byte_limit_are_refused_before_reading(tmp_path):
    f = tmp_path / "groot.txt"
    f.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="te groot.*max_letter_bytes"):
        read_input(f, load_settings(max_letter_bytes=1000))


def test_devices_and_folders_are_not_read(tmp_path):
    with pytest.raises(InputError, match="geen gewoon bestand"):
        read_input("/dev/zero")  # would never end
    with pytest.raises(InputError, match="map"):
        read_input(tmp_path)


def test_symlink_loops_and_dangling_links_get_one_message(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    with pytest.raises(InputError, match="kring"):
        read_input(tmp_path / "a.txt")
    with pytest.raises(InputError, match="niet bestaat"):
        read_input(tmp_path / "weg.txt")


def test_hostile_file_names_are_printed_harmlessly(tmp_path, capsys):
    name = "brief\n\x1b[31mrood\x07" + "x" * 300 + ".txt"
    shown = display_name(name)
    assert "\n" not in shown and "\x1b" not in shown and "\x07" not in shown and len(shown) <= 80
    assert main(["triage", str(tmp_path / name), "--backend", "none"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1


@pytest.mark.parametrize("command", ["triage", "explain", "grounds"])
def test_commands_give_one_line_for_a_long_file(tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    f = tmp_path / "groot.txt"
    f.write_text("De gemeente wacht op het UWV. " * 10_000, encoding="utf-8")
    assert main([command, str(f), "--backend", "none"]) == 2
    err = capsys.readouterr().err
    assert "te lang" in err and "max_text_chars" in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_file_is_one_clear_line(tmp_path, capsys):
    assert main(["triage", str(tmp_path / "bestaat-niet.txt"), "--backend", "none"]) == 2
    assert "niet gevonden" in capsys.readouterr().err


def test_a_long_question_never_becomes_a_long_query(tmp_path, capsys, monkeypatch):
    from assistant.service import Workbench

    wb = Workbench(load_settings(data_dir=tmp_path, backend="none"))
    with pytest.raises(InputError, match="max_question_chars"):
        wb.ask("Wat zegt artikel 4:84 Awb? " * 200)  # refused before any index or embedder is touched


def test_forget_upload_removes_only_inside_the_upload_folder(tmp_path):
    root = tmp_path / "uploads"
    (root / "abc").mkdir(parents=True)
    upload = root / "abc" / "brief.pdf"
    upload.write_bytes(b"%PDF-")
    outside = tmp_path / "eigen.pdf"
    outside.write_bytes(b"%PDF-")
    assert forget_upload(upload, root) and not upload.exists() and not (root / "abc").exists()
    assert not forget_upload(outside, root) and outside.exists()
    assert os.path.isdir(root)
