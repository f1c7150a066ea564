"""A webhook POST for each new request above a score: no personal information, never blocking.

The body carries the request id, wiki, score, types and the queue link, never the title, the
editor or the excerpt. Each POST runs as its own task with a timeout; at most `max_pending` run at
once and the rest are dropped and counted, so a slow receiver never holds up enqueueing.
With a secret, `X-Outingwatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
lets the receiver verify it and refuse a replay: `verify` below, or the recipe in deploy/README.md
(as GitHub and Stripe sign theirs). Redirects are never followed: the signed body goes only to
the configured URL. With `wikis`, only requests of those wikis are announced (a channel of
enwiki's oversighters hears only of enwiki).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from core.version import DEFAULT_CONTACT, user_agent
from store.model import SuppressionRequest

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Outingwatch-Signature"
REPLAY_WINDOW_S = 300


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    url: str
    queue_url: str  # the page's address; the link is {queue_url}/#request-{id}
    min_score: float = 0.8
    secret: str | None = None
    timeout_s: float = 5.0
    max_pending: int = 100
    contact: str = DEFAULT_CONTACT
    wikis: frozenset[str] | None = None  # None: every wiki

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> WebhookConfig | None:
        """None when OUTINGWATCH_WEBHOOK_URL is unset: no notifications."""
        url = env.get("OUTINGWATCH_WEBHOOK_URL")
        if not url:
            return None
        return cls(
            url=url, queue_url=env.get("OUTINGWATCH_PUBLIC_ORIGIN", ""),
            min_score=float(env.get("OUTINGWATCH_WEBHOOK_MIN_SCORE", "0.8")),
            secret=env.get("OUTINGWATCH_WEBHOOK_SECRET") or None,
            timeout_s=float(env.get("OUTINGWATCH_WEBHOOK_TIMEOUT_S", "5")),
            contact=env.get("OUTINGWATCH_CONTACT") or DEFAULT_CONTACT,
            wikis=_wikis(env.get("OUTINGWATCH_WEBHOOK_WIKIS", "")),
        )


def _wikis(raw: str) -> frozenset[str] | None:
    names = frozenset(w.strip() for w in raw.split(",") if w.strip())
    return None if not names or names <= {"all", "*"} else names


def payload(request_id: int, req: SuppressionRequest, queue_url: str) -> dict[str, Any]:
    return {
        "event": "suppression_request", "id": request_id, "wiki": req.wiki,
        "score": round(float(req.score), 4), "types": list(req.types),
        "link": f"{queue_url.rstrip('/')}/#request-{request_id}",
    }


def signature(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`."""
    stamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={mac}"


def verify(secret: str, header: str, body: bytes, *, now: float | None = None,
           window_s: float = REPLAY_WINDOW_S) -> bool:
    """What a receiver runs: the signature matches and is at most `window_s` old (or early)."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    stamp = fields.get("t", "")
    if not stamp.isascii() or not stamp.isdigit() or "v1" not in fields:
        return False
    if abs((time.time() if now is None else now) - int(stamp)) > window_s:
        return False
    expected = signature(secret, body, int(stamp)).split("v1=", 1)[1]
    return hmac.compare_digest(expected.encode(), fields["v1"].encode())


class WebhookNotifier:
    def __init__(self, config: WebhookConfig) -> None:
        self.config = config
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self.sent = self.failed = self.dropped = 0

    def notify(self, request_id: int, req: SuppressionRequest) -> bool:
        """Schedule the POST for a newly created request; returns at once. False: not sent."""
        if req.score < self.config.min_score:
            return False
        if self.config.wikis is not None and req.wiki not in self.config.wikis:
            return False
        if len(self._tasks) >= self.config.max_pending:
            self.dropped += 1
            log.warning("webhook backlog full: notification for request %d dropped", request_id)
            return False
        task = asyncio.get_running_loop().create_task(self._post(request_id, req))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.config.timeout_s),
                headers={"User-Agent": user_agent(self.config.contact)})
        return self._session

    async def _post(self, request_id: int, req: SuppressionRequest) -> None:
        body = orjson.dumps(payload(request_id, req, self.config.queue_url))
        headers = {"Content-Type": "application/json"}
        if self.config.secret:
            headers[SIGNATURE_HEADER] = signature(self.config.secret, body)
        try:
            async with self._client().post(self.config.url, data=body, headers=headers,
                                           allow_redirects=False) as resp:
                resp.raise_for_status()
                if resp.status >= 300:  # a redirect is a failure: the body goes nowhere else
                    raise aiohttp.ClientError("redirected")
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.failed += 1
            log.warning("webhook for request %d failed: %s", request_id, type(exc).__name__)
            return
        self.sent += 1

    async def close(self, grace_s: float = 2.0) -> None:
        """Let pending POSTs finish for `grace_s`, cancel the rest, close the HTTP session."""
        pending = set(self._tasks)
        if pending:
            _, late = await asyncio.wait(pending, timeout=grace_s)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
