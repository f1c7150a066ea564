"""The service side of a run, in a process of its own: the service's path with a chosen judgement.

    python -m benchmarks.e2e.service_run --judge outingwatch|ceiling|presidio --stream-url URL
        --api-base URL --db PATH --events N --out RESULT.json [--workers W]

The same parts service.Service assembles (consumer, DiffFetcher over the MediaWiki client,
Pipeline, StoreSink on SQLite, Metrics, uvloop) with settings from service.py's own mapping
functions; only the judge is chosen here, since Service builds its own (see the report: a
judge-factory hook in Service would let this run the Service class itself). Runs until every
event of the feed has an outcome (judged or skipped with a reason), then writes what it saw.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import logging
import secrets
import time
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.e2e import judges
from cli.run import run_loop
from core.settings import BY_NAME, Settings
from metrics.instruments import Metrics
from metrics.observers import MetricsApiObserver, MetricsStreamObserver
from metrics.summary import summarise
from pipeline.adapters import DiffFetcher, StoreSink, edit_id
from pipeline.stages import Pipeline
from service import api_config, consumer_config, pipeline_config
from store.open import open_store
from stream.consumer import Consumer, StreamItem
from stream.events import RecentChange
from wiki.client import MediaWikiClient

log = logging.getLogger("benchmarks.e2e")
STALL_S = 120.0  # no outcome for this long: the run is reported incomplete


class CountingMetrics(Metrics):
    """The service's metrics, also counting outcomes (one per event) and noting the last."""

    def __init__(self) -> None:
        super().__init__()
        self.outcomes = 0
        self.last_outcome = 0.0  # monotonic

    def event_handled(self, outcome: str, event_time_ms: int | None) -> None:
        super().event_handled(outcome, event_time_ms)
        self._count()

    def event_skipped(self, reason: str) -> None:
        super().event_skipped(reason)
        self._count()

    def _count(self) -> None:
        self.outcomes += 1
        self.last_outcome = time.monotonic()


@dataclass
class Seen:
    received: dict[str, float] = field(default_factory=dict)  # edit id -> monotonic
    decided: dict[str, float] = field(default_factory=dict)
    first_received: float | None = None
    flagged: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)
    loop_cpu_s: float = 0.0  # the event-loop process's CPU from ready to the last outcome


async def noting(items: AsyncIterable[StreamItem], seen: Seen) -> AsyncIterator[StreamItem]:
    async for item in items:
        if seen.first_received is None:
            seen.first_received = item.received_monotonic
        if isinstance(item.event, RecentChange):  # suppressions are not edits to time
            seen.received[edit_id(item.event)] = item.received_monotonic
        yield item


def overrides(pairs: list[str]) -> dict[str, Any]:
    """`NAME=VALUE` pairs parsed as the service parses its options (core.settings.OPTIONS)."""
    values: dict[str, Any] = {}
    for pair in pairs:
        name, _, text = pair.partition("=")
        values[name] = BY_NAME[name].parse(text)
    return values


def settings_for(args: argparse.Namespace) -> Settings:
    base = dataclasses.replace(Settings(), **overrides(args.set))
    return dataclasses.replace(
        base,        stream_url=args.stream_url, api_base_url=args.api_base, since="0", wikis=(),
        database=f"sqlite:///{args.db}", fingerprint_key=secrets.token_hex(32),
        workers=args.workers or base.workers, contact="benchmark@example.org",
    )


async def wait_done(metrics: CountingMetrics, pipeline: Pipeline, events: int) -> bool:
    last, since = -1, time.monotonic()
    while not (metrics.outcomes >= events and pipeline.idle):
        await asyncio.sleep(0.02)
        if metrics.outcomes != last:
            last, since = metrics.outcomes, time.monotonic()
        elif time.monotonic() - since > STALL_S:
            return False
    return True


async def run(args: argparse.Namespace, make: judges.Factory = judges.make) -> dict[str, Any]:
    settings = settings_for(args)
    metrics, seen = CountingMetrics(), Seen()
    store = await open_store(settings.database)
    client = MediaWikiClient(api_config(settings), MetricsApiObserver(metrics))
    judge = make(args.judge, settings, args.presidio_python)
    await judge.warm()
    timed = judges.TimedJudge(judge, seen.decided)
    pipeline = Pipeline(pipeline_config(settings), DiffFetcher(client), timed, StoreSink(store),
                        metrics,
                        start=await store.load_position())  # fmt: skip
    pipeline.start()
    consumer = Consumer(consumer_config(settings), store.positions(),
                        MetricsStreamObserver(metrics))  # fmt: skip
    print(json.dumps({"ready": time.time()}), flush=True)
    cpu_at_ready = time.process_time()  # this process only (every thread), not the workers
    reader = asyncio.create_task(pipeline.consume(noting(consumer, seen)))
    complete = await wait_done(metrics, pipeline, args.events)
    seen.loop_cpu_s = time.process_time() - cpu_at_ready
    reader.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await reader
    await consumer.aclose()
    await pipeline.drain(10.0)
    await pipeline.close()
    stats = await store.stats()
    await asyncio.gather(judge.close(), client.close())
    await store.close()
    seen.flagged = sorted(timed.flagged)
    seen.sizes = timed.sizes
    return outcome(args, settings, metrics, seen, stats, complete)


def outcome(args: argparse.Namespace, settings: Settings, metrics: CountingMetrics, seen: Seen,
            stats: dict[str, Any], complete: bool) -> dict[str, Any]:
    wall = time.time() - time.monotonic()  # monotonic -> wall time
    summary = summarise(metrics)
    pairs = [(seen.received[i] + wall, seen.decided[i] + wall, seen.sizes.get(i, 0))
             for i in seen.decided if i in seen.received]  # fmt: skip
    return {
        "judge": args.judge, "workers": settings.workers, "complete": complete,
        "events": args.events, "outcomes": metrics.outcomes, "received": summary.received,
        "handled": summary.handled, "skipped": summary.skipped, "flags": summary.flags,
        "queue": stats.get("by_state", {}),
        "first_received": (seen.first_received or 0.0) + wall,
        "last_outcome": metrics.last_outcome + wall,
        "loop_cpu_s": seen.loop_cpu_s,
        "flagged": seen.flagged,
        "decisions": sorted(pairs),  # (received, decided wall times, added chars) of each edit
        "buffer_full": _samples(metrics, "outingwatch_buffer_full_total", "buffer"),
    }


def _samples(metrics: Metrics, name: str, label: str) -> dict[str, float]:
    return {s.labels[label]: s.value for family in metrics.registry.collect()
            for s in family.samples if s.name == name}  # fmt: skip


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e.service_run")
    parser.add_argument("--judge", required=True,
                        choices=("outingwatch", "rules", "ceiling", "presidio"))
    parser.add_argument("--stream-url", required=True)
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=0, help="0 = the settings default")
    parser.add_argument("--presidio-python", type=Path, default=None)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a service setting (core.settings option name), repeatable")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING)

    async def body() -> int:
        args.out.write_text(json.dumps(await run(args)), encoding="utf-8")
        return 0

    return run_loop(body())


if __name__ == "__main__":
    raise SystemExit(main())
