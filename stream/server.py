"""A local EventStreams server: serves a recorded feed as stream.wikimedia.org would (PROTOCOL.md).

Used by the offline `replay` command and by the tests. Each feed entry belongs to a stream
(recentchange, or revision-visibility-change by its meta.stream or $schema) and gets a Kafka
timestamp (from its recorded id, else its meta.dt), strictly increasing within its stream so that
resuming is exact. A subscription to one stream gets the id EventStreams would send, unless the
entry kept the one it was recorded with; a subscription to several
(`/v2/stream/recentchange,revision-visibility-change`) gets, with every event, one entry per topic
of every stream: the topic that just delivered its timestamp + 1, the others what they last were.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import itertools
import logging
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import orjson
from aiohttp import web

from core.loopback import start_app
from replay.feed import FeedEntry
from stream.eventid import (
    RECENTCHANGE,
    STREAM_TOPICS,
    VISIBILITY,
    Assignment,
    EventIdError,
    canonical_stream,
    id_timestamp,
    make_id,
    parse_id,
    parse_since,
)
from stream.events import EventError, event_time_ms
from stream.faults import ConnectionPlan, ServerSettings

log = logging.getLogger(__name__)

STREAMS = frozenset({"recentchange", RECENTCHANGE, "revision-visibility-change", VISIBILITY})
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
    stream: str = RECENTCHANGE
    entry: FeedEntry | None = None
    lane_index: int = 0  # its place within its stream


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


def entry_stream(data: str) -> str:
    """The stream an entry belongs to: the visibility stream by meta.stream or $schema, else
    recentchange (garbage included: it is served where it was recorded)."""
    try:
        obj = orjson.loads(data)
        stream = obj["meta"].get("stream", "")
        schema = obj.get("$schema", "")
    except (orjson.JSONDecodeError, TypeError, KeyError, AttributeError):
        return RECENTCHANGE
    if stream in (VISIBILITY, "revision-visibility-change"):
        return VISIBILITY
    if isinstance(schema, str) and schema.startswith("/mediawiki/revision/visibility-change/"):
        return VISIBILITY
    return RECENTCHANGE


def stream_topic(live_topic: str, stream: str) -> str:
    """The live datacentre's topic of `stream` (live_topic names recentchange's)."""
    return live_topic.replace(RECENTCHANGE, stream)


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
    last: dict[str, int] = {}
    counts: dict[str, int] = {}
    for entry in entries:
        stream = entry_stream(entry.data)
        stamp = last[stream] = _timestamp(entry, last.get(stream))
        topic = stream_topic(live_topic, stream)
        event_id = entry.id or make_id(stamp, topic, STREAM_TOPICS[stream])
        index = counts[stream] = counts.get(stream, -1) + 1
        served.append(Served(event_id, stamp, _frame(entry, event_id), stream, entry, index))
    return served


@dataclass(frozen=True, slots=True)
class Lane:
    """One stream's served entries, in order, with their timestamps."""

    positions: list[int]  # indices into the feed's served list
    stamps: list[int]

    def at(self, timestamp: int) -> int:
        return bisect.bisect_left(self.stamps, timestamp)

    def resume(self, assignments: list[Assignment]) -> int:
        """Kafka's answer: an offset beats a timestamp; only `-1` (latest) means the end."""
        for assignment in assignments:
            if assignment.offset is not None and assignment.offset >= 0:
                return min(assignment.offset, len(self.stamps))
        stamps = [a.timestamp for a in assignments if a.timestamp is not None]
        return self.at(max(stamps)) if stamps else len(self.stamps)


