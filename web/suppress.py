"""Suppress a revision through the wiki's API with the oversighter's own credentials.

Credentials come from a JSON file only its owner may read (OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE):
    {"Alice": {"username": "Alice@outingwatch", "bot_password": "..."},
     "Bob": {"oauth_token": "..."}}
keyed by oversighter name. Their values are never logged or shown; failures are reported by the
exception's class and the API error code only.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
import stat
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from core.version import user_agent
from store.model import StoredRequest

log = logging.getLogger(__name__)

Credentials = Mapping[str, str]
SuppressFn = Callable[[aiohttp.ClientSession, Any, int, str, Credentials], Awaitable[Any]]
_SHAPES = (frozenset({"username", "bot_password"}), frozenset({"oauth_token"}))
_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")


class SuppressError(Exception):
    """A content-free reason the wiki did not suppress the revision."""


class CredentialsError(ValueError):
    pass


def load_credentials(path: Path) -> dict[str, dict[str, str]]:
    """The credentials file; refused when group or others may read it."""
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CredentialsError(f"{path} must be readable by its owner only (chmod 600)")
    try:
        raw = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError:
        raise CredentialsError(f"{path} is not valid JSON") from None
    if not isinstance(raw, dict):
        raise CredentialsError(f"{path} must hold an object keyed by oversighter name")
    return {str(user): _entry(entry, path) for user, entry in raw.items()}


def _entry(entry: Any, path: Path) -> dict[str, str]:
    if not isinstance(entry, dict) or frozenset(entry) not in _SHAPES or not all(
            isinstance(v, str) and v for v in entry.values()):
        raise CredentialsError(
            f"{path}: each entry is {{username, bot_password}} or {{oauth_token}}")
    return dict(entry)


def _wiki_suppress() -> SuppressFn:
    module = importlib.import_module("wiki.revisiondelete")
    fn: SuppressFn = module.suppress_revision
    return fn


def _site(req: StoredRequest) -> Any:
    from wiki.site import Site

    return Site(server_url=req.server_url, script_path=req.script_path,
                server_name=req.server_name)


class Suppressor:
    def __init__(self, credentials: Mapping[str, Credentials] | None = None, *,
                 timeout_s: float = 30.0, suppress_fn: SuppressFn | None = None) -> None:
        self._credentials = dict(credentials or {})
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._suppress_fn = suppress_fn

    def enabled_for(self, user: str) -> bool:
        return user in self._credentials

    async def suppress(self, req: StoredRequest, user: str, reason: str) -> None:
        credentials = self._credentials.get(user)
        if credentials is None:
            raise SuppressError("no suppression credentials are configured for you")
        fn = self._suppress_fn or _wiki_suppress()
        async with aiohttp.ClientSession(timeout=self._timeout,
                                         headers={"User-Agent": user_agent()}) as session:
            try:
                await fn(session, _site(req), req.rev_id, reason, credentials)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # any failure: reported without its message
                raise SuppressError(_describe(exc)) from None
        log.info("request %d: revision suppressed through the API", req.id)


def _describe(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    detail = f" ({code})" if isinstance(code, str) and _CODE.match(code) else ""
    log.warning("suppression failed: %s%s", type(exc).__name__, detail)
    if isinstance(exc, (aiohttp.ClientError, TimeoutError)):
        return f"the wiki could not be reached: {type(exc).__name__}"
    return f"the wiki refused the suppression{detail or ': ' + type(exc).__name__}"
