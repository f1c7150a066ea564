"""The queue's JSON API under /api/v1/: list, get, claim, release, resolve, reopen, suppress, stats.

Every handler sees only the caller's wikis (web/scope.py): a request outside them is a 404.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from aiohttp import web

from store.lifecycle import MAX_LEASE_S, MAX_NOTE
from store.model import DISMISSED, PENDING, StoredRequest
from web.context import queue_of
from web.errors import bad_request, json_error
from web.links import diff_url, revision_diff_urls, revisiondelete_url
from web.params import json_body, list_filter, request_id
from web.scope import in_scope, visible
from web.security import Principal, authed
from web.suppress import SuppressError

MAX_REASON = 500


def request_json(request: web.Request, req: StoredRequest) -> dict[str, Any]:
    reason = queue_of(request).config.suppress_reason
    return {**req.to_json(), "diff_url": diff_url(req),
            "revisiondelete_url": revisiondelete_url(req, reason),
            "revision_diff_urls": revision_diff_urls(req)}


def _one(request: web.Request, req: StoredRequest, who: Principal) -> web.Response:
    return web.json_response({"request": request_json(request, in_scope(req, who))})


@authed
async def list_requests(request: web.Request, who: Principal) -> web.Response:
    flt = dataclasses.replace(list_filter(request.query), scope=who.scope)
    found = await queue_of(request).store.list_requests(flt)
    return web.json_response({
        "requests": [request_json(request, in_scope(r, who)) for r in found],
        "limit": flt.limit, "offset": flt.offset,
    })


@authed
async def get_request(request: web.Request, who: Principal) -> web.Response:
    return _one(request, await visible(request, who, request_id(request)), who)


@authed
async def audit(request: web.Request, who: Principal) -> web.Response:
    store = queue_of(request).store
    rid = request_id(request)
    await visible(request, who, rid)  # 404 for an unknown request rather than an empty trail
    return web.json_response({"audit": [
        {"actor": a.actor, "at": a.at, "from": a.from_state, "to": a.to_state, "note": a.note}
        for a in await store.audit(rid)]})


@authed
async def claim(request: web.Request, who: Principal) -> web.Response:
    rid = request_id(request)
    body = await json_body(request, {"lease_s": float})
    lease = body.get("lease_s")
    lease = queue_of(request).config.lease_s if lease is None else lease
    if not 1 <= lease <= MAX_LEASE_S:
        raise bad_request(f"lease_s must be between 1 and {MAX_LEASE_S}")
    await visible(request, who, rid)
    return _one(request, await queue_of(request).store.claim(rid, who.user, lease), who)


@authed
async def release(request: web.Request, who: Principal) -> web.Response:
    rid = request_id(request)
    await json_body(request, {})
    await visible(request, who, rid)
    return _one(request, await queue_of(request).store.release(rid, who.user), who)


def _note(body: dict[str, Any]) -> str | None:
    note: str | None = body.get("note")
    if note is not None and len(note) > MAX_NOTE:
        raise bad_request(f"note must be at most {MAX_NOTE} characters")
    return note


@authed
async def resolve(request: web.Request, who: Principal) -> web.Response:
    """A dismissal of a request the caller has not claimed takes `"confirm": true`: one click
    must not make a request disappear from everyone's queue."""
    rid = request_id(request)
    body = await json_body(request, {"outcome": str, "note": str, "confirm": bool},
                           frozenset({"outcome"}))
    note = _note(body)
    current = await visible(request, who, rid)
    unclaimed = current.state == PENDING  # someone else's live claim: the store refuses (403)
    if body["outcome"] == DISMISSED and unclaimed and body.get("confirm") is not True:
        raise json_error(web.HTTPConflict, "dismissing a request you have not claimed needs "
                                           '"confirm": true')
    done = await queue_of(request).store.resolve(rid, who.user, body["outcome"], note)
    return _one(request, done, who)


@authed
async def reopen(request: web.Request, who: Principal) -> web.Response:
    """A resolved request back to pending (a dismissal made in error); audited with the note."""
    rid = request_id(request)
    body = await json_body(request, {"note": str})
    note = _note(body)
    await visible(request, who, rid)
    return _one(request, await queue_of(request).store.reopen(rid, who.user, note), who)


@authed
async def suppress(request: web.Request, who: Principal) -> web.Response:
    """Claim (or keep one's claim), suppress through the wiki's API, then resolve as suppressed."""
    rid = request_id(request)
    body = await json_body(request, {"reason": str})
    queue = queue_of(request)
    reason = body.get("reason") or queue.config.suppress_reason
    if len(reason) > MAX_REASON:
        raise bad_request(f"reason must be at most {MAX_REASON} characters")
    if not queue.suppressor.enabled_for(who.user):
        raise json_error(web.HTTPConflict, "no suppression credentials are configured for you")
    await visible(request, who, rid)
    claimed = await queue.store.claim(rid, who.user, queue.config.lease_s)
    try:
        await queue.suppressor.suppress(claimed, who.user, reason)
    except SuppressError as exc:
        raise json_error(web.HTTPBadGateway, f"{exc}; the request stays claimed") from None
    return _one(request, await queue.store.resolve(
        rid, who.user, "suppressed", "suppressed through the API by outingwatch"), who)


@authed
async def stats(request: web.Request, who: Principal) -> web.Response:
    return web.json_response(await queue_of(request).store.stats(who.scope))
