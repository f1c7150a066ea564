"""Outing split over consecutive edits: a name in one edit, the workplace in the next, by the same
account on the same page within a window. Each edit alone says too little; judged together they
out someone, and the request lists every revision.

What is kept, and for how long: only an edit that was judged, not flagged, and in which the
detectors found something (`Decision.seen`: a bare name scores low alone, as it should, and is
just what a later edit completes) or that scored at least `MIN_SCORE` (an edit the judgement
saw nothing in adds nothing to a later one), and only its added text (capped), in memory,
per (wiki, page, account): at most `per_key` edits a key and `max_keys` keys, each dropped once
the wiki's clock (the edits' own times, so a backlog read fast after a pause is windowed as it
was edited) is `window_s` past it, or as soon as a join flags.
Nothing here is stored or logged.

Across a restart: the window is not durable. The service resumes from its stored position, so
an edit read before the restart is not read again and a later edit of the same account on that
page is judged alone (as it was before this module existed); an edit whose outcome was not
written before the crash is read again with the edits after it, and joined as usual.

No duplicate request: an earlier edit is remembered only when it was not queued on its own, the
join is tried only when the later edit was not flagged on its own either, the request is the
later edit's (one per revision), and a join that flags forgets the edits it covers.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from collections import OrderedDict
from dataclasses import dataclass

from core.edit import EditRecord
from judgement.decision import Decision

WINDOW_S = 600.0
MAX_KEYS = 2_000
PER_KEY = 3
MAX_CHARS = 5_000
MIN_SCORE = 0.1

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Earlier:
    at_ms: int  # the edit's time on the wiki
    rev_id: int
    added: str


class SplitEdits:
    def __init__(self, window_s: float = WINDOW_S, max_keys: int = MAX_KEYS,
                 per_key: int = PER_KEY) -> None:
        self.window_s = window_s
        self.max_keys = max_keys
        self.per_key = per_key
        self._recent: OrderedDict[Key, list[Earlier]] = OrderedDict()  # least recent first
        self._latest_ms = 0

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._recent.values())

    @staticmethod
    def key(record: EditRecord) -> Key | None:
        """Only an account's edits of a page's text: an IP address is not an account (many
        people share one, and its comments in a thread are not one person's)."""
        if (not record.user or not record.title or record.type not in ("edit", "new")
                or _is_address(record.user)):
            return None
        return record.wiki, record.title, record.user

    def earlier(self, record: EditRecord, at_ms: int) -> list[Earlier]:
        """The same account's remembered edits of this page within the window, oldest first."""
        key = self.key(record)
        self._expire(at_ms)
        if key is None or key not in self._recent:
            return []
        since = at_ms - self.window_s * 1000
        kept = [e for e in self._recent[key] if since <= e.at_ms <= at_ms]
        if kept:
            self._recent[key] = kept
        else:
            del self._recent[key]
        return kept

    def remember(self, record: EditRecord, rev_id: int, at_ms: int, decision: Decision) -> None:
        """Keep an edit a later one may complete: judged, not flagged, something seen."""
        key = self.key(record)
        self._expire(at_ms)
        if (key is None or decision.flag or decision.error
                or (decision.score < MIN_SCORE and not decision.seen)
                or not record.added.strip()):
            return
        entries = [e for e in self._recent.pop(key, []) if e.rev_id != rev_id]
        entries.append(Earlier(at_ms, rev_id, record.added[:MAX_CHARS]))
        self._recent[key] = entries[-self.per_key:]
        while len(self._recent) > self.max_keys:
            self._recent.popitem(last=False)

    def forget(self, record: EditRecord) -> None:
        """A join flagged: its request covers the remembered edits."""
        key = self.key(record)
        if key is not None:
            self._recent.pop(key, None)

    def _expire(self, at_ms: int) -> None:
        """Drop the least recently touched keys whose newest edit is past the window."""
        self._latest_ms = max(self._latest_ms, at_ms)
        since = self._latest_ms - self.window_s * 1000
        while self._recent:
            key, entries = next(iter(self._recent.items()))
            if entries[-1].at_ms >= since:
                return
            del self._recent[key]

    @staticmethod
    def together(record: EditRecord, earlier: list[Earlier]) -> EditRecord:
        """One record of the earlier edits' added text and this one's."""
        added = "\n".join([*(e.added for e in earlier), record.added])
        return dataclasses.replace(record, id=f"{record.id}:split", added=added)


def _is_address(user: str) -> bool:
    try:
        ipaddress.ip_address(user)
    except ValueError:
        return False
    return True


def split_decision(decision: Decision, rev_ids: list[int], window_s: float) -> Decision:
    listed = ", ".join(f"r{r}" for r in rev_ids)
    reason = (f"split over {len(rev_ids)} edits by the same account on this page within "
              f"{window_s / 60:.0f} minutes ({listed}): judged together")
    return dataclasses.replace(decision, reasons=(reason, *decision.reasons))
