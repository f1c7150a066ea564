"""The consumer's settings, with the defaults the service runs with (core/settings.py maps the
OUTINGWATCH_* variables onto them)."""

from __future__ import annotations

from dataclasses import dataclass

from core.version import DEFAULT_CONTACT
from stream.eventid import canonical_stream
from stream.filters import EventFilter, choice

DEFAULT_URL = "https://stream.wikimedia.org/v2/stream/recentchange"


@dataclass(frozen=True, slots=True)
class ConsumerConfig:
    url: str = DEFAULT_URL
    contact: str = DEFAULT_CONTACT  # goes into the User-Agent Wikimedia's policy requires
    since: str | None = None  # with no saved position: epoch ms or ISO time; None = live end
    wikis: tuple[str, ...] = ("commonswiki",)  # empty, "*" or "all" = every wiki
    namespaces: tuple[int, ...] | None = None  # None or empty = every namespace
    types: tuple[str, ...] = ("edit", "new")  # empty, "*" or "all" = every type
    include_bots: bool = False
    idle_timeout_s: float = 60.0  # no bytes for this long: reconnect (the live feed is never idle)
    connect_timeout_s: float = 30.0
    buffer_size: int = 256  # events read ahead of processing; when full the reader stops reading
    dedup_window: int = 10_000  # how many recent meta.ids are remembered to drop duplicates
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 60.0
    healthy_reset_s: float = 60.0  # a connection that lasted this long resets the backoff
    max_retry_after_s: float = 600.0
    resume_margin_s: float = 10.0  # expired position: restart this long before the last event
    max_frame_bytes: int = 1 << 20

    @property
    def streams(self) -> tuple[str, ...]:
        """The streams the URL subscribes to (its last path segment, comma-separated)."""
        last = self.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return tuple(dict.fromkeys(canonical_stream(n) for n in last.split(",") if n))

    def event_filter(self) -> EventFilter:
        namespaces = frozenset(self.namespaces) if self.namespaces else None
        return EventFilter(choice(self.wikis), namespaces, choice(self.types), self.include_bots)
