"""EventStreams SSE ids: a JSON array with one assignment per topic-partition of the stream.

The partition that just delivered carries `{"timestamp": <kafka ms> + 1}`, an idle one keeps
`{"offset": -1}`. Sent back as Last-Event-ID, the entries replace the subscription's topic list;
an offset beats a timestamp; malformed JSON is a 400 and a topic outside the stream a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

EQIAD = "eqiad.mediawiki.recentchange"
CODFW = "codfw.mediawiki.recentchange"
TOPICS = (EQIAD, CODFW)


class EventIdError(ValueError):
    """An unusable Last-Event-ID or since; `status` is the HTTP answer EventStreams gives."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Assignment:
    topic: str
    partition: int
    offset: int | None = None
    timestamp: int | None = None


def make_id(timestamp_ms: int, live: str = EQIAD, topics: tuple[str, ...] = TOPICS) -> str:
    """The id EventStreams sends with an event Kafka stamped `timestamp_ms` on topic `live`."""
    entries: list[dict[str, Any]] = []
    for topic in topics:
        position = {"timestamp": timestamp_ms + 1} if topic == live else {"offset": -1}
        entries.append({"topic": topic, "partition": 0, **position})
    return orjson.dumps(entries).decode()


def _assignment(item: Any, topics: tuple[str, ...]) -> Assignment:
    if not isinstance(item, dict) or not isinstance(item.get("topic"), str):
        raise EventIdError(400, "Last-Event-ID entries need a topic")
    if item["topic"] not in topics:
        raise EventIdError(404, "Last-Event-ID names a topic outside the stream")
    partition, offset, stamp = item.get("partition", 0), item.get("offset"), item.get("timestamp")
    if not all(v is None or (isinstance(v, int) and not isinstance(v, bool))
               for v in (partition, offset, stamp)) or (offset is None and stamp is None):
        raise EventIdError(400, "Last-Event-ID entries need an integer offset or timestamp")
    return Assignment(item["topic"], partition, offset, stamp)


def parse_id(value: str, topics: tuple[str, ...] = TOPICS) -> list[Assignment]:
    try:
        items = orjson.loads(value)
    except orjson.JSONDecodeError:
        raise EventIdError(400, "Last-Event-ID is not valid JSON") from None
    if not isinstance(items, list) or not items:
        raise EventIdError(400, "Last-Event-ID must be a non-empty array")
    return [_assignment(item, topics) for item in items]


def parse_since(value: str) -> int:
    """Epoch milliseconds from `since`: an integer of milliseconds or an ISO date/time."""
    text = value.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise EventIdError(400, "since is neither epoch milliseconds nor an ISO date") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def id_timestamp(value: str) -> int | None:
    """The newest Kafka timestamp an id carries (minus the +1), or None."""
    try:
        stamps = [a.timestamp for a in parse_id(value) if a.timestamp is not None]
    except EventIdError:
        return None
    return max(stamps) - 1 if stamps else None


RECENTCHANGE = "mediawiki.recentchange"
VISIBILITY = "mediawiki.revision-visibility-change"
STREAM_TOPICS = {
    RECENTCHANGE: TOPICS,
    VISIBILITY: (f"eqiad.{VISIBILITY}", f"codfw.{VISIBILITY}"),
}


def canonical_stream(name: str) -> str:
    """`recentchange` is an alias of `mediawiki.recentchange` (and so on for every stream)."""
    return name if name.startswith("mediawiki.") else f"mediawiki.{name}"


def subscription_topics(streams: tuple[str, ...]) -> tuple[str, ...]:
    """Every topic of a subscription, in the order of its streams."""
    return tuple(t for s in streams for t in STREAM_TOPICS.get(canonical_stream(s), ()))


def _placed(entry: dict[str, Any]) -> bool:
    offset = entry.get("offset")
    return "timestamp" in entry or (isinstance(offset, int) and offset >= 0)


def resumable(value: str, streams: tuple[str, ...], floor_ms: int) -> str:
    """An id that resumes every stream of the subscription where it was, without loss.

    A stream none of whose topics has delivered yet carries only `{"offset": -1}` ("latest"),
    and one absent from the id (a position saved before it was subscribed) would be dropped
    from the subscription: sent back as is, either would skip that stream's events since. Such
    a stream gets `{"timestamp": floor_ms}` on its first topic (a time before anything this
    consumer has not handled); every other entry is sent back unchanged. An id that needs no
    change is returned as it was, byte for byte.
    """
    try:
        items = orjson.loads(value)
    except orjson.JSONDecodeError:
        return value
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return value
    changed = False
    for stream in streams:
        topics = STREAM_TOPICS.get(canonical_stream(stream), ())
        mine = [i for i in items if i.get("topic") in topics]
        if not topics or any(_placed(i) for i in mine):
            continue
        changed = True
        items = [i for i in items if i.get("topic") not in topics]
        items.append({"topic": topics[0], "partition": 0, "timestamp": floor_ms})
        items += [{"topic": t, "partition": 0, "offset": -1} for t in topics[1:]]
    return orjson.dumps(items).decode() if changed else value
