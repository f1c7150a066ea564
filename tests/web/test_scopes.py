"""Oversight per wiki, over real HTTP on SQLite and PostgreSQL: a token or session sees only
its wikis; every route mounted (read from the router, so a route added later is covered too)
answers 404 for a request of another wiki, exactly as for one that does not exist."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from store.base import QueueStore
from store.open import open_store
from tests.store import pg
from tests.store.factory import make_request
from tests.support import require
from tests.web.server import serving
from web.config import WebConfig
from web.routes import setup_queue_app
from web.suppress import Suppressor
from wiki.revisiondelete import OAuthToken

SHARED = "f" * 64
BODIES = {"resolve": {"outcome": "dismissed", "confirm": True}, "reopen": {"note": "x"}}


def item_routes() -> list[tuple[str, str]]:
    app = web.Application()
    setup_queue_app(app, object(), WebConfig())  # type: ignore[arg-type]  # routes only
    return sorted({(r.method, r.resource.canonical) for r in app.router.routes()
                   if r.resource is not None and "{id}" in r.resource.canonical
                   and r.resource.canonical.startswith("/api/v1/requests/")  # request ids
                   and r.method != "HEAD"})


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    require(pg.server_available(), f"PostgreSQL at {pg.SERVER}", "apt-get install postgresql")
    with pg.scratch_database("outingwatch_scopes") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'q.sqlite3'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
async def queue(database: str) -> AsyncIterator[tuple[str, QueueStore, aiohttp.ClientSession]]:
    store = await open_store(database)
    if database.startswith("postgresql"):
        await pg.truncate(database)
    app = web.Application()
    credentials = {"en-only": OAuthToken("a"), "steward": OAuthToken("b")}
    setup_queue_app(app, store, WebConfig(), Suppressor(credentials))
    try:
        async with serving(app) as base, aiohttp.ClientSession(
                cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            yield base, store, http
    finally:
        await store.close()


async def call(http: aiohttp.ClientSession, method: str, url: str, token: str | None = None,
               json: Any = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    async with http.request(method, url, headers=sent, json=json) as response:
        return response.status, await response.json()


async def seed(store: QueueStore) -> tuple[int, int]:
    en, _ = await store.enqueue(make_request(1, wiki="enwiki", fingerprints=(SHARED,)))
    de, _ = await store.enqueue(make_request(2, wiki="dewiki", fingerprints=(SHARED,)))
    await store.record_skip("dewiki", 9, "texthidden")
    return en, de


@pytest.mark.parametrize(("method", "path"), item_routes())
async def test_every_item_route_hides_other_wikis(
        queue: tuple[str, QueueStore, aiohttp.ClientSession], method: str, path: str) -> None:
    base, store, http = queue
    _, de = await seed(store)
    await store.resolve(de, "steward", "dismissed")  # so reopen has something to reopen
    token = await store.add_user("en-only", ("enwiki",))
    body = BODIES.get(path.rsplit("/", 1)[-1])
    outside = await call(http, method, base + path.replace("{id}", str(de)), token, body)
    missing = await call(http, method, base + path.replace("{id}", "999999"), token, body)
    assert outside[0] == 404
    assert outside[1] == {"error": f"no request {de}"}
    assert missing == (404, {"error": "no request 999999"})
    assert (await store.get(de)).state == "dismissed"  # nothing changed
    assert [a.actor for a in await store.audit(de)] == ["outingwatch", "steward"]


async def test_lists_stats_and_links_keep_to_the_scope(
        queue: tuple[str, QueueStore, aiohttp.ClientSession]) -> None:
    base, store, http = queue
    en, de = await seed(store)
    en_token = await store.add_user("en-only", ("enwiki",))
    steward = await store.add_user("steward")
    status, listed = await call(http, "GET", base + "/api/v1/requests", en_token)
    assert status == 200
    assert [(r["id"], r["linked"]) for r in listed["requests"]] == [(en, [])]
    _, everything = await call(http, "GET", base + "/api/v1/requests", steward)
    assert {r["id"]: r["linked"] for r in everything["requests"]} == {en: [de], de: [en]}
    _, one = await call(http, "GET", f"{base}/api/v1/requests/{en}", en_token)
    assert one["request"]["linked"] == []
    _, filtered = await call(http, "GET", base + "/api/v1/requests?wiki=dewiki", en_token)
    assert filtered["requests"] == []
    _, stats = await call(http, "GET", base + "/api/v1/stats", en_token)
    assert (stats["total"], stats["skips"]) == (1, 0)
    _, all_stats = await call(http, "GET", base + "/api/v1/stats", steward)
    assert (all_stats["total"], all_stats["skips"]) == (2, 1)


async def test_a_session_carries_the_scope_and_a_change_applies_at_once(
        queue: tuple[str, QueueStore, aiohttp.ClientSession]) -> None:
    base, store, http = queue
    en, de = await seed(store)
    token = await store.add_user("en-only", ("enwiki",))
    status, _ = await call(http, "POST", base + "/api/v1/session", json={"token": token},
                           headers={"Origin": base})
    assert status == 200
    async with http.get(base + "/api/v1/requests") as response:  # the cookie only
        assert [r["id"] for r in (await response.json())["requests"]] == [en]
    async with http.get(f"{base}/api/v1/requests/{de}") as response:
        assert response.status == 404
    await store.set_scope("en-only", ("dewiki",), "cli:test")
    async with http.get(base + "/api/v1/requests") as response:
        assert [r["id"] for r in (await response.json())["requests"]] == [de]
