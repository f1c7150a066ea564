"""The consumer's settings, with the defaults the service runs with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from core.version import DEFAULT_CONTACT
from stream.filters import EventFilter, choice

DEFAULT_URL = "https://stream.wikimedia.org/v2/stream/recentchange"
ENV_PREFIX = "OUTINGWATCH_"


@dataclass(frozen=True, slots=True)
class ConsumerConfig:
    url: str = DEFAULT_URL
    contact: str = DEFAULT_CONTACT  # goes into the User-Agent Wikimedia's policy requires
    since: str | None = None  # with no saved position: epoch ms or ISO time; None = live end
    wikis: tuple[str, ...] = ("commonswiki",)  # "*" = every wiki
    namespaces: tuple[int, ...] | None = None  # None = every namespace
    types: tuple[str, ...] = ("edit", "new")  # "*" = every type
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

    def event_filter(self) -> EventFilter:
        namespaces = None if self.namespaces is None else frozenset(self.namespaces)
        return EventFilter(choice(self.wikis), namespaces, choice(self.types), self.include_bots)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _convert(name: str, value: str) -> object:
    if name in ("wikis", "types"):
        return _split(value)
    if name == "namespaces":
        return None if value.strip() in ("", "*") else tuple(int(v) for v in _split(value))
    if name == "include_bots":
        return value.strip().lower() in ("1", "true", "yes", "on")
    default = getattr(ConsumerConfig(), name)
    if isinstance(default, bool | int | float):
        return type(default)(value)
    return value or None if name == "since" else value


ENV_NAMES = {f.name: ENV_PREFIX + "STREAM_" + f.name.upper() for f in fields(ConsumerConfig)}
ENV_NAMES |= {"contact": ENV_PREFIX + "CONTACT", "url": ENV_PREFIX + "STREAM_URL"}


def config_from_env(env: Mapping[str, str], **overrides: object) -> ConsumerConfig:
    """Settings from OUTINGWATCH_* variables (names in ENV_NAMES); overrides win."""
    values: dict[str, object] = {}
    for name, variable in ENV_NAMES.items():
        if variable in env:
            values[name] = _convert(name, env[variable])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ConsumerConfig(**values)  # type: ignore[arg-type]
