"""Hostile input to the oversighters' API over real HTTP (a loopback server in a thread):
query parameters, path ids, JSON (and not-JSON) bodies and Authorization headers. Every answer is
a JSON document with a 2xx/4xx status: no 5xx, no crash, no HTML."""

from __future__ import annotations

import asyncio
import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.open import open_store
from tests.reliability.process import free_port
from tests.store.factory import make_request
from web.config import WebConfig
from web.routes import setup_queue_app

FEW = settings(max_examples=80, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["outcome", "note", "lease_s", "reason", "token", "x"]) | st.text(
            max_size=8), inner, max_size=4),
    max_leaves=12)
HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=80)


@dataclass(frozen=True, slots=True)
class Api:
    port: int
    token: str

    def call(self, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.getheader("Content-Type", ""), response.read()
        finally:
            conn.close()

    def authed(self, content_type: str = "application/json") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": content_type}


async def _serve(folder: Path, port: int, ready: threading.Event, stop: asyncio.Event,
                 out: list[str]) -> None:
    store = await open_store(f"sqlite:///{folder / 'queue.sqlite3'}")
    out.append(await store.add_user("alice"))
    for rev in range(1, 4):
        await store.enqueue(make_request(rev))
    app = web.Application()
    setup_queue_app(app, store, WebConfig())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    ready.set()
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
        await store.close()


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    ready, port = threading.Event(), free_port()
    out: list[str] = []
    folder = tmp_path_factory.mktemp("api")
    thread = threading.Thread(
        target=loop.run_until_complete, args=(_serve(folder, port, ready, stop, out),),
        daemon=True)
    thread.start()
    assert ready.wait(60), "the API server did not start"
    try:
        yield Api(port, out[0])
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(60)
        loop.close()


def _answered(status: int, content_type: str, body: bytes) -> None:
    assert status < 500, body[:200]
    if status == 404 and content_type.startswith("text/plain"):
        return  # aiohttp's own answer when no route matches the path at all
    assert content_type.startswith("application/json"), (status, content_type)
    json.loads(body)


@FEW
@given(st.lists(st.tuples(st.sampled_from(["state", "wiki", "type", "min_score", "limit",
                                           "offset"]) | st.text(max_size=10),
                          st.text(max_size=30)), max_size=6))
def test_any_list_query_is_answered(api: Api, params: list[tuple[str, str]]) -> None:
    status, kind, body = api.call("GET", "/api/v1/requests?" + urlencode(params),
                                  headers=api.authed())
    _answered(status, kind, body)
    assert status in (200, 400)


@FEW
@given(st.text(max_size=40), st.sampled_from(["", "/audit"]))
def test_any_request_id_is_answered(api: Api, rid: str, tail: str) -> None:
    status, kind, body = api.call("GET", f"/api/v1/requests/{quote(rid, safe='')}{tail}",
                                  headers=api.authed())
    _answered(status, kind, body)


@FEW
@given(st.sampled_from(["claim", "release", "resolve", "suppress"]), st.integers(-2, 5),
       JSON_VALUES.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=200),
       st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded"]))
def test_any_body_to_any_action_is_answered(
    api: Api, action: str, rid: int, body: bytes, content_type: str
) -> None:
    status, kind, answer = api.call("POST", f"/api/v1/requests/{rid}/{action}", body,
                                    api.authed(content_type))
    _answered(status, kind, answer)


@FEW
@given(HEADER_TEXT | HEADER_TEXT.map(lambda t: "Bearer " + t), JSON_VALUES)
def test_any_authorization_and_sign_in_body_is_answered(
    api: Api, header: str, body: object
) -> None:
    status, kind, answer = api.call("GET", "/api/v1/stats", headers={"Authorization": header})
    _answered(status, kind, answer)
    assert status == 401
    origin = f"http://127.0.0.1:{api.port}"
    status, kind, answer = api.call("POST", "/api/v1/session", json.dumps(body).encode(),
                                    {"Origin": origin, "Content-Type": "application/json"})
    _answered(status, kind, answer)
    assert status in (400, 401, 429)  # 429: the sign-in rate limit of this client
