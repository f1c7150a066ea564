"""Features of many records, in worker processes (spaCy once per worker), in input order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence

from core.edit import EditRecord
from judgement.config import JudgeConfig
from judgement.judge import Judge

CHUNK = 32
_judge: Judge | None = None


def rules_only(config: JudgeConfig) -> JudgeConfig:
    return JudgeConfig({**config.data, "scorer": "rules"}, config.source)


def _init(config: JudgeConfig) -> None:
    global _judge  # noqa: PLW0603 - one judge per worker process
    _judge = Judge(rules_only(config))


def _features(records: Sequence[EditRecord]) -> list[tuple[list[float], str] | None]:  # Item
    assert _judge is not None
    return _judge.features_many(records)


Item = tuple[list[float], str] | None


def features(records: Sequence[EditRecord], config: JudgeConfig, jobs: int,
             progress: Callable[[int, int], None] | None = None) -> list[Item]:
    chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
    rows: list[Item] = []
    if jobs <= 1:
        _init(config)
        for chunk in chunks:
            rows.extend(_features(chunk))
            if progress:
                progress(len(rows), len(records))
        return rows
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init, initargs=(config,)) as pool:
        for part in pool.imap(_features, chunks):
            rows.extend(part)
            if progress:
                progress(len(rows), len(records))
    return rows
