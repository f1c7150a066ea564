"""recentchange and revision-visibility-change in one connection, over real HTTP on loopback:
one id covers every topic of both streams, and resuming from it loses and repeats nothing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest

from replay.feed import FeedEntry
from replay.suppressions import visibility_event
from stream.consumer import Consumer
from stream.eventid import STREAM_TOPICS, VISIBILITY, resumable
from stream.events import EventError, event_time_ms
from stream.faults import ConnectionPlan
from stream.filestore import MemoryPositionStore
from stream.position import Position
from stream.server import serve
from stream.visibility import VisibilityChange, decode_any
from tests.stream.helpers import Recorder, consumer_config, entries, handle, real_events

TOPICS = [*STREAM_TOPICS["mediawiki.recentchange"], *STREAM_TOPICS[VISIBILITY]]


def mixed_feed(shared_dir: Path, count: int, every: int) -> tuple[list[FeedEntry], int]:
    """`count` real recentchange events with a suppression of every `every`th revision after it
    (a few seconds later, as on the wiki)."""
    events = real_events(shared_dir, count)
    feed: list[dict[str, Any]] = []
    hidden = 0
    for number, event in enumerate(events):
        feed.append(event)
        if number % every == every - 1:
            meta = event["meta"]
            assert isinstance(meta, dict)
            later = str(meta["dt"]).replace("+00:00", ".5+00:00")
            feed.append(visibility_event(event, later, hide=("text", "comment")))
            hidden += 1
    return entries(feed), hidden


async def read_frames(url: str, headers: dict[str, str], count: int) -> list[tuple[str, bytes]]:
    frames: list[tuple[str, bytes]] = []
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        assert response.status == 200
        event_id = ""
        async for line in response.content:
            if line.startswith(b"id: "):
                event_id = line[4:].decode().strip()
            elif line.startswith(b"data: "):
                frames.append((event_id, line[6:].strip()))
                if len(frames) == count:
                    break
    return frames


async def test_one_connection_serves_both_streams_with_one_id_over_four_topics(
    shared_dir: Path,
) -> None:
    feed, hidden = mixed_feed(shared_dir, 30, 5)
    async with serve(feed) as server:
        both = await read_frames(server.both_url, {}, 30 + hidden)
        only_rc = await read_frames(server.url, {}, 30)
    kinds = Counter(type(decode_any(data)).__name__ for _, data in both)
    assert kinds == {"RecentChange": 30, "VisibilityChange": hidden}
    first_id = orjson.loads(both[0][0])
    assert [e["topic"] for e in first_id] == TOPICS
    assert [e.get("offset") for e in first_id[2:]] == [-1, -1]  # no suppression delivered yet
    last = {e["topic"]: e for e in orjson.loads(both[-1][0])}
    assert "timestamp" in last[TOPICS[0]]
    assert "timestamp" in last[TOPICS[2]]
    assert all(len(orjson.loads(i)) == 2 for i, _ in only_rc)  # one stream: its topics only
    assert all(type(decode_any(d)).__name__ == "RecentChange" for _, d in only_rc)


async def test_resuming_from_a_mid_id_continues_each_stream_where_it_was(
    shared_dir: Path,
) -> None:
    feed, hidden = mixed_feed(shared_dir, 30, 5)
    async with serve(feed) as server:
        first = await read_frames(server.both_url, {}, 30 + hidden)
        cut = 13
        rest = await read_frames(server.both_url, {"Last-Event-ID": first[cut - 1][0]},
                                 30 + hidden - cut)
    assert [d for _, d in rest] == [d for _, d in first[cut:]]


async def test_consumer_over_both_streams_loses_nothing_across_cuts(shared_dir: Path) -> None:
    feed, hidden = mixed_feed(shared_dir, 60, 4)
    plans = [ConnectionPlan(drop_after=n, mid_frame=n % 2 == 0) for n in (1, 2, 3, 5, 8)]
    async with serve(feed) as server:
        server.feed.plans.extend(plans)
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.both_url), positions, recorder) as consumer:
            items = await handle(consumer, positions, 60 + hidden, handled)
        sent = [r.last_event_id for r in server.feed.requests[1:]]
    suppressions = [i.event for i in items if isinstance(i.event, VisibilityChange)]
    assert len(suppressions) == hidden
    assert all(s.hidden_now == ("text", "comment") and not s.performer_shown
               for s in suppressions)
    assert set(handled.values()) == {1}
    assert recorder.reconnects["payload"] == len(plans)
    for value in sent:  # every resume names all four topics, none at "latest"
        assert value is not None
        assert sorted(e["topic"] for e in orjson.loads(value)) == sorted(TOPICS)


async def test_a_position_saved_before_suppressions_were_followed_still_gets_them(
    shared_dir: Path,
) -> None:
    """Upgrading: the saved id names only recentchange's topics; the visibility stream starts
    from the position's time, not from "latest" (which would drop suppressions since)."""
    feed, _ = mixed_feed(shared_dir, 40, 4)
    async with serve(feed) as server:
        rc_only = await read_frames(server.url, {}, 20)
        saved = Position(rc_only[9][0], event_time_ms(orjson.loads(rc_only[9][1])["meta"]["dt"]))
        later = {e.meta.id for e in map(decode_any, (f.data for f in feed))
                 if isinstance(e, VisibilityChange) and e.meta.time_ms >= saved.event_time_ms}
        positions = MemoryPositionStore()
        await positions.save(saved)
        config = consumer_config(server.both_url, resume_margin_s=0.0)
        handled: Counter[str] = Counter()
        async with Consumer(config, positions, Recorder()) as consumer:
            items = await handle(consumer, positions, 30 + len(later), handled)
    assert later
    assert sum(not isinstance(i.event, VisibilityChange) for i in items) == 30
    assert {i.event.meta.id for i in items if isinstance(i.event, VisibilityChange)} == later


