"""Pick the backend from a URL: `sqlite:///path`, a bare path, or `postgresql://...`."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from store.base import QueueStore

ENV = "OUTINGWATCH_DATABASE"
DEFAULT_URL = "sqlite:///var/outingwatch.sqlite3"  # relative: ./var/outingwatch.sqlite3


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV) or DEFAULT_URL


def sqlite_path(url: str) -> Path | None:
    """`sqlite:///rel/path` and `sqlite:////abs/path`, or a bare path; None for other schemes."""
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    if "://" in url:
        return None
    return Path(url)


def make_store(url: str, *, clock: Callable[[], float] = time.time) -> QueueStore:
    """The store for `url`, not yet migrated or connected."""
    if url.startswith(("postgresql://", "postgres://")):
        from store.postgres import PostgresStore

        return PostgresStore(url, clock=clock)
    path = sqlite_path(url)
    if path is None:
        raise ValueError("database URL must be sqlite:///PATH, a path, or postgresql://...")
    from store.sqlite import SqliteStore

    return SqliteStore(path, clock=clock)


async def open_store(url: str | None = None, *,
                     clock: Callable[[], float] = time.time) -> QueueStore:
    """Connect and apply pending migrations; the caller closes it."""
    store = make_store(database_url(url), clock=clock)
    try:
        await store.migrate()
    except BaseException:
        await store.close()
        raise
    return store
