"""The SQL both backends run, written once with `?` placeholders (PostgreSQL gets `$n`)."""

from __future__ import annotations

import re
from typing import Any

import orjson

from store.errors import InvalidInput
from store.model import CLAIMED, PENDING, STATES, ListFilter
from store.rows import INSERT_COLUMNS, REQUEST_COLUMNS

_PLACEHOLDER = re.compile(r"\?")

INSERT_REQUEST = (
    f"INSERT INTO requests ({INSERT_COLUMNS}) VALUES ({', '.join('?' * 16)}) "
    "ON CONFLICT (wiki, rev_id) DO NOTHING RETURNING id"
)
FIND_REQUEST = "SELECT id FROM requests WHERE wiki = ? AND rev_id = ?"
INSERT_FINGERPRINT = (
    "INSERT INTO fingerprints (fingerprint, request_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
)
INSERT_AUDIT = (
    "INSERT INTO audit (request_id, actor, at, from_state, to_state, note) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
SELECT_AUDIT = (
    "SELECT request_id, actor, at, from_state, to_state, note FROM audit "
    "WHERE request_id = ? ORDER BY id"
)
SAVE_POSITION = (
    "INSERT INTO positions (consumer, last_event_id, event_time_ms, updated_at) "
    "VALUES (?, ?, ?, ?) ON CONFLICT (consumer) DO UPDATE SET "
    "last_event_id = excluded.last_event_id, event_time_ms = excluded.event_time_ms, "
    "updated_at = excluded.updated_at"
)
LOAD_POSITION = "SELECT last_event_id, event_time_ms FROM positions WHERE consumer = ?"
INSERT_SKIP = (
    "INSERT INTO skips (wiki, rev_id, reason, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING "
    "RETURNING rev_id"
)
SELECT_REQUEST = f"SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?"
UPDATE_STATE = (
    "UPDATE requests SET state = ?, claimed_by = ?, lease_until = ?, resolved_at = ?, "
    "outcome = ?, note = ? WHERE id = ?"
)
LINKED = (
    "SELECT DISTINCT a.request_id, b.request_id FROM fingerprints a "
    "JOIN fingerprints b ON a.fingerprint = b.fingerprint AND a.request_id <> b.request_id "
    "WHERE a.request_id IN ({ids})"
)
EFFECTIVE_STATE = (
    "CASE WHEN state = 'claimed' AND (lease_until IS NULL OR lease_until <= ?) "
    "THEN 'pending' ELSE state END"
)
DEPTH = f"SELECT {EFFECTIVE_STATE} AS s, count(*) AS n FROM requests GROUP BY 1"
OLDEST_PENDING = f"SELECT min(created_at) FROM requests WHERE {EFFECTIVE_STATE} = 'pending'"
COUNT_SKIPS = "SELECT count(*) FROM skips"
# Excerpts, reasons and notes could carry what the edit posted; the audit rows stay.
PURGE = (
    "UPDATE requests SET excerpt = '', reasons = ?, note = NULL, purged_at = ? "
    "WHERE resolved_at IS NOT NULL AND resolved_at < ? AND purged_at IS NULL"
)
PURGE_SESSIONS = "DELETE FROM sessions WHERE expires_at <= ?"
PURGE_SKIPS = "DELETE FROM skips WHERE at < ?"

SELECT_USER = "SELECT revoked_at FROM users WHERE name = ?"
INSERT_USER = "INSERT INTO users (name, token_hash, created_at) VALUES (?, ?, ?)"
RENEW_USER = "UPDATE users SET token_hash = ?, created_at = ?, revoked_at = NULL WHERE name = ?"
REVOKE_USER = "UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL RETURNING name"
DROP_USER_SESSIONS = "DELETE FROM sessions WHERE user_name = ?"
FIND_USER_BY_HASH = (
    "SELECT name, token_hash FROM users WHERE token_hash = ? AND revoked_at IS NULL"
)
LIST_USERS = "SELECT name, created_at, revoked_at FROM users ORDER BY name"
INSERT_SESSION = (
    "INSERT INTO sessions (id_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)"
)
FIND_SESSION = (
    "SELECT s.user_name, s.id_hash FROM sessions s JOIN users u ON u.name = s.user_name "
    "WHERE s.id_hash = ? AND s.expires_at > ? AND u.revoked_at IS NULL"
)
DELETE_SESSION = "DELETE FROM sessions WHERE id_hash = ?"


def numbered(sql: str) -> str:
    """`?` → `$1, $2, ...` for asyncpg (none of our statements has a literal `?`)."""
    counter = iter(range(1, 10_000))
    return _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)


def linked_query(count: int) -> str:
    return LINKED.format(ids=", ".join("?" * count))


def _state_condition(state: str, now_ms: int, params: list[Any]) -> str:
    if state == PENDING:
        params.append(now_ms)
        return "(state = 'pending' OR (state = 'claimed' AND "\
            "(lease_until IS NULL OR lease_until <= ?)))"
    if state == CLAIMED:
        params.append(now_ms)
        return "(state = 'claimed' AND lease_until > ?)"
    params.append(state)
    return "state = ?"


def list_query(flt: ListFilter, now_ms: int, dialect: str) -> tuple[str, list[Any]]:
    """The filtered page in priority order: score first, then the oldest."""
    params: list[Any] = []
    where: list[str] = []
    check_filter(flt)
    if flt.states:
        where.append("(" + " OR ".join(_state_condition(s, now_ms, params)
                                       for s in flt.states) + ")")
    if flt.wiki is not None:
        params.append(flt.wiki)
        where.append("wiki = ?")
    if flt.type is not None:
        params.append(_type_param(flt.type, dialect))
        where.append(_TYPE_CONDITION[dialect])
    if flt.min_score is not None:
        params.append(flt.min_score)
        where.append("score >= ?")
    params += [flt.limit, flt.offset]
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    sql = (f"SELECT {REQUEST_COLUMNS} FROM requests{clause} "
           "ORDER BY score DESC, created_at ASC, id ASC LIMIT ? OFFSET ?")
    return sql, params


_TYPE_CONDITION = {
    "sqlite": "EXISTS (SELECT 1 FROM json_each(requests.types) WHERE json_each.value = ?)",
    "postgresql": "types @> ?::jsonb",
}


def _type_param(type_: str, dialect: str) -> str:
    if dialect == "postgresql":
        return orjson.dumps([type_]).decode()
    return type_


MAX_LIMIT = 500


def check_filter(flt: ListFilter) -> None:
    if set(flt.states) - set(STATES):
        raise InvalidInput(f"state must be among {', '.join(STATES)}")
    if not 1 <= flt.limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= flt.offset < 2**31:
        raise InvalidInput("offset must be a non-negative integer")
