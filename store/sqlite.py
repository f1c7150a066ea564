"""The embedded default: one SQLite file in WAL mode, used from one dedicated worker thread.

synchronous=FULL: in WAL mode NORMAL can lose the last commits on power loss. The position
commits with each request, so a lost commit would replay rather than lose a flag, but a lost
resolution would undo an oversighter's recorded action; the queue writes a few rows a second at
most, so an fsync per commit costs nothing that matters (benchmarks/bench_store.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from store import sql
from store.base import DEFAULT_CONSUMER
from store.changes import StateChanges
from store.errors import NotFound, StoreFailure, UserExists
from store.lifecycle import (
    Change,
    Current,
    check_user,
    check_wikis,
)
from store.migrate import VERSION_TABLE, pending
from store.model import (
    AuditEntry,
    Identity,
    ListFilter,
    StoredRequest,
    SuppressionRequest,
    UserAuditEntry,
    UserInfo,
)
from store.positions import StorePositions
from store.rows import (
    audit_values,
    check_request,
    dump_scope,
    dump_strings,
    group_links,
    identity,
    insert_values,
    scope_detail,
    state_values,
    stats_of,
    to_stored,
    to_user,
)
from store.tokens import new_secret, secret_hash
from stream.position import Position, PositionStore

T = TypeVar("T")
Conn = sqlite3.Connection
SYSTEM = "outingwatch"


class SqliteStore(StateChanges):
    dialect = "sqlite"

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time,
                 busy_timeout_s: float = 10.0, synchronous: str = "FULL") -> None:
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be FULL or NORMAL")
        self.synchronous = synchronous
        self.path = Path(path)
        self._clock = clock
        self._busy_timeout_s = busy_timeout_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-store")
        self._conn: Conn | None = None

    # --- the worker thread -------------------------------------------------------------------
    def _connection(self) -> Conn:
        if self._conn is None:
            _create_private(self.path)
            conn = sqlite3.connect(self.path, timeout=self._busy_timeout_s, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA synchronous={self.synchronous}")
            conn.execute("PRAGMA foreign_keys=ON")
            # purged values are overwritten with zeros, not left in free space (retention)
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_s * 1000)}")
            self._conn = conn
        return self._conn

    def _in_tx(self, fn: Callable[[Conn], T], mode: str) -> T:
        conn = self._connection()
        conn.execute(f"BEGIN {mode}")
        try:
            result = fn(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

    async def _run(self, fn: Callable[[Conn], T], mode: str = "IMMEDIATE") -> T:
        """Run `fn` in one transaction on the worker thread; DEFERRED for reads."""
        loop = asyncio.get_running_loop()
        call = functools.partial(self._in_tx, fn, mode)
        try:
            return await loop.run_in_executor(self._executor, call)
        except (sqlite3.Error, OverflowError) as exc:
            raise StoreFailure(exc) from None

    # --- lifecycle of the store itself --------------------------------------------------------
    async def migrate(self) -> None:
        await self._run(_migrate, "EXCLUSIVE")

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._close_connection)
        self._executor.shutdown(wait=False)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- intake -------------------------------------------------------------------------------
    async def enqueue(self, req: SuppressionRequest, position: Position | None = None, *,
                      consumer: str = DEFAULT_CONSUMER) -> tuple[int, bool]:
        check_request(req)
        now = self._now()
        return await self._run(lambda c: _enqueue(c, req, position, consumer, now))

    async def record_skip(self, wiki: str, rev_id: int, reason: str,
                          position: Position | None = None, *,
                          consumer: str = DEFAULT_CONSUMER) -> bool:
        now = self._now()

        def tx(conn: Conn) -> bool:
            created = conn.execute(sql.INSERT_SKIP, (wiki, rev_id, reason[:200], now)).fetchone()
            if position is not None:
                _save_position(conn, position, consumer, now)
            return created is not None

        return await self._run(tx)

    async def save_position(self, position: Position, *,
                            consumer: str = DEFAULT_CONSUMER) -> None:
        now = self._now()
        await self._run(lambda c: _save_position(c, position, consumer, now))

    async def load_position(self, *, consumer: str = DEFAULT_CONSUMER) -> Position | None:
        row = await self._run(lambda c: c.execute(sql.LOAD_POSITION, (consumer,)).fetchone(),
                              "DEFERRED")
        return None if row is None else Position(row[0], int(row[1]))

    def positions(self, consumer: str = DEFAULT_CONSUMER) -> PositionStore:
        return StorePositions(self, consumer)

    # --- the oversighters ---------------------------------------------------------------------
    async def list_requests(self, flt: ListFilter) -> list[StoredRequest]:
        now = self._now()
        query, params = sql.list_query(flt, now, self.dialect)

        def read(conn: Conn) -> list[StoredRequest]:
            rows = conn.execute(query, params).fetchall()
            links = _linked(conn, [int(r["id"]) for r in rows])
            return [to_stored(r, now, links.get(int(r["id"]), ())) for r in rows]

        return await self._run(read, "DEFERRED")

    async def get(self, request_id: int) -> StoredRequest:
        now = self._now()
        return await self._run(lambda c: _get(c, request_id, now), "DEFERRED")

    async def _change(self, request_id: int, user: str, note: str | None,
                      plan: Callable[[Current], Change]) -> StoredRequest:
        now = self._now()

        def tx(conn: Conn) -> StoredRequest:
            row = conn.execute(sql.SELECT_REQUEST, (request_id,)).fetchone()
            if row is None:
                raise NotFound(request_id)
            change = plan(Current(row["state"], row["claimed_by"], row["lease_until"]))
            _apply(conn, request_id, change, user=user, note=note, now=now)
            return _get(conn, request_id, now)

        return await self._run(tx)

    async def audit(self, request_id: int) -> list[AuditEntry]:
        rows = await self._run(
            lambda c: c.execute(sql.SELECT_AUDIT, (request_id,)).fetchall(), "DEFERRED")
        return [AuditEntry(*tuple(r)) for r in rows]

    # --- operations ---------------------------------------------------------------------------
    async def depth_by_state(self) -> dict[str, int]:
        now = self._now()
        rows = await self._run(lambda c: c.execute(sql.DEPTH, (now,)).fetchall(), "DEFERRED")
        return {str(r[0]): int(r[1]) for r in rows}

    async def stats(self, scope: tuple[str, ...] | None = None) -> dict[str, Any]:
        now = self._now()
        queries = sql.scoped_stats(scope, now)

        def read(conn: Conn) -> dict[str, Any]:
            depth = {str(r[0]): int(r[1]) for r in conn.execute(*queries["depth"])}
            oldest = conn.execute(*queries["oldest"]).fetchone()[0]
            skips = conn.execute(*queries["skips"]).fetchone()[0]
            return stats_of(depth, oldest, int(skips), now)

        return await self._run(read, "DEFERRED")

    async def purge(self, retention_days: float) -> int:
        now = self._now()
        cutoff = now - int(retention_days * 86_400_000)

        def tx(conn: Conn) -> int:
            conn.execute(sql.PURGE_SESSIONS, (now,))
            conn.execute(sql.PURGE_SKIPS, (cutoff,))
            conn.execute(sql.PURGE_AUDIT_NOTES, (cutoff,))
            conn.execute(sql.PURGE_FINGERPRINTS, (cutoff,))
            return conn.execute(sql.PURGE, (dump_strings(()), now, cutoff)).rowcount

        purged = await self._run(tx)
        if purged:
            await self._forget_old_pages()
        return purged

    async def _forget_old_pages(self) -> None:
        """The WAL still holds the pages as they were before the purge: checkpoint them into
        the database (where secure_delete has zeroed what was freed) and truncate the WAL."""
        loop = asyncio.get_running_loop()

        def checkpoint() -> None:
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

        try:
            await loop.run_in_executor(self._executor, checkpoint)
        except sqlite3.Error as exc:
            raise StoreFailure(exc) from None

    # --- users and sessions -------------------------------------------------------------------
    async def add_user(self, name: str, wikis: tuple[str, ...] | None = None, *,
                       expires_at: int | None = None, actor: str = "cli") -> str:
        name, token, now = check_user(name), new_secret(), self._now()
        scope = dump_scope(check_wikis(wikis))
        row = (name, secret_hash(token), now, scope, expires_at)
        await self._run(lambda c: _add_user(c, row, actor))
        return token

    async def set_scope(self, name: str, wikis: tuple[str, ...] | None,
                        actor: str = "cli") -> bool:
        scope, now = dump_scope(check_wikis(wikis)), self._now()

        def tx(conn: Conn) -> bool:
            if conn.execute(sql.SET_SCOPE, (scope, name)).fetchone() is None:
                return False
            conn.execute(sql.INSERT_USER_AUDIT, (now, actor, name, "scope", scope_detail(scope)))
            return True

        return await self._run(tx)

    async def revoke_user(self, name: str, actor: str = "cli") -> bool:
        now = self._now()

        def tx(conn: Conn) -> bool:
            revoked = conn.execute(sql.REVOKE_USER, (now, name)).fetchone() is not None
            conn.execute(sql.DROP_USER_SESSIONS, (name,))
            if revoked:
                conn.execute(sql.INSERT_USER_AUDIT, (now, actor, name, "revoked", None))
            return revoked

        return await self._run(tx)

    async def verify_token(self, token: str) -> str | None:
        found = await self.identify_token(token)
        return None if found is None else found.name

    async def identify_token(self, token: str) -> Identity | None:
        if not 0 < len(token) <= 256:
            return None
        digest, now = secret_hash(token), self._now()
        row = await self._run(
            lambda c: c.execute(sql.FIND_USER_BY_HASH, (digest, now)).fetchone(), "DEFERRED")
        return identity(row, digest)

    async def list_users(self) -> list[UserInfo]:
        rows = await self._run(lambda c: c.execute(sql.LIST_USERS).fetchall(), "DEFERRED")
        return [to_user(r) for r in rows]

    async def user_audit(self) -> list[UserAuditEntry]:
        rows = await self._run(lambda c: c.execute(sql.SELECT_USER_AUDIT).fetchall(), "DEFERRED")
        return [UserAuditEntry(*tuple(r)) for r in rows]

    async def create_session(self, user: str, ttl_s: float) -> str:
        session_id, now = new_secret("ows_"), self._now()
        row = (secret_hash(session_id), user, now, now + int(ttl_s * 1000))
        await self._run(lambda c: c.execute(sql.INSERT_SESSION, row))
        return session_id

    async def session_user(self, session_id: str) -> str | None:
        found = await self.identify_session(session_id)
        return None if found is None else found.name

    async def identify_session(self, session_id: str) -> Identity | None:
        if not 0 < len(session_id) <= 256:
            return None
        digest, now = secret_hash(session_id), self._now()
        row = await self._run(
            lambda c: c.execute(sql.FIND_SESSION, (digest, now, now)).fetchone(), "DEFERRED")
        return identity(row, digest)

    async def delete_session(self, session_id: str) -> None:
        digest = secret_hash(session_id)
        await self._run(lambda c: c.execute(sql.DELETE_SESSION, (digest,)))


def _create_private(path: Path) -> None:
    """The queue holds titles, user names and excerpts: owner-only file (SQLite gives its -wal
    and -shm files the database file's permissions)."""
    if path.exists():
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


# --- statements run inside a transaction on the worker thread ---------------------------------
def _migrate(conn: Conn) -> None:
    conn.execute(VERSION_TABLE)
    current = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    for version, script in pending("sqlite", int(current)):
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                     (version, int(time.time() * 1000)))


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit the open transaction)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s.strip(" \n;")]


