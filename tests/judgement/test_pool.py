"""JudgePool: worker processes with the model loaded once, the same decisions as in-process."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from judgement.config import JudgeConfig
from judgement.judge import Judge
from judgement.pool import JudgePool, worker_judge
from tests.judgement.conftest import edit

TEXTS = [
    "I got your number from the choir list, 07700 900123, so expect a call.",
    "Thanks for fixing the categories on my uploads!",
    "Stormpetrel keeps editing logged out as 198.51.100.44 again.",
]


async def test_pool_judges_like_the_in_process_judge(config: JudgeConfig, judge: Judge) -> None:
    records = [edit(text) for text in TEXTS]
    pool = JudgePool(2, config)
    try:
        await pool.start()
        batch = await pool.judge_batch(records)
        single = await pool.judge(records[0])
    finally:
        pool.close()
    local = judge.judge_many(records)
    assert [j.decision for j in batch] == [j.decision for j in local]
    assert single.decision == local[0].decision
    assert all(isinstance(v, float) for j in batch for v in j.timings.values())
    assert "patterns" in batch[0].timings


async def test_workers_busy_counts_batches_in_flight(config: JudgeConfig) -> None:
    pool = JudgePool(1, config)
    try:
        await pool.start()
        assert pool.workers_busy == 0
        task = asyncio.create_task(pool.judge_batch([edit(TEXTS[0])] * 20))
        await asyncio.sleep(0)
        busy_while_running = pool.workers_busy
        await task
    finally:
        pool.close()
    assert busy_while_running == 1
    assert pool.workers_busy == 0


async def test_terminate_breaks_the_pool_so_callers_can_replace_it(config: JudgeConfig) -> None:
    pool = JudgePool(1, config)
    try:
        await pool.start()
        pool.terminate()
        with pytest.raises(BrokenProcessPool):
            await pool.judge_batch([edit(TEXTS[1])])
    finally:
        pool.close()


async def test_workers_outlive_ctrl_c(config: JudgeConfig) -> None:
    """Ctrl-C in a terminal interrupts every process of the group; the service shuts down on
    its own, so its workers must go on judging what is in flight."""
    pool = JudgePool(1, config)
    try:
        await pool.start()
        for pid in pool.pids:
            os.kill(pid, signal.SIGINT)
        await asyncio.sleep(0.3)
        judged = await pool.judge_batch([edit(TEXTS[1])])
    finally:
        pool.close()
    assert judged[0].decision.error == ""


def _started_at() -> tuple[int, float]:
    started = time.monotonic()
    time.sleep(1.0)
    return os.getpid(), started


async def test_start_waits_for_every_worker(config: JudgeConfig) -> None:
    """After start() every worker has loaded the model: as many calls as workers, sent at once,
    run side by side, none waits for a worker still loading."""
    pool = JudgePool(2, config)
    try:
        await pool.start()
        loop = asyncio.get_running_loop()
        sent = time.monotonic()
        calls = [loop.run_in_executor(pool._executor, _started_at) for _ in range(2)]
        answers = await asyncio.gather(*calls)
    finally:
        pool.close()
    assert len(pool.pids) == 2
    assert {pid for pid, _ in answers} == pool.pids
    assert all(started - sent < 0.5 for _, started in answers)


def test_a_worker_judge_is_warm_and_out_of_the_collectors_way(config: JudgeConfig) -> None:
    before = gc.get_freeze_count()
    try:
        judge = worker_judge(config)
        assert gc.get_freeze_count() > before
        assert judge._cues  # warmed: every language's cue scans built
    finally:
        gc.unfreeze()
