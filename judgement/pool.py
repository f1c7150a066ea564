"""A process pool of judges: spaCy never runs in the event loop.

Created once at start-up (spawn context: no forked model or event-loop state); each worker
builds one Judge and loads the model in its initializer. Workers return plain `Judged` values
(decisions and timings); metrics are recorded by the caller in the event-loop process.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from core.edit import EditRecord
from judgement.config import JudgeConfig
from judgement.judge import Judge
from judgement.judged import Judged

_judge: Judge | None = None


def worker_judge(config: JudgeConfig) -> Judge:
    """A judge as a worker holds it: warmed (the models loaded, one edit judged now, not on
    the first edits), and what it built set aside from the garbage collector. The models are
    some 170,000 objects that live as long as the worker; each full collection walked them
    all again (about 0.1 s, every couple of thousand edits), finding nothing to free."""
    judge = Judge(config)
    judge.warm()
    gc.collect()
    gc.freeze()
    return judge


def _init_worker(config: JudgeConfig) -> None:
    global _judge  # noqa: PLW0603 - one judge per worker process, built by the initializer
    # Ctrl-C reaches the whole process group: the service shuts down and lets the calls in
    # flight finish; a worker that died of it would lose them (and print a traceback).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _judge = worker_judge(config)


def _judge_batch(records: Sequence[EditRecord]) -> list[Judged]:
    if _judge is None:
        raise RuntimeError("judge worker used before its initializer ran")
    return _judge.judge_many(records)


def _quick_batch(records: Sequence[EditRecord]) -> list[Judged]:
    if _judge is None:
        raise RuntimeError("judge worker used before its initializer ran")
    return [_judge.quick(record) for record in records]


def _ready() -> int:
    """This worker's process id (a call only reaches a worker after its initializer ran), held
    a moment so that the other calls of the round go to the other workers."""
    time.sleep(_READY_HOLD_S)
    return os.getpid()


_READY_HOLD_S = 0.01


class JudgePool:
    def __init__(self, workers: int, config: JudgeConfig, context: str = "spawn") -> None:
        if workers < 1:
            raise ValueError("JudgePool needs at least one worker")
        self.workers = workers
        self.pids: frozenset[int] = frozenset()  # the worker processes, once started
        self._busy = 0
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context(context),
            initializer=_init_worker, initargs=(config,),
        )

    @property
    def workers_busy(self) -> int:
        """How many workers are judging right now (batches in flight, at most `workers`)."""
        return min(self._busy, self.workers)

    async def start(self) -> None:
        """Wait until every worker has loaded the model (call at start-up): until each worker
        process has answered. One that loaded first may answer a whole round of calls while
        another still loads; so rounds go on until every one has."""
        loop = asyncio.get_running_loop()
        answered: set[int] = set()
        while len(answered) < self.workers:
            calls = [loop.run_in_executor(self._executor, _ready) for _ in range(self.workers)]
            answered.update(await asyncio.gather(*calls))
        self.pids = frozenset(answered)

    async def judge(self, record: EditRecord) -> Judged:
        return (await self.judge_batch([record]))[0]

    async def judge_batch(self, records: Sequence[EditRecord]) -> list[Judged]:
        return await self._run(_judge_batch, records)

    async def quick_batch(self, records: Sequence[EditRecord]) -> list[Judged]:
        """Only the quick checks (judgement/quick.py), for edits whose judgement timed out."""
        return await self._run(_quick_batch, records)

    async def _run(self, work: Callable[[Sequence[EditRecord]], list[Judged]],
                   records: Sequence[EditRecord]) -> list[Judged]:
        if not records:
            return []
        loop = asyncio.get_running_loop()
        self._busy += 1
        try:
            return await loop.run_in_executor(self._executor, work, list(records))
        finally:
            self._busy -= 1

    def terminate(self) -> None:
        """Kill the worker processes now: a hung worker (a pathological text) cannot be
        cancelled. The executor then reports itself broken and every waiting call fails with
        BrokenProcessPool; make a new pool to go on."""
        # ProcessPoolExecutor has no public handle on its processes; this class owns it.
        processes = getattr(self._executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
