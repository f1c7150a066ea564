"""The whole service over loopback: the queue holds exactly what `outingwatch scan` decides for
the same edits, the metrics agree with the feed, health and readiness answer, and a graceful
stop followed by a restart handles every event exactly once."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path

from pipeline.adapters import judge_config
from stream.faults import ConnectionPlan, ServerSettings
from tests.service.feeds import BENIGN, FeedBuilder, standard_feed
from tests.service.rig import local_servers, running, settings_for
from tests.service.scanning import expect, scan


async def test_queue_and_metrics_agree_with_scan_and_the_feed(tmp_path: Path) -> None:
    feed = standard_feed()
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path)
    try:
        async with running(settings) as service:
            assert (await service.get("/healthz"))[0] == 200
            await service.until_drained(len(feed.entries))
            await service.until(lambda: service.service.readiness().ready)
            status, ready = await service.get("/readyz")
            queued = await service.requests()
            summary = service.summary()
            _, metrics_text = await service.get("/metrics")
        expected = await expect(feed.entries, local.api.base_url)
    finally:
        await local.close()
    assert status == 200
    assert json.loads(ready) == {"ready": True, "stream_connected": True, "model_loaded": True,
                                 "store_writable": True, "role": "leader"}
    judged = await asyncio.to_thread(scan, expected.records, judge_config(settings))
    flagged = {k: d for k, d in expected.decisions(judged).items() if d.flag}
    assert len(expected.events) == len(feed.judged)
    assert flagged, "the feed's outing edits should be flagged"
    assert {f"{r.wiki}:{r.rev_id}" for r in queued} == set(flagged)
    for request in queued:
        decision = flagged[f"{request.wiki}:{request.rev_id}"]
        assert request.types == decision.types
        assert abs(request.score - decision.score) < 1e-6
        assert request.excerpt == decision.excerpt
    # the counters agree with the feed
    assert summary.received == len(feed.entries)
    assert summary.handled_total == len(feed.judged)
    assert summary.handled.get("queued", 0) == len(flagged)
    assert summary.received == summary.handled_total + summary.skipped_total
    assert summary.skipped == {"canary": 1, "duplicate": 1, "invalid_json": 1, "bot": 1,
                               "filtered": 1, "nosuchrevid": 1}  # filtered: a block log entry
    assert summary.skipped == dict(expected.skipped)
    expected_types = Counter(t for d in flagged.values() for t in set(d.types))
    assert summary.flags == dict(expected_types)
    assert 'outingwatch_queue_depth{state="pending"} ' + f"{len(flagged)}.0" in metrics_text
    for gauge in ('outingwatch_buffer_items{buffer="stream"} 0.0',
                  "outingwatch_events_in_flight 0.0", "outingwatch_stream_connected 1.0",
                  "outingwatch_pool_workers 1.0"):
        assert gauge in metrics_text


async def test_graceful_stop_and_restart_handle_every_event_once(tmp_path: Path) -> None:
    feed = FeedBuilder()
    for n in range(40):
        feed.edit(BENIGN[n % len(BENIGN)] + f" (edit {n})")
    stalled = ServerSettings(keep_open=True)
    first = await local_servers(feed.entries, stalled)
    first.stream.feed.plans.append(ConnectionPlan(stall_after=15, stall_s=600.0))
    try:
        async with running(settings_for(first, tmp_path)) as service:
            await service.until(lambda: service.summary().received >= 15
                                and service.service.drained())
            before = service.summary()
    finally:
        await first.close()
    second = await local_servers(feed.entries)
    try:
        async with running(settings_for(second, tmp_path)) as service:
            await service.until_drained(len(feed.entries) - before.received)
            after = service.summary()
            resumed = second.stream.feed.requests[0].last_event_id
    finally:
        await second.close()
    assert before.handled_total == 15
    assert resumed is not None
    assert after.handled_total == len(feed.entries) - 15
    assert after.received == len(feed.entries) - 15


async def test_stop_under_backpressure_then_restart_handles_every_event_once(
    tmp_path: Path,
) -> None:
    feed = FeedBuilder()
    for n in range(60):
        feed.edit(BENIGN[n % len(BENIGN)] + f" (edit {n})")
    tight = {"buffer_size": 2, "batch_size": 1, "fetch_concurrency": 2, "shutdown_grace": 600.0}
    first = await local_servers(feed.entries)
    # slow diffs keep the first run from finishing the feed before the stop lands
    first.api.server.faults.slow_all, first.api.server.faults.delay_s = True, 0.05
    try:
        async with running(settings_for(first, tmp_path, **tight)) as service:
            await service.until(lambda: service.summary().handled_total >= 5)
            # stopping now: queues full, the reader blocked handing an event over
    finally:
        await first.close()
    before = service.summary()
    second = await local_servers(feed.entries)
    try:
        async with running(settings_for(second, tmp_path)) as service:
            await service.until(lambda: before.handled_total + service.summary().handled_total
                                >= len(feed.entries) and service.service.drained())
            after = service.summary()
    finally:
        await second.close()
    assert before.handled_total < len(feed.entries)
    assert before.handled_total + after.handled_total == len(feed.entries)