def lanes_of(served: Sequence[Served]) -> dict[str, Lane]:
    lanes: dict[str, Lane] = {name: Lane([], []) for name in STREAM_TOPICS}
    for number, one in enumerate(served):
        lanes[one.stream].positions.append(number)
        lanes[one.stream].stamps.append(one.timestamp)
    return lanes


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
    _lanes: dict[str, Lane] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._served = serve_entries(self.entries, self.settings.live_topic)
        self._lanes = lanes_of(self._served)
        self._index = {s.id: s.lane_index for s in self._served}

    def fail_next(self, count: int, status: int, retry_after: str | None = None) -> None:
        """Answer the next `count` connections with `status` (and Retry-After)."""
        self.plans.extend(ConnectionPlan(status=status, retry_after=retry_after)
                          for _ in range(count))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/v2/stream/{streams}", self._handle)
        return app

    def _start(self, streams: tuple[str, ...], last_event_id: str | None,
               since: str | None) -> dict[str, int]:
        """Each stream's first entry to send; raises EventIdError like EventStreams does."""
        if last_event_id is not None:
            return self._resume(streams, last_event_id)
        if since is not None:
            since_ms = parse_since(since)  # past the end: the live end, as EventStreams does
            return {s: self._lanes[s].at(since_ms) for s in streams}
        return {s: len(self._lanes[s].stamps) if self.settings.start_at_end else 0
                for s in streams}

    def _resume(self, streams: tuple[str, ...], last_event_id: str) -> dict[str, int]:
        if self.settings.expire_positions:
            raise EventIdError(self.settings.expire_status, "the position is no longer available")
        exact = self._index.get(last_event_id)
        if exact is not None and len(streams) == 1:
            return {streams[0]: exact + 1}
        topics = tuple(t for s in streams for t in STREAM_TOPICS[s])
        given = parse_id(last_event_id, topics)
        starts = {}
        for stream in streams:  # the id's entries replace the subscription's topics
            mine = [a for a in given if a.topic in STREAM_TOPICS[stream]]
            if mine:
                starts[stream] = self._lanes[stream].resume(mine)
        return starts

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
        streams = _streams(request)
        plan = self.plans.popleft() if self.plans else ConnectionPlan()
        if plan.status is not None:
            self._record(request, plan.status)
            extra = {"Retry-After": plan.retry_after} if plan.retry_after else {}
            return _error(plan.status, "injected failure", request, **extra)
        last_event_id = request.headers.get("Last-Event-ID")
        try:
            starts = self._start(streams, last_event_id, request.query.get("since"))
        except EventIdError as err:
            self._record(request, err.status)
            return _error(err.status, err.detail, request)
        self._record(request, 200)
        ids = _Ids(streams, self.settings.live_topic, last_event_id)
        return await self._stream(request, _Subscription(starts, ids), plan)

    def _refusal(self, request: web.Request) -> web.Response | None:
        streams = request.match_info["streams"].split(",")
        if not all(name in STREAMS for name in streams):
            return _error(400, "unknown stream", request)
        if self.active >= self.settings.max_connections:
            return _error(429, "too many connections", request)
        return None

    async def _stream(
        self, request: web.Request, start: _Subscription, plan: ConnectionPlan
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

    def frames(self, subscription: _Subscription) -> Iterator[bytes]:
        """The subscription's entries from its starts, in feed order, with their frames."""
        starts = subscription.starts
        firsts = [self._lanes[s].positions[i] for s, i in starts.items()
                  if i < len(self._lanes[s].positions)]
        for served in itertools.islice(self._served, min(firsts, default=len(self._served)),
                                       None):
            start = starts.get(served.stream)
            if start is None or served.lane_index < start:
                continue
            yield subscription.ids.frame(served)


def _streams(request: web.Request) -> tuple[str, ...]:
    names = [canonical_stream(n) for n in request.match_info["streams"].split(",")]
    return tuple(dict.fromkeys(names))


class _Ids:
    """A connection's ids: its pre-rendered frames for one stream; for several, one entry per
    topic, kept from the Last-Event-ID the client sent (or `offset: -1`) until a topic delivers."""

    def __init__(self, streams: tuple[str, ...], live_topic: str, sent: str | None) -> None:
        self.single = len(streams) == 1
        self.live_topic = live_topic
        topics = [t for s in streams for t in STREAM_TOPICS[s]]
        self.entries: dict[str, dict[str, object]] = {
            t: {"topic": t, "partition": 0, "offset": -1} for t in topics}
        if sent is not None and not self.single:
            for item in orjson.loads(sent):
                if item.get("topic") in self.entries:
                    self.entries[item["topic"]] = item

    def frame(self, served: Served) -> bytes:
        if self.single or served.entry is None:
            return served.frame
        topic = stream_topic(self.live_topic, served.stream)
        self.entries[topic] = {"topic": topic, "partition": 0, "timestamp": served.timestamp + 1}
        event_id = orjson.dumps(list(self.entries.values())).decode()
        return _frame(served.entry, event_id)


@dataclass(frozen=True, slots=True)
class _Subscription:
    starts: dict[str, int]  # stream → first index within it; streams absent are not sent
    ids: _Ids


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

    async def run(self, subscription: _Subscription) -> None:
        with contextlib.suppress(_Dropped):
            for frame in self.server.frames(subscription):
                if self.loop.time() >= self.deadline:
                    break
                await self._before(frame)
                await self._send(frame)
                self.sent += 1
            await self._flush()
            if self.settings.keep_open:
                await asyncio.sleep(max(0.0, self.deadline - self.loop.time()))

    async def _before(self, frame: bytes) -> None:
        plan = self.plan
        if plan.drop_after is not None and self.sent >= plan.drop_after:
            await self._drop(frame)
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

    @property
    def both_url(self) -> str:
        """recentchange and revision-visibility-change in one connection."""
        return f"{self.base_url}/v2/stream/recentchange,revision-visibility-change"


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
