"""Who may do what, over every route the queue app mounts (read from its router, so a route
added later is covered too): missing, forged, malformed, revoked and expired credentials are
refused on each; every state change through the page's session needs the CSRF token and our
origin; another oversighter's claim cannot be released, resolved or suppressed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from store.open import open_store
from tests.store.factory import make_request
from tests.web.conftest import QueueEnv, start_env
from web.config import WebConfig
from web.routes import setup_queue_app
from web.security import COOKIE, CSRF_HEADER, csrf_token
from web.suppress import Suppressor
from wiki.revisiondelete import OAuthToken

TTL_S = 600.0
PUBLIC = {("GET", "/api/v1/openapi.json"), ("POST", "/api/v1/session")}
BODIES = {"resolve": {"outcome": "dismissed"}, "claim": {}, "release": {}, "suppress": {}}


def _routes() -> list[tuple[str, str]]:
    """Every API route of the queue app, as (method, path template)."""
    app = web.Application()
    setup_queue_app(app, object(), WebConfig())  # type: ignore[arg-type]  # routes only
    found = set()
    for route in app.router.routes():
        path = route.resource.canonical if route.resource is not None else ""
        if path.startswith("/api/") and route.method != "HEAD":
            found.add((route.method, path))
    return sorted(found - PUBLIC)


ROUTES = _routes()
CHANGES = [(m, p) for m, p in ROUTES if m not in ("GET", "HEAD")]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[QueueEnv]:
    both = Suppressor({"alice": OAuthToken("oauth-a"), "bob": OAuthToken("oauth-b")})
    async for queue_env in start_env(tmp_path, WebConfig(session_ttl_s=TTL_S), both):
        yield queue_env


async def _call(env: QueueEnv, method: str, path: str, headers: dict[str, str] | None = None,
                json: Any = None) -> tuple[int, str, Any]:
    async with env.http.request(method, env.url + path, headers=headers, json=json) as response:
        kind = response.content_type
        body = await response.json() if kind == "application/json" else await response.text()
        return response.status, kind, body


async def _request_id(env: QueueEnv) -> int:
    request_id, _ = await env.store.enqueue(make_request(1))
    return request_id


def _body(path: str) -> Any:
    return BODIES.get(path.rsplit("/", maxsplit=1)[-1])


def _url(path: str, request_id: int) -> str:
    return path.replace("{id}", str(request_id))


async def _session(env: QueueEnv, user: str = "alice") -> tuple[str, str]:
    """Sign in through the API: (session id, CSRF token)."""
    status, _, body = await _call(env, "POST", "/api/v1/session", {"Origin": env.url},
                                  {"token": env.tokens[user]})
    assert status == 200
    [session] = [c.value for c in env.http.cookie_jar if c.key == COOKIE]
    assert body["csrf_token"] == csrf_token(session)
    return session, body["csrf_token"]


def test_the_route_list_is_complete() -> None:
    assert ("POST", "/api/v1/requests/{id}/suppress") in ROUTES
    assert ("GET", "/api/v1/requests") in ROUTES
    assert len(ROUTES) >= 10


BAD_CREDENTIALS = {
    "missing": {},
    "forged bearer": {"Authorization": "Bearer ow_" + "A" * 43},
    "malformed": {"Authorization": "Token abc"},
    "empty bearer": {"Authorization": "Bearer   "},
    "forged cookie": {"Cookie": f"{COOKIE}=" + "f" * 43},
}


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("kind", sorted(BAD_CREDENTIALS))
async def test_every_route_refuses_bad_credentials(
    env: QueueEnv, method: str, path: str, kind: str
) -> None:
    rid = await _request_id(env)
    status, content_type, body = await _call(env, method, _url(path, rid),
                                             BAD_CREDENTIALS[kind], _body(path))
    assert status == 401
    assert content_type == "application/json"
    assert set(body) == {"error"}
    assert (await env.store.get(rid)).state == "pending"


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_every_route_refuses_a_revoked_token_and_its_session(
    env: QueueEnv, method: str, path: str
) -> None:
    rid = await _request_id(env)
    session, csrf = await _session(env, "bob")
    await env.store.revoke_user("bob")
    headers = {"Origin": env.url, CSRF_HEADER: csrf}
    assert (await _call(env, method, _url(path, rid), headers))[0] == 401  # the cookie
    env.http.cookie_jar.clear()
    bearer = {"Authorization": f"Bearer {env.tokens['bob']}"}
    assert (await _call(env, method, _url(path, rid), bearer))[0] == 401
    assert await env.store.session_user(session) is None


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_every_route_refuses_an_expired_session(
    env: QueueEnv, method: str, path: str
) -> None:
    rid = await _request_id(env)
    _, csrf = await _session(env)
    headers = {"Origin": env.url, CSRF_HEADER: csrf}
    env.clock.advance(TTL_S + 1)
    status, _, body = await _call(env, method, _url(path, rid), headers,
                                  _body(path))
    assert status == 401, body
    assert (await env.store.get(rid)).state == "pending"


async def test_a_session_just_inside_its_ttl_still_works(env: QueueEnv) -> None:
    await _session(env)
    env.clock.advance(TTL_S - 5)
    assert (await _call(env, "GET", "/api/v1/requests"))[0] == 200


CSRF_FAILURES = {
    "no token": lambda env, csrf: {"Origin": env.url},
    "wrong token": lambda env, csrf: {"Origin": env.url, CSRF_HEADER: csrf_token("other")},
    "no origin": lambda env, csrf: {CSRF_HEADER: csrf},
    "foreign origin": lambda env, csrf: {"Origin": "https://evil.example", CSRF_HEADER: csrf},
    "cross-site fetch": lambda env, csrf: {"Origin": env.url, CSRF_HEADER: csrf,
                                           "Sec-Fetch-Site": "cross-site"},
}


@pytest.mark.parametrize(("method", "path"), CHANGES)
@pytest.mark.parametrize("failure", sorted(CSRF_FAILURES))
async def test_every_state_change_needs_the_csrf_token_and_our_origin(
    env: QueueEnv, method: str, path: str, failure: str
) -> None:
    rid = await _request_id(env)
    _, csrf = await _session(env)
    headers = CSRF_FAILURES[failure](env, csrf)
    status, content_type, _ = await _call(env, method, _url(path, rid), headers,
                                          _body(path))
    assert (status, content_type) == (403, "application/json")
    assert (await env.store.get(rid)).state == "pending"
    assert (await _call(env, "GET", "/api/v1/session"))[0] == 200  # still signed in


async def test_the_same_change_with_the_token_and_origin_goes_through(env: QueueEnv) -> None:
    rid = await _request_id(env)
    _, csrf = await _session(env)
    status, _, body = await _call(env, "POST", f"/api/v1/requests/{rid}/claim",
                                  {"Origin": env.url, CSRF_HEADER: csrf})
    assert (status, body["request"]["claimed_by"]) == (200, "alice")


@pytest.mark.parametrize("action", ["release", "resolve", "suppress", "claim"])
async def test_another_oversighters_claim_is_refused(env: QueueEnv, action: str) -> None:
    rid = await _request_id(env)
    alice = {"Authorization": f"Bearer {env.tokens['alice']}"}
    bob = {"Authorization": f"Bearer {env.tokens['bob']}"}
    assert (await _call(env, "POST", f"/api/v1/requests/{rid}/claim", alice))[0] == 200
    status, content_type, _ = await _call(env, "POST", f"/api/v1/requests/{rid}/{action}", bob,
                                          BODIES[action])
    assert status == 403
    assert content_type == "application/json"
    stored = await env.store.get(rid)
    assert (stored.state, stored.claimed_by) == ("claimed", "alice")


def _read_all(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir())


async def test_bearer_tokens_are_stored_only_as_hashes(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    try:
        token = await store.add_user("carol")
        session = await store.create_session("carol", TTL_S)
    finally:
        await store.close()
    raw = _read_all(tmp_path)
    assert token.encode() not in raw
    assert session.encode() not in raw
