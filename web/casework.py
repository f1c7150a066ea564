"""Cases and known values on the API: a case's requests together, the list of cases, and the
known values oversighters add (stored only as keyed hashes; the value is read once from the
request body, hashed and dropped: never logged, echoed or stored).

Mounted by web.routes; the service puts the fingerprint key and a change hook on the app
(KNOWN_SETUP). Without them, adding a known value answers 503.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from detectors.finding import TYPES
from detectors.regions import regions_for
from redaction.fingerprint import fingerprint, normalise
from store.cases import CaseStore, CaseSummary, cases_for
from store.entries import HIDE, LABELS, TEXT, USERNAME
from store.model import ListFilter, StoredRequest
from web.api import request_json
from web.context import queue_of
from web.errors import bad_request, json_error
from web.links import hide_user_url
from web.params import json_body
from web.security import Principal, authed

KNOWN_TYPES = tuple(t for t in TYPES if t != "threat")
MAX_VALUE = 500
MAX_CASES = 50
_WIKI = re.compile(r"^[a-z0-9_-]{1,64}$")
_ID = re.compile(r"\d{1,19}")


@dataclass(frozen=True, slots=True)
class KnownSetup:
    key: bytes  # the service's fingerprint key: the same HMAC as the findings'
    on_change: Callable[[], None] = lambda: None


KNOWN_SETUP = web.AppKey("outingwatch_known_setup", KnownSetup)


def _cases(request: web.Request) -> CaseStore:
    try:
        return cases_for(queue_of(request).store)
    except TypeError:
        raise json_error(web.HTTPServiceUnavailable, "this store keeps no cases") from None


def _path_id(request: web.Request, name: str) -> int:
    raw = request.match_info.get("id", "")
    if not _ID.fullmatch(raw) or not 0 < int(raw) < 2**63:
        raise bad_request(f"{name} id must be a positive integer")
    return int(raw)


def _scope(who: Principal) -> tuple[str, ...] | None:
    return None if who.wikis is None else tuple(sorted(who.wikis))


def _case_json(case: CaseSummary, request_ids: dict[tuple[str, int], int],
               who: Principal) -> dict[str, object]:
    """A case as this oversighter may see it: only the members on their wikis."""
    members = [(w, r) for w, r in case.members if who.sees(w)]
    return {"id": case.id, "created_at": case.created_at, "size": len(members),
            "members": [{"wiki": w, "rev_id": r, "request_id": request_ids.get((w, r))}
                        for w, r in members]}


@authed
async def list_cases(request: web.Request, who: Principal) -> web.Response:
    """Cases of two requests or more, newest first, with the case of every listed member."""
    store = queue_of(request).store
    listed = []
    for case in await _cases(request).list_cases(MAX_CASES):
        members = await store.list_requests(
            ListFilter(case=case.id, limit=500, scope=_scope(who)))
        shown = _case_json(case, {(r.wiki, r.rev_id): r.id for r in members}, who)
        if shown["members"]:
            listed.append(shown)
    return web.json_response({"cases": listed})


@authed
async def get_case(request: web.Request, who: Principal) -> web.Response:
    case_id = _path_id(request, "case")
    case = await _cases(request).case(case_id)
    if case is None or not any(who.sees(w) for w, _ in case.members):
        raise json_error(web.HTTPNotFound, f"no case {case_id}")
    store = queue_of(request).store
    members = await store.list_requests(
        ListFilter(case=case_id, limit=500, scope=_scope(who)))
    ids = {(r.wiki, r.rev_id): r.id for r in members}
    return web.json_response({"case": _case_json(case, ids, who),
                              "requests": [request_json(request, r) for r in members]})


@authed
async def cases_of_requests(request: web.Request, who: Principal) -> web.Response:
    """For the requests on a page (`?ids=1,2,3`): their case (the case chips) and the fields
    their information is in (what to tick on RevisionDelete)."""
    raw = request.query.get("ids", "")
    parts = [p for p in raw.split(",") if p]
    if len(parts) > 500 or not all(_ID.fullmatch(p) for p in parts):
        raise bad_request("ids must be at most 500 comma-separated request ids")
    store = queue_of(request).store
    wanted = [r for r in [await store.get(int(p)) for p in dict.fromkeys(parts)]
              if who.sees(r.wiki)]
    keys = [(r.wiki, r.rev_id) for r in wanted]
    found = await _cases(request).cases_of(keys)
    fields = await _cases(request).fields_of(keys)
    reason = queue_of(request).config.suppress_reason
    return web.json_response({
        "cases": {str(r.id): found[(r.wiki, r.rev_id)]
                  for r in wanted if (r.wiki, r.rev_id) in found},
        "fields": {str(r.id): _fields_json(r, fields.get((r.wiki, r.rev_id), (TEXT,)), reason)
                   for r in wanted},
    })


def _fields_json(req: StoredRequest, fields: tuple[str, ...], reason: str) -> dict[str, object]:
    """Where the information is, what to tick on RevisionDelete, and the hide-user link."""
    known = [f for f in fields if f in LABELS]
    return {"fields": known, "labels": [LABELS[f] for f in known],
            "hide": sorted({HIDE[f] for f in known}),
            "hide_user_url": hide_user_url(req, reason) if USERNAME in known else None}


def _setup(request: web.Request) -> KnownSetup:
    setup = request.app.get(KNOWN_SETUP)
    if setup is None:
        raise json_error(web.HTTPServiceUnavailable, "known values need the fingerprint key")
    return setup


def known_digest(key: bytes, kind: str, value: str, wiki: str | None) -> str:
    """The value's keyed hash, normalised as the findings' are; errors never quote it."""
    if kind not in KNOWN_TYPES:
        raise bad_request(f"type must be one of {', '.join(KNOWN_TYPES)}")
    text = unicodedata.normalize("NFKC", value).strip()
    if not 0 < len(text) <= MAX_VALUE:
        raise bad_request(f"value must be 1 to {MAX_VALUE} characters")
    if wiki is not None and not _WIKI.match(wiki):
        raise bad_request("wiki must be a database name like enwiki")
    if kind == "phone" and not text.startswith("+") and wiki is None:
        raise bad_request("give a phone number with its country code (+44 ...) or the wiki "
                          "it was posted on")
    regions = regions_for(wiki) if wiki is not None else ()
    if not normalise(kind, text, regions):
        raise bad_request("value is empty once normalised")
    return fingerprint(key, kind, text, regions)


@authed
async def add_known(request: web.Request, who: Principal) -> web.Response:
    setup = _setup(request)
    body = await json_body(request, {"type": str, "value": str, "wiki": str},
                           frozenset({"type", "value"}))
    digest = known_digest(setup.key, body["type"], body.pop("value"), body.get("wiki"))
    added, created = await _cases(request).add_known(digest, body["type"], who.user)
    setup.on_change()
    return web.json_response({"known_value": added.to_json(), "created": created},
                             status=201 if created else 200)


@authed
async def list_known(request: web.Request, who: Principal) -> web.Response:
    return web.json_response({"known_values": [k.to_json()
                                               for k in await _cases(request).list_known()]})


@authed
async def remove_known(request: web.Request, who: Principal) -> web.Response:
    known_id = _path_id(request, "known value")
    if not await _cases(request).remove_known(known_id):
        raise json_error(web.HTTPNotFound, f"no known value {known_id}")
    _setup(request).on_change()
    return web.json_response({"removed": known_id})


ROUTES = (
    ("GET", "/api/v1/cases", list_cases),
    ("GET", "/api/v1/cases/{id}", get_case),
    ("GET", "/api/v1/case-of", cases_of_requests),
    ("GET", "/api/v1/known-values", list_known),
    ("POST", "/api/v1/known-values", add_known),
    ("DELETE", "/api/v1/known-values/{id}", remove_known),
)


def add_routes(app: web.Application) -> None:
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)
