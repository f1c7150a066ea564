"""The ledger's place in the service: the proxies read at scrape time, and its retention."""

from __future__ import annotations

import logging
import time

from metrics.instruments import Metrics
from store.base import QueueStore
from store.cases import CaseStore, cases_for
from store.ledger import DAY_MS, Ledger, ledger_for

log = logging.getLogger(__name__)
WINDOW_MS = 7 * DAY_MS  # the proxies' window (metrics.suppression.WINDOW)


def make_ledger(store: QueueStore) -> Ledger | None:
    """The store's ledger; None (the feedback off) for a store that has none."""
    try:
        return ledger_for(store)
    except TypeError:
        log.warning("this store keeps no ledger: suppressions are not followed up")
        return None


def make_cases(store: QueueStore) -> CaseStore | None:
    """The store's cases and known values; None for a store that has none."""
    try:
        return cases_for(store)
    except TypeError:
        log.warning("this store keeps no cases: requests are not linked")
        return None


class Feedback:
    def __init__(self, ledger: Ledger | None, metrics: Metrics, days: float) -> None:
        self.ledger = ledger
        self.metrics = metrics
        self.days = days

    async def refresh(self) -> None:
        if self.ledger is None:
            return
        since = int(time.time() * 1000) - WINDOW_MS
        counts = await self.ledger.proxies(since)
        self.metrics.suppressions.proxies.update(
            counts.flagged, counts.flagged_suppressed, counts.suppressed_judged,
            counts.suppressed_flagged)

    async def purge(self) -> int:
        return 0 if self.ledger is None else await self.ledger.purge(self.days)
