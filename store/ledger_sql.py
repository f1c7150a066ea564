"""The ledger's statements, shared by both backends (`?` placeholders; numbered for asyncpg)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from store.ledger import (
    WIKI_ACTOR,
    LedgerRow,
    ReportData,
    ResolvedRow,
    SuppressedRow,
    Suppression,
    SuppressionOutcome,
)
from store.model import ALREADY_HIDDEN, CLAIMED, PENDING

INSERT_JUDGED = (
    "INSERT INTO judged (wiki, rev_id, score, tier, kind, flagged, event_time, judged_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wiki, rev_id) DO NOTHING"
)
INSERT_SUPPRESSION = (
    "INSERT INTO suppressions (wiki, rev_id, hidden, suppressed, event_time, seen_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (wiki, rev_id) DO NOTHING RETURNING rev_id"
)
SELECT_JUDGED = (
    "SELECT score, kind, flagged, event_time FROM judged WHERE wiki = ? AND rev_id = ?"
)
SELECT_OPEN_REQUEST = (
    "SELECT id, state, score, types, event_time FROM requests WHERE wiki = ? AND rev_id = ?"
)
RESOLVE_BY_WIKI = (
    "UPDATE requests SET state = ?, claimed_by = NULL, lease_until = NULL, resolved_at = ?, "
    "outcome = ?, note = ? WHERE id = ?"
)
INSERT_AUDIT = (
    "INSERT INTO audit (request_id, actor, at, from_state, to_state, note) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
FLAGGED_COUNTS = (
    "SELECT count(*), count(s.rev_id) FROM judged j LEFT JOIN suppressions s "
    "ON s.wiki = j.wiki AND s.rev_id = j.rev_id WHERE j.flagged = 1 AND j.judged_at >= ?"
)
SUPPRESSED_COUNTS = (
    "SELECT count(*), coalesce(sum(j.flagged), 0) FROM suppressions s JOIN judged j "
    "ON s.wiki = j.wiki AND s.rev_id = j.rev_id WHERE s.seen_at >= ?"
)
FLAGGED_BY_WIKI = (
    "SELECT j.wiki, j.kind, count(*), count(s.rev_id) FROM judged j LEFT JOIN suppressions s "
    "ON s.wiki = j.wiki AND s.rev_id = j.rev_id WHERE j.flagged = 1 AND j.judged_at >= ? "
    "GROUP BY j.wiki, j.kind"
)
SUPPRESSED_ROWS = (
    "SELECT s.wiki, s.rev_id, j.kind, j.flagged, j.score, j.tier FROM suppressions s "
    "JOIN judged j ON s.wiki = j.wiki AND s.rev_id = j.rev_id WHERE s.seen_at >= ? "
    "ORDER BY s.wiki, s.rev_id"
)
UNJUDGED_BY_WIKI = (
    "SELECT s.wiki, count(*) FROM suppressions s LEFT JOIN judged j "
    "ON s.wiki = j.wiki AND s.rev_id = j.rev_id WHERE j.rev_id IS NULL AND s.seen_at >= ? "
    "GROUP BY s.wiki"
)
RESOLVED_ROWS = (
    "SELECT r.wiki, r.rev_id, r.types, r.score, r.outcome, "
    "(SELECT a.actor FROM audit a WHERE a.request_id = r.id ORDER BY a.id DESC LIMIT 1) "
    "FROM requests r WHERE r.resolved_at >= ? ORDER BY r.wiki, r.rev_id"
)
PURGE_JUDGED = "DELETE FROM judged WHERE judged_at < ?"
PURGE_SUPPRESSIONS = "DELETE FROM suppressions WHERE seen_at < ?"
OPEN_STATES = (PENDING, CLAIMED)


def judged_values(rows: Iterable[LedgerRow], now: int) -> list[tuple[Any, ...]]:
    return [(r.wiki, r.rev_id, float(r.score), r.tier, r.kind, int(r.flagged), r.event_time, now)
            for r in rows]


def suppression_values(s: Suppression, now: int) -> tuple[Any, ...]:
    return (s.wiki, s.rev_id, ",".join(s.hidden), int(s.suppressed), s.event_time, now)


def resolution(request_id: int, state: str, now: int, note: str) -> tuple[
        tuple[Any, ...], tuple[Any, ...]]:
    """The UPDATE and audit values resolving a request because the wiki suppressed it."""
    update = (ALREADY_HIDDEN, now, ALREADY_HIDDEN, note, request_id)
    audit = (request_id, WIKI_ACTOR, now, state, ALREADY_HIDDEN, note)
    return update, audit


def outcome(judged: Sequence[Any] | None, request: Sequence[Any] | None,
            resolved: int | None) -> SuppressionOutcome:
    """What a newly seen suppression means: judged or not, flagged or missed."""
    if judged is None and request is None:
        return SuppressionOutcome(new=True)
    if judged is not None:
        score, kind, flagged, edit_time = judged
        flagged = bool(flagged) or request is not None
    else:
        assert request is not None  # a request queued before the ledger existed
        score, kind, flagged, edit_time = request[2], first_type(request[3]), True, request[4]
    return SuppressionOutcome(new=True, judged=True, flagged=bool(flagged), score=float(score),
                              kind=str(kind), edit_time=int(edit_time),
                              resolved_request=resolved)


def first_type(types: Any) -> str:
    values = types_of(types)
    return values[0] if values else ""


def types_of(types: Any) -> tuple[str, ...]:
    if isinstance(types, str | bytes):
        types = orjson.loads(types)
    return tuple(str(t) for t in types or ())


def report_data(since_ms: int, flagged: Iterable[Sequence[Any]],
                suppressed: Iterable[Sequence[Any]], unjudged: Iterable[Sequence[Any]],
                resolved: Iterable[Sequence[Any]]) -> ReportData:
    return ReportData(
        since_ms=since_ms,
        flagged={(str(r[0]), str(r[1])): (int(r[2]), int(r[3])) for r in flagged},
        suppressed=[SuppressedRow(str(r[0]), int(r[1]), str(r[2]), bool(r[3]), float(r[4]),
                                  str(r[5])) for r in suppressed],
        unjudged={str(r[0]): int(r[1]) for r in unjudged},
        resolved=[ResolvedRow(str(r[0]), int(r[1]), types_of(r[2]), float(r[3]),
                              str(r[4]), str(r[5] or "")) for r in resolved],
    )
