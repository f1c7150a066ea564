"""The service's metrics on a registry of its own (never the global one).

Names follow Prometheus conventions: an `outingwatch_` prefix, base units, `_total` on counters.
Every label value passes through a fixed vocabulary (metrics.vocab): no user name, title or text
can become a label.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Iterable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from core.version import version
from metrics import vocab
from metrics.queue_depth import QueueDepthCollector
from metrics.role import RoleCollector
from metrics.suppression import SuppressionMetrics

# From a millisecond-scale diff fetch to an edit that waited minutes behind a backlog.
LATENCY_BUCKETS = (
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
    120.0, 300.0, 600.0, 1800.0,
)
PREFIX = "outingwatch_"


class Metrics:
    """All the service's instruments; one instance (and registry) per aiohttp app."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self._last_event_ms: int | None = None
        self._events()
        self._latencies()
        self._stream()
        self._runtime()
        self.queue_depth = QueueDepthCollector(PREFIX)
        self.registry.register(self.queue_depth)
        self.role = RoleCollector(PREFIX)  # the service points its source at its elector
        self.registry.register(self.role)
        self.suppressions = SuppressionMetrics(self.registry, PREFIX)
        self._initialise_series()

    def _counter(self, name: str, doc: str, labels: Iterable[str] = ()) -> Counter:
        return Counter(PREFIX + name, doc, tuple(labels), registry=self.registry)

    def _gauge(self, name: str, doc: str, labels: Iterable[str] = ()) -> Gauge:
        return Gauge(PREFIX + name, doc, tuple(labels), registry=self.registry)

    def _histogram(self, name: str, doc: str, labels: Iterable[str] = ()) -> Histogram:
        return Histogram(
            PREFIX + name, doc, tuple(labels), registry=self.registry, buckets=LATENCY_BUCKETS
        )

    def _events(self) -> None:
        self.received = self._counter("events_received", "Events read from the stream.")
        self.handled = self._counter(
            "events_handled", "Events judged and recorded, by outcome.", ["outcome"]
        )
        self.skipped = self._counter(
            "events_skipped", "Events not judged, by reason and kind of reason.", ["reason", "kind"]
        )
        self.flags = self._counter("flags", "Flagged edits by type of information.", ["type"])
        self.known_value_matches = self._counter(
            "known_value_matches", "Edits holding a value oversighters suppressed before.")
        self.split_joins = self._counter(
            "split_joins", "Edits flagged only when judged with the same account's previous "
            "edits of the page (an outing split over edits).")

    def _latencies(self) -> None:
        self.end_to_end = self._histogram(
            "end_to_end_latency_seconds",
            "From the event's time (meta.dt) to its outcome being recorded.", ["outcome"],
        )
        self.processing = self._histogram(
            "processing_latency_seconds", "From the event's receipt to its decision."
        )
        self.stage = self._histogram("stage_seconds", "Time spent per pipeline stage.", ["stage"])
        self.detector = self._histogram(
            "detector_seconds", "Time spent per detector (measured in the workers).", ["detector"]
        )
        # each judged edit observes every stage and detector: their series are looked up once
        self._stage_series: dict[str, Histogram] = {}
        self._detector_series: dict[str, Histogram] = {}

    def _stream(self) -> None:
        self.reconnects = self._counter("stream_reconnects", "Stream reconnections.", ["reason"])
        self.connected = self._gauge("stream_connected", "1 while the stream is connected.")
        self.last_received = self._gauge(
            "last_event_received_timestamp_seconds", "Wall time of the last event received."
        )
        self.lag = self._gauge("stream_lag_seconds", "Now minus the newest event's time.")
        self.lag.set_function(self._lag)
        self.buffer_full = self._counter(
            "buffer_full", "Times a stage found its output buffer full.", ["buffer"]
        )
        self.in_flight = self._gauge(
            "events_in_flight", "Events read but not yet recorded (behind the saved position)."
        )
        self.buffer_items = self._gauge(
            "buffer_items", "Items waiting in a buffer between stages.", ["buffer"]
        )

    def _runtime(self) -> None:
        self.pool_workers = self._gauge("pool_workers", "Processes in the judgement pool.")
        self.pool_busy = self._gauge("pool_busy_workers", "Pool processes judging right now.")
        self.pool_restarts = self._counter(
            "pool_restarts", "Judgement pools replaced after a worker process died."
        )
        self.api_requests = self._counter(
            "api_requests", "HTTP requests answered, by route template and status.",
            ["route", "method", "status"],
        )
        self.api_latency = self._histogram(
            "api_request_duration_seconds", "HTTP request handling time.", ["route"]
        )
        self.wiki_requests = self._counter(
            "wiki_requests", "MediaWiki API calls by action and status.", ["action", "status"]
        )
        self.wiki_retries = self._counter("wiki_retries", "MediaWiki API retries.", ["reason"])
        self.build = Info(PREFIX + "build", "Build information.", registry=self.registry)
        self.build.info({"version": version(), "python": sys.version.split()[0]})

    def _initialise_series(self) -> None:
        """Create every vocabulary series at zero, so rates and ratios exist from the start."""
        for reason, kind in vocab.SKIP_KINDS.items():
            self.skipped.labels(reason=reason, kind=kind)
        for outcome in vocab.OUTCOMES:
            self.handled.labels(outcome=outcome)
        for kind in vocab.FLAG_TYPES:
            self.flags.labels(type=kind)
        for stage in vocab.STAGES:
            self.stage.labels(stage=stage)
        for buffer in vocab.BUFFERS:
            self.buffer_full.labels(buffer=buffer)

    def _lag(self) -> float:
        if self._last_event_ms is None:
            return math.nan
        return max(0.0, time.time() - self._last_event_ms / 1000)

    # What the pipeline calls.
    def event_received(self) -> None:
        self.received.inc()
        self.last_received.set(time.time())

    def event_time(self, event_time_ms: int) -> None:
        if self._last_event_ms is None or event_time_ms > self._last_event_ms:
            self._last_event_ms = event_time_ms

    def event_skipped(self, reason: str) -> None:
        value = vocab.label(reason, vocab.SKIP_REASONS)
        self.skipped.labels(reason=value, kind=vocab.SKIP_KINDS[value]).inc()

    def event_handled(self, outcome: str, event_time_ms: int | None) -> None:
        value = vocab.label(outcome, vocab.OUTCOMES)
        self.handled.labels(outcome=value).inc()
        if event_time_ms is not None:
            delay = max(0.0, time.time() - event_time_ms / 1000)
            self.end_to_end.labels(outcome=value).observe(delay)

    def flagged(self, types: Iterable[str]) -> None:
        for kind in set(types):
            self.flags.labels(type=vocab.label(kind, vocab.FLAG_TYPES)).inc()

    def stage_time(self, stage: str, seconds: float) -> None:
        _series(self._stage_series, stage, lambda: self.stage.labels(
            stage=vocab.label(stage, vocab.STAGES))).observe(seconds)

    def detector_time(self, detector: str, seconds: float) -> None:
        _series(self._detector_series, detector, lambda: self.detector.labels(
            detector=vocab.detector_label(detector))).observe(seconds)

    def reconnected(self, reason: str) -> None:
        self.reconnects.labels(reason=vocab.label(reason, vocab.RECONNECT_REASONS)).inc()

    def buffer_overflowed(self, buffer: str) -> None:
        self.buffer_full.labels(buffer=vocab.label(buffer, vocab.BUFFERS)).inc()

    def wiki_request(self, action: str, status: str) -> None:
        self.wiki_requests.labels(
            action=vocab.label(action, vocab.WIKI_ACTIONS), status=vocab.status_label(status)
        ).inc()

    def wiki_retry(self, reason: str) -> None:
        self.wiki_retries.labels(reason=vocab.label(reason, vocab.WIKI_RETRIES)).inc()

    def api_request(self, route: str, method: str, status: int, seconds: float) -> None:
        code = str(status) if 100 <= status <= 599 else vocab.OTHER
        verb = method if method in _METHODS else vocab.OTHER
        self.api_requests.labels(route=route, method=verb, status=code).inc()
        self.api_latency.labels(route=route).observe(seconds)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


_SERIES_KEPT = 256  # names come from code, so a few dozen; the bound only guards the memory


def _series(kept: dict[str, Histogram], name: str, make: Callable[[], Histogram]) -> Histogram:
    """`name`'s labelled series, made on first sight and kept (up to _SERIES_KEPT names)."""
    series = kept.get(name)
    if series is None:
        series = make()
        if len(kept) < _SERIES_KEPT:
            kept[name] = series
    return series
