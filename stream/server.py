"""A local EventStreams server: serves a recorded feed as stream.wikimedia.org would (PROTOCOL.md).

Used by the offline `replay` command and by the tests. Each feed entry gets a Kafka timestamp
(from its recorded id, else its meta.dt), strictly increasing so that resuming is exact, and the
id EventStreams would send unless the entry kept the one it was recorded with.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field

import orjson
from aiohttp import web

from core.loopback import start_app
from replay.feed import FeedEntry
from stream.eventid import EventIdError, id_timestamp, make_id, parse_id, parse_since
from stream.events import EventError, event_time_ms
from stream.faults import ConnectionPlan, ServerSettings

log = logging.getLogger(__name__)

STREAMS = frozenset({"recentchange", "mediawiki.recentchange"})
BASE_TIME_MS = 1_700_000_000_000
GARBAGE = (
    b"data: {not json\n\n",
    b"event: message\ndata\n\n",
    b"data: [1, 2]\n\n",
    b"id: x\n\n",
    b'data: {"meta": {"id": 3}}\n\n',
    b"data: \xff\xfe\n\n",
)
HEADERS = {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
}


@dataclass(frozen=True, slots=True)
class Served:
    id: str
    timestamp: int
    frame: bytes


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """What a client sent; tests check resumption with it."""

    last_event_id: str | None
    since: str | None
    user_agent: str | None
    status: int = 200
    at: float = 0.0  # loop time of arrival


def _data_time(data: str) -> int | None:
    try:
        obj = orjson.loads(data)
        return event_time_ms(obj["meta"]["dt"])
    except (orjson.JSONDecodeError, TypeError, KeyError, EventError):
        return None


def _frame(entry: FeedEntry, event_id: str) -> bytes:
    lines = [f"event: {entry.event}", f"id: {event_id}"]
    lines += [f"data: {part}" for part in entry.data.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


def _timestamp(entry: FeedEntry, previous: int | None) -> int:
    recorded = id_timestamp(entry.id) if entry.id else None
    stamp = recorded if recorded is not None else _data_time(entry.data)
    if previous is None:
        return stamp if stamp is not None else BASE_TIME_MS
    return max(stamp if stamp is not None else previous + 1, previous + 1)


def serve_entries(entries: Sequence[FeedEntry], live_topic: str) -> list[Served]:
    served: list[Served] = []
    last: int | None = None
    for entry in entries:
        last = _timestamp(entry, last)
        event_id = entry.id or make_id(last, live_topic)
        served.append(Served(event_id, last, _frame(entry, event_id)))
    return served


def _error(status: int, detail: str, request: web.Request, **headers: str) -> web.Response:
    title = {400: "Bad Request", 404: "Not Found", 429: "Too Many Requests"}.get(status, "Error")
    body = {"status": status, "type": "about:blank", "title": title, "detail": detail,
            "method": request.method.lower(), "uri": request.path_qs}
    return web.json_response(body, status=status, headers=headers)


@dataclass
class FeedServer:
    """The served feed, its settings and the per-connection fault plans (all mutable)."""

    entries: Sequence[FeedEntry]
    settings: ServerSettings = field(default_factory=ServerSettings)
    plans: deque[ConnectionPlan] = field(default_factory=deque)
    requests: list[RequestRecord] = field(default_factory=list)
    active: int = 0
    _served: list[Served] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)
    _stamps: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._served = serve_entries(self.entries, self.settings.live_topic)
        self._index = {s.id: i for i, s in enumerate(self._served)}
        self._stamps = [s.timestamp for s in self._served]

    def fail_next(self, count: int, status: int, retry_after: str | None = None) -> None:
        """Answer the next `count` connections with `status` (and Retry-After)."""
        self.plans.extend(ConnectionPlan(status=status, retry_after=retry_after)
                          for _ in range(count))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/v2/stream/{streams}", self._handle)
        return app

    def _start(self, last_event_id: str | None, since: str | None) -> int:
        """Index of the first entry to send; raises EventIdError like EventStreams does."""
        if last_event_id is not None:
            return self._resume(last_event_id)
        if since is not None:
            return self._since(parse_since(since))
        return len(self._served) if self.settings.start_at_end else 0

    def _resume(self, last_event_id: str) -> int:
        if self.settings.expire_positions:
            raise EventIdError(self.settings.expire_status, "the position is no longer available")
        exact = self._index.get(last_event_id)
        if exact is not None:
            return exact + 1
        live = [a for a in parse_id(last_event_id) if a.topic == self.settings.live_topic]
        for assignment in live:
            if assignment.offset is not None and assignment.offset >= 0:
                return min(assignment.offset, len(self._served))
        stamps = [a.timestamp for a in live if a.timestamp is not None]
        return self._at(stamps[0]) if stamps else len(self._served)

    def _at(self, timestamp: int) -> int:
        return bisect.bisect_left(self._stamps, timestamp)

    def _since(self, since_ms: int) -> int:
        return self._at(since_ms)  # past the end: the live end, as EventStreams does

    def _record(self, request: web.Request, status: int) -> None:
        headers = request.headers
        self.requests.append(RequestRecord(
            headers.get("Last-Event-ID"), request.query.get("since"), headers.get("User-Agent"),
            status, asyncio.get_running_loop().time()))

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        refusal = self._refusal(request)
        if refusal is not None:
            self._record(request, refusal.status)
            return refusal
        plan = self.plans.popleft() if self.plans else ConnectionPlan()
        if plan.status is not None:
            self._record(request, plan.status)
            extra = {"Retry-After": plan.retry_after} if plan.retry_after else {}
            return _error(plan.status, "injected failure", request, **extra)
        try:
            start = self._start(request.headers.get("Last-Event-ID"), request.query.get("since"))
        except EventIdError as err:
            self._record(request, err.status)
            return _error(err.status, err.detail, request)
        self._record(request, 200)
        return await self._stream(request, start, plan)

    def _refusal(self, request: web.Request) -> web.Response | None:
        streams = request.match_info["streams"].split(",")
        if not all(name in STREAMS for name in streams):
            return _error(400, "unknown stream", request)
        if self.active >= self.settings.max_connections:
            return _error(429, "too many connections", request)
        return None

    async def _stream(
        self, request: web.Request, start: int, plan: ConnectionPlan
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers=HEADERS)
        self.active += 1
        try:
            await response.prepare(request)
            await response.write(b":ok\n\n")
            sender = _Sender(self, request, response, plan)
            await sender.run(start)
        except ConnectionError:
            log.debug("client went away")
        finally:
            self.active -= 1
        return response

    @property
    def served(self) -> list[Served]:
        return self._served


class _Dropped(Exception):
    """The connection was aborted on purpose."""


class _Schedule:
    """Paced frames leave at start + n/pace: a late wake-up or a slow write is made up on the next
    frames, so the rate delivered is the pace asked for (sleeping 1/pace after each frame adds
    every frame's overhead and falls short). A new pace (the benchmark changes it between
    phases) or a stall starts a new schedule.
    """

    def __init__(self) -> None:
        self.pace = 0.0
        self.start = 0.0
        self.count = 0

    def restart(self) -> None:
        self.pace = 0.0

    def delay(self, now: float, pace: float) -> float:
        """Seconds to wait before the next frame at `pace` (> 0) events per second."""
        if pace != self.pace:
            self.pace, self.start, self.count = pace, now, 0
        self.count += 1
        return max(0.0, self.start + self.count / pace - now)


class _Sender:
    """Writes one connection's frames with its plan's faults, until the feed's end or the cut."""

    def __init__(self, server: FeedServer, request: web.Request, response: web.StreamResponse,
                 plan: ConnectionPlan) -> None:
        self.server, self.request, self.response, self.plan = server, request, response, plan
        self.settings = server.settings
        self.loop = asyncio.get_running_loop()
        self.deadline = self.loop.time() + self.settings.cut_after_s
        self.sent = 0
        self.pending: list[bytes] = []
        self.pending_size = 0
        self.schedule = _Schedule()

    async def run(self, start: int) -> None:
        with contextlib.suppress(_Dropped):
            for served in self.server.served[start:]:
                if self.loop.time() >= self.deadline:
                    break
                await self._before(served)
                await self._send(served.frame)
                self.sent += 1
            await self._flush()
            if self.settings.keep_open:
                await asyncio.sleep(max(0.0, self.deadline - self.loop.time()))

    async def _before(self, served: Served) -> None:
        plan = self.plan
        if plan.drop_after is not None and self.sent >= plan.drop_after:
            await self._drop(served.frame)
        if plan.stall_after is not None and self.sent == plan.stall_after and plan.stall_s > 0:
            await self._flush()
            await asyncio.sleep(plan.stall_s)
            self.schedule.restart()
        if plan.garbage_every and self.sent and self.sent % plan.garbage_every == 0:
            await self._send(GARBAGE[(self.sent // plan.garbage_every) % len(GARBAGE)])
        if self.settings.pace > 0:
            await self._flush()
            await asyncio.sleep(self.schedule.delay(self.loop.time(), self.settings.pace))

    async def _send(self, frame: bytes) -> None:
        self.pending.append(frame)
        self.pending_size += len(frame)
        if self.settings.pace > 0 or self.pending_size >= self.settings.batch_bytes:
            await self._flush()

    async def _flush(self) -> None:
        if self.pending:
            chunk = b"".join(self.pending)
            self.pending, self.pending_size = [], 0
            await self.response.write(chunk)

    async def _drop(self, next_frame: bytes) -> None:
        if self.plan.cut_bytes is not None:
            await self._send(next_frame[: self.plan.cut_bytes])
        elif self.plan.mid_frame:
            await self._send(next_frame[: max(1, len(next_frame) // 2)])
        await self._flush()
        await asyncio.sleep(0.01)  # let the bytes leave before the reset
        transport = self.request.transport
        if transport is not None:
            transport.abort()
        raise _Dropped


@dataclass
class RunningServer:
    feed: FeedServer
    runner: web.AppRunner
    host: str
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base_url}/v2/stream/recentchange"


async def start_server(feed: FeedServer, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Serve `feed` on host:port (0 = a free port) until the returned runner is cleaned up."""
    runner, bound = await start_app(feed.app(), host, port)
    return RunningServer(feed, runner, host, bound)


@contextlib.asynccontextmanager
async def serve(entries: Iterable[FeedEntry], settings: ServerSettings | None = None,
                host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[RunningServer]:
    """Run a local EventStreams server on a free port for the duration of the block."""
    feed = FeedServer(list(entries), settings or ServerSettings())
    running = await start_server(feed, host, port)
    try:
        yield running
    finally:
        await running.runner.cleanup()
