"""The service's pipeline: stream items → diff fetch → judgement → queue, in bounded stages.

Each stage is a set of tasks reading a bounded asyncio.Queue; a full queue is counted and then
waited on, so a slow judgement slows the reader (the stream server keeps the history) instead of
growing memory. One recorder task writes every outcome, in the order outcomes arrive, and is the
only writer of the stream position: the watermark (pipeline.watermark) advances over the
handled prefix, and is saved in the same store transaction as a flag or a recorded skip, or on
its own every N events / T seconds.

Visibility changes (the wikis' own suppressions, read in the same stream) need no diff and no
judgement: they go straight to the recorder, which holds each one until every event read before
it is recorded (a suppression of an edit still being judged must find the edit's outcome).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from core.edit import EditRecord
from core.settings import BATCH_SIZE
from judgement.decision import Decision
from metrics.instruments import Metrics
from metrics.vocab import SKIP_KINDS, SKIP_REASONS, label
from pipeline.fields import combine
from pipeline.known import KnownValues
from pipeline.split import SplitEdits, split_decision
from pipeline.watermark import Watermark
from store.entries import TEXT
from store.ledger import SuppressionOutcome, band
from stream.events import RecentChange
from stream.position import Position
from stream.visibility import VisibilityChange

log = logging.getLogger(__name__)

RECORDED_SKIP_KINDS = frozenset({"hidden", "error"})  # worth a row for oversighters and SREs
STORE_RETRY_MAX_S = 30.0


class StreamItem(Protocol):
    @property
    def event(self) -> RecentChange | VisibilityChange: ...

    @property
    def position(self) -> Position: ...

    @property
    def received_monotonic(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Fetched:
    """The edit to judge (its first field, and the other fields of the event), or why there is
    none (a skip reason)."""

    record: EditRecord | None
    skipped: str | None = None
    field: str = TEXT
    extra: tuple[tuple[str, EditRecord], ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    detector_seconds: Mapping[str, float] = field(default_factory=dict)
    stage_seconds: Mapping[str, float] = field(default_factory=dict)  # judgement sub-stages


class Fetcher(Protocol):
    async def __call__(self, event: RecentChange) -> Fetched: ...


class Judge(Protocol):
    async def __call__(self, records: Sequence[EditRecord]) -> Sequence[Verdict]: ...


class Sink(Protocol):
    async def enqueue(
        self, event: RecentChange, decision: Decision, position: Position | None,
        fields: tuple[str, ...] = (TEXT,), revisions: tuple[int, ...] = (),
    ) -> None: ...

    async def record_skip(
        self, event: RecentChange, reason: str, position: Position | None
    ) -> None: ...

    async def save_position(self, position: Position) -> None: ...

    def judged(self, event: RecentChange, decision: Decision) -> None:
        """Note an edit judged and not flagged (written before the next position)."""

    async def record_visibility(
        self, event: VisibilityChange, position: Position | None
    ) -> SuppressionOutcome: ...


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    fetch_concurrency: int = 16
    judge_tasks: int = 1  # concurrent pool calls (service.py: two per worker process)
    batch_size: int = BATCH_SIZE
    buffer_size: int = 64
    position_every: int = 200
    position_seconds: float = 5.0


@dataclass(slots=True)
class Work:
    seq: int
    event: RecentChange | VisibilityChange
    position: Position
    received: float  # monotonic
    record: EditRecord | None = None
    verdict: Verdict | None = None
    skip: str | None = None
    fields: list[tuple[str, EditRecord]] = field(default_factory=list)
    flagged_fields: tuple[str, ...] = ()
    revisions: tuple[int, ...] = ()  # every revision a split outing covers (pipeline.split)


class Pipeline:
    def __init__(
        self, config: PipelineConfig, fetch: Fetcher, judge: Judge, sink: Sink, metrics: Metrics,
        *, start: Position | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        known: KnownValues | None = None,
        split: SplitEdits | None = None,
    ) -> None:
        self.config = config
        self.fetch, self.judge, self.sink, self.metrics = fetch, judge, sink, metrics
        self.watermark = Watermark(start)
        self.on_failure = on_failure
        self.known = known
        self.split = split
        self.store_ok = True
        self._saved = start
        self._since_save = 0
        self._saved_at = time.monotonic()
        self._busy = 0
        self._open = 0  # events handed to the stages and not yet recorded
        self._idle = asyncio.Event()
        self._idle.set()
        self._held: dict[int, Work] = {}  # visibility changes waiting for earlier events
        size = config.buffer_size
        self.fetch_q: asyncio.Queue[Work] = asyncio.Queue(size)
        self.judge_q: asyncio.Queue[Work] = asyncio.Queue(size)
        self.record_q: asyncio.Queue[Work | None] = asyncio.Queue(size)  # None: a timer tick
        self._tasks: list[asyncio.Task[None]] = []
        self._register_buffers()

    def _register_buffers(self) -> None:
        for name, queue in (("fetch", self.fetch_q), ("judge", self.judge_q),
                            ("record", self.record_q)):
            self.metrics.buffer_items.labels(buffer=name).set_function(queue.qsize)
        self.metrics.in_flight.set_function(lambda: self.watermark.in_flight)

    def start(self) -> None:
        workers = [self._fetch_loop] * self.config.fetch_concurrency
        workers += [self._judge_loop] * self.config.judge_tasks
        workers += [self._record_loop, self._tick_loop]
        for number, loop in enumerate(workers):
            task = asyncio.create_task(loop(), name=f"pipeline-{number}")
            task.add_done_callback(self._stage_ended)
            self._tasks.append(task)

    def _stage_ended(self, task: asyncio.Task[None]) -> None:
        """A stage task never ends on its own: if one crashed (a bug), stop the service rather
        than stall with the position held; the restart resumes from the watermark."""
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        assert error is not None
        log.error("pipeline stage %s crashed: %s", task.get_name(), type(error).__name__)
        if self.on_failure is not None:
            self.on_failure(error)

    async def consume(self, items: AsyncIterable[StreamItem]) -> None:
        """Read the stream into the pipeline until it ends or the caller is cancelled."""
        async for item in items:
            seq = self.watermark.add(item.position)
            work = Work(seq, item.event, item.position, item.received_monotonic)
            if isinstance(work.event, VisibilityChange):
                await self._put(self.record_q, work, "record")
            else:
                await self._put(self.fetch_q, work, "fetch")
            # counted once handed over: an event whose hand-over was cancelled (shutdown) stays
            # unfinished in the watermark, so it is read again after the restart
            self._open += 1
            self._idle.clear()

    async def _put(self, queue: asyncio.Queue[Work] | asyncio.Queue[Work | None], work: Work,
                   name: str) -> None:
        if queue.full():
            self.metrics.buffer_overflowed(name)
        await queue.put(work)

    async def drain(self, seconds: float) -> bool:
        """Wait until every event handed to the stages is recorded; False if time ran out."""
        try:
            await asyncio.wait_for(self._idle.wait(), seconds)
        except TimeoutError:
            return False
        return True

    @property
    def idle(self) -> bool:
        return self._idle.is_set()

    async def close(self) -> None:
        """Cancel the stages (after `drain`) and save the watermark."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        position = self.watermark.position
        if position is not None and position != self._saved:
            try:
                await self.sink.save_position(position)
                self._saved = position
            except Exception as exc:
                log.error("final position save failed: %s", type(exc).__name__)
        log.info("pipeline stopped; %d events in flight left for the next start",
                 self.watermark.in_flight, extra={"count": self.watermark.in_flight})

    # Stage 1: the diff.
    async def _fetch_loop(self) -> None:
        while True:
            work = await self.fetch_q.get()
            await self._fetch_one(work)

    async def _fetch_one(self, work: Work) -> None:
        started = time.perf_counter()
        assert isinstance(work.event, RecentChange)  # visibility changes skip this stage
        try:
            fetched = await self.fetch(work.event)
        except Exception as exc:  # the client retried already; a lasting failure is a skip
            log.warning("diff fetch failed: %s", type(exc).__name__, extra={"stage": "diff_fetch"})
            fetched = Fetched(None, "fetch_error")
        self.metrics.stage_time("diff_fetch", time.perf_counter() - started)
        if fetched.record is None:
            work.skip = fetched.skipped or "empty"
            await self._put(self.record_q, work, "record")
        else:
            work.record = fetched.record
            work.fields = [(fetched.field, fetched.record), *fetched.extra]
            await self._put(self.judge_q, work, "judge")

    # Stage 2: the judgement, several edits a pool call when they are waiting.
    async def _judge_loop(self) -> None:
        while True:
            batch = [await self.judge_q.get()]
            while len(batch) < self.config.batch_size and not self.judge_q.empty():
                batch.append(self.judge_q.get_nowait())
            await self._judge_batch(batch)

    async def _judge_batch(self, batch: list[Work], retry: bool = True) -> None:
        verdicts = await self._call_judge(batch)
        if verdicts is None and retry:  # once more, one by one: only an edit that fails alone
            for work in batch:         # (or breaks a fresh pool again) is skipped
                await self._judge_batch([work], retry=False)
            return
        decided = time.monotonic()
        for index, work in enumerate(batch):
            if verdicts is None:
                work.skip = "judge_error"
            else:
                work.verdict = await self._split(work, await self._checked(work, verdicts[index]))
                self._observe_verdict(work, decided)
            await self._put(self.record_q, work, "record")

    async def _checked(self, work: Work, verdict: Verdict) -> Verdict:
        """The verdict, flagged at the top if the edit holds a value oversighters suppressed."""
        if self.known is None or work.record is None or verdict.decision.error:
            return verdict
        others = [record for _, record in work.fields[1:]]
        decision = await self.known.check(work.record, verdict.decision, others)
        if decision is verdict.decision:
            return verdict
        self.metrics.known_value_matches.inc()
        return Verdict(decision, verdict.detector_seconds, verdict.stage_seconds)

    async def _split(self, work: Work, verdict: Verdict) -> Verdict:
        """An edit that says too little alone, judged with the same account's previous edits of
        the page within the window (pipeline.split): flagged together, the request lists every
        revision."""
        split, record, event = self.split, work.record, work.event
        if (split is None or record is None or not isinstance(event, RecentChange)
                or event.rev_new is None or work.fields[0][0] != TEXT):
            return verdict
        rev, at_ms = event.rev_new, event.meta.time_ms
        earlier = split.earlier(record, at_ms)
        split.remember(record, rev, at_ms, verdict.decision)
        if verdict.decision.flag or verdict.decision.error or not earlier:
            return verdict
        try:
            together = await self.judge([split.together(record, earlier)])
        except Exception as exc:  # the edit keeps its own verdict
            log.warning("split-edit judgement failed: %s", type(exc).__name__)
            return verdict
        if len(together) != 1 or not together[0].decision.flag or together[0].decision.error:
            return verdict
        split.forget(record)
        revisions = [e.rev_id for e in earlier] + [rev]
        work.revisions = tuple(revisions)
        work.flagged_fields = (TEXT,)
        self.metrics.split_joins.inc()
        decision = split_decision(together[0].decision, revisions, split.window_s)
        return Verdict(dataclasses.replace(decision, id=verdict.decision.id),
                       verdict.detector_seconds, verdict.stage_seconds)

    async def _call_judge(self, batch: list[Work]) -> Sequence[Verdict] | None:
        """One verdict a work: its fields judged in the same pool call, then combined."""
        records = [record for work in batch for _, record in work.fields]
        self._busy += 1
        self.metrics.pool_busy.set(self._busy)
        started = time.perf_counter()
        try:
            verdicts = await self.judge(records)
        except Exception as exc:
            log.error("judgement failed: %s", type(exc).__name__, extra={"count": len(records)})
            return None
        finally:
            self._busy -= 1
            self.metrics.pool_busy.set(self._busy)
        seconds = time.perf_counter() - started
        for _ in batch:
            self.metrics.stage_time("judgement", seconds)
        if len(verdicts) != len(records):
            return None
        return self._combined(batch, verdicts)

    @staticmethod
    def _combined(batch: list[Work], verdicts: Sequence[Verdict]) -> list[Verdict]:
        out: list[Verdict] = []
        start = 0
        for work in batch:
            mine = verdicts[start:start + len(work.fields)]
            start += len(work.fields)
            decision, work.flagged_fields = combine([f for f, _ in work.fields],
                                                    [v.decision for v in mine])
            out.append(mine[0] if decision is mine[0].decision else Verdict(
                decision, _summed(v.detector_seconds for v in mine),
                _summed(v.stage_seconds for v in mine)))
        return out

    def _observe_verdict(self, work: Work, decided: float) -> None:
        self.metrics.processing.observe(max(0.0, decided - work.received))
        if work.verdict is not None:
            for detector, seconds in work.verdict.detector_seconds.items():
                self.metrics.detector_time(detector, seconds)
            for stage, seconds in work.verdict.stage_seconds.items():
                self.metrics.stage_time(stage, seconds)

    # Stage 3: the outcome and the position, one writer.
    async def _record_loop(self) -> None:
        while True:
            work = await self.record_q.get()
            if work is None:
                await self._save_if_due(force=True)
                continue
            if isinstance(work.event, VisibilityChange) and not self.watermark.is_next(work.seq):
                self._held[work.seq] = work
                continue
            await self._record_one(work)
            while self._held and self.watermark.is_next(min(self._held)):
                await self._record_one(self._held.pop(min(self._held)))

    async def _record_one(self, work: Work) -> None:
        await self._record(work)
        self._open -= 1
        if self._open == 0:
            self._idle.set()

    async def _tick_loop(self) -> None:
        """Wake the recorder every T seconds so a quiet stream still gets its position saved."""
        while True:
            await asyncio.sleep(self.config.position_seconds)
            if not self.record_q.full():
                self.record_q.put_nowait(None)

    async def _record(self, work: Work) -> None:
        position = self.watermark.after(work.seq)
        if isinstance(work.event, VisibilityChange):
            saved = await self._record_visibility(work.event, position)
        elif work.verdict is not None and not work.verdict.decision.error:
            saved = await self._record_decision(work, work.verdict.decision, position)
        else:
            saved = await self._record_skip(work, work.skip or "judge_error", position)
        self.watermark.finish(work.seq)
        self._since_save += 1
        if saved:
            self._mark_saved(position)
        else:
            await self._save_if_due()

    async def _record_decision(
        self, work: Work, decision: Decision, position: Position | None
    ) -> bool:
        assert isinstance(work.event, RecentChange)
        event = work.event
        if not decision.flag:
            self.sink.judged(event, decision)
            self.metrics.event_handled("not_flagged", event.meta.time_ms)
            return False
        started = time.perf_counter()
        fields = work.flagged_fields or (TEXT,)
        if not await self._write(lambda: self.sink.enqueue(
            event, decision, position, fields, work.revisions)):
            self.metrics.event_skipped("store_error")
            return False
        self.metrics.stage_time("enqueue", time.perf_counter() - started)
        self.metrics.flagged(decision.types)
        self.metrics.event_handled("queued", work.event.meta.time_ms)
        return position is not None

    async def _record_skip(self, work: Work, reason: str, position: Position | None) -> bool:
        self.metrics.event_skipped(reason)
        if SKIP_KINDS[label(reason, SKIP_REASONS)] not in RECORDED_SKIP_KINDS:
            return False
        event = work.event
        assert isinstance(event, RecentChange)
        written = await self._write(lambda: self.sink.record_skip(event, reason, position))
        return written and position is not None

    async def _record_visibility(self, event: VisibilityChange,
                                 position: Position | None) -> bool:
        """The wiki hid or suppressed a revision: the ledger resolves and counts it, once."""
        outcomes: list[SuppressionOutcome] = []

        async def record() -> None:
            outcomes.append(await self.sink.record_visibility(event, position))

        if not await self._write(record):
            self.metrics.event_skipped("store_error")
            return False
        self.metrics.event_handled("visibility_change", event.meta.time_ms)
        if event.hides:
            self._observe_suppression(event, outcomes[-1])
        return position is not None

    def _observe_suppression(self, event: VisibilityChange, outcome: SuppressionOutcome) -> None:
        seconds = None
        if outcome.edit_time is not None:
            seconds = (event.meta.time_ms - outcome.edit_time) / 1000
        self.metrics.suppressions.suppression(
            event.wiki, new=outcome.new, judged=outcome.judged, flagged=outcome.flagged,
            band=None if outcome.score is None else band(outcome.score), seconds=seconds,
            resolved=outcome.resolved_request is not None)

    async def _save_if_due(self, force: bool = False) -> None:
        position = self.watermark.position
        if position is None or position == self._saved:
            return
        due = self._since_save >= self.config.position_every
        if not (force or due or time.monotonic() - self._saved_at >= self.config.position_seconds):
            return
        started = time.perf_counter()
        if await self._write(lambda: self.sink.save_position(position)):
            self.metrics.stage_time("position_save", time.perf_counter() - started)
            self._mark_saved(position)

    def _mark_saved(self, position: Position | None) -> None:
        self._saved = position
        self._since_save = 0
        self._saved_at = time.monotonic()

    async def _write(self, call: Callable[[], Awaitable[object]]) -> bool:
        """Retry a store write until it succeeds (writes are idempotent): a flag is never lost
        to a database outage. A ValueError is the store refusing the values for good: False."""
        delay = 0.5
        while True:
            try:
                await call()
            except ValueError as exc:
                log.error("store refused a write: %s", type(exc).__name__)
                return False
            except Exception as exc:
                self.store_ok = False
                log.error("store write failed (%s); retrying in %.1f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, STORE_RETRY_MAX_S)
                continue
            self.store_ok = True
            return True


def _summed(timings: Iterable[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for one in timings:
        for name, seconds in one.items():
            total[name] = total.get(name, 0.0) + seconds
    return total
