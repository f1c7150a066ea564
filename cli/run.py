"""`outingwatch run`: follow the live EventStreams feed and queue possible outing."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import os
import sys
from collections.abc import Coroutine, Iterable
from typing import Any

from core import settings as config
from core.logs import setup_logging
from core.settings import Settings, SettingsError
from store.oneprocess import OnlyOneProcess
from web.config import WebConfig

log = logging.getLogger("outingwatch.run")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    config.add_arguments(parser)


def load(
    args: argparse.Namespace, base: Settings | None = None, require: Iterable[str] = ()
) -> tuple[Settings, WebConfig] | None:
    """Validated settings, or None after printing every problem (the caller exits with 2)."""
    try:
        settings = config.load(args, base=base, require=require)
        web_config = WebConfig.from_env(os.environ)
        if settings.public_origin is not None:
            web_config = dataclasses.replace(
                web_config, public_origin=settings.public_origin.rstrip("/"))
    except SettingsError as exc:
        print(f"outingwatch: {exc}", file=sys.stderr)
        return None
    except ValueError as exc:  # the queue page's own OUTINGWATCH_* settings
        print(f"outingwatch: invalid configuration:\n  {exc}", file=sys.stderr)
        return None
    return settings, web_config


def run_loop(main: Coroutine[Any, Any, int]) -> int:
    """Run on uvloop where it is installed, else on asyncio's own loop."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)


async def guarded(main: Coroutine[Any, Any, int]) -> int:
    """The exit code of `main`; a failure to start is logged without its message (it may quote
    a database URL with a password), except the OS's own description of a system error."""
    try:
        return await main
    except OnlyOneProcess as exc:  # a second `run` on one SQLite queue: replicas need PostgreSQL
        print(f"outingwatch: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        log.error("cannot start: %s (%s)", type(exc).__name__, exc.strerror or "no detail")
        return 1
    except Exception:
        log.exception("cannot start")
        return 1


async def _serve(settings: Settings, web_config: WebConfig) -> int:
    from service import create_app, serve
    from web.suppress import CredentialsError

    try:
        app = create_app(settings, web_config)
    except CredentialsError as exc:  # names the file and the rule broken, never its content
        print(f"outingwatch: {exc}", file=sys.stderr)
        return 2
    return await guarded(serve(app, settings.listen_host, settings.port))


def main(args: argparse.Namespace) -> int:
    loaded = load(args, require=["fingerprint_key"])
    if loaded is None:
        return 2
    settings, web_config = loaded
    setup_logging(settings.log_level)
    return run_loop(_serve(settings, web_config))
