"""Judging a stream of JSON lines in input order, in-process or with a JudgePool.

A line that is not a valid edit record becomes a decision with a content-free `error`, never
an exception. The same code serves `outingwatch scan` and `outingwatch eval`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from core.edit import EditRecord
from judgement.config import JudgeConfig
from judgement.decision import Decision
from judgement.judged import Judged

BATCH = 32


@dataclass
class Line:
    number: int
    record: EditRecord | None = None
    error: str = ""


@dataclass
class Totals:
    judged: int = 0
    flagged: int = 0
    errors: int = 0
    ner: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    def add(self, judged: Judged) -> None:
        self.judged += 1
        self.flagged += judged.decision.flag
        self.errors += bool(judged.decision.error)
        self.ner += judged.used_ner
        for stage, seconds in judged.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds


def parse(number: int, raw: str) -> Line:
    try:
        obj = json.loads(raw)
    except ValueError:
        return Line(number, error=f"line {number}: not valid JSON")
    if not isinstance(obj, dict):
        return Line(number, error=f"line {number}: not a JSON object")
    try:
        return Line(number, EditRecord.from_json(obj))
    except ValueError as exc:
        return Line(number, error=f"line {number}: {exc}")


def read_lines(lines: Iterable[str]) -> Iterator[Line]:
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            yield parse(number, raw)


def _failed(line: Line) -> Judged:
    return Judged(Decision(f"line-{line.number}", False, 0.0, error=line.error))


def chunks(lines: Iterable[Line], size: int = BATCH) -> Iterator[list[Line]]:
    batch: list[Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _merge(batch: list[Line], judged: list[Judged]) -> list[Judged]:
    results = iter(judged)
    return [next(results) if line.record is not None else _failed(line) for line in batch]


def _records(batch: list[Line]) -> list[EditRecord]:
    return [line.record for line in batch if line.record is not None]


def judge_lines(lines: Iterable[str], config: JudgeConfig, jobs: int) -> Iterator[Judged]:
    """Judged results in input order: in this process (jobs=0) or with `jobs` workers."""
    if jobs <= 0:
        from judgement.judge import Judge

        judge = Judge(config)
        for batch in chunks(read_lines(lines)):
            yield from _merge(batch, judge.judge_many(_records(batch)))
        return
    yield from asyncio.run(_pooled(list(read_lines(lines)), config, jobs))


async def _pooled(lines: list[Line], config: JudgeConfig, jobs: int) -> list[Judged]:
    from judgement.pool import JudgePool

    pool = JudgePool(jobs, config)
    try:
        await pool.start()
        batches = list(chunks(lines))
        judged = await asyncio.gather(*(pool.judge_batch(_records(b)) for b in batches))
        return [j for batch, got in zip(batches, judged, strict=True) for j in _merge(batch, got)]
    finally:
        pool.close()
