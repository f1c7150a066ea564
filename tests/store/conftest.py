"""The store fixtures: every contract test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from store.base import QueueStore
from store.open import open_store
from tests.store import pg
from tests.store.factory import Clock
from tests.support import require


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    require(pg.server_available(), f"PostgreSQL at {pg.SERVER}", "apt-get install postgresql")
    with pg.scratch_database() as url:
        yield url



@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def store(database_url: str, clock: Clock) -> AsyncIterator[QueueStore]:
    opened = await open_store(database_url, clock=clock)
    if database_url.startswith("postgresql"):
        await pg.truncate(database_url)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def empty_database_url(database_url: str) -> str:
    """The database of this test, migrated and emptied (the PostgreSQL one is shared)."""
    if database_url.startswith("postgresql"):
        store = await open_store(database_url)
        await store.close()
        await pg.truncate(database_url)
    return database_url
