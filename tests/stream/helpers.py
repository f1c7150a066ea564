"""Feeds built from the real fixture events, and a test consumer that handles items exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import orjson

from replay.feed import FeedEntry
from stream.config import ConsumerConfig
from stream.consumer import Consumer, StreamItem
from stream.position import PositionStore

FIXTURE = "fixtures/recentchange/editgroups_2018_wikidata__qs_batch_with_reverts.ndjson"
GUARD_S = 60.0  # only against a hang; no assertion depends on time


def real_events(shared_dir: Path, count: int) -> list[dict[str, object]]:
    lines = (shared_dir / FIXTURE).read_bytes().splitlines()
    return [orjson.loads(line) for line in lines[:count]]


def entries(events: Iterable[dict[str, object]]) -> list[FeedEntry]:
    return [FeedEntry(data=orjson.dumps(e).decode()) for e in events]


def meta_id(event: dict[str, object]) -> str:
    meta = event["meta"]
    assert isinstance(meta, dict)
    return str(meta["id"])


def canary(n: int) -> dict[str, object]:
    return {"$schema": "/mediawiki/recentchange/1.0.0",
            "meta": {"id": f"canary-{n}", "dt": "2018-03-01T00:00:00Z", "domain": "canary",
                     "stream": "mediawiki.recentchange"}}


def consumer_config(url: str, **changes: object) -> ConsumerConfig:
    settings: dict[str, object] = {
        "url": url, "wikis": ("*",), "types": ("*",), "include_bots": True,
        "idle_timeout_s": 2.0, "backoff_base_s": 0.01, "backoff_cap_s": 0.05,
        "healthy_reset_s": 0.5, "buffer_size": 8,
    }
    settings.update(changes)
    return ConsumerConfig(**settings)  # type: ignore[arg-type]


class Recorder:
    """An observer that counts everything the consumer reports."""

    def __init__(self) -> None:
        self.connects = 0
        self.reconnects: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.received = 0
        self.times: list[int] = []
        self._waits: list[tuple[str, int, asyncio.Event]] = []

    def on_connect(self) -> None:
        self.connects += 1

    def on_reconnect(self, reason: str) -> None:
        self.reconnects[reason] += 1
        for wanted, times, event in self._waits:
            if self.reconnects[wanted] >= times:
                event.set()

    async def reconnected(self, reason: str, times: int) -> None:
        """Wait until the consumer has reported `times` reconnects for `reason`."""
        if self.reconnects[reason] >= times:
            return
        event = asyncio.Event()
        self._waits.append((reason, times, event))
        await event.wait()

    def on_received(self) -> None:
        self.received += 1

    def on_skipped(self, reason: str) -> None:
        self.skipped[reason] += 1

    def on_event_time(self, ms: int) -> None:
        self.times.append(ms)


async def handle(consumer: Consumer, positions: PositionStore, until: int,
                 handled: Counter[str]) -> list[StreamItem]:
    """Take `until` items, saving each position after handling, as the service does."""
    items: list[StreamItem] = []
    async with asyncio.timeout(GUARD_S):
        async for item in consumer:
            handled[item.event.meta.id] += 1
            await positions.save(item.position)
            items.append(item)
            if len(items) >= until:
                break
    return items
