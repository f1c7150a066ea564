"""Cases and known values: the store's part (SQLite and PostgreSQL share these statements).

A case groups flagged revisions that share a case key: a keyed hash of a strong value (phone,
email, ID number...) or of a name + workplace pair, never the value. Joining a revision to the
cases its keys touch merges them into the oldest; the number of earlier members is what raises a
repeat's score. A known value is the keyed hash of a value oversighters suppressed before, with
its type, who added it and when; the value itself is never stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

MAX_KEYS = 64


@dataclass(frozen=True, slots=True)
class CaseJoin:
    case_id: int | None  # None: no key, no case
    earlier: int  # members of the case before this revision


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: int
    members: tuple[tuple[str, int], ...]  # (wiki, rev id), oldest first
    created_at: int


@dataclass(frozen=True, slots=True)
class KnownValue:
    id: int
    type: str
    added_by: str
    added_at: int
    matches: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "added_by": self.added_by,
                "added_at": self.added_at, "matches": self.matches}


class CaseStore(Protocol):
    async def join_case(self, wiki: str, rev_id: int, keys: Sequence[str]) -> CaseJoin: ...

    async def cases_of(self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], int]: ...

    async def case(self, case_id: int) -> CaseSummary | None: ...

    async def list_cases(self, limit: int = 100) -> list[CaseSummary]: ...

    async def add_known(self, digest: str, type: str, user: str) -> tuple[KnownValue, bool]: ...

    async def list_known(self) -> list[KnownValue]: ...

    async def remove_known(self, known_id: int) -> bool: ...

    async def known_digests(self) -> dict[str, str]: ...

    async def count_matches(self, digests: Sequence[str]) -> None: ...

    async def set_fields(self, wiki: str, rev_id: int, fields: Sequence[str]) -> None: ...

    async def fields_of(
        self, members: Sequence[tuple[str, int]]) -> dict[tuple[str, int], tuple[str, ...]]: ...


def marks(count: int) -> str:
    return ", ".join("?" * count)


MEMBER_CASE = "SELECT case_id FROM case_members WHERE wiki = ? AND rev_id = ?"
INSERT_KEY = "INSERT INTO case_keys (key, wiki, rev_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"


def linked_cases(count: int) -> str:
    return ("SELECT DISTINCT m.case_id FROM case_keys k JOIN case_members m "
            f"ON m.wiki = k.wiki AND m.rev_id = k.rev_id WHERE k.key IN ({marks(count)})")


NEW_CASE = "INSERT INTO cases (created_at) VALUES (?) RETURNING id"


def merge_cases(count: int) -> str:
    return f"UPDATE case_members SET case_id = ? WHERE case_id IN ({marks(count)})"


INSERT_MEMBER = "INSERT INTO case_members (wiki, rev_id, case_id) VALUES (?, ?, ?)"
COUNT_MEMBERS = "SELECT count(*) FROM case_members WHERE case_id = ?"
CASE_ROW = "SELECT id, created_at FROM cases WHERE id = ?"
CASE_MEMBERS = (
    "SELECT m.wiki, m.rev_id FROM case_members m LEFT JOIN requests r "
    "ON r.wiki = m.wiki AND r.rev_id = m.rev_id WHERE m.case_id = ? "
    "ORDER BY r.created_at, m.wiki, m.rev_id"
)
LIST_CASES = (
    "SELECT c.id, c.created_at FROM cases c WHERE (SELECT count(*) FROM case_members m "
    "WHERE m.case_id = c.id) > 1 ORDER BY c.id DESC LIMIT ?"
)
INSERT_KNOWN = (
    "INSERT INTO known_values (digest, type, added_by, added_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (digest) DO NOTHING RETURNING id"
)
KNOWN_COLUMNS = "id, type, added_by, added_at, matches"
KNOWN_BY_DIGEST = f"SELECT {KNOWN_COLUMNS} FROM known_values WHERE digest = ?"
LIST_KNOWN = f"SELECT {KNOWN_COLUMNS} FROM known_values ORDER BY id"
REMOVE_KNOWN = "DELETE FROM known_values WHERE id = ? RETURNING id"
KNOWN_DIGESTS = "SELECT digest, type FROM known_values"


def count_known(count: int) -> str:
    return f"UPDATE known_values SET matches = matches + 1 WHERE digest IN ({marks(count)})"


def case_of_members(count: int) -> str:
    pairs = " OR ".join(["(wiki = ? AND rev_id = ?)"] * count)
    return f"SELECT wiki, rev_id, case_id FROM case_members WHERE {pairs}"


SET_FIELDS = (
    "INSERT INTO request_fields (wiki, rev_id, fields) VALUES (?, ?, ?) "
    "ON CONFLICT (wiki, rev_id) DO UPDATE SET fields = excluded.fields"
)


def fields_of_members(count: int) -> str:
    pairs = " OR ".join(["(wiki = ? AND rev_id = ?)"] * count)
    return f"SELECT wiki, rev_id, fields FROM request_fields WHERE {pairs}"


def known(row: Sequence[Any]) -> KnownValue:
    return KnownValue(int(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4]))


def checked_keys(keys: Sequence[str]) -> list[str]:
    return sorted(set(keys))[:MAX_KEYS]


def cases_for(store: object) -> CaseStore:
    """The cases and known values sharing `store`'s database and connections."""
    from store.postgres import PostgresStore
    from store.sqlite import SqliteStore

    if isinstance(store, SqliteStore):
        from store.cases_sqlite import SqliteCases

        return SqliteCases(store)
    if isinstance(store, PostgresStore):
        from store.cases_postgres import PostgresCases

        return PostgresCases(store)
    raise TypeError(f"no cases for {type(store).__name__}")
