"""A leader whose term was taken while it kept working (as after a pause or a partition) is
stopped by the database, not by its own check: its writes are refused from the moment of the
takeover, it steps down at its next renewal, and once it leads again the queue is whole."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest

from pipeline.adapters import judge_config
from stream.faults import ServerSettings
from tests.reliability.feed import known_feed
from tests.reliability.queue import saved_position
from tests.replicas.rig import query, until
from tests.service.rig import local_servers, running, settings_for
from tests.service.scanning import expect, scan

pytestmark = pytest.mark.postgres
LEASE_S = 30.0  # renewed every 10 s: the leader learns late, the database at once

STEAL = """
WITH taken AS (
    UPDATE leadership SET term = term + 1, holder = 'intruder',
           lease_until = clock_timestamp() + interval '1 hour' RETURNING term)
INSERT INTO leadership_terms (term, holder, started_at) SELECT term, 'intruder', clock_timestamp()
FROM taken RETURNING term
"""


async def steal_right_after_a_renewal(url: str) -> tuple[int, int]:
    """Take the term just after the leader renewed, so it goes on working unaware for ~10 s:
    (the stolen term, the last request id written before)."""
    conn = await asyncpg.connect(url)
    try:
        first = await conn.fetchval("SELECT lease_until FROM leadership")

        async def renewed() -> bool | None:
            return await conn.fetchval("SELECT lease_until FROM leadership") != first or None

        await until(renewed)
        async with conn.transaction():  # the update waits for the leader's writes in flight
            term = await conn.fetchval(STEAL)
            last = await conn.fetchval("SELECT coalesce(max(id), 0) FROM requests")
        return int(term), int(last)
    finally:
        await conn.close()


async def until_position(url: str, last_id: str) -> None:
    async def there() -> bool | None:
        return True if await saved_position(url) == last_id else None

    await until(there)


async def test_a_deposed_leader_is_refused_by_the_database(
    tmp_path: Path, database: str, caplog: pytest.LogCaptureFixture
) -> None:
    feed = known_feed(flagged=6, unflagged=6)  # ends on a judged edit: the last position
    local = await local_servers(feed.entries, ServerSettings(keep_open=True, pace=1.0))
    settings = settings_for(local, tmp_path, database=database, leader_lease=LEASE_S)
    try:
        async with running(settings) as replica:
            await replica.until(lambda: replica.service.role() == ("leader", 1))
            await replica.until(lambda: replica.summary().received >= 4)
            stolen, last_before = await steal_right_after_a_renewal(database)
            await replica.until(lambda: "Fenced" in caplog.text)  # it wrote, the database refused
            assert replica.service.role()[1] == 1  # it still believes it leads
            await replica.until(lambda: replica.service.role() == ("standby", 0))
            late = await query(database, "SELECT count(*) FROM requests WHERE id > $1 "
                                         "OR term = $2", last_before, stolen)
            assert late == [(0,)]
            await query(database, "UPDATE leadership SET lease_until = '-infinity'")  # hand back
            await replica.until(lambda: replica.service.role() == ("leader", stolen + 1))
            await until_position(database, local.stream.feed.served[-1].id)
            queued = await replica.requests()
        expected = await expect(feed.entries, local.api.base_url)
    finally:
        await local.close()
    judged = await asyncio.to_thread(scan, expected.records, judge_config(settings))
    flagged = {j.decision.id for j in judged if j.decision.flag}
    assert flagged
    assert sorted(f"{r.wiki}:{r.rev_id}" for r in queued) == sorted(flagged)  # once each
