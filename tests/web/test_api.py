"""The queue's JSON API over real HTTP: auth failures, CSRF, validation, headers, OpenAPI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.store.factory import make_request
from tests.web.conftest import QueueEnv, start_env
from web.config import WebConfig
from web.openapi import document
from web.routes import setup_queue_app

ITEM = "/api/v1/requests/{id}"
QUEUE_ROUTES = [
    ("GET", "/api/v1/requests"), ("GET", ITEM), ("GET", ITEM + "/audit"),
    ("POST", ITEM + "/claim"),
    ("POST", ITEM + "/release"), ("POST", ITEM + "/resolve"), ("POST", ITEM + "/suppress"),
    ("GET", "/api/v1/stats"), ("GET", "/api/v1/session"), ("DELETE", "/api/v1/session"),
]


async def call(env: QueueEnv, method: str, path: str, *, headers: dict[str, str] | None = None,
               json: Any = None, data: bytes | None = None) -> tuple[int, Any]:
    async with env.http.request(method, env.url + path, headers=headers, json=json,
                                data=data) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body


async def queued(env: QueueEnv, rev_id: int = 1, **kwargs: Any) -> int:
    request_id, _ = await env.store.enqueue(make_request(rev_id, **kwargs))
    return request_id


@pytest.mark.parametrize(("method", "path"), QUEUE_ROUTES)
async def test_no_token_is_401(env: QueueEnv, method: str, path: str) -> None:
    rid = await queued(env)
    async with env.http.request(method, env.url + path.format(id=rid)) as response:
        assert response.status == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "error" in await response.json()


@pytest.mark.parametrize("header", [
    "Bearer ow_not-a-real-token", "Bearer ", "Basic YWxpY2U6c2VjcmV0", "ow_no-scheme",
])
async def test_wrong_or_malformed_token_is_401(env: QueueEnv, header: str) -> None:
    status, body = await call(env, "GET", "/api/v1/requests", headers={"Authorization": header})
    assert status == 401
    assert env.tokens["alice"] not in str(body)


async def test_revoked_token_is_401(env: QueueEnv) -> None:
    assert (await call(env, "GET", "/api/v1/stats", headers=env.auth("bob")))[0] == 200
    await env.store.revoke_user("bob")
    status, body = await call(env, "GET", "/api/v1/stats", headers=env.auth("bob"))
    assert (status, body) == (401, {"error": "invalid or revoked token"})


async def test_someone_elses_claim_is_403(env: QueueEnv) -> None:
    rid = await queued(env)
    assert (await call(env, "POST", f"/api/v1/requests/{rid}/claim",
                       headers=env.auth("alice")))[0] == 200
    for action, body in (("claim", None), ("release", None),
                         ("resolve", {"outcome": "dismissed"})):
        status, answer = await call(env, "POST", f"/api/v1/requests/{rid}/{action}",
                                    headers=env.auth("bob"), json=body)
        assert status == 403, action
        assert "claimed by another oversighter" in answer["error"]
    assert (await env.store.get(rid)).claimed_by == "alice"


async def test_lifecycle_over_the_api(env: QueueEnv) -> None:
    low = await queued(env, 1, score=0.3)
    high = await queued(env, 2, score=0.9, title="User talk:Someone")
    status, body = await call(env, "GET", "/api/v1/requests?state=pending",
                              headers=env.auth("alice"))
    assert status == 200
    assert [r["id"] for r in body["requests"]] == [high, low]
    first = body["requests"][0]
    assert first["diff_url"] == "https://en.wikipedia.org/w/index.php?diff=2"
    assert first["revisiondelete_url"].startswith(
        "https://en.wikipedia.org/w/index.php?title=Special%3ARevisionDelete&type=revision"
        "&target=User+talk%3ASomeone&ids=2&wpReason=")
    assert "fingerprints" not in first
    path = f"/api/v1/requests/{high}"
    status, body = await call(env, "POST", path + "/claim", headers=env.auth("alice"),
                              json={"lease_s": 120})
    assert (status, body["request"]["state"], body["request"]["claimed_by"]) == (
        200, "claimed", "alice")
    status, body = await call(env, "POST", path + "/resolve", headers=env.auth("alice"),
                              json={"outcome": "suppressed", "note": "hidden"})
    assert (status, body["request"]["outcome"], body["request"]["note"]) == (
        200, "suppressed", "hidden")
    status, stats = await call(env, "GET", "/api/v1/stats", headers=env.auth("bob"))
    assert stats["by_state"] == {"pending": 1, "suppressed": 1}
    status, body = await call(env, "POST", path + "/release", headers=env.auth("alice"))
    assert status == 409
    status, body = await call(env, "GET", path + "/audit", headers=env.auth("bob"))
    assert [(a["actor"], a["from"], a["to"], a["note"]) for a in body["audit"]] == [
        ("outingwatch", None, "pending", None), ("alice", "pending", "claimed", None),
        ("alice", "claimed", "suppressed", "hidden")]
    assert (await call(env, "GET", "/api/v1/requests/999/audit",
                       headers=env.auth("bob")))[0] == 404


async def test_tiers_likely_first_then_by_score(env: QueueEnv) -> None:
    """Each request carries its tier and score; the queue lists likely before possible, each
    by score, and filters by tier (a request without one takes its score's)."""
    possible_high = await queued(env, 1, score=0.78, tier="possible")
    likely_low = await queued(env, 2, score=0.5, tier="likely")
    likely_high = await queued(env, 3, score=0.95, tier="likely")
    untiered = await queued(env, 4, score=0.85)  # a known value, a repeat: likely from 0.8
    status, body = await call(env, "GET", "/api/v1/requests", headers=env.auth("alice"))
    assert status == 200
    assert [(r["id"], r["tier"], r["score"]) for r in body["requests"]] == [
        (likely_high, "likely", 0.95), (untiered, "likely", 0.85), (likely_low, "likely", 0.5),
        (possible_high, "possible", 0.78)]
    status, body = await call(env, "GET", "/api/v1/requests?tier=possible",
                              headers=env.auth("alice"))
    assert [r["id"] for r in body["requests"]] == [possible_high]
    status, body = await call(env, "GET", f"/api/v1/requests/{likely_low}",
                              headers=env.auth("alice"))
    assert (body["request"]["tier"], body["request"]["score"]) == ("likely", 0.5)


async def test_a_split_outing_lists_every_revision(env: QueueEnv) -> None:
    single = await queued(env, 7)
    split = await queued(env, 12, revisions=(9, 12))
    status, body = await call(env, "GET", f"/api/v1/requests/{split}", headers=env.auth("alice"))
    assert status == 200
    request = body["request"]
    assert request["revisions"] == [9, 12]
    assert request["revision_diff_urls"] == [
        "https://en.wikipedia.org/w/index.php?diff=9",
        "https://en.wikipedia.org/w/index.php?diff=12"]
    assert "&ids=9%2C12&" in request["revisiondelete_url"]
    status, body = await call(env, "GET", f"/api/v1/requests/{single}", headers=env.auth("alice"))
    assert (body["request"]["revisions"], body["request"]["revision_diff_urls"]) == ([7], [])


async def test_unknown_request_is_404(env: QueueEnv) -> None:
    status, body = await call(env, "GET", "/api/v1/requests/999", headers=env.auth("alice"))
    assert (status, body) == (404, {"error": "no request 999"})


@pytest.mark.parametrize("query", [
    "state=open", "state=pending,", "limit=0", "limit=501", "limit=ten", "offset=-1",
    "min_score=high", "min_score=nan", "wiki=EN%20WIKI", "type=e-mail", "colour=red",
    "limit=5&limit=6",
])
async def test_bad_list_parameters_are_400(env: QueueEnv, query: str) -> None:
    status, body = await call(env, "GET", f"/api/v1/requests?{query}", headers=env.auth("alice"))
    assert status == 400
    assert body["error"]


@pytest.mark.parametrize("rid", ["abc", "0", "-1", "99999999999999999999", "1.5"])
async def test_bad_ids_are_400(env: QueueEnv, rid: str) -> None:
    status, _ = await call(env, "GET", f"/api/v1/requests/{rid}", headers=env.auth("alice"))
    assert status == 400


@pytest.mark.parametrize(("json", "data", "message"), [
    (None, b"{not json", "send a JSON body"),
    ([], None, "must be a JSON object"),
    ({}, None, "missing field(s): outcome"),
    ({"outcome": "deleted"}, None, "outcome must be one of"),
    ({"outcome": 3}, None, "outcome must be a string"),
    ({"outcome": "dismissed", "note": "x" * 2001}, None, "note must be at most 2000"),
    ({"outcome": "dismissed", "extra": 1}, None, "unknown field(s): extra"),
])
async def test_bad_resolve_bodies_are_400(env: QueueEnv, json: Any, data: bytes | None,
                                          message: str) -> None:
    rid = await queued(env)
    status, body = await call(env, "POST", f"/api/v1/requests/{rid}/resolve",
                              headers=env.auth("alice"), json=json, data=data)
    assert status == 400
    assert message in body["error"]
    assert (await env.store.get(rid)).state == "pending"


@pytest.mark.parametrize("lease", ["soon", 0, -5, 10**9, True])
async def test_bad_lease_is_400(env: QueueEnv, lease: Any) -> None:
    rid = await queued(env)
    status, _ = await call(env, "POST", f"/api/v1/requests/{rid}/claim",
                           headers=env.auth("alice"), json={"lease_s": lease})
    assert status == 400


async def test_hostile_server_url_gives_no_link(env: QueueEnv) -> None:
    req = make_request(3)
    hostile = type(req)(**{**{f: getattr(req, f) for f in req.__dataclass_fields__},
                           "server_url": "javascript:alert(1)//"})
    rid, _ = await env.store.enqueue(hostile)
    _, body = await call(env, "GET", f"/api/v1/requests/{rid}", headers=env.auth("alice"))
    assert body["request"]["diff_url"] is None
    assert body["request"]["revisiondelete_url"] is None


# --- the page's session: cookie + CSRF + same origin ------------------------------------------
async def sign_in(env: QueueEnv, user: str = "alice") -> str:
    status, body = await call(env, "POST", "/api/v1/session", headers={"Origin": env.url},
                              json={"token": env.tokens[user]})
    assert status == 200
    assert body["user"] == user
    csrf: str = body["csrf_token"]
    return csrf


async def test_sign_in_sets_a_strict_httponly_cookie(env: QueueEnv) -> None:
    async with env.http.post(env.url + "/api/v1/session", headers={"Origin": env.url},
                             json={"token": env.tokens["alice"]}) as response:
        assert response.status == 200
        cookie = response.cookies["ow_session"]
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Strict"
        assert not cookie["secure"]  # plain HTTP and config "auto"
        assert cookie.value != env.tokens["alice"]


async def test_cookie_is_secure_when_configured(tmp_path: Path) -> None:
    async for env in start_env(tmp_path, WebConfig(secure_cookies=True)):
        async with env.http.post(env.url + "/api/v1/session", headers={"Origin": env.url},
                                 json={"token": env.tokens["bob"]}) as response:
            assert response.cookies["ow_session"]["secure"] is True


@pytest.mark.parametrize(("origin", "token"), [
    ("http://evil.example", "alice"), (None, "alice"), ("same", "nobody"),
])
async def test_sign_in_refusals(env: QueueEnv, origin: str | None, token: str) -> None:
    headers = {} if origin is None else {"Origin": env.url if origin == "same" else origin}
    status, _ = await call(env, "POST", "/api/v1/session", headers=headers,
                           json={"token": env.tokens.get(token, "ow_wrong")})
    assert status == (401 if origin == "same" else 403)
    assert len(env.http.cookie_jar) == 0


async def test_cookie_state_changes_need_csrf_and_same_origin(env: QueueEnv) -> None:
    rid = await queued(env)
    csrf = await sign_in(env)
    claim = f"/api/v1/requests/{rid}/claim"
    assert (await call(env, "GET", "/api/v1/requests"))[0] == 200  # reads need no CSRF token
    assert (await call(env, "POST", claim, headers={"Origin": env.url}))[0] == 403
    assert (await call(env, "POST", claim, headers={
        "Origin": env.url, "X-CSRF-Token": "0" * 64}))[0] == 403
    assert (await call(env, "POST", claim, headers={
        "Origin": "http://evil.example", "X-CSRF-Token": csrf}))[0] == 403
    assert (await call(env, "POST", claim, headers={"X-CSRF-Token": csrf}))[0] == 403
    assert (await call(env, "POST", claim, headers={
        "Origin": env.url, "X-CSRF-Token": csrf, "Sec-Fetch-Site": "cross-site"}))[0] == 403
    assert (await env.store.get(rid)).state == "pending"
    status, body = await call(env, "POST", claim, headers={
        "Origin": env.url, "X-CSRF-Token": csrf, "Sec-Fetch-Site": "same-origin"})
    assert (status, body["request"]["claimed_by"]) == (200, "alice")


async def test_bearer_calls_ignore_cookies_and_need_no_csrf(env: QueueEnv) -> None:
    rid = await queued(env)
    await sign_in(env, "alice")  # the jar now holds alice's session cookie
    status, body = await call(env, "POST", f"/api/v1/requests/{rid}/claim",
                              headers=env.auth("bob"))
    assert (status, body["request"]["claimed_by"]) == (200, "bob")


async def test_sign_out_ends_the_session(env: QueueEnv) -> None:
    csrf = await sign_in(env)
    status, body = await call(env, "GET", "/api/v1/session")
    assert (status, body["csrf_token"], body["can_suppress"]) == (200, csrf, True)
    assert (await call(env, "DELETE", "/api/v1/session", headers={"Origin": env.url}))[0] == 403
    assert (await call(env, "DELETE", "/api/v1/session", headers={
        "Origin": env.url, "X-CSRF-Token": csrf}))[0] == 200
    assert (await call(env, "GET", "/api/v1/session"))[0] == 401


async def test_signing_in_again_replaces_the_session(env: QueueEnv) -> None:
    await sign_in(env)
    [first] = [c.value for c in env.http.cookie_jar if c.key == "ow_session"]
    await sign_in(env, "bob")
    assert await env.store.session_user(first) is None
    status, body = await call(env, "GET", "/api/v1/session")
    assert (status, body["user"]) == (200, "bob")


async def test_a_revoked_users_session_ends(env: QueueEnv) -> None:
    await sign_in(env, "bob")
    await env.store.revoke_user("bob")
    assert (await call(env, "GET", "/api/v1/requests"))[0] == 401


# --- headers and the OpenAPI document ---------------------------------------------------------
@pytest.mark.parametrize("path", [
    "/", "/static/app.js", "/static/app.css", "/api/v1/requests", "/api/v1/openapi.json",
    "/no-such-page",
])
async def test_security_headers_on_every_response(env: QueueEnv, path: str) -> None:
    async with env.http.get(env.url + path) as response:
        headers = response.headers
        assert headers["Content-Security-Policy"] == (
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["Cache-Control"] == "no-store"


async def test_the_page_has_no_inline_script_or_style(env: QueueEnv) -> None:
    async with env.http.get(env.url + "/") as response:
        html = await response.text()
    assert '<script src="/static/app.js" defer></script>' in html
    assert "<style" not in html
    assert "style=" not in html
    assert html.count("<script") == 1
    assert "http" not in html.replace('http-equiv', '')  # no external resources


def _router_routes(app: web.Application) -> set[tuple[str, str]]:
    found = set()
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if route.method != "HEAD" and path and path.startswith("/api/"):
            found.add((route.method, path))
    return found


async def test_openapi_is_served_and_matches_the_routes(env: QueueEnv) -> None:
    status, served = await call(env, "GET", "/api/v1/openapi.json")
    assert status == 200
    assert served == document()
    assert served["openapi"].startswith("3.")
    documented = {(method.upper(), path) for path, item in served["paths"].items()
                  for method in item}
    app = web.Application()
    setup_queue_app(app, env.store, WebConfig(), None)
    assert documented == _router_routes(app)
    assert {(m, p) for m, p in QUEUE_ROUTES} <= documented
