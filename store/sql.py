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
    f"INSERT INTO requests ({INSERT_COLUMNS}) VALUES ({', '.join('?' * 18)}) "
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
    "SELECT DISTINCT a.request_id, b.request_id, r.wiki FROM fingerprints a "
    "JOIN fingerprints b ON a.fingerprint = b.fingerprint AND a.request_id <> b.request_id "
    "JOIN requests r ON r.id = b.request_id WHERE a.request_id IN ({ids})"
)
EFFECTIVE_STATE = (
    "CASE WHEN state = 'claimed' AND (lease_until IS NULL OR lease_until <= ?) "
    "THEN 'pending' ELSE state END"
)
DEPTH = f"SELECT {EFFECTIVE_STATE} AS s, count(*) AS n FROM requests GROUP BY 1"
OLDEST_PENDING = f"SELECT min(created_at) FROM requests WHERE {EFFECTIVE_STATE} = 'pending'"
COUNT_SKIPS = "SELECT count(*) FROM skips"
# Every copy of what an edit posted or whom it named goes: the excerpt, the reasons, the title,
# the editor's name, the notes (on the request and in its audit rows) and the fingerprints that
# link it to others. The audit rows keep who did what when.
_DUE = ("SELECT id FROM requests WHERE resolved_at IS NOT NULL AND resolved_at < ? "
        "AND purged_at IS NULL")
PURGE_AUDIT_NOTES = (
    f"UPDATE audit SET note = NULL WHERE note IS NOT NULL AND request_id IN ({_DUE})"
)
PURGE_FINGERPRINTS = f"DELETE FROM fingerprints WHERE request_id IN ({_DUE})"
PURGE = (
    "UPDATE requests SET excerpt = '', reasons = ?, note = NULL, title = '', editor = '', "
    "purged_at = ? WHERE resolved_at IS NOT NULL AND resolved_at < ? AND purged_at IS NULL"
)
PURGE_SESSIONS = "DELETE FROM sessions WHERE expires_at <= ?"
PURGE_SKIPS = "DELETE FROM skips WHERE at < ?"

SELECT_USER = "SELECT revoked_at FROM users WHERE name = ?"
INSERT_USER = (
    "INSERT INTO users (name, token_hash, created_at, wikis, expires_at) VALUES (?, ?, ?, ?, ?)"
)
RENEW_USER = (
    "UPDATE users SET token_hash = ?, created_at = ?, wikis = ?, expires_at = ?, "
    "revoked_at = NULL WHERE name = ?"
)
REVOKE_USER = "UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL RETURNING name"
SET_SCOPE = "UPDATE users SET wikis = ? WHERE name = ? AND revoked_at IS NULL RETURNING name"
DROP_USER_SESSIONS = "DELETE FROM sessions WHERE user_name = ?"
_LIVE_USER = "u.revoked_at IS NULL AND (u.expires_at IS NULL OR u.expires_at > ?)"
FIND_USER_BY_HASH = (
    f"SELECT u.name, u.token_hash, u.wikis FROM users u WHERE u.token_hash = ? AND {_LIVE_USER}"
)
LIST_USERS = "SELECT name, created_at, revoked_at, wikis, expires_at FROM users ORDER BY name"
INSERT_SESSION = (
    "INSERT INTO sessions (id_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)"
)
FIND_SESSION = (
    "SELECT s.user_name, s.id_hash, u.wikis FROM sessions s JOIN users u ON u.name = s.user_name "
    f"WHERE s.id_hash = ? AND s.expires_at > ? AND {_LIVE_USER}"
)
INSERT_USER_AUDIT = (
    "INSERT INTO user_audit (at, actor, user_name, action, detail) VALUES (?, ?, ?, ?, ?)"
)
SELECT_USER_AUDIT = "SELECT at, actor, user_name, action, detail FROM user_audit ORDER BY id"
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
    """The filtered page in priority order: likely first, then by score, then the oldest."""
    params: list[Any] = []
    where: list[str] = []
    check_filter(flt)
    if flt.states:
        where.append("(" + " OR ".join(_state_condition(s, now_ms, params)
                                       for s in flt.states) + ")")
    if flt.wiki is not None:
        params.append(flt.wiki)
        where.append("wiki = ?")
    if flt.scope is not None:
        where.append(scope_condition(flt.scope, params))
    if flt.type is not None:
        params.append(_type_param(flt.type, dialect))
        where.append(_TYPE_CONDITION[dialect])
    if flt.min_score is not None:
        params.append(flt.min_score)
        where.append("score >= ?")
    if flt.tier is not None:
        params.append(flt.tier)
        where.append(TIER_CONDITION)
    if flt.case is not None:
        params.append(flt.case)
        where.append(CASE_CONDITION)
    params += [flt.limit, flt.offset]
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    sql = (f"SELECT {REQUEST_COLUMNS} FROM requests{clause} "
           f"ORDER BY {TIER_RANK}, score DESC, created_at ASC, id ASC LIMIT ? OFFSET ?")
    return sql, params


TIER_CONDITION = "tier = ?"
TIER_RANK = "CASE WHEN tier = 'likely' THEN 0 ELSE 1 END"
CASE_CONDITION = (
    "EXISTS (SELECT 1 FROM case_members m WHERE m.wiki = requests.wiki "
    "AND m.rev_id = requests.rev_id AND m.case_id = ?)"
)
_TYPE_CONDITION = {
    "sqlite": "EXISTS (SELECT 1 FROM json_each(requests.types) WHERE json_each.value = ?)",
    "postgresql": "types @> ?::jsonb",
}


def _type_param(type_: str, dialect: str) -> str:
    if dialect == "postgresql":
        return orjson.dumps([type_]).decode()
    return type_


def scope_condition(scope: tuple[str, ...], params: list[Any]) -> str:
    """Only the caller's wikis; an empty scope sees nothing."""
    if not scope:
        return "1 = 0"
    params.extend(scope)
    return f"wiki IN ({', '.join('?' * len(scope))})"


def scoped_stats(scope: tuple[str, ...] | None, now_ms: int) -> dict[str, tuple[str, list[Any]]]:
    """The statistics' three queries, limited to `scope` when given."""
    if scope is None:
        return {"depth": (DEPTH, [now_ms]), "oldest": (OLDEST_PENDING, [now_ms]),
                "skips": (COUNT_SKIPS, [])}
    depth: list[Any] = [now_ms]
    depth_where = scope_condition(scope, depth)
    oldest: list[Any] = [now_ms]
    oldest_where = scope_condition(scope, oldest)
    skips: list[Any] = []
    skips_where = scope_condition(scope, skips)
    return {
        "depth": (f"SELECT {EFFECTIVE_STATE} AS s, count(*) AS n FROM requests "
                  f"WHERE {depth_where} GROUP BY 1", depth),
        "oldest": (f"{OLDEST_PENDING} AND {oldest_where}", oldest),
        "skips": (f"{COUNT_SKIPS} WHERE {skips_where}", skips),
    }


MAX_LIMIT = 500


def check_filter(flt: ListFilter) -> None:
    if set(flt.states) - set(STATES):
        raise InvalidInput(f"state must be among {', '.join(STATES)}")
    if not 1 <= flt.limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= flt.offset < 2**31:
        raise InvalidInput("offset must be a non-negative integer")
