"""A queue app on SQLite served over loopback, with two oversighters and a few requests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


@dataclass
class RecordingSuppress:
    """Stands in for wiki.revisiondelete.suppress_revision where a test needs to see the call."""

    calls: list[tuple[Any, int, str, Any]] = field(default_factory=list)
    error: Exception | None = None

    async def __call__(self, session: aiohttp.ClientSession, site: Any, rev_id: int,
                       reason: str, credentials: Any) -> None:
        self.calls.append((site, rev_id, reason, credentials))
        if self.error is not None:
            raise self.error


@dataclass
class QueueEnv:
    url: str
    store: QueueStore
    clock: Clock
    tokens: dict[str, str]
    http: aiohttp.ClientSession
    suppress: RecordingSuppress

    def auth(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}


async def start_env(tmp_path: Path, config: WebConfig) -> AsyncIterator[QueueEnv]:
    clock = Clock()
    store = await open_store(f"sqlite:///{tmp_path / 'queue.sqlite3'}", clock=clock)
    recorder = RecordingSuppress()
    suppressor = Suppressor({"alice": {"oauth_token": "secret-oauth"}}, suppress_fn=recorder)
    app = web.Application()
    setup_queue_app(app, store, config, suppressor)
    tokens = {name: await store.add_user(name) for name in ("alice", "bob")}
    try:
        async with serving(app) as url, aiohttp.ClientSession(
                cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            yield QueueEnv(url, store, clock, tokens, http, recorder)
    finally:
        await store.close()


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[QueueEnv]:
    async for queue_env in start_env(tmp_path, WebConfig()):
        yield queue_env
