"""PostgreSQL through asyncpg: several service replicas share one queue.

Each change locks its row (`SELECT ... FOR UPDATE`) before the lifecycle rules decide, so two
replicas racing for one request serialise on the row and exactly one claim wins; enqueue relies
on `INSERT ... ON CONFLICT DO NOTHING` on (wiki, rev_id).

Only the leader among replicas reads the stream (store/leader.py): once elected it sets its term
with `fence(term)`, and every intake write (request, skip, position) names that term in its
transaction, so the database refuses the writes of a replica whose leadership is over.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import asyncpg

from store import leader, sql
from store.base import DEFAULT_CONSUMER
from store.changes import StateChanges
from store.errors import Fenced, NotFound, StoreFailure, UserExists
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
Conn = Any  # asyncpg.Connection (untyped)
SYSTEM = "outingwatch"
_MIGRATION_LOCK = 0x6F77_6D69  # "owmi": one replica migrates, the others wait


def q(statement: str) -> str:
    return sql.numbered(statement)


class PostgresStore(StateChanges):
    dialect = "postgresql"

    def __init__(self, dsn: str, *, clock: Callable[[], float] = time.time,
                 min_size: int = 1, max_size: int = 10) -> None:
        self.dsn = dsn
        self._clock = clock
        self._sizes = (min_size, max_size)
        self._pool: Any = None
        self._pool_lock = asyncio.Lock()
        self._term: int | None = None  # the leadership term intake writes name (None: no replicas)

    async def _ensure_pool(self) -> Any:
        async with self._pool_lock:  # two first calls at once must not open two pools
            if self._pool is None:
                self._pool = await asyncpg.create_pool(
                    self.dsn, min_size=self._sizes[0], max_size=self._sizes[1],
                    command_timeout=30)
        return self._pool

    async def _run(self, fn: Callable[[Conn], Awaitable[T]]) -> T:
        try:
            pool = await self._ensure_pool()
            async with pool.acquire() as conn, conn.transaction():
                return await fn(conn)
        except asyncpg.PostgresError as exc:
            if getattr(exc, "sqlstate", None) == leader.FENCED_SQLSTATE:
                raise Fenced(exc) from None
            raise StoreFailure(exc) from None
        except (asyncpg.InterfaceError, OSError, TimeoutError) as exc:
            raise StoreFailure(exc) from None

    # --- leadership among replicas (store/leader.py) ------------------------------------------
    def fence(self, term: int | None) -> None:
        """Every intake write from now on names `term`; the database refuses it once another
        replica holds a newer term."""
        self._term = term

    async def acquire_leadership(self, holder: str, lease_s: float) -> int | None:
        return await self._run(lambda c: leader.acquire(c, holder, lease_s))

    async def renew_leadership(self, term: int, holder: str, lease_s: float) -> bool:
        return await self._run(lambda c: leader.renew(c, term, holder, lease_s))

    async def release_leadership(self, term: int, holder: str) -> None:
        await self._run(lambda c: leader.release(c, term, holder))

    # --- lifecycle of the store itself --------------------------------------------------------
    async def migrate(self) -> None:
        await self._run(_migrate)

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    # --- intake -------------------------------------------------------------------------------
    async def enqueue(self, req: SuppressionRequest, position: Position | None = None, *,
                      consumer: str = DEFAULT_CONSUMER) -> tuple[int, bool]:
        check_request(req)
        now, term = self._now(), self._term

        async def tx(conn: Conn) -> tuple[int, bool]:
            await leader.claim_term(conn, term)
            return await _enqueue(conn, req, position, consumer, now)

        return await self._run(tx)

    async def record_skip(self, wiki: str, rev_id: int, reason: str,
                          position: Position | None = None, *,
                          consumer: str = DEFAULT_CONSUMER) -> bool:
        now, term = self._now(), self._term

        async def tx(conn: Conn) -> bool:
            await leader.claim_term(conn, term)
            created = await conn.fetchrow(q(sql.INSERT_SKIP), wiki, rev_id, reason[:200], now)
            if position is not None:
                await _save_position(conn, position, consumer, now)
            return created is not None

        return await self._run(tx)

    async def save_position(self, position: Position, *,
                            consumer: str = DEFAULT_CONSUMER) -> None:
        now, term = self._now(), self._term

        async def tx(conn: Conn) -> None:
            await leader.claim_term(conn, term)
            await _save_position(conn, position, consumer, now)

        await self._run(tx)

    async def load_position(self, *, consumer: str = DEFAULT_CONSUMER) -> Position | None:
        row = await self._run(lambda c: c.fetchrow(q(sql.LOAD_POSITION), consumer))
        return None if row is None else Position(row[0], int(row[1]))

    def positions(self, consumer: str = DEFAULT_CONSUMER) -> PositionStore:
        return StorePositions(self, consumer)

    # --- the oversighters ---------------------------------------------------------------------
    async def list_requests(self, flt: ListFilter) -> list[StoredRequest]:
        now = self._now()
        query, params = sql.list_query(flt, now, self.dialect)

        async def read(conn: Conn) -> list[StoredRequest]:
            rows = await conn.fetch(q(query), *params)
            links = await _linked(conn, [int(r["id"]) for r in rows])
            return [to_stored(r, now, links.get(int(r["id"]), ())) for r in rows]

        return await self._run(read)

    async def get(self, request_id: int) -> StoredRequest:
        now = self._now()
        return await self._run(lambda c: _get(c, request_id, now))

    async def _change(self, request_id: int, user: str, note: str | None,
                      plan: Callable[[Current], Change]) -> StoredRequest:
        now = self._now()

        async def tx(conn: Conn) -> StoredRequest:
            row = await conn.fetchrow(q(sql.SELECT_REQUEST + " FOR UPDATE"), request_id)
            if row is None:
                raise NotFound(request_id)
            change = plan(Current(row["state"], row["claimed_by"], row["lease_until"]))
            await conn.execute(q(sql.UPDATE_STATE), *state_values(change, request_id, note, now))
            if change.audited:
                await conn.execute(q(sql.INSERT_AUDIT),
                                   *audit_values(change, request_id, user, note, now))
            return await _get(conn, request_id, now)

        return await self._run(tx)

    async def audit(self, request_id: int) -> list[AuditEntry]:
        rows = await self._run(lambda c: c.fetch(q(sql.SELECT_AUDIT), request_id))
        return [AuditEntry(*tuple(r)) for r in rows]

    # --- operations ---------------------------------------------------------------------------
    async def depth_by_state(self) -> dict[str, int]:
        now = self._now()
        rows = await self._run(lambda c: c.fetch(q(sql.DEPTH), now))
        return {str(r[0]): int(r[1]) for r in rows}

    async def stats(self, scope: tuple[str, ...] | None = None) -> dict[str, Any]:
        now = self._now()
        queries = sql.scoped_stats(scope, now)

        async def read(conn: Conn) -> dict[str, Any]:
            depth_sql, depth_args = queries["depth"]
            depth = {str(r[0]): int(r[1]) for r in await conn.fetch(q(depth_sql), *depth_args)}
            oldest = await conn.fetchval(q(queries["oldest"][0]), *queries["oldest"][1])
            skips = await conn.fetchval(q(queries["skips"][0]), *queries["skips"][1])
            return stats_of(depth, oldest, int(skips), now)

        return await self._run(read)

    async def purge(self, retention_days: float) -> int:
        now = self._now()
        cutoff = now - int(retention_days * 86_400_000)

        async def tx(conn: Conn) -> int:
            await conn.execute(q(sql.PURGE_SESSIONS), now)
            await conn.execute(q(sql.PURGE_SKIPS), cutoff)
            await conn.execute(q(sql.PURGE_AUDIT_NOTES), cutoff)
            await conn.execute(q(sql.PURGE_FINGERPRINTS), cutoff)
            status = await conn.execute(q(sql.PURGE), dump_strings(()), now, cutoff)
            return int(str(status).rsplit(" ", 1)[-1])

        purged = await self._run(tx)
        if purged:
            await self._forget_old_tuples()
        return purged

    async def _forget_old_tuples(self) -> None:
        """An UPDATE leaves the old row versions in the table's files until a vacuum: rewrite
        the tables that held the purged values (brief exclusive locks on a small queue)."""
        try:
            pool = await self._ensure_pool()
            async with pool.acquire() as conn:
                await conn.execute("VACUUM FULL requests, audit, fingerprints")
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError) as exc:
            raise StoreFailure(exc) from None

    # --- users and sessions -------------------------------------------------------------------
    async def add_user(self, name: str, wikis: tuple[str, ...] | None = None, *,
                       expires_at: int | None = None, actor: str = "cli") -> str:
        name, token, now = check_user(name), new_secret(), self._now()
        row = (name, secret_hash(token), now, dump_scope(check_wikis(wikis)), expires_at)
        await self._run(lambda c: _add_user(c, row, actor))
        return token

    async def set_scope(self, name: str, wikis: tuple[str, ...] | None,
                        actor: str = "cli") -> bool:
        scope, now = dump_scope(check_wikis(wikis)), self._now()

        async def tx(conn: Conn) -> bool:
            if await conn.fetchrow(q(sql.SET_SCOPE), scope, name) is None:
                return False
            await conn.execute(q(sql.INSERT_USER_AUDIT), now, actor, name, "scope",
                               scope_detail(scope))
            return True

        return await self._run(tx)

    async def revoke_user(self, name: str, actor: str = "cli") -> bool:
        now = self._now()

        async def tx(conn: Conn) -> bool:
            revoked = await conn.fetchrow(q(sql.REVOKE_USER), now, name) is not None
            await conn.execute(q(sql.DROP_USER_SESSIONS), name)
            if revoked:
                await conn.execute(q(sql.INSERT_USER_AUDIT), now, actor, name, "revoked", None)
            return revoked

        return await self._run(tx)

    async def verify_token(self, token: str) -> str | None:
        found = await self.identify_token(token)
        return None if found is None else found.name

    async def identify_token(self, token: str) -> Identity | None:
        if not 0 < len(token) <= 256:
            return None
        digest, now = secret_hash(token), self._now()
        row = await self._run(lambda c: c.fetchrow(q(sql.FIND_USER_BY_HASH), digest, now))
        return identity(row, digest)

    async def list_users(self) -> list[UserInfo]:
        rows = await self._run(lambda c: c.fetch(q(sql.LIST_USERS)))
        return [to_user(r) for r in rows]

    async def user_audit(self) -> list[UserAuditEntry]:
        rows = await self._run(lambda c: c.fetch(q(sql.SELECT_USER_AUDIT)))
        return [UserAuditEntry(*tuple(r)) for r in rows]

    async def create_session(self, user: str, ttl_s: float) -> str:
        session_id, now = new_secret("ows_"), self._now()
        row = (secret_hash(session_id), user, now, now + int(ttl_s * 1000))
        await self._run(lambda c: c.execute(q(sql.INSERT_SESSION), *row))
        return session_id

    async def session_user(self, session_id: str) -> str | None:
        found = await self.identify_session(session_id)
        return None if found is None else found.name

    async def identify_session(self, session_id: str) -> Identity | None:
        if not 0 < len(session_id) <= 256:
            return None
        digest, now = secret_hash(session_id), self._now()
        row = await self._run(lambda c: c.fetchrow(q(sql.FIND_SESSION), digest, now, now))
        return identity(row, digest)

    async def delete_session(self, session_id: str) -> None:
        digest = secret_hash(session_id)
        await self._run(lambda c: c.execute(q(sql.DELETE_SESSION), digest))


# --- statements run inside a transaction -----------------------------------------------------
async def _migrate(conn: Conn) -> None:
    await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
    await conn.execute(VERSION_TABLE)
    current = await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_version")
    for version, script in pending("postgresql", int(current)):
        await conn.execute(script)
        await conn.execute("INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)",
                           version, int(time.time() * 1000))


async def _enqueue(conn: Conn, req: SuppressionRequest, position: Position | None,
                   consumer: str, now: int) -> tuple[int, bool]:
    request_id = await conn.fetchval(q(sql.INSERT_REQUEST), *insert_values(req, now))
    created = request_id is not None
    if created:
        await conn.executemany(q(sql.INSERT_FINGERPRINT),
                               [(f, request_id) for f in req.fingerprints])
        await conn.execute(q(sql.INSERT_AUDIT), request_id, SYSTEM, now, None, "pending", None)
    else:
        request_id = await conn.fetchval(q(sql.FIND_REQUEST), req.wiki, req.rev_id)
    if position is not None:
        await _save_position(conn, position, consumer, now)
    return int(request_id), created


async def _save_position(conn: Conn, position: Position, consumer: str, now: int) -> None:
    await conn.execute(q(sql.SAVE_POSITION),
                       consumer, position.last_event_id, position.event_time_ms, now)


async def _get(conn: Conn, request_id: int, now: int) -> StoredRequest:
    row = await conn.fetchrow(q(sql.SELECT_REQUEST), request_id)
    if row is None:
        raise NotFound(request_id)
    return to_stored(row, now, (await _linked(conn, [request_id])).get(request_id, ()))


async def _linked(conn: Conn, ids: list[int]) -> dict[int, tuple[tuple[int, str], ...]]:
    if not ids:
        return {}
    rows = await conn.fetch(q(sql.linked_query(len(ids))), *ids)
    return group_links((int(a), int(b), str(w)) for a, b, w in rows)


async def _add_user(conn: Conn, row: tuple[str, str, int, str | None, int | None],
                    actor: str) -> None:
    name, token_hash, now, scope, expires_at = row
    found = await conn.fetchrow(q(sql.SELECT_USER + " FOR UPDATE"), name)
    if found is None:
        await conn.execute(q(sql.INSERT_USER), *row)
    elif found[0] is None:
        raise UserExists()
    else:
        await conn.execute(q(sql.RENEW_USER), token_hash, now, scope, expires_at, name)
    await conn.execute(q(sql.INSERT_USER_AUDIT), now, actor, name, "added", scope_detail(scope))
