"""The queue's HTTP surface under abuse, over real HTTP: broken bodies, sign-in floods, foreign
Host headers, non-ASCII digits, leases out of bounds, unclaimed dismissals and reopening,
expiring tokens, and the headers every answer carries."""

from __future__ import annotations

import gzip
import logging
from pathlib import Path
from typing import Any

import pytest

from tests.store.factory import make_request
from tests.web.conftest import QueueEnv, start_env
from web.config import WebConfig

PUBLIC = "https://queue.example.org"


async def call(env: QueueEnv, method: str, path: str, *, headers: dict[str, str] | None = None,
               json: Any = None, data: bytes | None = None) -> tuple[int, Any, Any]:
    async with env.http.request(method, env.url + path, headers=headers, json=json,
                                data=data) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body, response.headers


async def queued(env: QueueEnv, rev_id: int = 1) -> int:
    return (await env.store.enqueue(make_request(rev_id)))[0]


async def test_a_broken_gzip_body_is_a_clean_400(env: QueueEnv,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    broken = gzip.compress(b'{"token": "x"}')[:-9] + b"garbage"
    with caplog.at_level(logging.WARNING):
        status, body, _ = await call(env, "POST", "/api/v1/session", data=broken, headers={
            "Origin": env.url, "Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert (status, body) == (400, {"error": "the body could not be decoded"})
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_sign_in_is_rate_limited_per_client(tmp_path: Path) -> None:
    async for env in start_env(tmp_path, WebConfig(sign_ins_per_minute=5)):
        answers = [await call(env, "POST", "/api/v1/session", headers={"Origin": env.url},
                              json={"token": "ow_guess"}) for _ in range(6)]
        assert [a[0] for a in answers] == [401] * 5 + [429]
        assert int(answers[-1][2]["Retry-After"]) >= 1
        # the right token is refused too until the bucket refills: it limits the client
        right = await call(env, "POST", "/api/v1/session", headers={"Origin": env.url},
                           json={"token": env.tokens["alice"]})
        assert right[0] == 429
        assert (await call(env, "GET", "/api/v1/stats", headers=env.auth("alice")))[0] == 200


@pytest.mark.parametrize("path", [
    "/api/v1/requests/\u0661", "/api/v1/requests/\uff11", "/api/v1/requests?limit=\u0661\u0660",
    "/api/v1/requests?offset=\u0663",
])
async def test_ids_and_limits_take_ascii_digits_only(env: QueueEnv, path: str) -> None:
    await queued(env)
    status, body, _ = await call(env, "GET", path, headers=env.auth("alice"))
    assert status == 400, body


@pytest.mark.parametrize("lease", [0.5, 0.001])
async def test_the_lease_keeps_to_the_bounds_its_message_states(env: QueueEnv,
                                                                 lease: float) -> None:
    rid = await queued(env)
    status, body, _ = await call(env, "POST", f"/api/v1/requests/{rid}/claim",
                                 headers=env.auth("alice"), json={"lease_s": lease})
    assert (status, body) == (400, {"error": "lease_s must be between 1 and 86400"})


async def test_server_header_names_no_versions(env: QueueEnv) -> None:
    for method, path in (("GET", "/"), ("GET", "/api/v1/requests"), ("GET", "/nowhere")):
        _, _, headers = await call(env, method, path)
        assert headers["Server"] == "outingwatch"


@pytest.mark.parametrize("host", ["evil.example", "rebind.attacker.example:8080",
                                  "localhost.evil.example"])
async def test_a_foreign_host_is_refused(env: QueueEnv, host: str) -> None:
    status, body, _ = await call(env, "GET", "/api/v1/stats",
                                 headers={**env.auth("alice"), "Host": host})
    assert status == 421, body
    assert (await call(env, "GET", "/", headers={"Host": host}))[0] == 421


async def test_an_https_public_origin_brings_host_check_secure_cookie_and_hsts(
        tmp_path: Path) -> None:
    async for env in start_env(tmp_path, WebConfig(public_origin=PUBLIC)):
        headers = {"Host": "queue.example.org", "Origin": PUBLIC}
        async with env.http.post(env.url + "/api/v1/session", headers=headers,
                                 json={"token": env.tokens["bob"]}) as response:
            assert response.status == 200
            assert response.cookies["ow_session"]["secure"] is True
            assert response.headers["Strict-Transport-Security"].startswith("max-age=")
        status, _, _ = await call(env, "GET", "/api/v1/stats", headers=env.auth("bob"))
        assert status == 421  # Host 127.0.0.1:port is not the public origin's


async def test_plain_http_sends_no_hsts(env: QueueEnv) -> None:
    _, _, headers = await call(env, "GET", "/")
    assert "Strict-Transport-Security" not in headers


async def test_an_unclaimed_dismissal_needs_confirmation_and_can_be_reopened(
        env: QueueEnv) -> None:
    rid = await queued(env)
    resolve = f"/api/v1/requests/{rid}/resolve"
    status, body, _ = await call(env, "POST", resolve, headers=env.auth("bob"),
                                 json={"outcome": "dismissed"})
    assert status == 409
    assert "confirm" in body["error"]
    assert (await env.store.get(rid)).state == "pending"
    status, body, _ = await call(env, "POST", resolve, headers=env.auth("bob"),
                                 json={"outcome": "dismissed", "confirm": True})
    assert (status, body["request"]["state"]) == (200, "dismissed")
    status, body, _ = await call(env, "POST", f"/api/v1/requests/{rid}/reopen",
                                 headers=env.auth("alice"), json={"note": "not a public figure"})
    assert (status, body["request"]["state"], body["request"]["outcome"]) == (
        200, "pending", None)
    trail = [(a.actor, a.from_state, a.to_state, a.note) for a in await env.store.audit(rid)]
    assert trail[-1] == ("alice", "dismissed", "pending", "not a public figure")
    again = await call(env, "POST", f"/api/v1/requests/{rid}/reopen", headers=env.auth("alice"))
    assert again[0] == 409  # only a resolved request reopens


async def test_ones_own_claimed_dismissal_needs_no_confirmation(env: QueueEnv) -> None:
    rid = await queued(env)
    await call(env, "POST", f"/api/v1/requests/{rid}/claim", headers=env.auth("bob"))
    status, _, _ = await call(env, "POST", f"/api/v1/requests/{rid}/resolve",
                              headers=env.auth("bob"), json={"outcome": "dismissed"})
    assert status == 200


async def test_an_expired_token_is_refused(env: QueueEnv) -> None:
    token = await env.store.add_user("carol", None,
                                     expires_at=int((env.clock.now + 60) * 1000))
    headers = {"Authorization": f"Bearer {token}"}
    assert (await call(env, "GET", "/api/v1/stats", headers=headers))[0] == 200
    env.clock.advance(61)
    assert (await call(env, "GET", "/api/v1/stats", headers=headers))[0] == 401
