"""`outingwatch record`: capture a live EventStreams session into a replay feed file.

The file holds raw edits, personal information included (what the service exists to hide): it is
created readable by its owner only (0600), and nothing deletes it but you.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
from pathlib import Path

from core.version import DEFAULT_CONTACT
from replay.record import record
from stream.config import DEFAULT_URL, ConsumerConfig


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _ints(value: str) -> tuple[int, ...]:
    return tuple(int(part) for part in _csv(value))


WARNING = (
    "The recording holds raw edits as they were posted, personal information included, and no "
    "retention applies to it: it is written readable by its owner only (0600); keep it out of "
    "shared folders and backups, and delete it once the replay it was made for is done."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = f"{parser.description or ''} WARNING: {WARNING}".strip()
    parser.add_argument("--minutes", type=float, required=True, help="how long to record")
    parser.add_argument("--out", type=Path, required=True, help="feed file (.ndjson or .ndjson.gz)")
    parser.add_argument("--url", default=DEFAULT_URL, help="EventStreams URL [%(default)s]")
    parser.add_argument("--contact", default=DEFAULT_CONTACT, help="contact for the User-Agent")
    parser.add_argument("--since", help="start time (ISO or epoch ms) instead of the live end")
    parser.add_argument("--wikis", type=_csv, default=("commonswiki",),
                        help="comma-separated wikis, or * for all [commonswiki]")
    parser.add_argument("--namespaces", type=_ints, default=None,
                        help="comma-separated namespace numbers [all]")
    parser.add_argument("--types", type=_csv, default=("edit", "new"),
                        help="comma-separated change types, or * for all [edit,new]")
    parser.add_argument("--include-bots", action="store_true", help="also record bot edits")
    parser.add_argument("--max-events", type=int, default=None, help="stop after N events")


def _config(args: argparse.Namespace) -> ConsumerConfig:
    return ConsumerConfig(url=args.url, contact=args.contact, since=args.since, wikis=args.wikis,
                          namespaces=args.namespaces, types=args.types,
                          include_bots=args.include_bots)


def private_file(path: Path) -> None:
    """Create `path` owner-only before anything is written to it (an existing one is narrowed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    path.chmod(0o600)


def main(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    private_file(args.out)
    logging.getLogger(__name__).warning("record: %s", WARNING)
    try:
        count = asyncio.run(record(_config(args), args.out, args.minutes,
                                   max_events=args.max_events))
    except KeyboardInterrupt:
        logging.getLogger(__name__).warning("record: interrupted; %s kept what was written",
                                            args.out)
        return 130
    logging.getLogger(__name__).info("record: %d events written to %s", count, args.out)
    return 0
