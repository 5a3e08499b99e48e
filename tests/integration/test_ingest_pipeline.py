"""Ingest into a real Chroma index: summary, incremental cache, bad files skipped with a reason."""

import json

from assistant.ingest import ingest_paths
from assistant.ingest.pdf import read_pdf_text
from assistant.retrieval import open_index


def _make_pdf(path, pages):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for text in pages:
        y = 800
        for line in text.split("\n"):
            c.drawString(50, y, line)
            y -= 16
        c.showPage()
    c.save()


def test_bad_pdfs_are_skipped_with_one_message_and_the_batch_continues(tmp_settings, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _make_pdf(docs / "goed.pdf", ["Het college beslist binnen acht weken op de aanvraag voor", "bijzondere bijstand."])
    (docs / "kapot.pdf").write_bytes(b"%PDF-1.4 dit is geen pdf")
    _make_pdf(docs / "leeg.pdf", [""])
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(docs / "goed.pdf")).pages:
        writer.add_page(page)
    writer.encrypt("geheim")
    with open(docs / "beveiligd.pdf", "wb") as fh:
        writer.write(fh)
    (docs / "notities.md").write_text("# Notitie\n\n## Werkwijze\n\nEerst bellen met de klant.\n", encoding="utf-8")

    summary = ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    reasons = {s["file"].split("/")[-1]: s["reason"] for s in summary.skipped}
    assert set(reasons) == {"kapot.pdf", "leeg.pdf", "beveiligd.pdf"}
    assert "beschadigd" in reasons["kapot.pdf"]
    assert "geen tekst" in reasons["leeg.pdf"]
    assert "wachtwoord" in reasons["beveiligd.pdf"]
    assert summary.documents == 2
    assert "\n" not in reasons["kapot.pdf"]


def test_page_break_mid_sentence_is_joined(tmp_path):
    _make_pdf(tmp_path / "a.pdf", ["Het college beslist binnen acht weken op de aanvraag voor", "bijzondere bijstand."])
    assert "aanvraag voor bijzondere bijstand." in read_pdf_text(tmp_path / "a.pdf")


def test_incremental_ingest_embeds_unchanged_text_never_twice(tmp_settings, tmp_path):
    from dataclasses import replace

    tmp_settings = replace(tmp_settings, cache_root=tmp_path / "fresh-cache")
    docs = tmp_path / "docs"
    docs.mkdir()
    f = docs / "werkwijze.md"
    f.write_text("# Werkwijze\n\n## Stap een\n\nBel de klant binnen twee dagen terug.\n\n"
                 "## Stap twee\n\nMaak samen een plan van aanpak.\n", encoding="utf-8")
    first = ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    assert first.documents == 1 and first.chunks == 2
    second = ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    assert (second.documents, second.unchanged, second.embedded) == (0, 1, 0)
    f.write_text(f.read_text(encoding="utf-8").replace("plan van aanpak", "actieplan"), encoding="utf-8")
    third = ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    assert third.documents == 1 and third.embedded == 1  # only the changed section is embedded
    index = open_index(tmp_settings)
    assert len(index.chunks) == 2
    assert any("actieplan" in c.text for c in index.chunks)
    assert not any("plan van aanpak" in c.text for c in index.chunks)


def test_cli_ingest_json_summary(tmp_settings, tmp_path, capsys, monkeypatch):
    from assistant.cli import main

    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_settings.data_dir))
    monkeypatch.setenv("REGIEWIJZER_CACHE_DIR", str(tmp_settings.cache_dir))
    doc = tmp_path / "a.md"
    doc.write_text("# Titel\n\nEen korte tekst over bezwaar maken.\n", encoding="utf-8")
    assert main(["ingest", "--only", str(doc), str(tmp_path / "bestaat-niet.pdf"),
                 "--index", str(tmp_settings.index_path), "--json"]) == 2  # 2: something was skipped
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1 and data["chunks"] == 1
    assert data["skipped"][0]["reason"] == "bestaat niet"
    assert data["seconds"] >= 0


def test_missing_index_gives_one_clear_message(tmp_settings, capsys):
    from assistant.cli import main

    code = main(["ask", "Wat is bijzondere bijstand?", "--index", str(tmp_settings.index_path / "nergens")])
    err = capsys.readouterr().err
    assert code == 2
    assert "regiewijzer ingest" in err and "Traceback" not in err


