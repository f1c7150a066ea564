"""Run the local EventStreams server on a feed file from the shell, for manual checks and demos.

    .venv/bin/python -m stream.localserver FEED [--port 8092] [--pace 40] [--keep-open]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

from replay.feed import read_feed
from stream.faults import ServerSettings
from stream.server import serve


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Serve a replay feed as EventStreams does.")
    parser.add_argument("feed", type=Path, help="replay feed file (.ndjson or .ndjson.gz)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--pace", type=float, default=0.0, help="events/s (0: unpaced)")
    parser.add_argument("--keep-open", action="store_true", help="stay connected after the end")
    parser.add_argument("--cut-after", type=float, default=900.0, help="seconds per connection")
    return parser.parse_args()


async def _serve(args: argparse.Namespace) -> None:
    settings = ServerSettings(pace=args.pace, keep_open=args.keep_open, cut_after_s=args.cut_after)
    async with serve(read_feed(args.feed), settings, args.host, args.port) as running:
        print(f"serving {len(running.feed.served)} events at {running.url}", flush=True)
        await asyncio.Event().wait()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    try:
        asyncio.run(_serve(_arguments()))
    except KeyboardInterrupt:
        return


if __name__ == "__main__":
    main()
