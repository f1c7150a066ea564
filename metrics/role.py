"""Each replica's role, read at scrape time: `role{role}` is 1 for the role it has now (leader:
it reads the stream; standby: it serves the queue and waits), and `leader_term` is the
leadership term it holds (0 when it holds none, or on SQLite, where the one process leads).

Read at scrape time so that a leader paused past its lease (SIGSTOP, a long GC, a partition)
reports standby the moment it is scraped again, without waiting for its next renewal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

ROLES = ("leader", "standby")
RoleSource = Callable[[], tuple[str, int]]  # (role, term)


def single_process() -> tuple[str, int]:
    return "leader", 0


class RoleCollector(Collector):
    def __init__(self, prefix: str) -> None:
        self.role_name = prefix + "role"
        self.term_name = prefix + "leader_term"
        self.source: RoleSource = single_process

    def describe(self) -> Iterator[Metric]:
        yield from self._families("leader", 0)

    def collect(self) -> Iterator[Metric]:
        role, term = self.source()
        yield from self._families(role, term)

    def _families(self, role: str, term: int) -> Iterator[Metric]:
        roles = GaugeMetricFamily(
            self.role_name, "1 for this replica's role now: leader (reads the stream) or "
            "standby.", labels=["role"])
        for name in ROLES:
            roles.add_metric([name], 1.0 if name == role else 0.0)
        yield roles
        yield GaugeMetricFamily(
            self.term_name, "Leadership term this replica holds (0: none, or one process).",
            value=float(term))