def test_resumable_places_an_idle_stream_and_keeps_a_placed_id_byte_for_byte() -> None:
    streams = ("mediawiki.recentchange", VISIBILITY)
    placed = orjson.dumps([
        {"topic": TOPICS[0], "partition": 0, "timestamp": 5},
        {"topic": TOPICS[1], "partition": 0, "offset": -1},
        {"topic": TOPICS[2], "partition": 0, "timestamp": 3},
        {"topic": TOPICS[3], "partition": 0, "offset": -1},
    ]).decode()
    assert resumable(placed, streams, 1) is placed
    idle_entry = {"topic": TOPICS[2], "partition": 0, "offset": -1}
    idle = orjson.dumps([*orjson.loads(placed)[:2], idle_entry]).decode()
    fixed = {e["topic"]: e for e in orjson.loads(resumable(idle, streams, 1234))}
    assert fixed[TOPICS[2]] == {"topic": TOPICS[2], "partition": 0, "timestamp": 1234}
    assert fixed[TOPICS[3]]["offset"] == -1
    assert fixed[TOPICS[0]]["timestamp"] == 5
    assert resumable("not json", streams, 1) == "not json"


def test_bad_visibility_events_name_the_field_never_a_value() -> None:
    change = {"wiki": "enwiki", "revision": {"new": 7, "old": 6}, "server_name": "en.x",
              "title": "Secret Title"}
    good = visibility_event(change, "2026-01-01T00:00:00Z")
    assert isinstance(decode_any(orjson.dumps(good)), VisibilityChange)
    for key, value in (("rev_id", "7"), ("visibility", {"text": "no"}), ("database", None)):
        bad = {**good, key: value}
        with pytest.raises(EventError) as caught:
            decode_any(orjson.dumps(bad))
        assert "Secret" not in str(caught.value)
        assert key in str(caught.value)
