"""The consumer against the local EventStreams server over real HTTP on loopback."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import orjson
import pytest

from replay.feed import FeedEntry
from stream.consumer import Consumer, StreamError
from stream.faults import ConnectionPlan, ServerSettings
from stream.filestore import FilePositionStore, MemoryPositionStore
from stream.position import Position
from stream.server import serve
from tests.stream.helpers import (
    GUARD_S,
    Recorder,
    canary,
    consumer_config,
    entries,
    handle,
    meta_id,
    real_events,
)


async def test_forced_disconnects_everywhere_deliver_each_event_exactly_once(
    shared_dir: Path,
) -> None:
    events = real_events(shared_dir, 120)
    feed = [*events[:40], canary(1), *events[40:80], events[10], canary(2), *events[80:]]
    expected = {meta_id(e) for e in events}
    plans = [ConnectionPlan(drop_after=n, mid_frame=n % 2 == 1) for n in (1, 0, 2, 3, 5, 8, 13)]
    async with serve(entries(feed)) as server:
        server.feed.plans.extend(plans)
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, len(expected), handled)
        requests = server.feed.requests
    assert set(handled) == expected
    assert set(handled.values()) == {1}
    assert recorder.skipped["canary"] == 2
    assert recorder.skipped["duplicate"] == 1
    assert recorder.reconnects["payload"] == len(plans)
    assert requests[0].last_event_id is None
    assert all(r.last_event_id for r in requests[1:])
    assert requests[0].user_agent is not None
    assert requests[0].user_agent.startswith("outingwatch/")


async def test_cuts_at_every_kind_of_byte_inside_a_frame(shared_dir: Path) -> None:
    events = real_events(shared_dir, 40)
    async with serve(entries(events)) as server:
        frame = server.feed.served[0].frame  # every frame has the same layout
        data_at = frame.index(b"\ndata:")
        cuts = [1, len(b"event: message\n"), data_at, data_at + 1, len(frame) - 2, len(frame) - 1]
        server.feed.plans.extend(ConnectionPlan(drop_after=3, cut_bytes=c) for c in cuts)
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, len(events), handled)
    assert recorder.reconnects["payload"] == len(cuts)
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


async def test_periodic_cuts_like_the_15_minute_one_lose_nothing(shared_dir: Path) -> None:
    events = real_events(shared_dir, 60)
    settings = ServerSettings(cut_after_s=0.15, pace=150)
    async with serve(entries(events), settings) as server:
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, len(events), handled)
    assert recorder.reconnects["eof"] >= 2
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


async def test_process_restart_resumes_from_the_saved_position(
    shared_dir: Path, tmp_path: Path
) -> None:
    events = real_events(shared_dir, 60)
    store_path = tmp_path / "position.json"
    handled = Counter[str]()
    async with serve(entries(events)) as server:
        first = FilePositionStore(store_path)
        async with Consumer(consumer_config(server.url), first) as consumer:
            await handle(consumer, first, 25, handled)
        saved = await first.load()
        server.feed.plans.append(ConnectionPlan(drop_after=7, mid_frame=True))
        second = FilePositionStore(store_path)
        async with Consumer(consumer_config(server.url), second) as consumer:
            await handle(consumer, second, 35, handled)
        requests = server.feed.requests
    assert saved is not None
    assert requests[1].last_event_id == saved.last_event_id
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


def _variant(event: dict[str, object], **changes: object) -> dict[str, object]:
    meta = dict(event["meta"])  # type: ignore[call-overload]
    meta["id"] = f"{meta['id']}-{len(changes)}-{sorted(changes.items())}"
    return {**event, **changes, "meta": meta}


async def test_default_filters_keep_commons_human_edits(shared_dir: Path) -> None:
    base = real_events(shared_dir, 10)
    wanted = [_variant(base[0], wiki="commonswiki", bot=False),
              _variant(base[1], wiki="commonswiki", bot=False, type="new")]
    unwanted = {
        "wiki": _variant(base[2], bot=False),
        "bot": _variant(base[3], wiki="commonswiki", bot=True),
        "type": _variant(base[4], wiki="commonswiki", bot=False, type="categorize"),
    }
    feed = [unwanted["wiki"], wanted[0], unwanted["bot"], unwanted["type"], canary(1), wanted[1]]
    async with serve(entries(feed)) as server:
        config = consumer_config(server.url, wikis=("commonswiki",), types=("edit", "new"),
                             include_bots=False)
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(config, positions, recorder) as consumer:
            items = await handle(consumer, positions, 2, handled)
    assert [i.event.meta.id for i in items] == [meta_id(e) for e in wanted]
    assert recorder.skipped == Counter({"wiki": 1, "bot": 1, "type": 1, "canary": 1})


async def test_namespace_filter(shared_dir: Path) -> None:
    base = real_events(shared_dir, 4)
    feed = [_variant(base[0], namespace=0), _variant(base[1], namespace=2)]
    async with serve(entries(feed)) as server:
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        config = consumer_config(server.url, namespaces=(2,))
        async with Consumer(config, positions, recorder) as consumer:
            items = await handle(consumer, positions, 1, handled)
    assert [i.event.namespace for i in items] == [2]
    assert recorder.skipped["namespace"] == 1


async def test_429_with_retry_after_then_5xx_are_retried(shared_dir: Path) -> None:
    events = real_events(shared_dir, 20)
    async with serve(entries(events)) as server:
        server.feed.plans.extend([
            ConnectionPlan(drop_after=4),
            ConnectionPlan(status=429, retry_after="1"),
            ConnectionPlan(status=503),
            ConnectionPlan(status=502),
        ])
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, 20, handled)
        requests = server.feed.requests
    assert [r.status for r in requests[:5]] == [200, 429, 503, 502, 200]
    assert requests[2].at - requests[1].at >= 1.0  # Retry-After honoured (a lower bound)
    assert recorder.reconnects["http_429"] == 1
    assert recorder.reconnects["http_5xx"] == 2
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


async def test_a_stalled_connection_is_torn_down_and_reopened(shared_dir: Path) -> None:
    events = real_events(shared_dir, 12)
    async with serve(entries(events)) as server:
        server.feed.plans.append(ConnectionPlan(stall_after=5, stall_s=60))
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        config = consumer_config(server.url, idle_timeout_s=1.0)
        async with Consumer(config, positions, recorder) as consumer:
            await handle(consumer, positions, 12, handled)
        requests = server.feed.requests
    assert recorder.reconnects["idle_timeout"] >= 1
    assert server.feed.served[4].id in [r.last_event_id for r in requests]
    assert set(handled.values()) == {1}
    assert len(handled) == 12


async def test_expired_position_recovers_by_time_without_loss(shared_dir: Path) -> None:
    events = real_events(shared_dir, 40)
    settings = ServerSettings(expire_positions=True, expire_status=404)
    async with serve(entries(events), settings) as server:
        server.feed.plans.append(ConnectionPlan(drop_after=15))
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, 40, handled)
        requests = server.feed.requests
        fifteenth = server.feed.served[14].timestamp
    assert [r.status for r in requests[:3]] == [200, 404, 200]
    assert requests[2].last_event_id is None
    assert requests[2].since is not None
    assert int(requests[2].since) <= fifteenth
    assert recorder.reconnects["expired_position"] == 1
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


async def test_expired_saved_position_after_restart_restarts_from_its_time(
    shared_dir: Path,
) -> None:
    events = real_events(shared_dir, 30)
    settings = ServerSettings(expire_positions=True, expire_status=400)
    async with serve(entries(events), settings) as server:
        saved = server.feed.served[20]
        positions = MemoryPositionStore(Position(saved.id, saved.timestamp))
        handled = Counter[str]()
        async with Consumer(consumer_config(server.url), positions) as consumer:
            items = await handle(consumer, positions, 1, handled)
        requests = server.feed.requests
    assert [r.status for r in requests[:2]] == [400, 200]
    assert requests[1].since is not None
    assert int(requests[1].since) <= saved.timestamp
    assert items[0].event.meta.time_ms <= saved.timestamp  # earlier, never a jump to now


async def test_a_refused_since_is_an_error_not_a_loop(shared_dir: Path) -> None:
    async with serve(entries(real_events(shared_dir, 3))) as server:
        config = consumer_config(server.url, since="2018-01-01T00:00:00Z")
        server.feed.plans.append(ConnectionPlan(status=400))
        with pytest.raises(StreamError, match="HTTP 400"):
            await handle(Consumer(config, MemoryPositionStore()), MemoryPositionStore(), 1,
                         Counter())
        assert len(server.feed.requests) == 1


async def test_since_chooses_the_start_without_a_saved_position(shared_dir: Path) -> None:
    events = real_events(shared_dir, 10)
    async with serve(entries(events)) as server:
        since = str(server.feed.served[6].timestamp)
        positions = MemoryPositionStore()
        async with Consumer(consumer_config(server.url, since=since), positions) as consumer:
            items = await handle(consumer, positions, 1, Counter())
        assert server.feed.requests[0].since == since
    assert items[0].event.meta.id == meta_id(events[6])


async def test_malformed_frames_are_counted_skipped_and_still_move_the_position(
    shared_dir: Path,
) -> None:
    events = real_events(shared_dir, 30)
    untyped = {"meta": {"id": "x", "dt": "2018-01-01T00:00:00Z"}}
    bad = [FeedEntry(data="{not json"), FeedEntry(data="[1]"),
           FeedEntry(data=orjson.dumps(untyped).decode())]
    feed = entries(events[:10]) + bad + entries(events[10:])
    async with serve(feed) as server:
        server.feed.plans.extend([ConnectionPlan(drop_after=13), ConnectionPlan(garbage_every=3)])
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        async with Consumer(consumer_config(server.url), positions, recorder) as consumer:
            await handle(consumer, positions, 30, handled)
        requests = server.feed.requests
        last_bad_id = server.feed.served[12].id
    assert requests[1].last_event_id == last_bad_id
    assert recorder.skipped["invalid_json"] >= 2
    assert recorder.skipped["not_object"] >= 2
    assert recorder.skipped["missing_field"] >= 1
    assert recorder.skipped["bad_type"] >= 1
    assert recorder.skipped["no_data"] >= 1
    assert set(handled) == {meta_id(e) for e in events}
    assert set(handled.values()) == {1}


async def test_a_slow_caller_stops_the_reader(shared_dir: Path) -> None:
    base = real_events(shared_dir, 1)[0]
    big = [_variant(base, comment="x" * 10_000, n=n) for n in range(2000)]
    async with serve(entries(big)) as server:
        recorder, positions = Recorder(), MemoryPositionStore()
        config = consumer_config(server.url, buffer_size=4)
        async with Consumer(config, positions, recorder) as consumer:
            await handle(consumer, positions, 1, Counter())
            await asyncio.sleep(0.5)
            assert consumer.buffered <= 4
            assert recorder.received < len(big) // 2


async def test_oversize_frames_and_error_events_are_skipped(shared_dir: Path) -> None:
    events = real_events(shared_dir, 6)
    huge = _variant(events[0], comment="x" * 20_000)
    feed = [*entries(events[:2]), *entries([huge]), FeedEntry(data="{}", event="error"),
            *entries(events[2:])]
    async with serve(feed, ServerSettings(keep_open=True)) as server:
        recorder, positions, handled = Recorder(), MemoryPositionStore(), Counter[str]()
        config = consumer_config(server.url, max_frame_bytes=8_000)
        async with Consumer(config, positions, recorder) as consumer:
            await handle(consumer, positions, 6, handled)
            assert consumer.connected
    assert set(handled) == {meta_id(e) for e in events}
    assert recorder.skipped == Counter({"frame_too_large": 1, "error_event": 1})


async def test_an_unusable_since_fails_before_connecting(shared_dir: Path) -> None:
    async with serve(entries(real_events(shared_dir, 2))) as server:
        config = consumer_config(server.url, since="next tuesday")
        consumer = Consumer(config, MemoryPositionStore())
        with pytest.raises(StreamError, match="since"):
            await handle(consumer, MemoryPositionStore(), 1, Counter())
        assert server.feed.requests == []


async def test_an_invalid_url_is_an_error_and_a_closed_port_is_retried(shared_dir: Path) -> None:
    with pytest.raises(StreamError, match="URL"):
        await handle(Consumer(consumer_config("http://[bad"), MemoryPositionStore()),
                     MemoryPositionStore(), 1, Counter())
    events = real_events(shared_dir, 3)
    async with serve(entries(events)) as server:
        url = server.url
    recorder = Recorder()
    consumer = Consumer(consumer_config(url), MemoryPositionStore(), recorder)
    async with consumer, asyncio.timeout(GUARD_S):
        await recorder.reconnected("network", 2)
    assert recorder.connects == 0
