"""What a run left in the queue database, read directly (SQLite file or PostgreSQL database)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import asyncpg

Key = tuple[str, int]

REQUESTS = "SELECT wiki, rev_id, types FROM requests"
SKIPS = "SELECT wiki, rev_id, reason FROM skips"
AUDIT = "SELECT request_id, COUNT(*) FROM audit GROUP BY request_id"
POSITION = "SELECT last_event_id FROM positions WHERE consumer = 'recentchange'"


@dataclass(frozen=True, slots=True)
class QueueState:
    requests: dict[Key, tuple[str, ...]]  # (wiki, rev_id) -> sorted types
    rows: int  # request rows (more than len(requests) would be a duplicate)
    skips: dict[Key, str]  # recorded skips and their reasons
    audit_extra: int = 0  # audit rows beyond each request's creation (a request created twice)


def _state(requests: list[tuple[str, int, object]], skips: list[tuple[str, int, str]]
           ) -> QueueState:
    by_key: dict[Key, tuple[str, ...]] = {}
    for wiki, rev_id, types in requests:
        values = json.loads(types) if isinstance(types, str) else types
        by_key[(wiki, int(rev_id))] = tuple(sorted(values))  # type: ignore[arg-type]
    return QueueState(by_key, len(requests), {(w, int(r)): reason for w, r, reason in skips})


def sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


def _sqlite_rows(url: str, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{sqlite_path(url)}?mode=ro", uri=True, timeout=10)
    try:
        return list(conn.execute(query))
    except sqlite3.OperationalError:  # not created (or migrated) yet
        return []
    finally:
        conn.close()


async def _pg_rows(url: str, query: str) -> list[tuple[object, ...]]:
    conn = await asyncpg.connect(url, timeout=5)
    try:
        return [tuple(row) for row in await conn.fetch(query)]
    except asyncpg.UndefinedTableError:
        return []
    finally:
        await conn.close()


async def rows(url: str, query: str) -> list[tuple[object, ...]]:
    if url.startswith("sqlite:///"):
        return _sqlite_rows(url, query)
    return await _pg_rows(url, query)


async def read_state(url: str) -> QueueState:
    """Read after runs where no oversighter acted: each request has exactly one audit row."""
    requests = await rows(url, REQUESTS)
    skips = await rows(url, SKIPS)
    audit = await rows(url, AUDIT)
    state = _state(requests, skips)  # type: ignore[arg-type]
    extra = sum(int(count) - 1 for _, count in audit)  # type: ignore[call-overload]
    return QueueState(state.requests, state.rows, state.skips, extra)


async def saved_position(url: str) -> str | None:
    """The saved stream position, or None (none yet, or the database is unreachable now)."""
    try:
        found = await rows(url, POSITION)
    except (OSError, asyncpg.PostgresError, sqlite3.Error, TimeoutError):
        return None
    return str(found[0][0]) if found else None
