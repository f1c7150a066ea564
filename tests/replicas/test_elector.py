"""The election loop on a real PostgreSQL: a leader cut off from the database stops believing it
leads one lease after its last renewal was sent, steps down, and another replica takes over."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from store.election import LEADER, STANDBY, Elector, Timing
from store.open import open_store
from store.postgres import PostgresStore

pytestmark = pytest.mark.postgres
LEASE_S = 1.2
UNREACHABLE = "postgresql://postgres@127.0.0.1:1/nowhere"  # connection refused


class Line:
    """The way to the database, which the test can cut (the replica's own store stays open)."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store
        self.cut = False
        self._dead = PostgresStore(UNREACHABLE)

    def _target(self) -> PostgresStore:
        return self._dead if self.cut else self.store

    async def acquire_leadership(self, holder: str, lease_s: float) -> int | None:
        return await self._target().acquire_leadership(holder, lease_s)

    async def renew_leadership(self, term: int, holder: str, lease_s: float) -> bool:
        return await self._target().renew_leadership(term, holder, lease_s)

    async def release_leadership(self, term: int, holder: str) -> None:
        await self._target().release_leadership(term, holder)


class Replica:
    def __init__(self, line: Line, name: str) -> None:
        self.events: list[tuple[str, float]] = []
        self.elector = Elector(line, name, Timing(LEASE_S),
                               on_elected=self._elected, on_lost=self._lost)

    async def _elected(self, term: int) -> None:
        self.events.append((f"elected {term}", time.monotonic()))

    async def _lost(self) -> None:
        self.events.append(("lost", time.monotonic()))


@pytest.fixture
async def stores(database: str) -> AsyncIterator[list[PostgresStore]]:
    opened = [await open_store(database) for _ in range(2)]
    try:
        yield [s for s in opened if isinstance(s, PostgresStore)]
    finally:
        for store in opened:
            await store.close()


async def until(check: object, replicas: tuple[Replica, ...] = (), seconds: float = 30.0) -> None:
    """Poll until `check`; meanwhile never two of `replicas` may believe they lead."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        leaders = [r for r in replicas if r.elector.role == LEADER]
        assert len(leaders) <= 1, "two replicas believed they led at once"
        if callable(check) and check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("never got there")


async def test_a_leader_cut_off_steps_down_and_the_standby_takes_over(
    stores: list[PostgresStore]
) -> None:
    lines = [Line(store) for store in stores]
    a, b = Replica(lines[0], "a"), Replica(lines[1], "b")
    tasks = [asyncio.create_task(a.elector.run())]
    try:
        await until(lambda: a.elector.role == LEADER)
        tasks.append(asyncio.create_task(b.elector.run()))
        await asyncio.sleep(LEASE_S * 2)  # several renewals: b stays a standby
        assert (a.elector.role, b.elector.role) == (LEADER, STANDBY)
        lines[0].cut = True
        cut_at = time.monotonic()
        await until(lambda: b.elector.role == LEADER, (a, b))
        await until(lambda: any(name == "lost" for name, _ in a.events), (a, b))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    assert [name for name, _ in a.events] == ["elected 1", "lost"]
    assert [name for name, _ in b.events] == ["elected 2"]
    assert min(at for _, at in b.events) > cut_at + LEASE_S / 2  # it waited out a's lease
    assert (a.elector.term, b.elector.term) == (None, 2)
