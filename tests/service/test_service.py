"""The whole service over loopback: the queue holds exactly what `outingwatch scan` decides for
the same edits, the metrics agree with the feed, health and readiness answer, and a graceful
stop followed by a restart handles every event exactly once."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path

from core.adapters import edit_record, judge_config
from core.edit import EditRecord
from judgement.batch import judge_lines
from judgement.judged import Judged
from stream.events import EventError, parse_event
from stream.faults import ConnectionPlan, ServerSettings
from tests.service.feeds import BENIGN, FeedBuilder, standard_feed
from tests.service.rig import local_servers, running, settings_for
from wiki.client import MediaWikiClient
from wiki.config import ApiConfig
from wiki.site import Site


async def scan_records(api_base: str, feed: FeedBuilder) -> list[EditRecord]:
    """The judged edits as edit records, fetched independently of the service."""
    records = []
    seen: set[str] = set()
    async with MediaWikiClient(ApiConfig(api_base_url=api_base)) as client:
        for entry in feed.entries:
            try:
                event = parse_event(entry.data)
            except EventError:
                continue
            if (event.wiki, event.rev_new) not in feed.judged or event.meta.id in seen:
                continue
            seen.add(event.meta.id)
            site = Site(event.server_url, event.server_script_path, event.server_name)
            fetched = await client.fetch_added(site, event.rev_old, event.rev_new or 0)
            records.append(edit_record(event, fetched))
    return records


def scan(records: list[EditRecord], settings_key: object) -> list[Judged]:
    """`outingwatch scan`'s code path, in this process."""
    lines = [json.dumps({
        "id": r.id, "wiki": r.wiki, "server_name": r.server_name, "namespace": r.namespace,
        "title": r.title, "user": r.user, "type": r.type, "comment": r.comment,
        "added": r.added, "removed": r.removed}) for r in records]
    return list(judge_lines(lines, settings_key, 0))  # type: ignore[arg-type]


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
        records = await scan_records(local.api.base_url, feed)
    finally:
        await local.close()
    assert status == 200
    assert json.loads(ready) == {"ready": True, "stream_connected": True, "model_loaded": True,
                                 "store_writable": True}
    judged = await asyncio.to_thread(scan, records, judge_config(settings))
    flagged = {j.decision.id: j.decision for j in judged if j.decision.flag}
    assert len(records) == len(feed.judged)
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
                               "type": 1, "nosuchrevid": 1}
    expected_types = Counter(t for d in flagged.values() for t in set(d.types))
    assert summary.flags == dict(expected_types)
    assert 'outingwatch_queue_depth{state="pending"} ' + f"{len(flagged)}.0" in metrics_text


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
