"""Rows to values, shared by both backends (same column names, same JSON arrays)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Protocol

import orjson

from store.errors import InvalidInput
from store.lifecycle import Change, effective_state
from store.model import (
    CLAIMED,
    PENDING,
    Identity,
    StoredRequest,
    SuppressionRequest,
    UserInfo,
)
from store.tokens import same_hash


class Row(Protocol):
    def __getitem__(self, key: str | int, /) -> Any: ...


REQUEST_COLUMNS = (
    "id, wiki, rev_id, rc_id, server_url, server_name, script_path, namespace, title, editor, "
    "event_time, score, types, reasons, excerpt, detected_at, state, claimed_by, lease_until, "
    "created_at, resolved_at, outcome, note, revisions, tier"
)


def dump_strings(values: tuple[str, ...]) -> str:
    return orjson.dumps(list(values)).decode()


def load_strings(raw: Any) -> tuple[str, ...]:
    values = orjson.loads(raw) if isinstance(raw, (str, bytes)) else raw
    return tuple(str(v) for v in values or ())


def dump_ints(values: tuple[int, ...]) -> str:
    return orjson.dumps(list(values)).decode()


def load_ints(raw: Any) -> tuple[int, ...]:
    values = orjson.loads(raw) if isinstance(raw, (str, bytes)) else raw
    return tuple(int(v) for v in values or ())


def insert_values(req: SuppressionRequest, now_ms: int) -> tuple[Any, ...]:
    """In the order of INSERT_COLUMNS."""
    return (
        req.wiki, req.rev_id, req.rc_id, req.server_url, req.server_name, req.script_path,
        req.namespace, req.title, req.user, req.event_time, float(req.score),
        dump_strings(req.types), dump_strings(req.reasons), req.excerpt,
        req.detected_at or now_ms, now_ms, dump_ints(req.revisions), req.queue_tier,
    )


INSERT_COLUMNS = (
    "wiki, rev_id, rc_id, server_url, server_name, script_path, namespace, title, editor, "
    "event_time, score, types, reasons, excerpt, detected_at, created_at, revisions, tier"
)


MAX_REVISIONS = 16

Links = tuple[tuple[int, str], ...]  # (linked request id, its wiki)


def to_stored(row: Row, now_ms: int, links: Links = ()) -> StoredRequest:
    state = effective_state(row["state"], row["lease_until"], now_ms)
    live = state == CLAIMED
    return StoredRequest(
        wiki=row["wiki"], rev_id=int(row["rev_id"]), rc_id=row["rc_id"],
        server_url=row["server_url"], server_name=row["server_name"],
        script_path=row["script_path"], namespace=int(row["namespace"]), title=row["title"],
        user=row["editor"], event_time=int(row["event_time"]), score=float(row["score"]),
        types=load_strings(row["types"]), reasons=load_strings(row["reasons"]),
        excerpt=row["excerpt"], detected_at=int(row["detected_at"]), id=int(row["id"]),
        state=state, claimed_by=row["claimed_by"] if live else None,
        lease_until=row["lease_until"] if live else None, created_at=int(row["created_at"]),
        resolved_at=row["resolved_at"], outcome=row["outcome"], note=row["note"],
        linked=tuple(i for i, _ in links), linked_wikis=tuple(w for _, w in links),
        revisions=load_ints(row["revisions"]), tier=row["tier"],
    )


def check_request(req: SuppressionRequest) -> None:
    """Refuse what no edit can be: a clear error, never a half-written row."""
    if not 0 < len(req.wiki) <= 64:
        raise InvalidInput("wiki must be 1-64 characters")
    if not 0 < req.rev_id < 2**63:
        raise InvalidInput("rev_id must be a positive 64-bit integer")
    if not math.isfinite(float(req.score)):
        raise InvalidInput("score must be a finite number")
    if len(req.revisions) > MAX_REVISIONS or not all(0 < r < 2**63 for r in req.revisions):
        raise InvalidInput(f"revisions must be at most {MAX_REVISIONS} positive 64-bit integers")


def group_links(rows: Iterable[tuple[int, int, str]]) -> dict[int, Links]:
    links: dict[int, list[tuple[int, str]]] = {}
    for own, other, wiki in rows:
        links.setdefault(own, []).append((other, wiki))
    return {k: tuple(sorted(v)) for k, v in links.items()}


def dump_scope(wikis: tuple[str, ...] | None) -> str | None:
    return None if wikis is None else dump_strings(tuple(sorted(set(wikis))))


def scope_detail(scope: str | None) -> str:
    """The user audit's record of a scope (the stored JSON text)."""
    return "wikis: all" if scope is None else f"wikis: {scope}"


def load_scope(raw: Any) -> tuple[str, ...] | None:
    return None if raw is None else load_strings(raw)


def to_user(row: Row) -> UserInfo:
    return UserInfo(str(row[0]), int(row[1]), row[2], load_scope(row[3]), row[4])


def identity(row: Row | None, digest: str) -> Identity | None:
    """(name, hash, wikis) of a token or session lookup, checked in constant time."""
    if row is None or not same_hash(row[1], digest):
        return None
    scope = load_scope(row[2])
    return Identity(str(row[0]), None if scope is None else frozenset(scope))


def state_values(change: Change, request_id: int, note: str | None, now: int) -> tuple[Any, ...]:
    """In the order of sql.UPDATE_STATE."""
    resolved = change.to_state not in (PENDING, CLAIMED)
    return (
        change.to_state, change.claimed_by, change.lease_until, now if resolved else None,
        change.to_state if resolved else None, note if resolved else None, request_id,
    )


def audit_values(change: Change, request_id: int, user: str, note: str | None,
                 now: int) -> tuple[Any, ...]:
    return (request_id, user, now, change.from_state, change.to_state, note)


def stats_of(depth: dict[str, int], oldest: int | None, skips: int, now: int) -> dict[str, Any]:
    return {
        "by_state": depth,
        "total": sum(depth.values()),
        "oldest_pending_age_s": None if oldest is None else round((now - oldest) / 1000, 3),
        "skips": skips,
    }
