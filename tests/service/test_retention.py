"""Retention runs inside the service: excerpts of requests resolved longer ago than
OUTINGWATCH_RETENTION_DAYS are purged, recent ones and pending ones are kept."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from store.model import SuppressionRequest
from store.open import open_store
from tests.service.feeds import FeedBuilder
from tests.service.rig import local_servers, running, settings_for

DAY_S = 86_400.0


def frozen(at: float) -> Callable[[], float]:
    return lambda: at


def request(rev_id: int) -> SuppressionRequest:
    return SuppressionRequest(
        wiki="enwiki", rev_id=rev_id, rc_id=None, server_url="https://en.wikipedia.org",
        server_name="en.wikipedia.org", script_path="/w", namespace=3, title="User talk:X",
        user="Y", event_time=0, score=0.9, types=("email",), reasons=("r",),
        excerpt=f"masked excerpt {rev_id}",
    )


async def test_the_service_purges_old_resolved_excerpts(tmp_path: Path) -> None:
    feed = FeedBuilder()
    feed.edit("Thanks for the photo.")
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, retention_days=3)
    ids: list[int] = []
    for age_days, resolve in ((10, True), (1, True), (10, False)):
        store = await open_store(settings.database, clock=frozen(time.time() - age_days * DAY_S))
        request_id, _ = await store.enqueue(request(100 + len(ids)))
        if resolve:
            await store.claim(request_id, "oversighter", 600)
            await store.resolve(request_id, "oversighter", "dismissed")
        ids.append(request_id)
        await store.close()
    try:
        async with running(settings) as service:
            await service.until_drained(len(feed.entries))
            store = service.service.store
            for _ in range(200):  # the purge task runs at start; a guard against a hang only
                if (await store.get(ids[0])).excerpt == "":
                    break
                await asyncio.sleep(0.05)
            old, recent, pending = [await store.get(i) for i in ids]
    finally:
        await local.close()
    assert old.excerpt == ""
    assert recent.excerpt == "masked excerpt 101"
    assert pending.excerpt == "masked excerpt 102"
