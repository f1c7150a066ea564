"""Replicas share one PostgreSQL queue: every test here gets a database of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.store import pg
from tests.support import require


@pytest.fixture
def database() -> Iterator[str]:
    require(pg.server_available(), f"PostgreSQL at {pg.SERVER}", "apt-get install postgresql")
    with pg.scratch_database("outingwatch_replicas") as url:
        yield url
