"""The service on the PostgreSQL queue (what several replicas share): the same requests as
`outingwatch scan` decides, and the stream position saved in PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.adapters import judge_config
from store.open import open_store
from tests.service.feeds import standard_feed
from tests.service.rig import local_servers, running, settings_for
from tests.service.scanning import expect, scan
from tests.store import pg
from tests.support import require

pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_database() -> Iterator[str]:
    require(pg.server_available(), f"PostgreSQL at {pg.SERVER}", "apt-get install postgresql")
    with pg.scratch_database("outingwatch_service") as url:
        yield url


async def test_the_service_on_postgresql(tmp_path: Path, postgres_database: str) -> None:
    feed = standard_feed()
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, database=postgres_database)
    try:
        async with running(settings) as service:
            await service.until_drained(len(feed.entries))
            queued = await service.requests()
        expected = await expect(feed.entries, local.api.base_url)
    finally:
        await local.close()
    judged = await asyncio.to_thread(scan, expected.records, judge_config(settings))
    flagged = {k for k, d in expected.decisions(judged).items() if d.flag}
    assert flagged
    assert {f"{r.wiki}:{r.rev_id}" for r in queued} == flagged
    store = await open_store(postgres_database)
    try:
        position = await store.load_position()
    finally:
        await store.close()
    assert position is not None
    assert position.last_event_id
