"""Faults the local API server injects on demand; change the fields at any time."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ApiFaults:
    fail_next: int = 0  # answer the next K requests with fail_status
    fail_status: int = 503
    rate_limit_next: int = 0  # answer the next K requests 429 with Retry-After
    retry_after_s: int = 1
    maxlag_next: int = 0  # answer the next K requests carrying `maxlag` with the maxlag error
    maxlag_retry_after_s: int = 5
    slow_next: int = 0  # delay the next K requests by delay_s (then answer normally)
    slow_all: bool = False  # delay every request by delay_s
    delay_s: float = 0.0
    hidden: dict[int, str] = field(default_factory=dict)  # revid -> "texthidden" | "suppressed"
    privileged: bool = False  # answer as to a user who may see hidden text (flags, no error)
    oversize_bytes: int = 0  # pad compare bodies (after the real rows) to at least this size

    def take(self, name: str) -> bool:
        """Consume one of the next-K counters; True when this request gets that fault."""
        left: int = getattr(self, name)
        if left <= 0:
            return False
        setattr(self, name, left - 1)
        return True

    def delay(self) -> float:
        """Seconds to wait before answering this request."""
        return self.delay_s if self.take("slow_next") or self.slow_all else 0.0
