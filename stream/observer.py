"""What the consumer reports as it reads: the service maps these calls to Prometheus metrics."""

from __future__ import annotations

from typing import Protocol


class StreamObserver(Protocol):
    def on_connect(self) -> None: ...

    def on_reconnect(self, reason: str) -> None: ...

    def on_received(self) -> None: ...  # one frame with data arrived

    def on_skipped(self, reason: str) -> None: ...  # one frame or event not delivered

    def on_event_time(self, ms: int) -> None: ...  # meta.dt of the newest event read (lag)


class NullObserver:
    def on_connect(self) -> None:
        return None

    def on_reconnect(self, reason: str) -> None:
        return None

    def on_received(self) -> None:
        return None

    def on_skipped(self, reason: str) -> None:
        return None

    def on_event_time(self, ms: int) -> None:
        return None
