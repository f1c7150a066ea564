"""Reader throughput: events/s read and parsed from the local EventStreams server over loopback.

The server runs in a child process so the reader has its core to itself. Two readers take the
same feed (real 2018 recentchange events, repeated with fresh meta.ids):
  outingwatch  stream.consumer.Consumer (own SSE parser, filters set to accept everything)
  sse-client   aiohttp-sse-client 0.2.1's EventSource, each `data` parsed with parse_event
Both turn every frame into a RecentChange; the figure is the median of several runs.

    .venv/bin/python -m benchmarks.bench_reader [--events 20000] [--runs 5] [--uvloop]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Connection
from pathlib import Path

import aiohttp
import orjson
from aiohttp_sse_client import client as sse_client

from replay.feed import FeedEntry
from stream.config import ConsumerConfig
from stream.consumer import Consumer
from stream.events import parse_event
from stream.filestore import MemoryPositionStore
from stream.server import FeedServer, start_server

FIXTURES = Path(__file__).resolve().parents[2] / "shared/fixtures/recentchange"


def build_feed(count: int) -> list[FeedEntry]:
    lines = [
        line
        for path in sorted(FIXTURES.glob("*.ndjson"))
        for line in path.read_bytes().splitlines()
        if line.strip()
    ]
    feed = []
    for n in range(count):
        event = orjson.loads(lines[n % len(lines)])
        event["meta"]["id"] = f"bench-{n}"
        feed.append(FeedEntry(data=orjson.dumps(event).decode()))
    return feed


def serve_forever(count: int, pipe: Connection) -> None:
    async def main() -> None:
        running = await start_server(FeedServer(build_feed(count)))
        pipe.send(running.url)
        await asyncio.Event().wait()

    asyncio.run(main())


async def read_with_consumer(url: str, count: int) -> int:
    config = ConsumerConfig(url=url, wikis=("*",), types=("*",), include_bots=True,
                            buffer_size=1024)
    seen = 0
    async with Consumer(config, MemoryPositionStore()) as consumer:
        async for _ in consumer:
            seen += 1
            if seen >= count:
                break
    return seen


async def read_with_sse_client(url: str, count: int) -> int:
    seen = 0
    timeout = aiohttp.ClientTimeout(total=None)
    async with aiohttp.ClientSession(timeout=timeout) as session, \
            sse_client.EventSource(url, session=session) as source:
        async for message in source:
            parse_event(message.data)
            seen += 1
            if seen >= count:
                break
    return seen


Reader = Callable[[str, int], Awaitable[int]]


async def measure(reader: Reader, url: str, count: int) -> float:
    start = time.perf_counter()
    seen = await reader(url, count)
    elapsed = time.perf_counter() - start
    if seen != count:
        raise RuntimeError(f"read {seen} of {count} events")
    return count / elapsed


async def bench(url: str, count: int, runs: int) -> dict[str, list[float]]:
    readers: dict[str, Reader] = {"outingwatch": read_with_consumer,
                                  "sse-client": read_with_sse_client}
    results: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(runs):
        for name, reader in readers.items():
            results[name].append(await measure(reader, url, count))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--uvloop", action="store_true", help="run the readers on uvloop")
    args = parser.parse_args()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve_forever, args=(args.events, theirs), daemon=True)
    server.start()
    try:
        url = ours.recv()
        if args.uvloop:
            import uvloop

            results = uvloop.run(bench(url, args.events, args.runs))
        else:
            results = asyncio.run(bench(url, args.events, args.runs))
    finally:
        server.terminate()
        server.join()
    medians = {name: statistics.median(values) for name, values in results.items()}
    for name, values in results.items():
        runs = ", ".join(f"{v:,.0f}" for v in values)
        print(f"{name:12s} median {medians[name]:>9,.0f} events/s   runs: {runs}")
    print(f"ratio outingwatch / sse-client: {medians['outingwatch'] / medians['sse-client']:.2f}")


if __name__ == "__main__":
    main()
