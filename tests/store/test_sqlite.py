"""What only the SQLite backend promises: WAL, FULL sync, a private file, one worker thread."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from store.sqlite import SqliteStore
from tests.store.factory import make_request


async def test_wal_full_sync_and_an_owner_only_file(tmp_path: Path) -> None:
    path = tmp_path / "var" / "queue.sqlite3"
    store = SqliteStore(path)
    await store.migrate()
    await store.enqueue(make_request(1))
    try:
        modes = await store._run(lambda c: (c.execute("PRAGMA journal_mode").fetchone()[0],
                                            c.execute("PRAGMA synchronous").fetchone()[0]),
                                 "DEFERRED")
        assert modes == ("wal", 2)  # 2 = FULL
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        wal = path.with_name(path.name + "-wal")
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        await store.close()


async def test_every_statement_runs_on_one_worker_thread(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "q.sqlite3")
    await store.migrate()
    seen = set()
    try:
        for _ in range(5):
            seen.add(await store._run(lambda c: threading.get_ident(), "DEFERRED"))
    finally:
        await store.close()
    assert len(seen) == 1
    assert threading.get_ident() not in seen


async def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "q.sqlite3")
    await store.migrate()

    def half_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO skips (wiki, rev_id, reason, at) VALUES ('x', 1, 'r', 0)")
        raise RuntimeError("boom")

    try:
        with pytest.raises(RuntimeError):
            await store._run(half_then_fail)
        assert (await store.stats())["skips"] == 0
    finally:
        await store.close()


def test_synchronous_must_be_known(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        SqliteStore(tmp_path / "q.sqlite3", synchronous="OFF")
