"""One Action API call, with Wikimedia's etiquette and bounded work.

At most `per_host` calls in flight per wiki host; each attempt has a total timeout; timeouts,
connection errors, 5xx, 429 and the `maxlag` error are retried with capped exponential backoff
(`Retry-After` wins when given); bodies are read in chunks and cut at `max_response_bytes`.
Failures carry a reason from a fixed set, never a URL, a title or any content.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import aiohttp
import orjson

from wiki.config import ApiConfig
from wiki.observer import ApiObserver
from wiki.route import HostRefused
from wiki.site import Site

_CHUNK = 1 << 16


class CallFailed(Exception):
    """A call given up on; `reason` is one of a fixed set and never holds content."""

    def __init__(self, reason: str, attempts: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.attempts = attempts


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


class AnswerRecorder(Protocol):
    """Gets every complete answer; `outingwatch record` keys it by replay.feed.api_key."""

    def record(
        self, host: str, params: Mapping[str, str], status: int, payload: Mapping[str, Any]
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class Reply:
    payload: Mapping[str, Any] | None  # None when the body was cut and is not valid JSON
    raw: bytes
    truncated: bool
    attempts: int


async def read_bounded(response: aiohttp.ClientResponse, limit: int) -> tuple[bytes, bool]:
    """Read at most `limit` bytes; True when more was on offer (the rest is not read)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(_CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            return b"".join(chunks)[:limit], True
    return b"".join(chunks), False


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(when.tzinfo)).total_seconds())


def error_code(payload: Mapping[str, Any] | None) -> str | None:
    error = payload.get("error") if payload is not None else None
    return str(error.get("code", "unknown")) if isinstance(error, Mapping) else None


class Transport:
    def __init__(
        self,
        config: ApiConfig,
        session: aiohttp.ClientSession,
        observer: ApiObserver,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        recorder: AnswerRecorder | None = None,
    ) -> None:
        self._config = config
        self._recorder = recorder
        self._session = session
        self._observer = observer
        self._sleep = sleep
        self._limits: dict[str, asyncio.Semaphore] = {}
        self._timeout = aiohttp.ClientTimeout(total=config.timeout_s)
        self._route = config.route

    async def get(self, site: Site, params: Mapping[str, str]) -> Reply:
        """GET `params` from the site's api.php; raises CallFailed when it gives up."""
        last = "http_error"
        for attempt in range(1, self._config.max_attempts + 1):
            try:
                return await self._attempt(site, params, attempt)
            except CallFailed as failure:
                raise CallFailed(failure.reason, attempt) from None
            except _Retry as retry:
                last = "http_error" if retry.reason == "network" else retry.reason
                if attempt == self._config.max_attempts:
                    break
                self._observer.on_retry(retry.reason)
                await self._sleep(self._delay(attempt, retry.after))
        raise CallFailed(last, self._config.max_attempts)

    def _delay(self, attempt: int, after: float | None) -> float:
        if after is not None:
            return min(after, self._config.max_retry_after_s)
        growth: float = self._config.backoff_base_s * 2.0 ** (attempt - 1)
        ceiling = min(self._config.backoff_cap_s, growth)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _limit(self, host: str) -> asyncio.Semaphore:
        if host not in self._limits:
            self._limits[host] = asyncio.Semaphore(self._config.per_host)
        return self._limits[host]

    async def _attempt(self, site: Site, params: Mapping[str, str], attempt: int) -> Reply:
        action = params.get("action", "unknown")
        try:
            url = self._route.url(site)
        except HostRefused:
            raise CallFailed("host_not_allowed") from None
        try:
            async with (
                self._limit(site.host),
                self._session.get(url, params=params, timeout=self._timeout) as response,
            ):
                raw, truncated = await read_bounded(response, self._config.max_response_bytes)
                status, headers = response.status, response.headers  # case-insensitive
        except TimeoutError:
            self._observer.on_request(action, "timeout")
            raise _Retry("timeout") from None
        except aiohttp.ClientError:
            self._observer.on_request(action, "connection_error")
            raise _Retry("network") from None
        self._observer.on_request(action, str(status))
        reply = self._judge(status, headers, raw, truncated, attempt)
        if self._recorder is not None and reply.payload is not None and not truncated:
            self._recorder.record(site.host, params, status, reply.payload)
        return reply

    def _judge(
        self, status: int, headers: Mapping[str, str], raw: bytes, truncated: bool, attempt: int
    ) -> Reply:
        if status == 429:
            raise _Retry("rate_limited", retry_after(headers))
        if status >= 500:
            raise _Retry("server_error", retry_after(headers))
        if status == 403:
            raise CallFailed("forbidden")
        if status != 200:
            raise CallFailed("http_error")
        payload = _parse(raw, truncated)
        if error_code(payload) == "maxlag":
            raise _Retry("maxlag", retry_after(headers))
        return Reply(payload, raw, truncated, attempt)


def _parse(raw: bytes, truncated: bool) -> Mapping[str, Any] | None:
    try:
        payload = orjson.loads(raw)
    except orjson.JSONDecodeError:
        if truncated:
            return None
        raise CallFailed("bad_response") from None
    if not isinstance(payload, dict):
        raise CallFailed("bad_response")
    return payload
