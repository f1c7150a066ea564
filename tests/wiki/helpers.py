"""A local API server and a client pointed at it, for the wiki tests."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from wiki.client import MediaWikiClient
from wiki.config import ApiConfig
from wiki.fixtures import ApiFixtures, Revision
from wiki.server import ApiServer, RunningApi, serve_api
from wiki.site import Site
from wiki.transport import AnswerRecorder

HOST = "en.wikipedia.org"
SITE = Site("https://en.wikipedia.org", "/w", HOST)
FAST = ApiConfig(
    backoff_base_s=0.01, backoff_cap_s=0.05, timeout_s=5.0, contact="tests@example.org"
)


@dataclass
class Recorder:
    """An observer and a sleep that remember what the client did."""

    requests: list[tuple[str, str]] = field(default_factory=list)
    retries: list[str] = field(default_factory=list)
    skips: list[str] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)

    def on_request(self, action: str, status: str) -> None:
        self.requests.append((action, status))

    def on_retry(self, reason: str) -> None:
        self.retries.append(reason)

    def on_skip(self, reason: str) -> None:
        self.skips.append(reason)

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)


@dataclass
class Rig:
    api: RunningApi
    client: MediaWikiClient
    recorder: Recorder

    @property
    def server(self) -> ApiServer:
        return self.api.server


def fixtures_with(*revisions: tuple[int, str], host: str = HOST) -> ApiFixtures:
    fixtures = ApiFixtures()
    for rev_id, text in revisions:
        fixtures.add_revision(host, rev_id, Revision(text, "Talk:Example", 1, "Someone"))
    return fixtures


@contextlib.asynccontextmanager
async def rig(
    server: ApiServer, recorder: AnswerRecorder | None = None, **config: object
) -> AsyncIterator[Rig]:
    """The server on a free port and a client sent there (config overrides FAST's fields)."""
    observed = Recorder()
    async with serve_api(server) as api:
        config = {"api_base_url": api.base_url} | config
        settings = dataclasses.replace(FAST, **config)  # type: ignore[arg-type]
        async with MediaWikiClient(
            settings, observed, sleep=observed.sleep, recorder=recorder
        ) as client:
            yield Rig(api, client, observed)
