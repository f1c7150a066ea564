"""A queue app on SQLite served over loopback, with two oversighters and a few requests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from store.base import QueueStore
from store.open import open_store
from tests.store.factory import Clock
from tests.web.server import serving
from web.config import WebConfig
from web.routes import setup_queue_app
from web.suppress import Suppressor
from wiki.revisiondelete import OAuthToken


@dataclass
class QueueEnv:
    url: str
    store: QueueStore
    clock: Clock
    tokens: dict[str, str]
    http: aiohttp.ClientSession

    def auth(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}


async def start_env(tmp_path: Path, config: WebConfig,
                    suppressor: Suppressor | None = None) -> AsyncIterator[QueueEnv]:
    """Serve the queue; alice has suppression credentials (pointing nowhere unless given)."""
    clock = Clock()
    store = await open_store(f"sqlite:///{tmp_path / 'queue.sqlite3'}", clock=clock)
    suppressor = suppressor or Suppressor({"alice": OAuthToken("secret-oauth")})
    app = web.Application()
    setup_queue_app(app, store, config, suppressor)
    tokens = {name: await store.add_user(name) for name in ("alice", "bob")}
    try:
        async with serving(app) as url, aiohttp.ClientSession(
                cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            yield QueueEnv(url, store, clock, tokens, http)
    finally:
        await store.close()


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[QueueEnv]:
    async for queue_env in start_env(tmp_path, WebConfig()):
        yield queue_env
