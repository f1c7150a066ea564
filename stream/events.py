"""recentchange events as typed values (schema mediawiki/recentchange, 2018 and current envelopes).

Errors name a reason and at most a schema field, never a value: values are personal information.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

CANARY_DOMAIN = "canary"
LogParams = list[Any] | dict[str, Any] | str | None  # a list ([]) in some real events


class EventError(ValueError):
    """An event that cannot be used; `reason` is a short fixed code, safe for logs and metrics."""

    def __init__(self, reason: str, field: str = "") -> None:
        super().__init__(f"{reason}: {field}" if field else reason)
        self.reason = reason
        self.field = field


@dataclass(frozen=True, slots=True)
class Meta:
    id: str
    dt: str
    time_ms: int  # meta.dt as epoch milliseconds
    domain: str = ""
    stream: str = ""
    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    uri: str = ""
    request_id: str = ""
    schema: str = ""  # `$schema` (current) or `meta.schema_uri` (2018)


@dataclass(frozen=True, slots=True)
class Canary:
    """A synthetic liveness event (`meta.domain == "canary"`): carries only `$schema` and meta."""

    meta: Meta


@dataclass(frozen=True, slots=True)
class RecentChange:
    meta: Meta
    id: int | None  # the rc id; null on some log events
    type: str
    namespace: int
    title: str
    wiki: str
    server_url: str
    server_name: str
    server_script_path: str
    timestamp: int
    bot: bool
    comment: str = ""
    title_url: str | None = None
    user: str | None = None  # absent when EventStreams redacts it
    minor: bool = False
    patrolled: bool | None = None  # only on patrolling wikis
    length_old: int | None = None
    length_new: int | None = None
    rev_old: int | None = None
    rev_new: int | None = None
    log_id: int | None = None
    log_type: str | None = None
    log_action: str | None = None
    log_params: LogParams = None
    log_action_comment: str | None = None


def _get(obj: dict[str, Any], name: str, kind: type | tuple[type, ...], required: bool) -> Any:
    value = obj.get(name)
    if value is None:
        if required:
            raise EventError("missing_field", name)
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise EventError("bad_type", name)
    return value


def _int(obj: dict[str, Any], name: str, required: bool = False) -> Any:
    return _get(obj, name, int, required)


def _str(obj: dict[str, Any], name: str, required: bool = False) -> Any:
    return _get(obj, name, str, required)


def _pair(obj: dict[str, Any], name: str) -> tuple[int | None, int | None]:
    sub = _get(obj, name, dict, False) or {}
    return _int(sub, "old"), _int(sub, "new")


def event_time_ms(dt: str) -> int:
    """Epoch milliseconds of an ISO-8601 `meta.dt` (second precision in 2018, ms since 2025)."""
    try:
        moment = datetime.fromisoformat(dt)
    except ValueError:
        raise EventError("bad_time", "meta.dt") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _meta(obj: dict[str, Any]) -> Meta:
    meta = _get(obj, "meta", dict, True)
    dt = _str(meta, "dt", True)
    return Meta(
        id=_str(meta, "id", True),
        dt=dt,
        time_ms=event_time_ms(dt),
        domain=_str(meta, "domain") or "",
        stream=_str(meta, "stream") or "",
        topic=_str(meta, "topic") or "",
        partition=_int(meta, "partition"),
        offset=_int(meta, "offset"),
        uri=_str(meta, "uri") or "",
        request_id=_str(meta, "request_id") or "",
        schema=_str(obj, "$schema") or _str(meta, "schema_uri") or "",
    )


def _log_params(obj: dict[str, Any]) -> LogParams:
    value: LogParams = _get(obj, "log_params", (list, dict, str), False)
    return value


def _recent_change(obj: dict[str, Any], meta: Meta) -> RecentChange:
    length_old, length_new = _pair(obj, "length")
    rev_old, rev_new = _pair(obj, "revision")
    return RecentChange(
        meta=meta,
        id=_int(obj, "id"),
        type=_str(obj, "type", True),
        namespace=_int(obj, "namespace", True),
        title=_str(obj, "title", True),
        wiki=_str(obj, "wiki", True),
        server_url=_str(obj, "server_url", True),
        server_name=_str(obj, "server_name", True),
        server_script_path=_str(obj, "server_script_path") or "/w",
        timestamp=_int(obj, "timestamp", True),
        bot=bool(_get(obj, "bot", bool, False)),
        comment=_str(obj, "comment") or "",
        title_url=_str(obj, "title_url"),
        user=_str(obj, "user"),
        minor=bool(_get(obj, "minor", bool, False)),
        patrolled=_get(obj, "patrolled", bool, False),
        length_old=length_old,
        length_new=length_new,
        rev_old=rev_old,
        rev_new=rev_new,
        log_id=_int(obj, "log_id"),
        log_type=_str(obj, "log_type"),
        log_action=_str(obj, "log_action"),
        log_params=_log_params(obj),
        log_action_comment=_str(obj, "log_action_comment"),
    )


def decode(data: str | bytes) -> RecentChange | Canary:
    """Parse one SSE `data` value into an event or a canary; raise EventError otherwise."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise EventError("invalid_json") from None
    if not isinstance(obj, dict):
        raise EventError("not_object")
    meta = _meta(obj)
    if meta.domain == CANARY_DOMAIN:
        return Canary(meta)
    return _recent_change(obj, meta)


def parse_event(data: str | bytes) -> RecentChange:
    """Parse one recentchange event; a canary raises EventError("canary")."""
    event = decode(data)
    if isinstance(event, Canary):
        raise EventError("canary")
    return event
