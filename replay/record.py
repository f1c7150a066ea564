"""Record a live EventStreams session into a replay feed, for later offline replay.

Each entry keeps the SSE `id` and `data` exactly as received. The recording holds the events that
pass the consumer's filters (the ones the service would process); reconnects resume by
Last-Event-ID as in the service, so a 15-minute cut loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from replay.feed import FeedEntry, FeedWriter
from stream.config import ConsumerConfig
from stream.consumer import Consumer, StreamItem
from stream.events import RecentChange
from stream.filestore import MemoryPositionStore
from stream.observer import StreamObserver
from stream.visibility import VisibilityChange

log = logging.getLogger(__name__)

# The MediaWiki API answers one event needs, keyed by replay.feed.api_key(host, params), each
# {"status": int, "headers": {...}, "body": {...}}: the replayed service finds them there.
FetchApi = Callable[[RecentChange], Awaitable[Mapping[str, Any]]]


async def _answers(event: RecentChange | VisibilityChange,
                   fetch_api: FetchApi | None) -> Mapping[str, Any]:
    if fetch_api is None or not isinstance(event, RecentChange):  # a visibility change has none
        return {}
    try:
        return await fetch_api(event)
    except Exception as err:  # the event is still worth keeping without its answers
        log.warning("record: API answers not captured (%s)", type(err).__name__)
        return {}


async def _entry(item: StreamItem, fetch_api: FetchApi | None) -> FeedEntry:
    return FeedEntry(
        data=item.data.decode("utf-8", "replace"),
        id=item.position.last_event_id or None,
        api=await _answers(item.event, fetch_api),
    )


async def _capture(consumer: Consumer, writer: FeedWriter, fetch_api: FetchApi | None,
                   max_events: int | None) -> None:
    async for item in consumer:
        writer.write(await _entry(item, fetch_api))
        if writer.count % 100 == 0:
            writer.flush()
        if max_events is not None and writer.count >= max_events:
            return


async def record(config: ConsumerConfig, out: Path | str, minutes: float, *,
                 fetch_api: FetchApi | None = None, max_events: int | None = None,
                 observer: StreamObserver | None = None) -> int:
    """Capture the stream for `minutes` (or `max_events` events) into `out`; return the count.

    `fetch_api(event)` is called once per recorded event; what it returns becomes the entry's
    `api` (a failing call is logged by its exception type and the entry kept without answers).
    """
    with FeedWriter(out) as writer:
        async with Consumer(config, MemoryPositionStore(), observer) as consumer:
            try:
                async with asyncio.timeout(minutes * 60):
                    await _capture(consumer, writer, fetch_api, max_events)
            except TimeoutError:
                log.info("record: %s minutes elapsed", minutes)
    return writer.count
