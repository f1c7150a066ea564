"""The ledger on the PostgreSQL store: its pool, its transactions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from store import leader, sql
from store import ledger_sql as q
from store.base import DEFAULT_CONSUMER
from store.ledger import (
    DAY_MS,
    WIKI_NOTE,
    LedgerRow,
    Proxies,
    ReportData,
    Suppression,
    SuppressionOutcome,
)
from store.postgres import PostgresStore
from stream.position import Position

Conn = Any  # asyncpg.Connection (untyped)


def n(statement: str) -> str:
    return sql.numbered(statement)


class PostgresLedger:
    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    async def add_judged(self, rows: Sequence[LedgerRow]) -> None:
        if not rows:
            return
        values = q.judged_values(rows, self.store._now())

        async def tx(conn: Conn) -> None:
            await leader.claim_term(conn, self.store._term)  # intake: only the leader's term
            await conn.executemany(n(q.INSERT_JUDGED), values)

        await self.store._run(tx)

    async def record_suppression(
        self, suppression: Suppression, position: Position | None = None, *,
        consumer: str = DEFAULT_CONSUMER,
    ) -> SuppressionOutcome:
        now = self.store._now()

        async def tx(conn: Conn) -> SuppressionOutcome:
            await leader.claim_term(conn, self.store._term)  # the position's fence
            result = await _record(conn, suppression, now)
            if position is not None:
                await conn.execute(n(sql.SAVE_POSITION), consumer, position.last_event_id,
                                   position.event_time_ms, now)
            return result

        return await self.store._run(tx)

    async def proxies(self, since_ms: int) -> Proxies:
        async def read(conn: Conn) -> Proxies:
            flagged, flagged_suppressed = await conn.fetchrow(n(q.FLAGGED_COUNTS), since_ms)
            judged, hit = await conn.fetchrow(n(q.SUPPRESSED_COUNTS), since_ms)
            return Proxies(int(flagged), int(flagged_suppressed), int(judged), int(hit))

        return await self.store._run(read)

    async def report(self, since_ms: int) -> ReportData:
        async def read(conn: Conn) -> ReportData:
            return q.report_data(
                since_ms,
                await conn.fetch(n(q.FLAGGED_BY_WIKI), since_ms),
                await conn.fetch(n(q.SUPPRESSED_ROWS), since_ms),
                await conn.fetch(n(q.UNJUDGED_BY_WIKI), since_ms),
                await conn.fetch(n(q.RESOLVED_ROWS), since_ms))

        return await self.store._run(read)

    async def purge(self, retention_days: float) -> int:
        cutoff = self.store._now() - int(retention_days * DAY_MS)

        async def tx(conn: Conn) -> int:
            judged = await conn.execute(n(q.PURGE_JUDGED), cutoff)
            suppressed = await conn.execute(n(q.PURGE_SUPPRESSIONS), cutoff)
            return _deleted(judged) + _deleted(suppressed)

        return await self.store._run(tx)


def _deleted(status: str) -> int:
    """asyncpg's status string "DELETE 12" → 12."""
    return int(status.rsplit(" ", 1)[-1])


async def _record(conn: Conn, suppression: Suppression, now: int) -> SuppressionOutcome:
    created = await conn.fetchrow(n(q.INSERT_SUPPRESSION), *q.suppression_values(suppression, now))
    if created is None:
        return SuppressionOutcome(new=False)
    key = (suppression.wiki, suppression.rev_id)
    judged = await conn.fetchrow(n(q.SELECT_JUDGED), *key)
    request = await conn.fetchrow(n(q.SELECT_OPEN_REQUEST + " FOR UPDATE"), *key)
    resolved = None
    if request is not None and request[1] in q.OPEN_STATES:
        update, audit = q.resolution(int(request[0]), str(request[1]), now, WIKI_NOTE)
        await conn.execute(n(q.RESOLVE_BY_WIKI), *update)
        await conn.execute(n(q.INSERT_AUDIT), *audit)
        resolved = int(request[0])
    return q.outcome(None if judged is None else tuple(judged),
                     None if request is None else tuple(request), resolved)
