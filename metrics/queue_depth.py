"""Queue depth by state, computed at scrape time from the store's latest answer.

The store is asynchronous and a collector is not, so the /metrics handler refreshes the snapshot
(one `depth_by_state()` query) just before it renders the registry; the collector only reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from metrics import vocab


class QueueDepthCollector(Collector):
    def __init__(self, prefix: str) -> None:
        self.name = prefix + "queue_depth"
        self.age_name = prefix + "queue_oldest_pending_age_seconds"
        self._depth: dict[str, int] = {}
        self._oldest = 0.0

    def update(
        self, depth_by_state: Mapping[str, int], oldest_pending_s: float | None = None
    ) -> None:
        depth = dict.fromkeys(vocab.QUEUE_STATES - {vocab.OTHER}, 0)
        for state, count in depth_by_state.items():
            key = vocab.label(state, vocab.QUEUE_STATES)
            depth[key] = depth.get(key, 0) + int(count)
        self._depth = depth
        self._oldest = float(oldest_pending_s or 0.0)

    def describe(self) -> Iterator[Metric]:
        yield self._depth_family()
        yield self._age_family()

    def collect(self) -> Iterator[Metric]:
        family = self._depth_family()
        for state, count in sorted(self._depth.items()):
            family.add_metric([state], count)
        yield family
        age = self._age_family()
        age.add_metric([], self._oldest)
        yield age

    def _depth_family(self) -> GaugeMetricFamily:
        return GaugeMetricFamily(self.name, "Suppression requests by state.", labels=["state"])

    def _age_family(self) -> GaugeMetricFamily:
        return GaugeMetricFamily(self.age_name, "Age of the oldest pending request (0: none).")
