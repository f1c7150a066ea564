"""The EventStreams consumer: an async iterator of wanted events with their positions.

Wanted events are recentchange events and, when the URL subscribes to it in the same connection
(`/v2/stream/recentchange,revision-visibility-change`), revision visibility changes; one id, and
so one saved position, covers every topic of both streams.

A reader task owns one HTTP connection at a time and hands events to the caller through a bounded
queue: when the caller is slow the reader stops reading and the server keeps the history, so lag
grows as lag, never as memory. The caller saves `item.position` once it has handled the item; the
consumer reads the saved position only at start, then resumes from the last id it read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

import aiohttp

from core.version import user_agent
from stream import reconnect
from stream.config import ConsumerConfig
from stream.eventid import EventIdError, parse_since, resumable
from stream.events import Canary, EventError, RecentChange
from stream.filters import RecentIds
from stream.observer import NullObserver, StreamObserver
from stream.position import Position, PositionStore
from stream.sse import Frame, SSEParser
from stream.visibility import VisibilityChange, decode_any

log = logging.getLogger(__name__)


class StreamError(RuntimeError):
    """EventStreams refused the subscription in a way retrying cannot fix (bad URL, since, 403)."""


Event = RecentChange | VisibilityChange


@dataclass(frozen=True, slots=True)
class StreamItem:
    event: Event
    position: Position  # save it once the event is handled
    received_monotonic: float
    data: bytes = b""  # the SSE data exactly as received


@dataclass(frozen=True, slots=True)
class _Failure:
    error: BaseException


Outcome = tuple[str, float | None]  # why the connection ended, and a Retry-After


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat()


class Consumer:
    def __init__(self, config: ConsumerConfig, positions: PositionStore,
                 observer: StreamObserver | None = None) -> None:
        self.config = config
        self.positions = positions
        self.observer: StreamObserver = observer or NullObserver()
        self.last_event_id: str | None = None  # the newest id read, sent back on reconnect
        self.last_time_ms: int | None = None  # the newest event time read
        self._since: str | None = None
        self._streams = config.streams
        self._floor_ms: int | None = None  # before anything unhandled: _load_start, _decode
        self._received = 0.0  # when the chunk being parsed arrived
        self._filter = config.event_filter()
        self._recent = RecentIds(config.dedup_window)
        self._backoff = reconnect.Backoff(
            config.backoff_base_s, config.backoff_cap_s, config.healthy_reset_s,
            config.max_retry_after_s)
        self._queue: asyncio.Queue[StreamItem | _Failure] = asyncio.Queue(config.buffer_size)
        self._task: asyncio.Task[None] | None = None
        self.connected = False  # a stream is open now (for health checks)

    # -- the caller's side -------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="eventstreams-reader")

    def __aiter__(self) -> AsyncIterator[StreamItem]:
        return self.items()

    async def items(self) -> AsyncIterator[StreamItem]:
        self.start()
        while True:
            item = await self._queue.get()
            if isinstance(item, _Failure):
                raise item.error
            yield item

    @property
    def buffered(self) -> int:
        return self._queue.qsize()

    async def aclose(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                if (current := asyncio.current_task()) is not None and current.cancelling():
                    raise

    async def __aenter__(self) -> Consumer:
        self.start()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()

    # -- the reader task ---------------------------------------------------------------------

    async def _run(self) -> None:
        try:
            await self._load_start()
            await self._follow()
        except asyncio.CancelledError:
            raise
        except StreamError as err:
            log.error("stream: giving up: %s", err)
            await self._queue.put(_Failure(err))
        except Exception as err:  # a bug must reach the caller, not end the reader silently
            log.error("stream: reader failed (%s)", type(err).__name__)
            await self._queue.put(_Failure(err))

    async def _load_start(self) -> None:
        position = await self.positions.load()
        margin_ms = int(self.config.resume_margin_s * 1000)
        if position is not None and position.last_event_id:
            self._floor_ms = max(0, position.event_time_ms - margin_ms)
            self.last_event_id = self._resumable(position.last_event_id)
            self.last_time_ms = position.event_time_ms
            log.info("stream: resuming from the saved position (event time %s)",
                     _iso(position.event_time_ms))
        elif self.config.since:
            try:
                parse_since(self.config.since)
            except EventIdError:
                raise StreamError("since is neither epoch milliseconds nor an ISO time") from None
            self._since = self.config.since
            self._floor_ms = parse_since(self.config.since)
            log.info("stream: no saved position; starting from since=%s", self._since)
        else:
            log.info("stream: no saved position and no since; starting at the live end")

    async def _follow(self) -> None:
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self.config.connect_timeout_s)
        headers = {"User-Agent": user_agent(self.config.contact), "Accept": "text/event-stream"}
        async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
            while True:
                reason, retry_after = await self._connect(session)
                self.observer.on_reconnect(reason)
                delay = self._backoff.delay(retry_after)
                log.info("stream: connection ended (%s); reconnecting in %.2f s", reason, delay)
                await asyncio.sleep(delay)

    def _resumable(self, event_id: str) -> str:
        """The id to send back: as received, except that a stream of a subscription to several
        which has not delivered yet resumes from the floor instead of "latest" (eventid)."""
        if len(self._streams) < 2 or self._floor_ms is None:
            return event_id
        return resumable(event_id, self._streams, self._floor_ms)

    def _request(self) -> tuple[dict[str, str], dict[str, str]]:
        if self.last_event_id:
            return {"Last-Event-ID": self._resumable(self.last_event_id)}, {}
        if self._since is not None:
            return {}, {"since": self._since}
        return {}, {}

    async def _connect(self, session: aiohttp.ClientSession) -> Outcome:
        headers, params = self._request()
        try:
            async with asyncio.timeout(self.config.idle_timeout_s):
                response = await session.get(self.config.url, headers=headers, params=params)
        except TimeoutError:
            return reconnect.IDLE_TIMEOUT, None
        except aiohttp.InvalidURL:
            raise StreamError("the stream URL is not a valid URL") from None
        except (aiohttp.ClientError, OSError):
            return reconnect.NETWORK, None
        async with response:
            return await self._answer(response, "Last-Event-ID" in headers)

    async def _answer(self, response: aiohttp.ClientResponse, sent_position: bool) -> Outcome:
        status = response.status
        retry_after = reconnect.parse_retry_after(response.headers.get("Retry-After"))
        if status == 200:
            return await self._read(response)
        if status == 429:
            return reconnect.HTTP_429, retry_after
        if status >= 500:
            return reconnect.HTTP_5XX, retry_after
        if status in (400, 404) and sent_position:
            self._expired(status)
            return reconnect.EXPIRED_POSITION, None
        raise StreamError(f"EventStreams answered HTTP {status}")

    def _expired(self, status: int) -> None:
        """The saved id was refused: restart from the last event's time, never from now."""
        if self.last_time_ms is None:
            raise StreamError(f"position refused (HTTP {status}) and no event time to restart from")
        margin_ms = int(self.config.resume_margin_s * 1000)
        self._since = str(max(0, self.last_time_ms - margin_ms))
        self.last_event_id = None
        log.error("stream: EventStreams refused the saved position (HTTP %d: expired or topic "
                  "gone); restarting from %s by time", status, _iso(int(self._since)))

    async def _read(self, response: aiohttp.ClientResponse) -> Outcome:
        self._backoff.connected()
        self.observer.on_connect()
        self.connected = True
        try:
            return await self._read_frames(response)
        finally:
            self.connected = False

    async def _read_frames(self, response: aiohttp.ClientResponse) -> Outcome:
        parser = SSEParser(self.config.max_frame_bytes)
        try:
            while True:
                async with asyncio.timeout(self.config.idle_timeout_s):
                    chunk = await response.content.readany()
                if not chunk:
                    return reconnect.EOF_CUT, None
                self._received = time.monotonic()
                for frame in parser.feed(chunk):
                    await self._frame(frame)
        except TimeoutError:
            return reconnect.IDLE_TIMEOUT, None
        except aiohttp.ClientPayloadError:
            return reconnect.PAYLOAD, None
        except (aiohttp.ClientError, OSError):
            return reconnect.NETWORK, None

    # -- one frame ---------------------------------------------------------------------------

    def _skip(self, reason: str) -> None:
        self.observer.on_skipped(reason)

    async def _frame(self, frame: Frame) -> None:
        if frame.id:
            self.last_event_id = frame.id  # even a skipped frame's id moves the resume point
        if frame.too_large:
            log.warning("stream: skipped a frame larger than %d bytes", self.config.max_frame_bytes)
            return self._skip("frame_too_large")
        if frame.event == "error":
            log.warning("stream: EventStreams sent an error event")
            return self._skip("error_event")
        if frame.event != "message":
            return self._skip("event_name")
        if frame.data is None:
            return self._skip("no_data")
        self.observer.on_received()
        event = self._decode(frame.data)
        if event is not None:
            await self._offer(event, frame.data)
        return None

    def _decode(self, data: bytes) -> Event | None:
        try:
            event = decode_any(data)
        except EventError as err:
            log.warning("stream: skipped an invalid event (%s)", err)
            self._skip(err.reason)
            return None
        self.last_time_ms = event.meta.time_ms
        if self._floor_ms is None:  # started at the live end: its first event marks the start
            self._floor_ms = max(0, event.meta.time_ms - int(self.config.resume_margin_s * 1000))
        self.observer.on_event_time(event.meta.time_ms)
        if isinstance(event, Canary):
            self._skip("canary")
            return None
        return event

    async def _offer(self, event: Event, data: bytes) -> None:
        reason = self._filter.reason(event) if isinstance(event, RecentChange) else (
            self._filter.wiki_reason(event.wiki))
        if reason is None and self._recent.seen(event.meta.id):
            reason = "duplicate"
        if reason is not None:
            return self._skip(reason)
        position = Position(self._resumable(self.last_event_id or ""), event.meta.time_ms)
        await self._queue.put(StreamItem(event, position, self._received, data))
        return None
