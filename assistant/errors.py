"""Expected faults, each with one clear message for the user (Dutch)."""


class UserError(Exception):
    """A fault the user can fix; the CLI and UI show str(exc) without a traceback."""


class IndexMissing(UserError):
    pass


class BackendUnavailable(UserError):
    pass


class InputError(UserError):
    """Unreadable, empty, encrypted or oversized input."""
