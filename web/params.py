"""Every parameter the API takes, validated: a clear 400, never a crash."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import orjson
from aiohttp import web
from multidict import MultiMapping

from store.model import STATES, TIERS, ListFilter
from store.sql import MAX_LIMIT
from web.errors import bad_request

LIST_PARAMS = frozenset({"state", "wiki", "type", "min_score", "limit", "offset", "tier", "case"})
_WIKI = re.compile(r"^[a-z0-9_-]{1,64}$")
_TYPE = re.compile(r"^[a-z_]{1,32}$")
MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII only: int() would also read "١٢" as 12


def list_filter(query: MultiMapping[str]) -> ListFilter:
    unknown = set(query) - LIST_PARAMS
    if unknown:
        raise bad_request(f"unknown parameter(s): {', '.join(sorted(unknown))[:200]}")
    if len(query) != len(set(query)):
        raise bad_request("a parameter was given twice")
    return ListFilter(
        states=_states(query.get("state")),
        wiki=_match(query.get("wiki"), _WIKI, "wiki must be a database name like enwiki"),
        type=_match(query.get("type"), _TYPE, "type must be a finding type like email"),
        min_score=_score(query.get("min_score")),
        tier=_tier(query.get("tier")),
        case=None if query.get("case") is None else _integer(
            query.get("case"), "case", 0, 1, MAX_ID),
        limit=_integer(query.get("limit"), "limit", 50, 1, MAX_LIMIT),
        offset=_integer(query.get("offset"), "offset", 0, 0, 2**31 - 1),
    )


def _tier(raw: str | None) -> str | None:
    if raw is None or raw == "":
        return None
    if raw not in TIERS:
        raise bad_request(f"tier must be one of {', '.join(TIERS)}")
    return raw


def _states(raw: str | None) -> tuple[str, ...]:
    if raw is None or raw == "":
        return ()
    states = tuple(s.strip() for s in raw.split(","))
    if not set(states) <= set(STATES):
        raise bad_request(f"state must be a comma-separated list of {', '.join(STATES)}")
    return states


def _match(raw: str | None, pattern: re.Pattern[str], message: str) -> str | None:
    if raw is None:
        return None
    if not pattern.match(raw):
        raise bad_request(message)
    return raw


def _score(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise bad_request("min_score must be a number") from None
    if not math.isfinite(value):
        raise bad_request("min_score must be a finite number")
    return value


def _integer(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    if raw is None:
        return default
    if not _DIGITS.fullmatch(raw) or not low <= int(raw) <= high:
        raise bad_request(f"{name} must be an integer between {low} and {high}")
    return int(raw)


def request_id(request: web.Request) -> int:
    raw = request.match_info.get("id", "")
    if not _DIGITS.fullmatch(raw) or not 0 < int(raw) <= MAX_ID:
        raise bad_request("request id must be a positive integer")
    return int(raw)


async def json_body(request: web.Request, fields: Mapping[str, type],
                    required: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A JSON object with only `fields`, each of its type; an empty body is an empty object."""
    try:
        raw = await request.read()
    except web.RequestPayloadError:  # a broken gzip or chunked body: the client's fault
        raise _undecodable(request) from None
    if not raw.strip():
        body: Any = {}
    elif request.content_type != "application/json":
        raise bad_request("send a JSON body with Content-Type: application/json")
    else:
        body = _parse(raw)
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    _check_fields(body, fields, required)
    return body


def _undecodable(request: web.Request) -> web.HTTPError:
    """A 400 that closes the connection; the rest of the body is not read (aiohttp would read
    it after the answer, meet the same error again and log it as unhandled)."""
    request.content.feed_eof()
    error = bad_request("the body could not be decoded")
    error.force_close()
    return error


def _parse(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise bad_request("the body is not valid JSON") from None


def _check_fields(body: dict[str, Any], fields: Mapping[str, type],
                  required: frozenset[str]) -> None:
    unknown = set(body) - set(fields)
    if unknown:
        raise bad_request(f"unknown field(s): {', '.join(sorted(unknown))[:200]}")
    missing = required - set(body)
    if missing:
        raise bad_request(f"missing field(s): {', '.join(sorted(missing))}")
    for name, value in body.items():
        kind = fields[name]
        if value is None and name not in required:
            continue
        accepted = (int, float) if kind is float else kind
        if not isinstance(value, accepted) or (kind is not bool and isinstance(value, bool)):
            raise bad_request(f"{name} must be a {_NAMES.get(kind, kind.__name__)}")


_NAMES = {str: "string", float: "number", int: "integer", bool: "boolean"}
