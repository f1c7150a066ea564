"""Page sign-in: a token becomes a session cookie (HttpOnly, SameSite=Strict; stored hashed)."""

from __future__ import annotations

from aiohttp import web

from web.context import queue_of
from web.errors import bad_request, json_error, unauthorized
from web.params import json_body
from web.security import (
    COOKIE,
    Principal,
    authed,
    check_same_origin,
    csrf_token,
    store_errors,
)


def _secure(request: web.Request) -> bool:
    config = queue_of(request).config
    if config.secure_cookies is not None:
        return config.secure_cookies
    return config.https or request.secure


def _rate_limit(request: web.Request) -> None:
    wait_s = queue_of(request).sign_ins.allow(request.remote or "unknown")
    if wait_s is not None:
        raise json_error(web.HTTPTooManyRequests, "too many sign-in attempts; try again later",
                         **{"Retry-After": str(max(1, round(wait_s)))})


def _session_json(request: web.Request, user: str, session_id: str) -> web.Response:
    return web.json_response({
        "user": user, "csrf_token": csrf_token(session_id),
        "can_suppress": queue_of(request).suppressor.enabled_for(user),
    })


@store_errors
async def sign_in(request: web.Request) -> web.StreamResponse:
    check_same_origin(request)  # no login CSRF
    _rate_limit(request)
    body = await json_body(request, {"token": str}, frozenset({"token"}))
    queue = queue_of(request)
    token = body["token"].strip()
    if not token:
        raise bad_request("token must not be empty")
    user = await queue.store.verify_token(token)
    if user is None:
        raise unauthorized("invalid, expired or revoked token")
    previous = request.cookies.get(COOKIE)
    if previous:  # signing in again replaces the session rather than adding one
        await queue.store.delete_session(previous)
    session_id = await queue.store.create_session(user, queue.config.session_ttl_s)
    response = _session_json(request, user, session_id)
    response.set_cookie(COOKIE, session_id, httponly=True, samesite="Strict", path="/",
                        secure=_secure(request), max_age=int(queue.config.session_ttl_s))
    return response


@authed
async def current(request: web.Request, who: Principal) -> web.Response:
    if who.session_id is None:
        raise bad_request("sessions belong to the page; bearer calls have none")
    return _session_json(request, who.user, who.session_id)


@authed
async def sign_out(request: web.Request, who: Principal) -> web.Response:
    if who.session_id is not None:
        await queue_of(request).store.delete_session(who.session_id)
    response = web.json_response({"signed_out": True})
    response.del_cookie(COOKIE, path="/")
    return response
