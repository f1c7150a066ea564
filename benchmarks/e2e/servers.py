"""The local Wikimedia side of a run, in a process of its own: the EventStreams server and the
MediaWiki API server on one feed (what `outingwatch replay` runs, apart from the service).

    python -m benchmarks.e2e.servers FEED [--limit N] [--schedule PACE:SECONDS,...]

Prints one JSON line with the URLs, then one per pace phase (`{"phase", "pace", "at"}`, wall
time) once the first stream connection arrived; serves until stdin closes. Pace 0 = full speed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time

from cli.run import run_loop
from replay.feed import read_feed
from stream.faults import ServerSettings
from stream.server import FeedServer, serve
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, serve_api

Phase = tuple[float, float]  # (events per second, seconds; 0 = until the end)


def parse_schedule(text: str) -> list[Phase]:
    """`40:10,400:10,40:0` -> [(40, 10), (400, 10), (40, 0)]."""
    phases = []
    for part in text.split(","):
        pace, _, seconds = part.partition(":")
        phases.append((float(pace), float(seconds or 0)))
    return phases


def say(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


async def run_schedule(feed: FeedServer, phases: list[Phase]) -> None:
    while not feed.requests:  # the schedule starts when the service connects  # noqa: ASYNC110
        await asyncio.sleep(0.005)
    for number, (pace, seconds) in enumerate(phases):
        feed.settings.pace = pace  # the sender reads it before every frame
        say(phase=number, pace=pace, at=time.time())
        if seconds <= 0:
            return
        await asyncio.sleep(seconds)


async def stdin_closed() -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)


async def main_async(args: argparse.Namespace) -> int:
    entries = list(read_feed(args.feed))[: args.limit]
    api = ApiServer(ApiFixtures.from_feed(entries))
    phases = parse_schedule(args.schedule)
    settings = ServerSettings(keep_open=True, pace=phases[0][0], cut_after_s=3600.0)
    async with serve(entries, settings) as stream, serve_api(api) as running_api:
        say(stream_url=stream.url, api_base=running_api.base_url, events=len(entries))
        schedule = asyncio.create_task(run_schedule(stream.feed, phases))
        try:
            await stdin_closed()
        finally:
            schedule.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await schedule
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e.servers")
    parser.add_argument("feed")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--schedule", default="0:0", help="PACE:SECONDS,... (0 = full speed)")
    return run_loop(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
