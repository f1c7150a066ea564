"""The ledger on the SQLite store: its worker thread, its transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from store import ledger_sql as q
from store import sql
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
from store.sqlite import SqliteStore
from stream.position import Position

Conn = sqlite3.Connection


class SqliteLedger:
    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    async def add_judged(self, rows: Sequence[LedgerRow]) -> None:
        if not rows:
            return
        values = q.judged_values(rows, self.store._now())
        await self.store._run(lambda c: c.executemany(q.INSERT_JUDGED, values) and None)

    async def record_suppression(
        self, suppression: Suppression, position: Position | None = None, *,
        consumer: str = DEFAULT_CONSUMER,
    ) -> SuppressionOutcome:
        now = self.store._now()

        def tx(conn: Conn) -> SuppressionOutcome:
            result = _record(conn, suppression, now)
            if position is not None:
                conn.execute(sql.SAVE_POSITION, (consumer, position.last_event_id,
                                                 position.event_time_ms, now))
            return result

        return await self.store._run(tx)

    async def proxies(self, since_ms: int) -> Proxies:
        def read(conn: Conn) -> Proxies:
            flagged, flagged_suppressed = conn.execute(q.FLAGGED_COUNTS, (since_ms,)).fetchone()
            judged, hit = conn.execute(q.SUPPRESSED_COUNTS, (since_ms,)).fetchone()
            return Proxies(int(flagged), int(flagged_suppressed), int(judged), int(hit))

        return await self.store._run(read, "DEFERRED")

    async def report(self, since_ms: int) -> ReportData:
        def read(conn: Conn) -> ReportData:
            return q.report_data(
                since_ms,
                conn.execute(q.FLAGGED_BY_WIKI, (since_ms,)).fetchall(),
                conn.execute(q.SUPPRESSED_ROWS, (since_ms,)).fetchall(),
                conn.execute(q.UNJUDGED_BY_WIKI, (since_ms,)).fetchall(),
                conn.execute(q.RESOLVED_ROWS, (since_ms,)).fetchall())

        return await self.store._run(read, "DEFERRED")

    async def purge(self, retention_days: float) -> int:
        cutoff = self.store._now() - int(retention_days * DAY_MS)

        def tx(conn: Conn) -> int:
            judged = conn.execute(q.PURGE_JUDGED, (cutoff,)).rowcount
            return judged + conn.execute(q.PURGE_SUPPRESSIONS, (cutoff,)).rowcount

        return await self.store._run(tx)


def _record(conn: Conn, suppression: Suppression, now: int) -> SuppressionOutcome:
    created = conn.execute(q.INSERT_SUPPRESSION, q.suppression_values(suppression, now))
    if created.fetchone() is None:
        return SuppressionOutcome(new=False)
    key = (suppression.wiki, suppression.rev_id)
    judged = conn.execute(q.SELECT_JUDGED, key).fetchone()
    request = conn.execute(q.SELECT_OPEN_REQUEST, key).fetchone()
    resolved = None
    if request is not None and request[1] in q.OPEN_STATES:
        update, audit = q.resolution(int(request[0]), str(request[1]), now, WIKI_NOTE)
        conn.execute(q.RESOLVE_BY_WIKI, update)
        conn.execute(q.INSERT_AUDIT, audit)
        resolved = int(request[0])
    return q.outcome(None if judged is None else tuple(judged),
                     None if request is None else tuple(request), resolved)
