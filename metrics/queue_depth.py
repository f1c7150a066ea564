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
    def __init__(self, name: str) -> None:
        self.name = name
        self._depth: dict[str, int] = {}

    def update(self, depth_by_state: Mapping[str, int]) -> None:
        depth = dict.fromkeys(vocab.QUEUE_STATES - {vocab.OTHER}, 0)
        for state, count in depth_by_state.items():
            key = vocab.label(state, vocab.QUEUE_STATES)
            depth[key] = depth.get(key, 0) + int(count)
        self._depth = depth

    def describe(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(self.name, "Suppression requests by state.", labels=["state"])

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(self.name, "Suppression requests by state.", labels=["state"])
        for state, count in sorted(self._depth.items()):
            family.add_metric([state], count)
        yield family
