"""Suppress a revision through the wiki's API with the oversighter's own credentials.

Credentials come from a JSON file only its owner may read (OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE),
keyed by oversighter name (as in `outingwatch users add`):
    {"Alice": {"username": "Alice@outingwatch", "bot_password": "..."},
     "Bob": {"oauth_token": "..."}}
A bot password or an owner-only OAuth consumer, with the `suppressrevision` right. Their values
are never logged or shown; a failure is reported by the API's error code only.
"""

from __future__ import annotations

import asyncio
import logging
import re
import stat
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from core.version import DEFAULT_CONTACT, user_agent
from store.model import StoredRequest
from wiki.revisiondelete import (
    BotPassword,
    Credentials,
    OAuthToken,
    SuppressionOutcome,
    suppress_revision,
)
from wiki.route import ApiRoute, HostRefused
from wiki.site import Site

log = logging.getLogger(__name__)

SuppressFn = Callable[..., Awaitable[SuppressionOutcome]]
_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")


class SuppressError(Exception):
    """A content-free reason the wiki did not suppress the revision."""


class CredentialsError(ValueError):
    pass


def load_credentials(path: Path) -> dict[str, Credentials]:
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


def _entry(entry: Any, path: Path) -> Credentials:
    if isinstance(entry, dict) and all(isinstance(v, str) and v for v in entry.values()):
        if set(entry) == {"username", "bot_password"}:
            return BotPassword(entry["username"], entry["bot_password"])
        if set(entry) == {"oauth_token"}:
            return OAuthToken(entry["oauth_token"])
    raise CredentialsError(f"{path}: each entry is {{username, bot_password}} or {{oauth_token}}")


class Suppressor:
    def __init__(self, credentials: Mapping[str, Credentials] | None = None, *,
                 timeout_s: float = 30.0, route: ApiRoute | None = None,
                 contact: str = DEFAULT_CONTACT,
                 suppress_fn: SuppressFn = suppress_revision) -> None:
        self._credentials = dict(credentials or {})
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.route = route or ApiRoute()
        self._user_agent = user_agent(contact)
        self._suppress_fn = suppress_fn

    def enabled_for(self, user: str) -> bool:
        return user in self._credentials

    async def suppress(self, req: StoredRequest, user: str, reason: str) -> None:
        credentials = self._credentials.get(user)
        if credentials is None:
            raise SuppressError("no suppression credentials are configured for you")
        site = Site(server_url=req.server_url, script_path=req.script_path,
                    server_name=req.server_name)
        try:
            api_url = self.route.url(site)
        except HostRefused:
            log.warning("request %d: its wiki is not on the allow-list; not suppressed", req.id)
            raise SuppressError("the request's wiki is not on the allow-list") from None
        outcome = await self._call(api_url, req.rev_id, reason, credentials)
        if not outcome.ok:
            code = outcome.error if outcome.error and _CODE.match(outcome.error) else "failed"
            log.warning("request %d: the wiki refused the suppression (%s)", req.id, code)
            raise SuppressError(f"the wiki refused the suppression ({code})")
        log.info("request %d: revision suppressed through the API", req.id)

    async def _call(self, api_url: str, rev_id: int, reason: str,
                    credentials: Credentials) -> SuppressionOutcome:
        # one session per call holds only this wiki's login cookie; `unsafe` lets a wiki on an
        # IP address (the local API server, an internal mirror) keep it too
        async with aiohttp.ClientSession(timeout=self._timeout,
                                         cookie_jar=aiohttp.CookieJar(unsafe=True),
                                         headers={"User-Agent": self._user_agent}) as session:
            try:
                return await self._suppress_fn(session, api_url, rev_id, reason, credentials)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # reported by class only: messages may carry anything
                log.warning("suppression call failed: %s", type(exc).__name__)
                raise SuppressError(f"the suppression call failed: {type(exc).__name__}") from None
