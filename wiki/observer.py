"""What the API client reports: the service maps these calls to Prometheus metrics.

Labels are host-free and content-free: an action name, a status or a reason from a fixed set.
"""

from __future__ import annotations

from typing import Protocol


class ApiObserver(Protocol):
    # status: an HTTP status ("200", "429"), "timeout" or "connection_error"
    def on_request(self, action: str, status: str) -> None: ...

    # "timeout", "network", "server_error", "rate_limited" or "maxlag"
    def on_retry(self, reason: str) -> None: ...

    def on_skip(self, reason: str) -> None: ...  # an edit not judged: see client.SKIP_REASONS


class NullObserver:
    def on_request(self, action: str, status: str) -> None:
        return None

    def on_retry(self, reason: str) -> None:
        return None

    def on_skip(self, reason: str) -> None:
        return None
