"""revision-visibility-change events (schema mediawiki/revision/visibility-change) as values.

EventStreams publishes one whenever a revision's text, edit summary or user is hidden or shown
again, on every wiki; a suppression's performer is redacted. Only what the ledger needs is kept:
which revision, which parts turned hidden, and when. Errors name a field, never a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stream.events import (
    CANARY_DOMAIN,
    Canary,
    EventError,
    Meta,
    RecentChange,
    envelope,
    recent_change,
)

STREAM = "mediawiki.revision-visibility-change"
STREAM_NAMES = frozenset({"revision-visibility-change", STREAM})
SCHEMA_PREFIX = "/mediawiki/revision/visibility-change/"
PARTS = ("text", "comment", "user")


@dataclass(frozen=True, slots=True)
class VisibilityChange:
    meta: Meta
    wiki: str  # the `database` field
    rev_id: int
    page_id: int
    namespace: int
    visible: tuple[bool, bool, bool]  # text, comment, user now
    prior: tuple[bool, bool, bool]  # and before this change
    performer_shown: bool  # False when EventStreams redacted the performer (a suppression)

    @property
    def hidden_now(self) -> tuple[str, ...]:
        """The parts this change hid (visible before, hidden now)."""
        return tuple(part for part, was, now in zip(PARTS, self.prior, self.visible, strict=True)
                     if was and not now)

    @property
    def hides(self) -> bool:
        return bool(self.hidden_now)


def is_visibility(obj: dict[str, Any], meta: Meta) -> bool:
    """Whether a decoded envelope belongs to the visibility stream (by stream or schema)."""
    return meta.stream in STREAM_NAMES or meta.schema.startswith(SCHEMA_PREFIX)


def _int(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if value is None:
        raise EventError("missing_field", key)
    if type(value) is not int:
        raise EventError("bad_type", key)
    return value


def _bits(obj: Any, key: str) -> tuple[bool, bool, bool]:
    if type(obj) is not dict:
        raise EventError("bad_type", key)
    bits = []
    for part in PARTS:
        value = obj.get(part)
        if type(value) is not bool:
            raise EventError("missing_field" if value is None else "bad_type", f"{key}.{part}")
        bits.append(value)
    return bits[0], bits[1], bits[2]


def visibility_change(obj: dict[str, Any], meta: Meta) -> VisibilityChange:
    database = obj.get("database")
    if type(database) is not str or not database:
        raise EventError("missing_field" if database is None else "bad_type", "database")
    prior = obj.get("prior_state")
    if type(prior) is not dict:
        raise EventError("missing_field" if prior is None else "bad_type", "prior_state")
    return VisibilityChange(
        meta=meta, wiki=database, rev_id=_int(obj, "rev_id"), page_id=_int(obj, "page_id"),
        namespace=_int(obj, "page_namespace"),
        visible=_bits(obj.get("visibility"), "visibility"),
        prior=_bits(prior.get("visibility"), "prior_state.visibility"),
        performer_shown=type(obj.get("performer")) is dict,
    )


def decode_any(data: str | bytes) -> RecentChange | Canary | VisibilityChange:
    """Parse one SSE `data` value of a subscription to recentchange and/or visibility changes."""
    obj, meta = envelope(data)
    if meta.domain == CANARY_DOMAIN:
        return Canary(meta)
    if is_visibility(obj, meta):
        return visibility_change(obj, meta)
    return recent_change(obj, meta)
