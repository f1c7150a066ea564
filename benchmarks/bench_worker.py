"""CPU of the judgement worker per judged edit, in-process, on the edits the e2e feed sends.

    .venv/bin/python -m benchmarks.bench_worker [RECORDS.jsonl] [--repeats 7] [--profile OUT]

RECORDS is a file of edit records (JSON lines, `outingwatch scan`'s input); without one, the
records the service sends to judgement on the e2e --quick feed are captured once (the ceiling
judge over the local servers, benchmarks.e2e) into benchmarks/out/. The records are judged in
batches of the service's batch size, as a pool worker judges them; the figure is the median
over the repeats of process CPU time per judged edit. `--profile` writes cProfile statistics
of one more pass.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from core.edit import EditRecord
from core.settings import Settings
from judgement.config import load_config
from judgement.judge import Judge
from judgement.pool import worker_judge

OUT = Path(__file__).resolve().parent / "out"
QUICK_FEED_EVENTS = 2_000


def read_records(path: Path) -> list[EditRecord]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [EditRecord.from_json(json.loads(line)) for line in lines if line.strip()]


def default_records() -> Path:
    """The e2e --quick feed's judged records, captured once."""
    from benchmarks.e2e.capture import capture
    from benchmarks.e2e.feed import FeedSpec, ensure_feed

    info = ensure_feed(FeedSpec(events=QUICK_FEED_EVENTS), OUT)
    path = OUT / f"{info.path.name.split('.')[0]}-records.jsonl"
    if not path.exists():
        capture(info.path, info.events, path)
    return path


def batches(records: Sequence[EditRecord], size: int) -> list[list[EditRecord]]:
    return [list(records[i : i + size]) for i in range(0, len(records), size)]


def one_pass(judge: Judge, groups: list[list[EditRecord]]) -> float:
    """CPU seconds for judging every batch once."""
    started = time.process_time()
    for group in groups:
        judge.judge_many(group)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, nargs="?", default=None)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--profile", type=Path, default=None, help="cProfile output file")
    args = parser.parse_args(argv)
    records = read_records(args.records or default_records())
    groups = batches(records, Settings().batch_size)
    judge = worker_judge(load_config())
    one_pass(judge, groups[:20])  # caches as a running worker has them
    runs = [one_pass(judge, groups) * 1000 / len(records) for _ in range(args.repeats)]
    print(f"{len(records)} edits, batches of {len(groups[0])}: CPU ms per judged edit, median "
          f"{statistics.median(runs):.3f} (runs: {', '.join(f'{r:.3f}' for r in runs)})")
    if args.profile is not None:
        profiler = cProfile.Profile()
        profiler.runcall(one_pass, judge, groups)
        profiler.dump_stats(str(args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
