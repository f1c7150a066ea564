"""Enqueue throughput of the queue stores, the stream position committed with every request.

    .venv/bin/python benchmarks/bench_store.py [--requests 500] [--runs 5]

SQLite (synchronous=FULL, the default, and NORMAL for comparison) in a temporary folder, and
PostgreSQL at $OUTINGWATCH_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432) in a
scratch database created and dropped here; PostgreSQL also with 8 concurrent writers (replicas).
Prints the median requests/s over the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg

from store.base import QueueStore
from store.model import SuppressionRequest
from store.postgres import PostgresStore
from store.sqlite import SqliteStore
from stream.position import Position

SERVER = os.environ.get("OUTINGWATCH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")


def request(rev_id: int) -> SuppressionRequest:
    return SuppressionRequest(
        wiki="enwiki", rev_id=rev_id, rc_id=rev_id, server_url="https://en.wikipedia.org",
        server_name="en.wikipedia.org", script_path="/w", namespace=3,
        title="User talk:Example", user="Editor", event_time=1_700_000_000_000 + rev_id,
        score=0.8, types=("phone", "name"), reasons=("a phone number on another's page",),
        excerpt="call me on [PHONE], [NAME] " * 8, fingerprints=(f"{rev_id % 97:064x}",))


async def enqueue_all(store: QueueStore, start: int, count: int, writers: int) -> float:
    """Seconds to enqueue `count` requests with `writers` concurrent tasks."""
    async def writer(offset: int) -> None:
        for rev in range(start + offset, start + count, writers):
            await store.enqueue(request(rev), Position(f'[{{"offset":{rev}}}]', rev))

    began = time.perf_counter()
    await asyncio.gather(*(writer(i) for i in range(writers)))
    return time.perf_counter() - began


async def measure(make: Callable[[], Awaitable[QueueStore]], count: int, runs: int,
                  writers: int = 1) -> float:
    store = await make()
    try:
        await enqueue_all(store, 10_000_000, 50, writers)  # warm-up
        rates = []
        for run in range(runs):
            seconds = await enqueue_all(store, run * count + 1, count, writers)
            rates.append(count / seconds)
        return statistics.median(rates)
    finally:
        await store.close()


async def admin(statement: str) -> None:
    conn = await asyncpg.connect(f"{SERVER}/postgres", timeout=3)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def sqlite_case(folder: Path, synchronous: str) -> QueueStore:
    store = SqliteStore(folder / f"{synchronous}-{uuid.uuid4().hex}.sqlite3",
                        synchronous=synchronous)
    await store.migrate()
    return store


async def postgres_case(url: str) -> QueueStore:
    store = PostgresStore(url, max_size=10)
    await store.migrate()
    await admin_truncate(url)
    return store


async def admin_truncate(url: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("TRUNCATE requests, fingerprints, audit, positions "
                           "RESTART IDENTITY CASCADE")
    finally:
        await conn.close()


async def main(count: int, runs: int) -> None:
    print(f"enqueue with the position in the same transaction: {count} requests x {runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        for sync in ("FULL", "NORMAL"):
            rate = await measure(functools.partial(sqlite_case, Path(tmp), sync), count, runs)
            print(f"  sqlite (WAL, synchronous={sync}), 1 writer:  {rate:8.0f} requests/s")
    name = f"outingwatch_bench_{os.getpid()}"
    try:
        await admin(f'CREATE DATABASE "{name}"')
    except (OSError, asyncpg.PostgresError) as exc:
        print(f"  postgresql: skipped ({type(exc).__name__}: no server at {SERVER})")
        return
    try:
        url = f"{SERVER}/{name}"
        for writers in (1, 8):
            rate = await measure(lambda: postgres_case(url), count, runs, writers)
            print(f"  postgresql, {writers} writer(s):               {rate:8.0f} requests/s")
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    asyncio.run(main(options.requests, options.runs))
