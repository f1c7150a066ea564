"""Leadership of the stream on the queue's PostgreSQL: one lease row, a term that grows at every
takeover, and the term each intake write names (migration 0004 makes the database refuse a write
whose term is not the current one).

A replica acquires the row when its lease has run out, was released (a handover), or it already
holds it; the lease is renewed well before it runs out. Lease times are the database's clock.
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

READER = "reader"  # the one lease row: who reads the stream
FENCED_SQLSTATE = "OWF01"  # raised by outingwatch_fence() (migration 0004)
Conn = Any  # asyncpg.Connection (untyped)

_CURRENT = (
    "SELECT term, holder, lease_until <= clock_timestamp() AS free, "
    "lease_until = '-infinity'::timestamptz AS released "
    "FROM leadership WHERE name = $1 FOR UPDATE"
)
_FIRST = (
    "INSERT INTO leadership (name, term, holder, lease_until, acquired_at) "
    "VALUES ($1, 1, $2, clock_timestamp() + make_interval(secs => $3), clock_timestamp()) "
    "ON CONFLICT (name) DO NOTHING RETURNING term"
)
_TAKE = (
    "UPDATE leadership SET term = term + 1, holder = $2, acquired_at = clock_timestamp(), "
    "lease_until = clock_timestamp() + make_interval(secs => $3) WHERE name = $1 RETURNING term"
)
_HISTORY = (
    "INSERT INTO leadership_terms (term, holder, started_at, previous_holder, previous_released) "
    "VALUES ($1, $2, clock_timestamp(), $3, $4)"
)
_RENEW = (
    "UPDATE leadership SET lease_until = clock_timestamp() + make_interval(secs => $4) "
    "WHERE name = $1 AND term = $2 AND holder = $3 RETURNING term"
)
_RELEASE = (
    "UPDATE leadership SET lease_until = '-infinity'::timestamptz "
    "WHERE name = $1 AND term = $2 AND holder = $3"
)
CLAIM_TERM = "SELECT set_config('outingwatch.term', $1, true)"


def holder_name() -> str:
    """This replica among the others: host (the pod's name in Kubernetes), pid, a random part."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


async def acquire(conn: Conn, holder: str, lease_s: float) -> int | None:
    """The new term if this replica now leads, else None. Runs in one transaction."""
    row = await conn.fetchrow(_CURRENT, READER)
    if row is None:
        term = await conn.fetchval(_FIRST, READER, holder, lease_s)
        previous: tuple[str | None, bool] = (None, False)
    elif row["free"] or row["holder"] == holder:
        term = await conn.fetchval(_TAKE, READER, holder, lease_s)
        previous = (str(row["holder"]), bool(row["released"]))
    else:
        return None
    if term is None:  # another replica inserted the first row at the same moment
        return None
    await conn.execute(_HISTORY, int(term), holder, *previous)
    return int(term)


async def renew(conn: Conn, term: int, holder: str, lease_s: float) -> bool:
    """False: the row names another term or holder, so this replica no longer leads."""
    return await conn.fetchval(_RENEW, READER, term, holder, lease_s) is not None


async def release(conn: Conn, term: int, holder: str) -> None:
    """End the lease now (a handover): a standby may take over at its next attempt."""
    await conn.execute(_RELEASE, READER, term, holder)


async def claim_term(conn: Conn, term: int | None) -> None:
    """Name this transaction's term; the fence trigger compares it with the lease row's."""
    if term is not None:
        await conn.execute(CLAIM_TERM, str(term))
