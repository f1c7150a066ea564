"""Cases and known values on the SQLite store."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from store import cases as q
from store.cases import CaseJoin, CaseSummary, KnownValue
from store.sqlite import SqliteStore

Conn = sqlite3.Connection


class SqliteCases:
    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    async def join_case(self, wiki: str, rev_id: int, keys: Sequence[str]) -> CaseJoin:
        wanted = q.checked_keys(keys)
        now = self.store._now()
        return await self.store._run(lambda c: _join(c, wiki, rev_id, wanted, now))

    async def cases_of(self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], int]:
        def read(conn: Conn) -> dict[tuple[str, int], int]:
            found: dict[tuple[str, int], int] = {}
            for start in range(0, len(members), 200):
                chunk = list(members[start:start + 200])
                params = [v for pair in chunk for v in pair]
                rows = conn.execute(q.case_of_members(len(chunk)), params).fetchall()
                found.update({(str(r[0]), int(r[1])): int(r[2]) for r in rows})
            return found

        return await self.store._run(read, "DEFERRED")

    async def case(self, case_id: int) -> CaseSummary | None:
        return await self.store._run(lambda c: _case(c, case_id), "DEFERRED")

    async def list_cases(self, limit: int = 100) -> list[CaseSummary]:
        def read(conn: Conn) -> list[CaseSummary]:
            ids = [int(r[0]) for r in conn.execute(q.LIST_CASES, (limit,)).fetchall()]
            return [s for s in (_case(conn, i) for i in ids) if s is not None]

        return await self.store._run(read, "DEFERRED")

    async def add_known(self, digest: str, type: str, user: str) -> tuple[KnownValue, bool]:
        now = self.store._now()

        def tx(conn: Conn) -> tuple[KnownValue, bool]:
            created = conn.execute(q.INSERT_KNOWN, (digest, type, user, now)).fetchone()
            row = conn.execute(q.KNOWN_BY_DIGEST, (digest,)).fetchone()
            return q.known(tuple(row)), created is not None

        return await self.store._run(tx)

    async def list_known(self) -> list[KnownValue]:
        rows = await self.store._run(lambda c: c.execute(q.LIST_KNOWN).fetchall(), "DEFERRED")
        return [q.known(tuple(r)) for r in rows]

    async def remove_known(self, known_id: int) -> bool:
        row = await self.store._run(lambda c: c.execute(q.REMOVE_KNOWN, (known_id,)).fetchone())
        return row is not None

    async def known_digests(self) -> dict[str, str]:
        rows = await self.store._run(lambda c: c.execute(q.KNOWN_DIGESTS).fetchall(), "DEFERRED")
        return {str(r[0]): str(r[1]) for r in rows}

    async def count_matches(self, digests: Sequence[str]) -> None:
        wanted = sorted(set(digests))
        if wanted:
            await self.store._run(lambda c: c.execute(q.count_known(len(wanted)), wanted) and None)


    async def set_fields(self, wiki: str, rev_id: int, fields: Sequence[str]) -> None:
        value = ",".join(fields)
        await self.store._run(lambda c: c.execute(q.SET_FIELDS, (wiki, rev_id, value)) and None)

    async def fields_of(
        self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], tuple[str, ...]]:
        def read(conn: Conn) -> dict[tuple[str, int], tuple[str, ...]]:
            found: dict[tuple[str, int], tuple[str, ...]] = {}
            for start in range(0, len(members), 200):
                chunk = list(members[start:start + 200])
                params = [v for pair in chunk for v in pair]
                for row in conn.execute(q.fields_of_members(len(chunk)), params):
                    found[(str(row[0]), int(row[1]))] = tuple(str(row[2]).split(","))
            return found

        return await self.store._run(read, "DEFERRED")


def _join(conn: Conn, wiki: str, rev_id: int, keys: list[str], now: int) -> CaseJoin:
    existing = conn.execute(q.MEMBER_CASE, (wiki, rev_id)).fetchone()
    if existing is not None:
        case_id = int(existing[0])
        return CaseJoin(case_id, _count(conn, case_id) - 1)
    if not keys:
        return CaseJoin(None, 0)
    conn.executemany(q.INSERT_KEY, [(k, wiki, rev_id) for k in keys])
    linked = sorted(int(r[0]) for r in conn.execute(q.linked_cases(len(keys)), keys))
    if linked:
        case_id = linked[0]
        if len(linked) > 1:
            conn.execute(q.merge_cases(len(linked) - 1), [case_id, *linked[1:]])
    else:
        case_id = int(conn.execute(q.NEW_CASE, (now,)).fetchone()[0])
    earlier = _count(conn, case_id)
    conn.execute(q.INSERT_MEMBER, (wiki, rev_id, case_id))
    return CaseJoin(case_id, earlier)


def _count(conn: Conn, case_id: int) -> int:
    return int(conn.execute(q.COUNT_MEMBERS, (case_id,)).fetchone()[0])


def _case(conn: Conn, case_id: int) -> CaseSummary | None:
    row = conn.execute(q.CASE_ROW, (case_id,)).fetchone()
    if row is None:
        return None
    members = tuple((str(r[0]), int(r[1])) for r in conn.execute(q.CASE_MEMBERS, (case_id,)))
    return CaseSummary(int(row[0]), members, int(row[1]))
