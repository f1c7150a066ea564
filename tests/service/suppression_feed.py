"""A replay feed with the wikis' own suppressions: flagged revisions suppressed (the queue's
requests resolve by themselves), an unflagged one suppressed (a miss), one never judged, a flagged
one nobody suppressed, a second change to an already suppressed revision, and an unhide."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import orjson

from replay.suppressions import visibility_entry
from stream.events import event_time_ms
from tests.service.feeds import BENIGN, OUTING, START, FeedBuilder

# the expected outcome, by construction
FLAGGED = 4
SUPPRESSED_FLAGGED = 2
SUPPRESSED_MISSED = 1
SUPPRESSED_UNJUDGED = 1


@dataclass
class SuppressionFeed:
    feed: FeedBuilder = field(default_factory=FeedBuilder)
    suppressed: list[tuple[str, int]] = field(default_factory=list)  # (wiki, rev) hidden

    @property
    def last_time_ms(self) -> int:
        return event_time_ms(orjson.loads(self.feed.entries[-1].data)["meta"]["dt"])

    def _now(self) -> str:
        moment = START + timedelta(seconds=len(self.feed.entries))
        return moment.isoformat().replace("+00:00", "Z")

    def change_of(self, key: tuple[str, int]) -> dict[str, object]:
        for entry in self.feed.entries:
            event = orjson.loads(entry.data)
            if isinstance(event, dict) and (event.get("revision") or {}).get("new") == key[1]:
                return event
        raise KeyError(key)

    def hide(self, key: tuple[str, int], **options: object) -> None:
        event = self.change_of(key)
        self.feed.entries.append(visibility_entry(event, self._now(), **options))

    def hide_unknown(self) -> None:
        event = {"wiki": "enwiki", "revision": {"new": 424242, "old": 424241},
                 "server_name": "en.wikipedia.org", "title": "User talk:Gone", "namespace": 3}
        self.feed.entries.append(visibility_entry(event, self._now()))


def suppression_feed(benign: int = 12) -> SuppressionFeed:
    built = SuppressionFeed()
    feed = built.feed
    outing = [feed.edit(OUTING[n % len(OUTING)] + f" ({n})") for n in range(2)]
    quiet = [feed.edit(BENIGN[n % len(BENIGN)] + f" (a{n})") for n in range(benign // 2)]
    built.hide(outing[0])  # flagged, then suppressed: resolves by itself
    built.hide(quiet[1])  # judged, not flagged, suppressed: a miss
    outing += [feed.edit(OUTING[n % len(OUTING)] + f" ({n + 2})") for n in range(2)]
    quiet += [feed.edit(BENIGN[n % len(BENIGN)] + f" (b{n})") for n in range(benign // 2)]
    built.hide_unknown()  # never judged here: outside recall
    built.hide(outing[2], hide=("comment",), suppressed=False)  # an admin hid the summary
    built.hide(outing[0], hide=("user",), already=("text",))  # the same revision again
    built.hide(quiet[3], hide=(), already=())  # a change that hides nothing
    built.suppressed = [outing[0], quiet[1], outing[2]]
    return built
