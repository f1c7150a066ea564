"""`outingwatch purge [--days N]`: forget long-resolved requests.

Their excerpts, reasons, titles, editor names, notes (the audit rows' copies too) and
fingerprints go, and the database's files are rid of the old copies (SQLite: freed space zeroed,
WAL truncated; PostgreSQL: the tables rewritten). The audit rows' who, when, from and to stay.
The service runs it hourly itself; this command is for a queue no service runs on.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from store.open import ENV, open_store

RETENTION_ENV = "OUTINGWATCH_RETENTION_DAYS"
DEFAULT_DAYS = 30.0


def _days(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 36_500:  # NaN fails this too
        raise argparse.ArgumentTypeError("days must be between 0 and 36500")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL",
                        help=f"sqlite:///PATH or postgresql://... (default: ${ENV} or "
                             "sqlite:///var/outingwatch.sqlite3)")
    parser.add_argument("--days", type=_days, default=None,
                        help=f"retention in days after resolution (default: ${RETENTION_ENV} "
                             f"or {DEFAULT_DAYS:g})")


def main(args: argparse.Namespace) -> int:
    try:
        days = args.days if args.days is not None else _days(
            os.environ.get(RETENTION_ENV, str(DEFAULT_DAYS)))
    except (argparse.ArgumentTypeError, ValueError):
        print(f"{RETENTION_ENV} must be a number of days", file=sys.stderr)
        return 2
    purged = asyncio.run(_purge(args.database, days))
    print(f"purged {purged} request(s) resolved more than {days:g} days ago")
    return 0


async def _purge(url: str | None, days: float) -> int:
    store = await open_store(url)
    try:
        return await store.purge(days)
    finally:
        await store.close()
