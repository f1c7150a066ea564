"""SQLite is the one-process default: a second `run` on the same SQLite queue is refused.

Two processes on one SQLite file would both read the whole stream and judge every edit twice;
replicas share a PostgreSQL queue instead, where one of them leads (store/election.py). The lock
is an advisory `flock` on a file beside the database, released by the kernel when the process
ends, however it ends.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

REPLICAS_NEED_POSTGRESQL = (
    "the SQLite queue {path} is in use by another outingwatch process. SQLite is the "
    "one-process default; replicas need PostgreSQL (OUTINGWATCH_DATABASE=postgresql://...), "
    "where one replica reads the stream and every replica serves the queue"
)


class OnlyOneProcess(RuntimeError):
    """A second service process was started on a SQLite queue."""


class ProcessLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".run-lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OnlyOneProcess(REPLICAS_NEED_POSTGRESQL.format(path=self.database)) from None
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
