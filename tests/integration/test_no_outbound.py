"""Privacy: ingest, search, ask and the panel make no connection to anything but loopback."""

import socket

import pytest


@pytest.fixture
def guard(monkeypatch):
    attempts = []
    real_connect = socket.socket.connect

    def checked_connect(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("/"):
            attempts.append(address)
            raise OSError(f"uitgaande verbinding geblokkeerd: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", checked_connect)
    monkeypatch.setattr(socket, "getaddrinfo", _only_local(socket.getaddrinfo, attempts))
    return attempts


def _only_local(real, attempts):
    def getaddrinfo(host, *args, **kwargs):
        if host not in (None, "127.0.0.1", "::1", "localhost"):
            attempts.append(host)
            raise OSError(f"DNS-opzoeking geblokkeerd: {host}")
        return real(host, *args, **kwargs)

    return getaddrinfo


def test_ingest_search_and_ask_stay_local(guard, tmp_settings, tmp_path):
    from assistant.features.ask.skill import ask
    from assistant.ingest import ingest_paths
    from assistant.retrieval import open_index

    doc = tmp_path / "a.md"
    doc.write_text("# Bezwaar\n\nU kunt binnen zes weken bezwaar maken tegen een besluit.\n", encoding="utf-8")
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    index = open_index(tmp_settings)
    ask("Hoe lang heb ik voor bezwaar?", settings=tmp_settings, index=index)
    assert guard == []


def test_panel_builds_without_phoning_home(guard, tmp_settings):
    from ui.app import build_app

    build_app(tmp_settings)
    assert guard == []
