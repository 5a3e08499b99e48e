"""The audit log's file: created private, and written by processes that wait their turn."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from assistant.audit.errors import AuditError

T = TypeVar("T")
BUSY_SECONDS = 30.0  # how long a writer waits for others before it gives up with a clear message


class LogBusy(AuditError):
    """Another process holds the log's write lock for longer than a writer waits."""


def is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def while_busy(work: Callable[[], T]) -> T:
    """Run `work`, trying again (with a random pause) while another process holds the lock: SQLite
    does not always wait by itself (switching to WAL, recovering a WAL after a crash)."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return work()
        except LogBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.1))


def create_private(path: Path) -> None:
    """Create the log file readable and writable by its owner only (SQLite gives its WAL and shared
    memory files the same mode), and take away others' access to an older log."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    except FileExistsError:
        pass
    except OSError as exc:
        raise AuditError(f"Het auditlog {path} kan niet worden gemaakt: {exc.strerror or exc}.") from exc
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = file.stat()
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(file, 0o600)
        except OSError:
            continue
