"""Cases and known values on the PostgreSQL store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from store import cases as q
from store import sql
from store.cases import CaseJoin, CaseSummary, KnownValue
from store.postgres import PostgresStore

Conn = Any  # asyncpg.Connection (untyped)
_CASE_LOCK = 0x6F77_6361  # "owca": joins serialise, so two replicas never split one case


def n(statement: str) -> str:
    return sql.numbered(statement)


class PostgresCases:
    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    async def join_case(self, wiki: str, rev_id: int, keys: Sequence[str]) -> CaseJoin:
        wanted = q.checked_keys(keys)
        now = self.store._now()
        return await self.store._run(lambda c: _join(c, wiki, rev_id, wanted, now))

    async def cases_of(self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], int]:
        async def read(conn: Conn) -> dict[tuple[str, int], int]:
            found: dict[tuple[str, int], int] = {}
            for start in range(0, len(members), 200):
                chunk = list(members[start:start + 200])
                params = [v for pair in chunk for v in pair]
                rows = await conn.fetch(n(q.case_of_members(len(chunk))), *params)
                found.update({(str(r[0]), int(r[1])): int(r[2]) for r in rows})
            return found

        return await self.store._run(read)

    async def case(self, case_id: int) -> CaseSummary | None:
        return await self.store._run(lambda c: _case(c, case_id))

    async def list_cases(self, limit: int = 100) -> list[CaseSummary]:
        async def read(conn: Conn) -> list[CaseSummary]:
            ids = [int(r[0]) for r in await conn.fetch(n(q.LIST_CASES), limit)]
            found = [await _case(conn, i) for i in ids]
            return [s for s in found if s is not None]

        return await self.store._run(read)

    async def add_known(self, digest: str, type: str, user: str) -> tuple[KnownValue, bool]:
        now = self.store._now()

        async def tx(conn: Conn) -> tuple[KnownValue, bool]:
            created = await conn.fetchrow(n(q.INSERT_KNOWN), digest, type, user, now)
            row = await conn.fetchrow(n(q.KNOWN_BY_DIGEST), digest)
            return q.known(tuple(row)), created is not None

        return await self.store._run(tx)

    async def list_known(self) -> list[KnownValue]:
        rows = await self.store._run(lambda c: c.fetch(n(q.LIST_KNOWN)))
        return [q.known(tuple(r)) for r in rows]

    async def remove_known(self, known_id: int) -> bool:
        row = await self.store._run(lambda c: c.fetchrow(n(q.REMOVE_KNOWN), known_id))
        return row is not None

    async def known_digests(self) -> dict[str, str]:
        rows = await self.store._run(lambda c: c.fetch(n(q.KNOWN_DIGESTS)))
        return {str(r[0]): str(r[1]) for r in rows}

    async def count_matches(self, digests: Sequence[str]) -> None:
        wanted = sorted(set(digests))
        if wanted:
            await self.store._run(lambda c: c.execute(n(q.count_known(len(wanted))), *wanted))


    async def set_fields(self, wiki: str, rev_id: int, fields: Sequence[str]) -> None:
        value = ",".join(fields)
        await self.store._run(lambda c: c.execute(n(q.SET_FIELDS), wiki, rev_id, value))

    async def fields_of(
        self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], tuple[str, ...]]:
        async def read(conn: Conn) -> dict[tuple[str, int], tuple[str, ...]]:
            found: dict[tuple[str, int], tuple[str, ...]] = {}
            for start in range(0, len(members), 200):
                chunk = list(members[start:start + 200])
                params = [v for pair in chunk for v in pair]
                for row in await conn.fetch(n(q.fields_of_members(len(chunk))), *params):
                    found[(str(row[0]), int(row[1]))] = tuple(str(row[2]).split(","))
            return found

        return await self.store._run(read)


async def _join(conn: Conn, wiki: str, rev_id: int, keys: list[str], now: int) -> CaseJoin:
    await conn.execute("SELECT pg_advisory_xact_lock($1)", _CASE_LOCK)
    existing = await conn.fetchrow(n(q.MEMBER_CASE), wiki, rev_id)
    if existing is not None:
        case_id = int(existing[0])
        return CaseJoin(case_id, await _count(conn, case_id) - 1)
    if not keys:
        return CaseJoin(None, 0)
    await conn.executemany(n(q.INSERT_KEY), [(k, wiki, rev_id) for k in keys])
    linked = sorted(int(r[0]) for r in await conn.fetch(n(q.linked_cases(len(keys))), *keys))
    if linked:
        case_id = linked[0]
        if len(linked) > 1:
            await conn.execute(n(q.merge_cases(len(linked) - 1)), case_id, *linked[1:])
    else:
        case_id = int((await conn.fetchrow(n(q.NEW_CASE), now))[0])
    earlier = await _count(conn, case_id)
    await conn.execute(n(q.INSERT_MEMBER), wiki, rev_id, case_id)
    return CaseJoin(case_id, earlier)


async def _count(conn: Conn, case_id: int) -> int:
    return int((await conn.fetchrow(n(q.COUNT_MEMBERS), case_id))[0])


async def _case(conn: Conn, case_id: int) -> CaseSummary | None:
    row = await conn.fetchrow(n(q.CASE_ROW), case_id)
    if row is None:
        return None
    members = tuple((str(r[0]), int(r[1])) for r in await conn.fetch(n(q.CASE_MEMBERS), case_id))
    return CaseSummary(int(row[0]), members, int(row[1]))
