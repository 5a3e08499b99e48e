"""Faults of a law update: the user-facing ones, and the two a single fetch can end in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.ingest.bwb.report import UpdateReport


class LawsUpdateError(UserError):
    pass


class LawsUnavailable(LawsUpdateError):
    """Nothing could be fetched and nothing is stored: no law text at all."""

    def __init__(self, message: str, report: UpdateReport | None = None):
        super().__init__(message)
        self.report = report


class Unreachable(Exception):
    """The host did not answer (connection refused, DNS, timeout)."""


class FetchFailed(Exception):
    """The host answered, but not with what we asked for."""
