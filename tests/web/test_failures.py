"""A database that fails: the API answers 503 with a content-free message, never a traceback."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from store.errors import StoreFailure
from store.postgres import PostgresStore
from tests.web.server import serving
from web.config import WebConfig
from web.routes import setup_queue_app

UNREACHABLE = "postgresql://postgres@127.0.0.1:9/nowhere"  # port 9 (discard): refused


async def test_an_unreachable_database_is_a_store_failure() -> None:
    store = PostgresStore(UNREACHABLE)
    with pytest.raises(StoreFailure) as info:
        await store.migrate()
    assert str(info.value).startswith("database error: ")
    await store.close()


@pytest.mark.parametrize(("method", "path", "json"), [
    ("GET", "/api/v1/requests", None),
    ("POST", "/api/v1/requests/1/claim", None),
    ("POST", "/api/v1/session", {"token": "ow_x"}),
])
async def test_the_api_answers_503(method: str, path: str, json: object) -> None:
    store = PostgresStore(UNREACHABLE)
    app = web.Application()
    setup_queue_app(app, store, WebConfig())
    try:
        async with serving(app) as url, aiohttp.ClientSession() as http, http.request(
                method, url + path, json=json,
                headers={"Authorization": "Bearer ow_x", "Origin": url}) as response:
            assert response.status == 503
            assert (await response.json())["error"].startswith("database error: ")
    finally:
        await store.close()
