"""Bad input gets one clear message and loses nothing: encodings, empty files, huge pastes."""

import pytest

from assistant.cli import main
from assistant.errors import InputError
from assistant.inputs import MAX_INPUT_CHARS, decode_bytes, read_input, validate_text

TEXT = "Cliënt heeft een aanmaning ontvangen van € 120,- en wil een betalingsregeling."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings_decode_to_the_same_text(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_files_in_windows_encoding_are_read(tmp_path):
    f = tmp_path / "intake.txt"
    f.write_bytes(TEXT.encode("cp1252"))
    assert read_input(str(f)) == TEXT


@pytest.mark.parametrize("text, message", [("", "leeg"), ("   \n ", "leeg"), ("x" * (MAX_INPUT_CHARS + 1), "te lang")])
def test_empty_and_huge_input_are_refused_with_a_reason(text, message):
    with pytest.raises(InputError, match=message):
        validate_text(text, "de intake")


@pytest.mark.parametrize("command", ["triage", "explain", "grounds"])
def test_commands_give_one_line_for_a_huge_file(tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    f = tmp_path / "groot.txt"
    f.write_text("De gemeente wacht op het UWV. " * 10_000, encoding="utf-8")
    assert main([command, str(f), "--backend", "none"]) == 2
    err = capsys.readouterr().err
    assert "te lang" in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_file_is_one_clear_line(tmp_path, capsys):
    assert main(["triage", str(tmp_path / "bestaat-niet.txt"), "--backend", "none"]) == 2
    assert "niet gevonden" in capsys.readouterr().err
