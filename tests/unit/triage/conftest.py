"""Shared by the triage tests: the shipped sociale kaart, loaded once."""

from __future__ import annotations

import pytest

from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="session")
def orgs():
    return load_sociale_kaart()
