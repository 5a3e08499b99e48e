"""The faults of using the audit log, shown to the user as plain Dutch messages."""

from __future__ import annotations

from assistant.errors import UserError


class AuditError(UserError):
    """A fault in using the audit log."""


class DraftNotFound(AuditError):
    pass


class AlreadyDecided(AuditError):
    pass


class ReasonRequired(AuditError):
    pass


class InvalidDecision(AuditError):
    pass
