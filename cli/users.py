"""`outingwatch users add NAME (--wikis W,.. | --all-wikis) [--expires-days N] | scope NAME
(--wikis W,.. | --all-wikis) | revoke NAME | list | log`: oversighters' tokens, stored hashed.

Oversight is granted per wiki: a token sees only its wikis' requests (stewards: --all-wikis).
The token is printed once, when added; only its SHA-256 is kept, so a lost token is replaced by
revoking the user and adding them again. Every change is audited (`users log`).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import time
from datetime import UTC, datetime

from store.base import QueueStore
from store.errors import InvalidInput, UserExists
from store.model import UserInfo
from store.open import ENV, open_store


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--wikis", metavar="WIKI,...",
                       help="the wikis they oversee, as database names (enwiki,commonswiki)")
    scope.add_argument("--all-wikis", action="store_true", help="every wiki (stewards)")


def _days(text: str) -> float:
    value = float(text)
    if not 0 < value <= 3650:  # NaN fails this too
        raise argparse.ArgumentTypeError("days must be between 0 and 3650")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL",
                        help=f"sqlite:///PATH or postgresql://... (default: ${ENV} or "
                             "sqlite:///var/outingwatch.sqlite3)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add an oversighter and print their token once")
    add.add_argument("name")
    _scope_arguments(add)
    add.add_argument("--expires-days", type=_days, default=None,
                     help="the token stops working after this many days (default: never)")
    scope = actions.add_parser("scope", help="change the wikis an oversighter sees")
    scope.add_argument("name")
    _scope_arguments(scope)
    actions.add_parser("revoke", help="revoke an oversighter's token and sessions") \
        .add_argument("name")
    actions.add_parser("list", help="list oversighters and their wikis (never their tokens)")
    actions.add_parser("log", help="the audit of every change to oversighters")


def main(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))


def _wikis(args: argparse.Namespace) -> tuple[str, ...] | None:
    return None if args.all_wikis else tuple(w.strip() for w in args.wikis.split(","))


def _actor() -> str:
    """Who ran the command, for the audit (the operator's login name)."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


async def _run(args: argparse.Namespace) -> int:
    store = await open_store(args.database)
    try:
        if args.action == "add":
            return await _add(store, args)
        if args.action == "scope":
            return await _scope(store, args)
        if args.action == "revoke":
            return _report_revoke(await store.revoke_user(args.name, _actor()))
        if args.action == "log":
            for entry in await store.user_audit():
                print(f"{_when(entry.at)}\t{entry.actor}\t{entry.user}\t{entry.action}\t"
                      f"{entry.detail or ''}")
            return 0
        for user in await store.list_users():
            print(_user_line(user))
        return 0
    finally:
        await store.close()


def _user_line(user: UserInfo) -> str:
    wikis = "all wikis" if user.wikis is None else "wikis " + ",".join(user.wikis)
    expiry = "" if user.expires_at is None else f"\texpires {_when(user.expires_at)}"
    return (f"{user.name}\t{'active' if user.active else 'revoked'}\t{wikis}\t"
            f"added {_when(user.created_at)}{expiry}")


async def _add(store: QueueStore, args: argparse.Namespace) -> int:
    expires = None
    if args.expires_days is not None:
        expires = int((time.time() + args.expires_days * 86_400) * 1000)
    try:
        token = await store.add_user(args.name, _wikis(args), expires_at=expires, actor=_actor())
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


async def _scope(store: QueueStore, args: argparse.Namespace) -> int:
    try:
        changed = await store.set_scope(args.name, _wikis(args), _actor())
    except InvalidInput as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not changed:
        print("no active user of that name", file=sys.stderr)
        return 1
    print("scope changed; it applies to their token and sessions at once", file=sys.stderr)
    return 0


def _report_revoke(revoked: bool) -> int:
    if revoked:
        print("revoked; their page sessions are closed", file=sys.stderr)
        return 0
    print("no active user of that name", file=sys.stderr)
    return 1


def _when(epoch_ms: int) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
