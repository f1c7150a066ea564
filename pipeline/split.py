"""Outing split over consecutive edits: a name in one edit, the workplace in the next, by the same
account on the same page within a window. Each edit alone may say too little; judged together
they out someone, and the request lists every revision.

The recent added texts are kept in memory only (never stored or logged), per (wiki, page,
account), for `window_s` and at most `max_keys` keys: a restart forgets them, as it forgets the
edits in flight.
"""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from core.edit import EditRecord
from judgement.decision import Decision

WINDOW_S = 600.0
MAX_KEYS = 2_000
MAX_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Earlier:
    at: float
    rev_id: int
    added: str


class SplitEdits:
    def __init__(self, window_s: float = WINDOW_S, max_keys: int = MAX_KEYS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.window_s = window_s
        self.max_keys = max_keys
        self.clock = clock
        self._recent: OrderedDict[tuple[str, str, str], list[Earlier]] = OrderedDict()

    @staticmethod
    def key(record: EditRecord) -> tuple[str, str, str] | None:
        if not record.user or not record.title:
            return None
        return record.wiki, record.title, record.user

    def earlier(self, record: EditRecord) -> list[Earlier]:
        """The same account's recent edits of this page, oldest first."""
        key = self.key(record)
        if key is None:
            return []
        now = self.clock()
        kept = [e for e in self._recent.get(key, []) if now - e.at <= self.window_s]
        if kept:
            self._recent[key] = kept
        else:
            self._recent.pop(key, None)
        return kept

    def remember(self, record: EditRecord, rev_id: int) -> None:
        key = self.key(record)
        if key is None or not record.added.strip():
            return
        entries = [*self.earlier(record), Earlier(self.clock(), rev_id, record.added[:MAX_CHARS])]
        self._recent[key] = entries[-3:]
        self._recent.move_to_end(key)
        while len(self._recent) > self.max_keys:
            self._recent.popitem(last=False)

    @staticmethod
    def together(record: EditRecord, earlier: list[Earlier]) -> EditRecord:
        """One record of the earlier edits' added text and this one's."""
        added = "\n".join([*(e.added for e in earlier), record.added])
        return dataclasses.replace(record, id=f"{record.id}:split", added=added)


def split_decision(decision: Decision, rev_ids: list[int], window_s: float) -> Decision:
    listed = ", ".join(f"r{r}" for r in rev_ids)
    reason = (f"split over {len(rev_ids)} edits by the same account on this page within "
              f"{window_s / 60:.0f} minutes ({listed}): judged together")
    return dataclasses.replace(decision, reasons=(reason, *decision.reasons))
