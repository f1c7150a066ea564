"""The queue's JSON API under /api/v1/: list, get, claim, release, resolve, suppress, stats."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from store.lifecycle import MAX_LEASE_S, MAX_NOTE
from store.model import StoredRequest
from web.context import queue_of
from web.errors import bad_request, json_error
from web.links import diff_url, revisiondelete_url
from web.params import json_body, list_filter, request_id
from web.security import Principal, authed
from web.suppress import SuppressError

MAX_REASON = 500


def request_json(request: web.Request, req: StoredRequest) -> dict[str, Any]:
    reason = queue_of(request).config.suppress_reason
    return {**req.to_json(), "diff_url": diff_url(req),
            "revisiondelete_url": revisiondelete_url(req, reason)}


def _one(request: web.Request, req: StoredRequest) -> web.Response:
    return web.json_response({"request": request_json(request, req)})


@authed
async def list_requests(request: web.Request, who: Principal) -> web.Response:
    flt = list_filter(request.query)
    found = await queue_of(request).store.list_requests(flt)
    return web.json_response({
        "requests": [request_json(request, r) for r in found],
        "limit": flt.limit, "offset": flt.offset,
    })


@authed
async def get_request(request: web.Request, who: Principal) -> web.Response:
    return _one(request, await queue_of(request).store.get(request_id(request)))


@authed
async def audit(request: web.Request, who: Principal) -> web.Response:
    store = queue_of(request).store
    rid = request_id(request)
    await store.get(rid)  # 404 for an unknown request rather than an empty trail
    return web.json_response({"audit": [
        {"actor": a.actor, "at": a.at, "from": a.from_state, "to": a.to_state, "note": a.note}
        for a in await store.audit(rid)]})


@authed
async def claim(request: web.Request, who: Principal) -> web.Response:
    rid = request_id(request)
    body = await json_body(request, {"lease_s": float})
    lease = body.get("lease_s")
    lease = queue_of(request).config.lease_s if lease is None else lease
    if not 0 < lease <= MAX_LEASE_S:
        raise bad_request(f"lease_s must be between 1 and {MAX_LEASE_S}")
    return _one(request, await queue_of(request).store.claim(rid, who.user, lease))


@authed
async def release(request: web.Request, who: Principal) -> web.Response:
    rid = request_id(request)
    await json_body(request, {})
    return _one(request, await queue_of(request).store.release(rid, who.user))


@authed
async def resolve(request: web.Request, who: Principal) -> web.Response:
    rid = request_id(request)
    body = await json_body(request, {"outcome": str, "note": str}, frozenset({"outcome"}))
    note = body.get("note")
    if note is not None and len(note) > MAX_NOTE:
        raise bad_request(f"note must be at most {MAX_NOTE} characters")
    done = await queue_of(request).store.resolve(rid, who.user, body["outcome"], note)
    return _one(request, done)


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
    claimed = await queue.store.claim(rid, who.user, queue.config.lease_s)
    try:
        await queue.suppressor.suppress(claimed, who.user, reason)
    except SuppressError as exc:
        raise json_error(web.HTTPBadGateway, f"{exc}; the request stays claimed") from None
    return _one(request, await queue.store.resolve(
        rid, who.user, "suppressed", "suppressed through the API by outingwatch"))


@authed
async def stats(request: web.Request, who: Principal) -> web.Response:
    return web.json_response(await queue_of(request).store.stats())