def test_a_new_ingest_version_rereads_files_without_reembedding(tmp_settings, tmp_path, monkeypatch):
    import assistant.ingest as ingest

    doc = tmp_path / "a.md"
    doc.write_text("# Titel\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    monkeypatch.setattr(ingest, "INGEST_VERSION", ingest.INGEST_VERSION + 1)
    again = ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    assert (again.documents, again.unchanged, again.embedded) == (1, 0, 0)


def test_a_newer_version_of_a_law_replaces_the_older_one(tmp_settings, tmp_path):
    old = tmp_path / "wet-BWBR0099999-2020-01-01.md"
    new = tmp_path / "wet-BWBR0099999-2024-01-01.md"
    body = "## Artikel 1\n\nHet college {}.\n\n## Artikel 2\n\nTekst twee.\n\n## Artikel 3\n\nTekst drie.\n"
    old.write_text(body.format("beslist binnen acht weken"), encoding="utf-8")
    new.write_text(body.format("beslist binnen vier weken"), encoding="utf-8")
    ingest_paths([old], tmp_settings, include_defaults=False, progress=False)
    ingest_paths([new], tmp_settings, include_defaults=False, progress=False)
    index = open_index(tmp_settings)
    texts = [c.text for c in index.chunks]
    assert any("vier weken" in t for t in texts) and not any("acht weken" in t for t in texts)
    assert len(index.law_versions()) == 1 and index.law_versions()[0]["version_date"] == "2024-01-01"


def _texts(settings) -> list[str]:
    return [c.text for c in open_index(settings).chunks]


def test_a_deleted_file_leaves_the_index_and_a_kept_one_stays(tmp_settings, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "blijft.md").write_text("# Blijft\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    gone = docs / "weg.md"
    gone.write_text("# Weg\n\nStuur de brief naar de verhuurder.\n", encoding="utf-8")
    ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    assert any("verhuurder" in t for t in _texts(tmp_settings))
    gone.unlink()
    again = ingest_paths([docs], tmp_settings, include_defaults=False, progress=False)
    texts = _texts(tmp_settings)
    assert again.total_chunks == 1 and not any("verhuurder" in t for t in texts)
    assert any("twee dagen" in t for t in texts)


def test_only_keeps_just_the_files_ingested_now(tmp_settings, tmp_path):
    first, second = tmp_path / "eerste", tmp_path / "tweede"
    for folder, text in ((first, "Bel de klant binnen twee dagen terug."), (second, "Maak samen een plan.")):
        folder.mkdir()
        (folder / "werkwijze.md").write_text(f"# Werkwijze\n\n{text}\n", encoding="utf-8")
    ingest_paths([first], tmp_settings, include_defaults=False, progress=False)
    ingest_paths([second], tmp_settings, include_defaults=False, progress=False)  # adds: both stay
    assert len(_texts(tmp_settings)) == 2
    summary = ingest_paths([second], tmp_settings, include_defaults=False, progress=False, only=True)
    texts = _texts(tmp_settings)
    assert summary.total_chunks == 1 and len(texts) == 1 and "plan" in texts[0]


def test_a_removed_law_file_leaves_the_law_store(tmp_settings, tmp_path):
    law = tmp_path / "wet-BWBR0099998-2024-01-01.md"
    law.write_text("## Artikel 1\n\nHet college beslist binnen acht weken.\n\n## Artikel 2\n\nTekst twee.\n\n"
                   "## Artikel 3\n\nTekst drie.\n", encoding="utf-8")
    other = tmp_path / "notitie.md"
    other.write_text("# Notitie\n\nEen korte tekst.\n", encoding="utf-8")
    ingest_paths([law, other], tmp_settings, include_defaults=False, progress=False)
    assert len(open_index(tmp_settings).law_versions()) == 1
    ingest_paths([other], tmp_settings, include_defaults=False, progress=False, only=True)
    assert open_index(tmp_settings).law_versions() == []


def test_dropping_a_copy_keeps_the_chunks_the_other_copy_holds(tmp_settings, tmp_path):
    for folder in ("oud", "nieuw"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "werkwijze.md").write_text("# Werkwijze\n\nBel de klant terug.\n", encoding="utf-8")
    ingest_paths([tmp_path / "oud", tmp_path / "nieuw"], tmp_settings, include_defaults=False, progress=False)
    ingest_paths([tmp_path / "nieuw"], tmp_settings, include_defaults=False, progress=False, only=True)
    assert any("Bel de klant" in t for t in _texts(tmp_settings))
    assert len(_texts(tmp_settings)) == 1
