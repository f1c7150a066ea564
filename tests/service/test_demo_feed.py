"""Done-when test of the assembly, on the bundled demo feed: the requests the service queues are
exactly those `outingwatch scan` decides for the same edits (and the outing split over two
edits, which only the two judged together flag), and the metrics' counters agree with
the feed (received, judged, skipped by reason, flags by type)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

import pytest

from cli.replay import DEMO_FEED
from pipeline.adapters import judge_config
from replay import build_demo
from replay.feed import read_feed
from tests.service.rig import local_servers, running, settings_for
from tests.service.scanning import expect, scan

pytestmark = pytest.mark.slow


async def test_the_demo_feed_end_to_end(tmp_path: Path) -> None:
    entries = list(read_feed(DEMO_FEED))
    local = await local_servers(entries)
    settings = settings_for(local, tmp_path, stream_url=local.stream.both_url)
    try:
        async with running(settings) as service:
            await service.until_drained(len(entries))
            queued = await service.requests()
            summary = service.summary()
        expected = await expect(entries, local.api.base_url)
    finally:
        await local.close()
    judged = await asyncio.to_thread(scan, expected.records, judge_config(settings))
    decisions = expected.decisions(judged)  # every field of an event, combined
    flagged = {key: d for key, d in decisions.items() if d.flag}
    assert len(flagged) >= 20, "the demo mixes the corpus's outing examples in"
    # the demo's outing split over two edits: each unflagged alone, queued as one request
    # (real talk threads may hold joins of their own: an account's comment greeting someone by
    # a name, then another; each is still a request of edits unflagged alone)
    split = [r for r in queued if len(r.revisions) > 1]
    planted = {c.title for c in build_demo.split_changes(random.Random(build_demo.SEED + 2))}
    assert [len(r.revisions) for r in split if r.title in planted] == [2]
    assert all(not decisions[f"{r.wiki}:{rev}"].flag for r in split for rev in r.revisions)
    single = [r for r in queued if len(r.revisions) <= 1]
    assert {f"{r.wiki}:{r.rev_id}" for r in single} == set(flagged)
    for request in single:
        decision = flagged[f"{request.wiki}:{request.rev_id}"]
        assert (request.types, request.excerpt) == (decision.types, decision.excerpt)
    assert summary.received == len(entries)
    assert summary.handled_total == len(expected.events) + expected.visibility_changes
    assert summary.handled.get("visibility_change", 0) == expected.visibility_changes >= 40
    assert summary.handled.get("queued", 0) == len(flagged) + len(split)
    assert summary.skipped == dict(expected.skipped)
    types = [*(d.types for d in flagged.values()), *(r.types for r in split)]
    assert summary.flags == dict(Counter(t for one in types for t in set(one)))
