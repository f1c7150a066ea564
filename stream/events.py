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


_REQUIRED: Any = object()
Spec = tuple[tuple[str, type, Any], ...]  # (key, exact JSON type, default or _REQUIRED)
_META: Spec = (
    ("id", str, _REQUIRED), ("dt", str, _REQUIRED), ("domain", str, ""), ("stream", str, ""),
    ("topic", str, ""), ("partition", int, None), ("offset", int, None), ("uri", str, ""),
    ("request_id", str, ""),
)
_CHANGE: Spec = (
    ("id", int, None), ("type", str, _REQUIRED), ("namespace", int, _REQUIRED),
    ("title", str, _REQUIRED), ("wiki", str, _REQUIRED), ("server_url", str, _REQUIRED),
    ("server_name", str, _REQUIRED), ("server_script_path", str, "/w"),
    ("timestamp", int, _REQUIRED), ("bot", bool, False), ("comment", str, ""),
    ("title_url", str, None), ("user", str, None), ("minor", bool, False),
    ("patrolled", bool, None), ("log_id", int, None), ("log_type", str, None),
    ("log_action", str, None), ("log_action_comment", str, None),
)
_PAIR: Spec = (("old", int, None), ("new", int, None))


def _fields(obj: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """The spec's keys of obj, type-checked (exact JSON types: a bool is not an int)."""
    out: dict[str, Any] = {}
    for key, kind, default in spec:
        value = obj.get(key)
        if value is None:
            if default is _REQUIRED:
                raise EventError("missing_field", key)
            value = default
        elif type(value) is not kind:
            raise EventError("bad_type", key)
        out[key] = value
    return out


def _object(obj: dict[str, Any], key: str, required: bool = False) -> dict[str, Any]:
    value = obj.get(key)
    if value is None and not required:
        return {}
    if value is None:
        raise EventError("missing_field", key)
    if type(value) is not dict:
        raise EventError("bad_type", key)
    return value


def event_time_ms(dt: str) -> int:
    """Epoch milliseconds of an ISO-8601 `meta.dt` (second precision in 2018, ms since 2025)."""
    try:
        moment = datetime.fromisoformat(dt)
    except ValueError:
        raise EventError("bad_time", "meta.dt") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _schema(obj: dict[str, Any], meta: dict[str, Any]) -> str:
    value = obj.get("$schema") or meta.get("schema_uri") or ""
    return value if type(value) is str else ""


def _meta(obj: dict[str, Any]) -> Meta:
    meta = _object(obj, "meta", required=True)
    values = _fields(meta, _META)
    return Meta(time_ms=event_time_ms(values["dt"]), schema=_schema(obj, meta), **values)


def _log_params(obj: dict[str, Any]) -> LogParams:
    value = obj.get("log_params")
    if value is not None and type(value) not in (list, dict, str):
        raise EventError("bad_type", "log_params")
    result: LogParams = value
    return result


def _recent_change(obj: dict[str, Any], meta: Meta) -> RecentChange:
    length = _fields(_object(obj, "length"), _PAIR)
    revision = _fields(_object(obj, "revision"), _PAIR)
    return RecentChange(
        meta=meta,
        length_old=length["old"],
        length_new=length["new"],
        rev_old=revision["old"],
        rev_new=revision["new"],
        log_params=_log_params(obj),
        **_fields(obj, _CHANGE),
    )


def envelope(data: str | bytes) -> tuple[dict[str, Any], Meta]:
    """One SSE `data` value as a JSON object and its checked `meta` (any stream's events)."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise EventError("invalid_json") from None
    if not isinstance(obj, dict):
        raise EventError("not_object")
    return obj, _meta(obj)


def recent_change(obj: dict[str, Any], meta: Meta) -> RecentChange | Canary:
    if meta.domain == CANARY_DOMAIN:
        return Canary(meta)
    return _recent_change(obj, meta)


def decode(data: str | bytes) -> RecentChange | Canary:
    """Parse one SSE `data` value into an event or a canary; raise EventError otherwise."""
    obj, meta = envelope(data)
    return recent_change(obj, meta)


def parse_event(data: str | bytes) -> RecentChange:
    """Parse one recentchange event; a canary raises EventError("canary")."""
    event = decode(data)
    if isinstance(event, Canary):
        raise EventError("canary")
    return event
