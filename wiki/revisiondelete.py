"""Suppress a revision's text: `action=revisiondelete` with `suppress=yes`, as an oversighter.

Credentials are a bot password (`User@BotName`, logged in through `action=login` with a login
token; the session cookie carries the login) or an OAuth owner-only consumer's access token
(`Authorization: Bearer`). A CSRF token is fetched, then the POST is made. The outcome carries
the API's error code, never the reason text, the title or any content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from wiki.site import Site

_ANONYMOUS_TOKEN = "+\\"  # noqa: S105 (what MediaWiki gives a caller who is not logged in)


@dataclass(frozen=True, slots=True)
class BotPassword:
    username: str  # "User@BotName"
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class OAuthToken:
    access_token: str = field(repr=False)


Credentials = BotPassword | OAuthToken


@dataclass(frozen=True, slots=True)
class SuppressionOutcome:
    ok: bool
    error: str | None = None  # an API error code or a fixed reason ("login_failed", "http_error")


class _Refused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


async def suppress_revision(
    session: aiohttp.ClientSession,
    target: Site | str,
    rev_id: int,
    reason: str,
    credentials: Credentials,
    *,
    api_base_url: str | None = None,
) -> SuppressionOutcome:
    """Hide revision `rev_id`'s text from everyone but oversighters. `target` is the api.php URL
    the caller's route chose (wiki/route.py), or a Site (its own api.php, or under a base)."""
    url = target if isinstance(target, str) else target.api_url(api_base_url)
    call = _Caller(session, url, credentials)
    try:
        if isinstance(credentials, BotPassword):
            await call.login(credentials)
        token = await call.csrf_token()
        answer = await call.post({
            "action": "revisiondelete", "type": "revision", "ids": str(rev_id),
            "hide": "content", "suppress": "yes", "reason": reason, "token": token,
        })  # fmt: skip
    except _Refused as refused:
        return SuppressionOutcome(False, refused.code)
    status = answer.get("revisiondelete", {}).get("status")
    return SuppressionOutcome(True) if status == "Success" else SuppressionOutcome(False, "failed")


class _Caller:
    def __init__(self, session: aiohttp.ClientSession, url: str, credentials: Credentials) -> None:
        self._session = session
        self._url = url
        self._headers = {}
        if isinstance(credentials, OAuthToken):
            self._headers["Authorization"] = f"Bearer {credentials.access_token}"

    async def get(self, params: Mapping[str, str]) -> dict[str, Any]:
        return await self._call("GET", params)

    async def post(self, data: Mapping[str, str]) -> dict[str, Any]:
        return await self._call("POST", data)

    async def _call(self, method: str, params: Mapping[str, str]) -> dict[str, Any]:
        fields = {**params, "format": "json", "formatversion": "2"}
        as_query, as_form = (fields, None) if method == "GET" else (None, fields)
        try:
            async with self._session.request(
                method, self._url, params=as_query, data=as_form, headers=self._headers
            ) as response:
                if response.status != 200:
                    raise _Refused("http_error")
                answer = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError):
            raise _Refused("http_error") from None
        if not isinstance(answer, dict):
            raise _Refused("bad_response")
        error = answer.get("error")
        if isinstance(error, dict):
            raise _Refused(str(error.get("code", "unknown")))
        return answer

    async def login(self, credentials: BotPassword) -> None:
        tokens = await self.get({"action": "query", "meta": "tokens", "type": "login"})
        login_token = str(tokens.get("query", {}).get("tokens", {}).get("logintoken", ""))
        answer = await self.post({
            "action": "login", "lgname": credentials.username,
            "lgpassword": credentials.password, "lgtoken": login_token,
        })  # fmt: skip
        if answer.get("login", {}).get("result") != "Success":
            raise _Refused("login_failed")

    async def csrf_token(self) -> str:
        tokens = await self.get({"action": "query", "meta": "tokens", "type": "csrf"})
        token = str(tokens.get("query", {}).get("tokens", {}).get("csrftoken", ""))
        if token in ("", _ANONYMOUS_TOKEN):
            raise _Refused("not_logged_in")
        return token
