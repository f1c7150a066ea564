"""One run of the real service (a child process) over a known feed, with faults.

The local EventStreams and MediaWiki API servers run in this process, so a scenario can change
their faults while the service runs; a scenario's `action` acts on the process or the database
(SIGKILL, a PostgreSQL restart). The run ends when the saved stream position is the feed's last
frame (every event before it handled), then the service is stopped and its queue read back.

Progress is watched on the service's /metrics (edits judged and recorded); the longest interval
between two observed progresses is the run's longest recovery: every fault's time to the next
handled event lies inside such an interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from replay.feed import FeedEntry
from stream.faults import ConnectionPlan, ServerSettings
from stream.server import FeedServer, RunningServer, start_server
from tests.reliability.process import ServiceProcess
from tests.reliability.queue import QueueState, read_state, saved_position
from wiki.faults import ApiFaults
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, RunningApi, start_api_server

KEY = "reliability-fingerprint-key-0123456789abcdef"
POLL_S = 0.1
RUN_LIMIT_S = 600.0  # only against a hang; no assertion depends on time
PROGRESS = ("outingwatch_events_handled_total{",)  # judged edits, recorded in stream order


@dataclass
class Scenario:
    name: str
    stream: Callable[[], ServerSettings] = lambda: ServerSettings(keep_open=True)
    plans: Callable[[], list[ConnectionPlan]] = list
    api: Callable[[], ApiFaults] = ApiFaults
    env: dict[str, str] = field(default_factory=dict)
    action: Callable[[Run], Coroutine[Any, Any, None]] | None = None
    hide: int = 0  # hide (texthidden/suppressed) this many revisions the fault-free run queued


@dataclass
class Run:
    """What an action may touch while the service runs."""

    service: ServiceProcess
    feed: FeedServer
    api: ApiServer
    database: str
    progress: list[float] = field(default_factory=list)  # monotonic times of observed progress
    faults: list[float] = field(default_factory=list)  # monotonic times of injected faults
    kills: int = 0
    restarts: int = 0  # the service exited on its own and was started again
    done: asyncio.Event = field(default_factory=asyncio.Event)
    _count: float = 0.0
    _moved: asyncio.Event = field(default_factory=asyncio.Event)  # progress, or the end

    paused: bool = False  # an action has the process down on purpose

    async def kill_and_restart(self) -> None:
        """SIGKILL at this moment, then start again as an orchestrator would."""
        self.paused = True
        try:
            self.service.kill()
            self.note_fault()
            self.kills += 1
            await self.service.wait_killed()
            await self.service.start()
            self.restarted()
        finally:
            self.paused = False

    def note_fault(self) -> None:
        self.faults.append(time.monotonic())

    async def until_progress(self, after: float) -> None:
        """Wait until the service handled an event after `after` (or the run is done)."""
        while not self.done.is_set() and not any(t > after for t in self.progress):
            self._moved.clear()
            await self._moved.wait()

    def finish(self) -> None:
        self.done.set()
        self._moved.set()

    handled: float = 0.0  # edits judged, summed over every life of the process

    def restarted(self) -> None:
        self.handled += self._count
        self._count = 0.0

    def observe(self, count: float) -> None:
        if count > self._count:
            self.progress.append(time.monotonic())
            self._moved.set()
        self._count = count


@dataclass(frozen=True, slots=True)
class Outcome:
    state: QueueState
    run_seconds: float
    longest_gap_s: float
    recoveries: list[float]  # per fault moment: seconds to the next progress
    kills: int
    restarts: int
    events: int  # edits judged over every life of the process (one read again counts again)
    logs: str
    stream_statuses: list[int]  # the status of every connection the stream server answered
    metrics: str  # the last /metrics page, read just before the service was stopped


def progress_count(metrics_text: str) -> float:
    total = 0.0
    for line in metrics_text.splitlines():
        if line.startswith(PROGRESS) and not line.startswith("#"):
            total += float(line.rsplit(" ", 1)[1])
    return total


def service_env(stream_url: str, api_url: str, database: str) -> dict[str, str]:
    return {
        "OUTINGWATCH_STREAM_URL": stream_url, "OUTINGWATCH_API_BASE_URL": api_url,
        "OUTINGWATCH_SINCE": "0", "OUTINGWATCH_WIKIS": "all", "OUTINGWATCH_DATABASE": database,
        "OUTINGWATCH_FINGERPRINT_KEY": KEY, "OUTINGWATCH_WORKERS": "1",
        "OUTINGWATCH_LISTEN_HOST": "127.0.0.1", "OUTINGWATCH_CONTACT": "tests@example.org",
        "OUTINGWATCH_REQUEST_TIMEOUT": "2", "OUTINGWATCH_STREAM_IDLE_TIMEOUT": "4",
        "OUTINGWATCH_POSITION_SECONDS": "0.3", "OUTINGWATCH_SHUTDOWN_GRACE": "20",
        "OUTINGWATCH_LOG_LEVEL": "INFO", "OUTINGWATCH_FETCH_CONCURRENCY": "4",
    }


@contextlib.asynccontextmanager
async def _servers(entries: list[FeedEntry], scenario: Scenario
                   ) -> AsyncIterator[tuple[RunningServer, RunningApi]]:
    feed = FeedServer(entries, scenario.stream())
    feed.plans.extend(scenario.plans())
    stream: RunningServer = await start_server(feed)
    api: RunningApi = await start_api_server(
        ApiServer(ApiFixtures.from_feed(entries), scenario.api()))
    try:
        yield stream, api
    finally:
        await stream.runner.cleanup()
        await api.runner.cleanup()


async def _watch(run: Run, last_id: str, session: aiohttp.ClientSession) -> None:
    """Poll progress and the saved position; restart a service that exited on its own."""
    deadline = time.monotonic() + RUN_LIMIT_S
    while time.monotonic() < deadline:
        if not run.paused and run.service.exited() is not None:
            run.restarts += 1
            await run.service.start()
            run.restarted()
        answer = await run.service.get(session, "/metrics")
        if answer is not None and answer[0] == 200:
            run.observe(progress_count(answer[1]))
        if await saved_position(run.database) == last_id:
            run.finish()
            return
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"the run did not finish within {RUN_LIMIT_S} s")


def _recoveries(run: Run) -> list[float]:
    out: list[float] = []
    for fault in run.faults:
        after = [t for t in run.progress if t > fault]
        if after:
            out.append(after[0] - fault)
    return out


def _longest_gap(times: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(times)), default=0.0)


async def run_scenario(entries: list[FeedEntry], scenario: Scenario, folder: Path,
                       database: str | None = None, hidden: dict[int, str] | None = None,
                       ) -> Outcome:
    database = database or f"sqlite:///{folder / 'queue.sqlite3'}"
    async with _servers(entries, scenario) as (stream, api):
        api.server.faults.hidden.update(hidden or {})
        env = service_env(stream.url, api.base_url, database) | scenario.env
        service = ServiceProcess(env, folder / "service.log")
        run = Run(service, stream.feed, api.server, database)
        started = time.monotonic()
        await service.start()
        run.restarted()
        action = asyncio.create_task(scenario.action(run)) if scenario.action else None
        try:
            async with aiohttp.ClientSession() as session:
                await _watch(run, stream.feed.served[-1].id, session)
                if action is not None:
                    await action
                answer = await service.get(session, "/metrics")
        finally:
            if action is not None and not action.done():
                action.cancel()
                await asyncio.gather(action, return_exceptions=True)
            code = await service.stop()
            run.restarted()
        elapsed = time.monotonic() - started
        state = await read_state(database)
        statuses = [request.status for request in stream.feed.requests]
    assert code in (0, None), f"the service exited with {code} on SIGTERM"
    return Outcome(state, elapsed, _longest_gap(run.progress), _recoveries(run), run.kills,
                   run.restarts, int(run.handled), service.logs(), statuses,
                   answer[1] if answer is not None else "")
