"""Two replicas of the real service (`outingwatch run` child processes) on one PostgreSQL queue,
against the local EventStreams and MediaWiki API servers of this process.

Each replica says its role on /readyz; the database says who holds which term
(`leadership_terms`, started at the database's clock, which is this machine's clock).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import asyncpg

from replay.feed import FeedEntry
from stream.faults import ServerSettings
from stream.server import FeedServer, start_server
from tests.reliability.process import ServiceProcess
from tests.reliability.queue import saved_position
from tests.reliability.runner import service_env
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, start_api_server

T = TypeVar("T")
POLL_S = 0.05
GUARD_S = 240.0  # only against a hang: no assertion depends on time


@dataclass
class Replicas:
    processes: list[ServiceProcess]
    database: str
    session: aiohttp.ClientSession
    last_id: str

    async def role(self, process: ServiceProcess) -> tuple[str, bool] | None:
        """(role, ready) from /readyz, or None while it does not answer."""
        answer = await process.get(self.session, "/readyz")
        if answer is None:
            return None
        body = json.loads(answer[1])
        return str(body.get("role")), bool(body.get("ready"))

    async def pair(self) -> tuple[ServiceProcess, ServiceProcess]:
        """Wait until one replica leads and the other stands by, ready: (leader, standby)."""
        async def settled() -> tuple[ServiceProcess, ServiceProcess] | None:
            roles = [await self.role(p) for p in self.processes]
            if None in roles:
                return None
            leaders = [p for p, r in zip(self.processes, roles, strict=True)
                       if r is not None and r[0] == "leader"]
            ready = all(r is not None and r[1] for r in roles)
            if len(leaders) != 1 or not ready:
                return None
            standby = next(p for p in self.processes if p is not leaders[0])
            return leaders[0], standby

        return await until(settled)

    async def term_after(self, term: int) -> tuple[int, float]:
        """The first term started after `term`: (term, its start as epoch seconds)."""
        async def started() -> tuple[int, float] | None:
            rows = await query(self.database, "SELECT term, extract(epoch FROM started_at) "
                               "FROM leadership_terms WHERE term > $1 ORDER BY term LIMIT 1",
                               term)
            return (int(rows[0][0]), float(rows[0][1])) if rows else None

        return await until(started)

    async def current_term(self) -> int:
        rows = await query(self.database, "SELECT max(term) FROM leadership_terms")
        return int(rows[0][0] or 0)

    async def position_moves(self, since: str | None) -> None:
        async def moved() -> bool | None:
            now = await saved_position(self.database)
            return True if now != since or now == self.last_id else None

        await until(moved)

    async def finished(self) -> None:
        async def done() -> bool | None:
            return True if await saved_position(self.database) == self.last_id else None

        await until(done)


async def until(check: Callable[[], Awaitable[T | None]]) -> T:
    deadline = time.monotonic() + GUARD_S
    while time.monotonic() < deadline:
        found = await check()
        if found is not None:
            return found
        await asyncio.sleep(POLL_S)
    raise AssertionError("the replicas did not get there")


async def query(url: str, sql: str, *args: object) -> list[tuple[Any, ...]]:
    conn = await asyncpg.connect(url, timeout=5)
    try:
        return [tuple(row) for row in await conn.fetch(sql, *args)]
    finally:
        await conn.close()


def pause(process: ServiceProcess, paused: bool) -> None:
    """SIGSTOP (or SIGCONT) the replica's process group, judgement workers included."""
    proc = process._proc
    assert proc is not None
    os.killpg(proc.pid, signal.SIGSTOP if paused else signal.SIGCONT)


@dataclass
class Faults:
    takeovers: list[float] = field(default_factory=list)  # SIGKILL to the next term's start, s
    paused_takeovers: list[float] = field(default_factory=list)  # SIGSTOP to the next term's
    handovers: list[float] = field(default_factory=list)  # SIGTERM to the next term's start, s
    kills: int = 0
    pauses: int = 0
    exit_codes: list[int | None] = field(default_factory=list)  # of the SIGTERMed leaders
    released: list[bool] = field(default_factory=list)  # their successors found it released


@contextlib.asynccontextmanager
async def replicas(entries: list[FeedEntry], database: str, folder: Path, *, pace: float,
                   env: dict[str, str]) -> AsyncIterator[Replicas]:
    # a killed leader's connection lingers on the server until a write finds it gone
    feed = FeedServer(entries, ServerSettings(keep_open=True, pace=pace, max_connections=64))
    stream = await start_server(feed)
    api = await start_api_server(ApiServer(ApiFixtures.from_feed(entries)))
    base = service_env(stream.url, api.base_url, database) | env
    processes = [ServiceProcess(base, folder / f"replica-{n}.log") for n in (1, 2)]
    try:
        for process in processes:
            await process.start()
        async with aiohttp.ClientSession() as session:
            yield Replicas(processes, database, session, feed.served[-1].id)
    finally:
        codes = [await process.stop() for process in processes]
        await stream.runner.cleanup()
        await api.runner.cleanup()
    assert all(code in (0, None) for code in codes), f"exit codes on SIGTERM: {codes}"
