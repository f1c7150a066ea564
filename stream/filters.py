"""Which events the service wants (EventStreams has no server-side filtering) and deduplication."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from stream.events import RecentChange

ALL = frozenset({"*", "all"})


def choice(values: Iterable[str] | None) -> frozenset[str] | None:
    """A configured list as a set; None, empty, "*" or "all" means every value."""
    chosen = frozenset(v.strip() for v in values or () if v.strip())
    return None if not chosen or chosen & ALL else chosen


@dataclass(frozen=True, slots=True)
class EventFilter:
    wikis: frozenset[str] | None = frozenset({"commonswiki"})
    namespaces: frozenset[int] | None = None
    types: frozenset[str] | None = frozenset({"edit", "new"})
    include_bots: bool = False

    def wiki_reason(self, wiki: str) -> str | None:
        return "wiki" if self.wikis is not None and wiki not in self.wikis else None

    def reason(self, event: RecentChange) -> str | None:
        """Why the event is not wanted (a skip reason), or None to deliver it."""
        if self.wikis is not None and event.wiki not in self.wikis:
            return "wiki"
        if self.types is not None and event.type not in self.types:
            return "type"
        if self.namespaces is not None and event.namespace not in self.namespaces:
            return "namespace"
        if event.bot and not self.include_bots:
            return "bot"
        return None


class RecentIds:
    """The last `capacity` meta.ids seen: a duplicate within that window is delivered once."""

    def __init__(self, capacity: int) -> None:
        self.capacity = max(1, capacity)
        self._ids: OrderedDict[str, None] = OrderedDict()

    def seen(self, event_id: str) -> bool:
        """True if the id was already seen; otherwise remember it."""
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return True
        self._ids[event_id] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return False

    def __len__(self) -> int:
        return len(self._ids)
