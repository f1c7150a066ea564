"""The whole service in this process against the local EventStreams and MediaWiki API servers:
real HTTP over loopback, a real SQLite queue, a real judgement process pool."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from aiohttp import web

from core.settings import Settings
from metrics.summary import Summary, summarise
from replay.feed import FeedEntry
from service import METRICS, OPS_PATHS, SERVICE, Service, create_app, start_http
from store.model import ListFilter, StoredRequest
from stream.faults import ServerSettings
from stream.server import FeedServer, RunningServer, start_server
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, RunningApi, start_api_server

KEY = "test-fingerprint-key-0123456789abcdef"
GUARD_POLLS = 1200  # 0.1 s each: only against a hang, no assertion depends on time


@dataclass
class Local:
    stream: RunningServer
    api: RunningApi

    async def close(self) -> None:
        await self.stream.runner.cleanup()
        await self.api.runner.cleanup()


async def local_servers(entries: Sequence[FeedEntry],
                        stream_settings: ServerSettings | None = None) -> Local:
    feed = FeedServer(entries, stream_settings or ServerSettings(keep_open=True))
    stream = await start_server(feed)
    api = await start_api_server(ApiServer(ApiFixtures.from_feed(entries)))
    return Local(stream, api)


def settings_for(local: Local, folder: Path, **changes: object) -> Settings:
    values: dict[str, object] = {
        "stream_url": local.stream.url, "api_base_url": local.api.base_url, "since": "0",
        "wikis": (), "database": f"sqlite:///{folder / 'queue.sqlite3'}", "workers": 1,
        "fingerprint_key": KEY, "listen_host": "127.0.0.1", "port": 0,
        "contact": "tests@example.org", "request_timeout": 5.0, "shutdown_grace": 20.0,
        "position_seconds": 0.5,
    }
    values.update(changes)
    return dataclasses.replace(Settings(), **values)  # type: ignore[arg-type]


@dataclass
class Running:
    app: web.Application
    base_url: str
    session: aiohttp.ClientSession
    ops_url: str = ""  # metrics and health

    @property
    def service(self) -> Service:
        return self.app[SERVICE]

    def summary(self) -> Summary:
        return summarise(self.app[METRICS])

    async def get(self, path: str) -> tuple[int, str]:
        base = self.ops_url if path in OPS_PATHS else self.base_url
        async with self.session.get(base + path) as response:
            return response.status, await response.text()

    async def requests(self) -> list[StoredRequest]:
        return await self.service.store.list_requests(ListFilter(limit=500))

    async def until(self, predicate: object) -> None:
        for _ in range(GUARD_POLLS):
            if callable(predicate) and predicate():
                return
            if self.service.failed.is_set():
                raise AssertionError(f"the service failed: {self.service.error!r}")
            await asyncio.sleep(0.1)
        raise AssertionError("the service did not get there")

    async def until_drained(self, frames: int) -> None:
        await self.until(lambda: self.summary().received >= frames and self.service.drained())


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Running]:
    app = create_app(settings)
    listening = await start_http(app, settings.listen_host, 0, 0)
    try:
        async with aiohttp.ClientSession() as session:
            yield Running(app, f"http://127.0.0.1:{listening.port}", session,
                          f"http://127.0.0.1:{listening.ops_port}")
    finally:
        await listening.close()
