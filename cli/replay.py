"""`outingwatch replay [FILE]`: the whole service, offline, on a replay feed (bundled by default).

Starts the local EventStreams server and the local MediaWiki API server on the feed, points the
service at them with a fresh SQLite queue, creates a demo oversighter token, says where to look,
and once the feed is drained says what it found; then serves until Ctrl-C (or exits, with
--exit-when-done).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import secrets
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

import replay
from cli.run import guarded, load, run_loop
from core import settings as config
from core.logs import setup_logging
from core.settings import Settings
from metrics.summary import summarise
from replay.feed import FeedEntry, FeedError, read_feed
from service import METRICS, SERVICE, Listening, create_app, serve
from store.open import open_store
from stream.faults import ServerSettings
from stream.server import serve as serve_stream
from web.config import WebConfig
from wiki.fixtures import ApiFixtures
from wiki.server import ApiServer, serve_api

log = logging.getLogger("outingwatch.replay")
DEMO_FEED = Path(replay.__file__).parent / "demo" / "demo-feed.ndjson.gz"
DEMO_USER = "demo-oversighter"
SET_BY_REPLAY = ("stream_url", "api_base_url", "since", "database")
QUIET_S = 5.0  # nothing read for this long and nothing in flight: the feed is drained
POLL_S = 0.25
PROGRESS_S = 2.0  # how often the queue filling is reported while the feed plays


@dataclass(frozen=True, slots=True)
class Options:
    feed: Path
    exit_when_done: bool
    data_dir: Path | None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feed", nargs="?", type=Path, default=None,
                        help="replay feed (.ndjson or .ndjson.gz; default: the bundled demo)")
    parser.add_argument("--exit-when-done", action="store_true",
                        help="stop once the feed is drained instead of serving until Ctrl-C")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder for the queue database (default: a fresh temporary one)")
    config.add_arguments(parser, exclude=SET_BY_REPLAY)


def main(args: argparse.Namespace) -> int:
    # every wiki of the feed; a fresh key per replay; quiet logs so the report stays readable
    base = Settings(wikis=(), log_level="WARNING", fingerprint_key=secrets.token_hex(32))
    loaded = load(args, base=base)
    if loaded is None:
        return 2
    settings, web_config = loaded
    options = Options(args.feed or DEMO_FEED, args.exit_when_done, args.data_dir)
    try:
        entries = list(read_feed(options.feed))
    except (OSError, FeedError) as exc:
        print(f"outingwatch replay: cannot read {options.feed}: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    return run_loop(guarded(_replay(settings, web_config, entries, options)))


@contextlib.contextmanager
def _data_dir(chosen: Path | None) -> Iterator[Path]:
    if chosen is not None:
        chosen.mkdir(parents=True, exist_ok=True)
        yield chosen
        return
    with tempfile.TemporaryDirectory(prefix="outingwatch-replay-") as folder:
        yield Path(folder)


@contextlib.asynccontextmanager
async def local_wikimedia(entries: Sequence[FeedEntry]) -> AsyncIterator[tuple[str, str]]:
    """The local EventStreams and MediaWiki API servers on the feed: (stream URL, API base)."""
    api = ApiServer(ApiFixtures.from_feed(entries))
    live_like = ServerSettings(keep_open=True)  # stay connected after the feed, like the live one
    async with serve_stream(entries, live_like) as stream, serve_api(api) as running_api:
        yield stream.both_url, running_api.base_url


async def _replay(
    settings: Settings, web_config: WebConfig, entries: Sequence[FeedEntry], options: Options
) -> int:
    with _data_dir(options.data_dir) as folder:
        async with local_wikimedia(entries) as (stream_url, api_base):
            settings = dataclasses.replace(
                settings,
                stream_url=stream_url, api_base_url=api_base, since="0",
                database=f"sqlite:///{folder / 'replay.sqlite3'}",
            )
            return await _run(settings, web_config, entries, options)


async def _run(
    settings: Settings, web_config: WebConfig, entries: Sequence[FeedEntry], options: Options
) -> int:
    store = await open_store(settings.database)
    token = await store.add_user(DEMO_USER)
    app = create_app(settings, web_config, store)
    stop = asyncio.Event()
    listening: asyncio.Queue[Listening] = asyncio.Queue(1)
    watcher = asyncio.create_task(
        _watch(app, listening, token, len(entries), options, stop=stop))
    try:
        return await serve(app, settings.listen_host, settings.port, stop,
                           on_listening=listening.put_nowait)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher


async def _watch(app: web.Application, listening: asyncio.Queue[Listening], token: str,
                 count: int, options: Options, *, stop: asyncio.Event) -> None:
    ports = await listening.get()
    host = app[SERVICE].settings.listen_host
    origin = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}"  # noqa: S104
    base, ops = f"{origin}:{ports.port}", f"{origin}:{ports.ops_port}"
    say(f"outingwatch replay: {count} feed entries from {options.feed}",
        f"  queue page:   {base}/   (sign in with the demo oversighter token)",
        f"  metrics:      {ops}/metrics",
        f"  readiness:    {ops}/readyz",
        f"  demo oversighter token: {token}",
        "loading the model and replaying the feed...")
    await _until_drained(app, count)
    summary = summarise(app[METRICS])
    say("feed drained:", *(f"  {line}" for line in summary.lines()))
    if options.exit_when_done:
        stop.set()
    else:
        say(f"still serving the queue at {base}/ ; Ctrl-C to stop")


async def _until_drained(app: web.Application, count: int) -> None:
    """Every frame of the feed read (or none for QUIET_S) and nothing in flight."""
    metrics, service = app[METRICS], app[SERVICE]
    last, since, shown = -1, time.monotonic(), time.monotonic()
    while True:
        await asyncio.sleep(POLL_S)
        summary = summarise(metrics)
        if summary.received != last:
            last, since = summary.received, time.monotonic()
        if time.monotonic() - shown >= PROGRESS_S and summary.received:
            shown = time.monotonic()
            say(f"  ... {summary.received} events read, {summary.handled_total} judged, "
                f"{summary.handled.get('queued', 0)} queued")
        quiet = summary.received > 0 and time.monotonic() - since >= QUIET_S
        if service.drained() and (summary.received >= count or quiet):
            return


def say(*lines: str) -> None:
    print("\n".join(lines), flush=True)
