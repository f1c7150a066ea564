"""The service survives what production does to it: a judgement process killed or hung mid-run
(the pool is replaced and every edit is still judged), and a store that refuses a value (counted
as a skip, the pipeline moves on instead of retrying forever)."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

from stream.faults import ServerSettings
from tests.service.feeds import BENIGN, OUTING, FeedBuilder
from tests.service.rig import local_servers, running, settings_for


def spawned_workers() -> list[int]:
    """This process's children started by multiprocessing's spawn (the judgement workers)."""
    me = os.getpid()
    children: list[int] = []
    for task in Path(f"/proc/{me}/task").iterdir():
        text = (task / "children").read_text().split()
        children += [int(pid) for pid in text]
    return [pid for pid in children
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


async def test_a_killed_judgement_process_loses_no_edit(tmp_path: Path) -> None:
    feed = FeedBuilder()
    for n in range(30):
        feed.edit(BENIGN[n % len(BENIGN)] + f" (edit {n})")
    local = await local_servers(feed.entries, ServerSettings(keep_open=True, pace=10.0))
    try:
        async with running(settings_for(local, tmp_path)) as service:
            await service.until(lambda: service.summary().handled_total >= 5)
            workers = spawned_workers()
            assert workers
            for pid in workers:
                os.kill(pid, signal.SIGKILL)
            await service.until_drained(len(feed.entries))
            summary = service.summary()
            _, metrics = await service.get("/metrics")
    finally:
        await local.close()
    assert summary.handled_total == len(feed.entries)
    assert "judge_error" not in summary.skipped
    assert "outingwatch_pool_restarts_total 1.0" in metrics


async def test_a_refused_write_is_a_skip_not_a_stall(tmp_path: Path) -> None:
    feed = FeedBuilder()
    feed.edit(OUTING[0], wiki="w" * 65)  # the store accepts wiki names of 1-64 characters
    for n in range(5):
        feed.edit(BENIGN[n % len(BENIGN)])
    feed.edit(OUTING[1])
    local = await local_servers(feed.entries)
    try:
        async with running(settings_for(local, tmp_path)) as service:
            await service.until_drained(len(feed.entries))
            summary = service.summary()
            queued = await service.requests()
            ready = service.service.readiness()
    finally:
        await local.close()
    assert summary.skipped == {"store_error": 1}
    assert summary.handled_total == len(feed.entries) - 1
    assert [r.wiki for r in queued] == ["enwiki"]
    assert ready.store_writable


async def test_a_hung_judgement_process_is_replaced(tmp_path: Path) -> None:
    feed = FeedBuilder()
    for n in range(20):
        feed.edit(BENIGN[n % len(BENIGN)] + f" (edit {n})")
    local = await local_servers(feed.entries, ServerSettings(keep_open=True, pace=10.0))
    stopped: list[int] = []
    try:
        async with running(settings_for(local, tmp_path, judge_timeout=5.0)) as service:
            await service.until(lambda: service.summary().handled_total >= 3)
            stopped = spawned_workers()
            for pid in stopped:
                os.kill(pid, signal.SIGSTOP)  # a worker stuck on a pathological text
            await service.until_drained(len(feed.entries))
            summary = service.summary()
            _, metrics = await service.get("/metrics")
    finally:
        await local.close()
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert stopped
    assert summary.handled_total == len(feed.entries)
    assert "judge_error" not in summary.skipped
    assert "outingwatch_pool_restarts_total 1.0" in metrics
