"""What the wikis' own suppressions say about outingwatch: the live precision and recall proxies.

Counters move only when the ledger records a suppression for the first time (a replay after a
restart counts nothing). The proxies are state, read from the ledger at scrape time over a
window (like the queue depth): they survive restarts and agree across replicas. A wiki label is a
database name (enwiki, commonswiki): anything else becomes "other", so no text can become one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from metrics.vocab import OTHER

# From a quick oversight (minutes) to a request found a week later.
SUPPRESSION_BUCKETS = (
    60.0, 300.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 43200.0, 86400.0, 259200.0, 604800.0,
)
SEEN_OUTCOMES = ("flagged", "missed", "unjudged", "repeat")
BANDS = tuple(f"{n / 10:.1f}-{(n + 1) / 10:.1f}" for n in range(10))
_WIKI = re.compile(r"^[a-z][a-z0-9_]{1,49}$")
WINDOW = "7d"


def wiki_label(wiki: str) -> str:
    return wiki if _WIKI.match(wiki) else OTHER


class ProxyCollector(Collector):
    """Precision and recall proxies and their counts over the window, as last read."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.counts = (0, 0, 0, 0)  # flagged, flagged suppressed, suppressed judged, flagged

    def update(self, flagged: int, flagged_suppressed: int, suppressed_judged: int,
               suppressed_flagged: int) -> None:
        self.counts = (flagged, flagged_suppressed, suppressed_judged, suppressed_flagged)

    def collect(self) -> Iterator[Metric]:
        flagged, hit, judged, caught = self.counts
        yield self._gauge("precision_proxy",
                          "Flagged requests later suppressed on the wiki, over flagged requests "
                          "(window label; NaN with none flagged).", _ratio(hit, flagged))
        yield self._gauge("recall_proxy",
                          "Suppressed revisions that were flagged, over suppressed revisions "
                          "that were judged (window label; NaN with none).", _ratio(caught, judged))
        yield self._gauge("flagged_window", "Revisions flagged in the window.", flagged)
        yield self._gauge("flagged_suppressed_window",
                          "Flagged revisions suppressed on the wiki, in the window.", hit)
        yield self._gauge("suppressed_judged_window",
                          "Judged revisions suppressed on the wiki, in the window.", judged)
        yield self._gauge("suppressed_flagged_window",
                          "Suppressed revisions that had been flagged, in the window.", caught)

    def _gauge(self, name: str, doc: str, value: float) -> GaugeMetricFamily:
        family = GaugeMetricFamily(self.prefix + name, doc, labels=["window"])
        family.add_metric([WINDOW], value)
        return family


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


class SuppressionMetrics:
    def __init__(self, registry: CollectorRegistry, prefix: str) -> None:
        self.seen = Counter(
            prefix + "suppressions_seen", "Revisions hidden or suppressed on a watched wiki, "
            "by what outingwatch had done with them.", ["status"], registry=registry)
        self.misses = Counter(
            prefix + "suppression_misses", "Suppressed revisions judged and not flagged, by "
            "wiki and score band.", ["wiki", "band"], registry=registry)
        self.resolved = Counter(
            prefix + "requests_resolved_by_wiki", "Queued requests resolved because the wiki "
            "suppressed the revision.", registry=registry)
        self.to_suppression = Histogram(
            prefix + "detection_to_suppression_seconds", "From a flagged edit to its "
            "suppression on the wiki (event times).", registry=registry,
            buckets=SUPPRESSION_BUCKETS)
        self.proxies = ProxyCollector(prefix)
        registry.register(self.proxies)
        for outcome in SEEN_OUTCOMES:
            self.seen.labels(status=outcome)

    def suppression(self, wiki: str, *, new: bool, judged: bool, flagged: bool,
                    band: str | None, seconds: float | None, resolved: bool) -> None:
        if not new:
            self.seen.labels(status="repeat").inc()
            return
        if not judged:
            self.seen.labels(status="unjudged").inc()
            return
        if not flagged:
            self.seen.labels(status="missed").inc()
            label = band if band in BANDS else OTHER
            self.misses.labels(wiki=wiki_label(wiki), band=label).inc()
            return
        self.seen.labels(status="flagged").inc()
        if resolved:
            self.resolved.inc()
        if seconds is not None:
            self.to_suppression.observe(max(0.0, seconds))
