"""Who is calling, and the headers every response carries.

Two ways in: `Authorization: Bearer <token>` (scripts; cookies are then ignored, so a bearer
call is never exposed to CSRF), or the page's session cookie, where every state change must also
carry the session's CSRF token in a header and come from our own origin.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from store.errors import StoreError
from store.model import Identity
from web.context import QUEUE, queue_of
from web.errors import forbidden, from_store, unauthorized

COOKIE = "ow_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


SERVER = "outingwatch"  # no versions for a scanner to match against
HSTS = "max-age=31536000"


async def add_security_headers(request: web.BaseRequest, response: web.StreamResponse) -> None:
    """on_response_prepare: every response, errors included."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers["Server"] = SERVER
    if isinstance(request, web.Request) and QUEUE in request.app \
            and request.app[QUEUE].config.https:
        response.headers.setdefault("Strict-Transport-Security", HSTS)


@dataclass(frozen=True, slots=True)
class Principal:
    user: str
    session_id: str | None  # None when the call came with a bearer token
    wikis: frozenset[str] | None = None  # the wikis this oversighter may see; None: all

    def sees(self, wiki: str) -> bool:
        return self.wikis is None or wiki in self.wikis

    @property
    def scope(self) -> tuple[str, ...] | None:
        return None if self.wikis is None else tuple(sorted(self.wikis))


def csrf_token(session_id: str) -> str:
    """Derived from the session id (HttpOnly, so unreadable to scripts): nothing more to store."""
    return hashlib.sha256(b"outingwatch-csrf\0" + session_id.encode()).hexdigest()


def expected_origin(request: web.Request) -> str:
    configured = queue_of(request).config.public_origin
    return configured or f"{request.scheme}://{request.host}"


def check_same_origin(request: web.Request) -> None:
    if request.headers.get("Origin") != expected_origin(request):
        raise forbidden("cross-origin request refused")
    if request.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
        raise forbidden("cross-site request refused")


def check_csrf(request: web.Request, session_id: str) -> None:
    check_same_origin(request)
    presented = request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(presented.encode(), csrf_token(session_id).encode()):
        raise forbidden("missing or wrong CSRF token")


async def authenticate(request: web.Request) -> Principal:
    store = queue_of(request).store
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("use Authorization: Bearer <token>")
        found = await store.identify_token(token.strip())
        if found is None:
            raise unauthorized("invalid or revoked token")
        return _principal(found, None)
    session_id = request.cookies.get(COOKIE)
    found = await store.identify_session(session_id) if session_id else None
    if found is None or session_id is None:
        raise unauthorized("sign in, or send Authorization: Bearer <token>")
    if request.method not in SAFE_METHODS:
        check_csrf(request, session_id)
    return _principal(found, session_id)


def _principal(found: Identity, session_id: str | None) -> Principal:
    return Principal(found.name, session_id, found.wikis)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
AuthedHandler = Callable[[web.Request, Principal], Awaitable[web.StreamResponse]]


def store_errors(handler: Handler) -> Handler:
    """Store refusals and failures become JSON errors with their HTTP status."""
    @functools.wraps(handler)
    async def wrapper(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except StoreError as exc:
            raise from_store(exc) from None

    return wrapper


def authed(handler: AuthedHandler) -> Handler:
    """Authenticate first (bearer token or session cookie with CSRF checks)."""
    @store_errors
    @functools.wraps(handler)
    async def wrapper(request: web.Request) -> web.StreamResponse:
        return await handler(request, await authenticate(request))

    return wrapper
