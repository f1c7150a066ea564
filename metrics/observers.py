"""The stages' observers (stream, MediaWiki client) mapped onto the service's metrics."""

from __future__ import annotations

from metrics.instruments import Metrics


class MetricsStreamObserver:
    """Counts what the consumer reports; `connected` also feeds /readyz."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.connected = False

    def on_connect(self) -> None:
        self.connected = True
        self.metrics.connected.set(1)

    def on_reconnect(self, reason: str) -> None:
        self.connected = False
        self.metrics.connected.set(0)
        self.metrics.reconnected(reason)

    def on_received(self) -> None:
        self.metrics.event_received()

    def on_skipped(self, reason: str) -> None:
        self.metrics.event_skipped(reason)

    def on_event_time(self, event_time_ms: int) -> None:
        self.metrics.event_time(event_time_ms)


class MetricsApiObserver:
    """The MediaWiki client's observer (wiki.observer.ApiObserver); skips are counted by the
    pipeline from each fetch result, so they are not counted twice here."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def on_request(self, action: str, status: str) -> None:
        self.metrics.wiki_request(action, status)

    def on_retry(self, reason: str) -> None:
        self.metrics.wiki_retry(reason)

    def on_skip(self, reason: str) -> None:
        return None
