"""When to reconnect: capped exponential backoff with full jitter, reset after a healthy period.

Kept apart from parsing and I/O so that it can be reasoned about (and tested) on its own.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Why a connection ended; these are metric label values.
EOF_CUT = "eof"  # the server closed the stream cleanly (EventStreams cuts every 15 minutes)
NETWORK = "network"
PAYLOAD = "payload"  # the body broke off mid-stream (truncated chunk, reset)
HTTP_5XX = "http_5xx"
HTTP_429 = "http_429"
IDLE_TIMEOUT = "idle_timeout"
EXPIRED_POSITION = "expired_position"
REASONS = (EOF_CUT, NETWORK, PAYLOAD, HTTP_5XX, HTTP_429, IDLE_TIMEOUT, EXPIRED_POSITION)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, moment.timestamp() - current)


@dataclass
class Backoff:
    base_s: float = 1.0
    cap_s: float = 60.0
    healthy_reset_s: float = 60.0
    max_retry_after_s: float = 600.0  # a hostile Retry-After cannot park the consumer for days
    rng: random.Random = field(default_factory=random.Random)
    clock: Callable[[], float] = time.monotonic
    attempt: int = 0
    _connected_at: float | None = None

    def connected(self) -> None:
        """A connection was accepted (200); its length decides whether the backoff resets."""
        self._connected_at = self.clock()

    def _was_healthy(self) -> bool:
        start = self._connected_at
        return start is not None and self.clock() - start >= self.healthy_reset_s

    def delay(self, retry_after: float | None = None) -> float:
        """Seconds to wait before the next attempt, after a connection ended or was refused."""
        if self._was_healthy():
            self.attempt = 0
        self._connected_at = None
        ceiling = min(self.cap_s, self.base_s * 2 ** min(self.attempt, 32))
        self.attempt += 1
        jittered = self.rng.uniform(0, ceiling)
        if retry_after is None:
            return jittered
        return max(min(retry_after, self.max_retry_after_s), jittered)
