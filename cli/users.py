"""`outingwatch users add NAME | revoke NAME | list`: oversighters' tokens, stored hashed.

The token is printed once, when added; only its SHA-256 is kept, so a lost token is replaced by
revoking the user and adding them again.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime

from store.base import QueueStore
from store.errors import InvalidInput, UserExists
from store.open import ENV, open_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL",
                        help=f"sqlite:///PATH or postgresql://... (default: ${ENV} or "
                             "sqlite:///var/outingwatch.sqlite3)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("add", help="add an oversighter and print their token once") \
        .add_argument("name")
    actions.add_parser("revoke", help="revoke an oversighter's token and sessions") \
        .add_argument("name")
    actions.add_parser("list", help="list oversighters (never their tokens)")


def main(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))


async def _run(args: argparse.Namespace) -> int:
    store = await open_store(args.database)
    try:
        if args.action == "add":
            return await _add(store, args.name)
        if args.action == "revoke":
            return _report_revoke(await store.revoke_user(args.name))
        for user in await store.list_users():
            print(f"{user.name}\t{'active' if user.active else 'revoked'}\t"
                  f"added {_when(user.created_at)}")
        return 0
    finally:
        await store.close()


async def _add(store: QueueStore, name: str) -> int:
    try:
        token = await store.add_user(name)
    except UserExists:
        print("an active user of that name exists: revoke first to issue a new token",
              file=sys.stderr)
        return 1
    except InvalidInput as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print("token (shown once, store it in a password manager):", file=sys.stderr)
    print(token)
    return 0


def _report_revoke(revoked: bool) -> int:
    if revoked:
        print("revoked; their page sessions are closed", file=sys.stderr)
        return 0
    print("no active user of that name", file=sys.stderr)
    return 1


def _when(epoch_ms: int) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
