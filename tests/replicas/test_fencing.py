"""The stream's lease and the fence, on a real PostgreSQL: one leader at a time, a new term at
every takeover, and the database itself refusing a write that names a term that is over."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest

from store import leader
from store.errors import Fenced
from store.open import open_store
from store.postgres import PostgresStore
from stream.position import Position
from tests.store.factory import make_request as request

pytestmark = pytest.mark.postgres
SHORT = 0.3  # seconds: a lease that runs out within the test
LONG = 60.0


@pytest.fixture
async def replicas(database: str) -> AsyncIterator[tuple[PostgresStore, PostgresStore]]:
    a, b = await open_store(database), await open_store(database)
    assert isinstance(a, PostgresStore)
    assert isinstance(b, PostgresStore)
    try:
        yield a, b
    finally:
        await a.close()
        await b.close()


async def count(url: str, table: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
    finally:
        await conn.close()


async def test_one_replica_leads_and_the_other_waits(
    replicas: tuple[PostgresStore, PostgresStore]
) -> None:
    a, b = replicas
    assert await a.acquire_leadership("a", LONG) == 1
    assert await b.acquire_leadership("b", LONG) is None
    assert await a.renew_leadership(1, "a", LONG)
    assert not await b.renew_leadership(1, "b", LONG)  # the holder is named too


async def test_an_expired_lease_is_taken_over_with_a_new_term(
    replicas: tuple[PostgresStore, PostgresStore]
) -> None:
    a, b = replicas
    assert await a.acquire_leadership("a", SHORT) == 1
    await asyncio.sleep(SHORT + 0.1)
    assert await b.acquire_leadership("b", LONG) == 2
    assert not await a.renew_leadership(1, "a", LONG)
    assert await a.acquire_leadership("a", LONG) is None


async def test_a_deposed_leaders_writes_are_refused_and_leave_nothing(
    replicas: tuple[PostgresStore, PostgresStore], database: str
) -> None:
    a, b = replicas
    a.fence(await a.acquire_leadership("a", SHORT))
    await a.enqueue(request(1), Position("p1", 1))
    await asyncio.sleep(SHORT + 0.1)
    b.fence(await b.acquire_leadership("b", LONG))
    with pytest.raises(Fenced):
        await a.enqueue(request(2), Position("p2", 2))
    with pytest.raises(Fenced):
        await a.record_skip("enwiki", 3, "nosuchrevid", Position("p3", 3))
    with pytest.raises(Fenced):
        await a.save_position(Position("p4", 4))
    assert await count(database, "requests") == 1
    assert await count(database, "skips") == 0
    assert await b.load_position() == Position("p1", 1)
    await b.enqueue(request(2), Position("p2", 2))
    terms = await _column(database, "SELECT term FROM requests ORDER BY id")
    assert terms == [1, 2]
    assert await _column(database, "SELECT term FROM positions") == [2]


async def _column(url: str, query: str) -> list[object]:
    conn = await asyncpg.connect(url)
    try:
        return [row[0] for row in await conn.fetch(query)]
    finally:
        await conn.close()


async def test_the_database_refuses_a_stale_or_missing_term_from_any_client(
    replicas: tuple[PostgresStore, PostgresStore], database: str
) -> None:
    a, _ = replicas
    await a.acquire_leadership("a", SHORT)
    await asyncio.sleep(SHORT + 0.1)
    await a.acquire_leadership("a", LONG)  # term 2: the holder itself re-acquired
    conn = await asyncpg.connect(database)
    try:
        for term in ("1", ""):
            with pytest.raises(asyncpg.PostgresError) as refused:
                await _write_position(conn, term)
            assert refused.value.sqlstate == leader.FENCED_SQLSTATE
            assert "term" in str(refused.value)
    finally:
        await conn.close()
    assert await count(database, "positions") == 0


async def test_a_write_waiting_on_a_takeover_is_refused_once_it_commits(database: str) -> None:
    """The race the fence closes: the takeover holds the lease row; an old-term write started
    meanwhile waits for it, then sees the new term and is refused (never written after it)."""
    store = await open_store(database)
    await store.close()
    taker, writer = await asyncpg.connect(database), await asyncpg.connect(database)
    try:
        async with taker.transaction():
            assert await leader.acquire(taker, "a", SHORT) == 1
        await asyncio.sleep(SHORT + 0.1)
        takeover = taker.transaction()
        await takeover.start()
        assert await leader.acquire(taker, "b", LONG) == 2  # not committed yet
        write = asyncio.create_task(_write_position(writer, "1"))
        await asyncio.sleep(0.3)
        assert not write.done()  # it waits on the lease row
        await takeover.commit()
        with pytest.raises(asyncpg.PostgresError) as refused:
            await write
        assert refused.value.sqlstate == leader.FENCED_SQLSTATE
    finally:
        await taker.close()
        await writer.close()
    assert await count(database, "positions") == 0


async def _write_position(conn: asyncpg.Connection, term: str) -> None:
    """A position written by hand (not through the store), naming `term`."""
    async with conn.transaction():
        await conn.execute(leader.CLAIM_TERM, term)
        await conn.execute("INSERT INTO positions (consumer, last_event_id, event_time_ms, "
                           "updated_at) VALUES ('recentchange', 'by-hand', 1, 1)")


async def test_a_released_lease_is_taken_over_at_once(
    replicas: tuple[PostgresStore, PostgresStore], database: str
) -> None:
    a, b = replicas
    assert await a.acquire_leadership("a", LONG) == 1
    assert await b.acquire_leadership("b", LONG) is None
    await a.release_leadership(1, "a")
    assert await b.acquire_leadership("b", LONG) == 2
    history = await _column(database, "SELECT (term, holder, previous_holder, previous_released)"
                                      "::text FROM leadership_terms ORDER BY term")
    assert history == ["(1,a,,f)", "(2,b,a,t)"]


async def test_concurrent_campaigns_elect_exactly_one(database: str) -> None:
    stores = [await open_store(database) for _ in range(6)]
    try:
        terms = await asyncio.gather(*(
            s.acquire_leadership(f"r{i}", LONG) for i, s in enumerate(stores)
            if isinstance(s, PostgresStore)))
    finally:
        for store in stores:
            await store.close()
    assert sorted(terms, key=str) == [1, None, None, None, None, None]


async def test_without_replicas_a_writer_naming_no_term_may_write(
    replicas: tuple[PostgresStore, PostgresStore], database: str
) -> None:
    a, _ = replicas  # the one-process case (tools, tests): nobody was ever elected
    await a.enqueue(request(7), Position("p7", 7))
    assert await count(database, "requests") == 1
    await a.acquire_leadership("a", LONG)
    with pytest.raises(Fenced):  # once replicas elect, a write must name the term
        await a.enqueue(request(8), Position("p8", 8))