def _enqueue(conn: Conn, req: SuppressionRequest, position: Position | None, consumer: str,
             now: int) -> tuple[int, bool]:
    row = conn.execute(sql.INSERT_REQUEST, insert_values(req, now)).fetchone()
    created = row is not None
    if created:
        request_id = int(row[0])
        conn.executemany(sql.INSERT_FINGERPRINT, [(f, request_id) for f in req.fingerprints])
        conn.execute(sql.INSERT_AUDIT, (request_id, SYSTEM, now, None, "pending", None))
    else:
        request_id = int(conn.execute(sql.FIND_REQUEST, (req.wiki, req.rev_id)).fetchone()[0])
    if position is not None:
        _save_position(conn, position, consumer, now)
    return request_id, created


def _save_position(conn: Conn, position: Position, consumer: str, now: int) -> None:
    conn.execute(sql.SAVE_POSITION,
                 (consumer, position.last_event_id, position.event_time_ms, now))


def _get(conn: Conn, request_id: int, now: int) -> StoredRequest:
    row = conn.execute(sql.SELECT_REQUEST, (request_id,)).fetchone()
    if row is None:
        raise NotFound(request_id)
    return to_stored(row, now, _linked(conn, [request_id]).get(request_id, ()))


def _linked(conn: Conn, ids: list[int]) -> dict[int, tuple[tuple[int, str], ...]]:
    if not ids:
        return {}
    rows = conn.execute(sql.linked_query(len(ids)), ids).fetchall()
    return group_links((int(a), int(b), str(w)) for a, b, w in rows)


def _apply(conn: Conn, request_id: int, change: Change, *, user: str, note: str | None,
           now: int) -> None:
    conn.execute(sql.UPDATE_STATE, state_values(change, request_id, note, now))
    if change.audited:
        conn.execute(sql.INSERT_AUDIT, audit_values(change, request_id, user, note, now))


def _add_user(conn: Conn, row: tuple[str, str, int, str | None, int | None], actor: str) -> None:
    name, token_hash, now, scope, expires_at = row
    found = conn.execute(sql.SELECT_USER, (name,)).fetchone()
    if found is None:
        conn.execute(sql.INSERT_USER, row)
    elif found[0] is None:
        raise UserExists()
    else:
        conn.execute(sql.RENEW_USER, (token_hash, now, scope, expires_at, name))
    conn.execute(sql.INSERT_USER_AUDIT, (now, actor, name, "added", scope_detail(scope)))
