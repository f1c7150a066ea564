"""CPU per judged edit of two checkouts, measured alternately in two long-lived processes.

    .venv/bin/python -m benchmarks.ab_worker OLD_TREE NEW_TREE [RECORDS.jsonl] [--rounds 12]

On a shared, noisy machine, whole runs of bench_worker one after the other differ by 10-20%
from one run to the next. Here each tree's judge is loaded once (as a pool worker builds it:
`worker_judge` where the tree has it), then both judge the same quarter of the records in turn
(ABBA order), quarter after quarter: a burst of load elsewhere falls on both. Printed: each
side's CPU ms per judged edit per round, their medians, and the median of the per-quarter
ratios NEW/OLD. Each side runs this file with its own tree first on the import path, so an
older tree needs nothing of it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

QUARTERS = 4
DEFAULT_RECORDS = Path(__file__).resolve().parent / "out" / "feed-2000-200-0-records.jsonl"


def serve(records: Path) -> None:
    """One side: judge slice `k` of `n` for each "k n" line read, print CPU ms per edit."""
    from benchmarks.bench_worker import batches, one_pass, read_records
    from core.settings import Settings
    from judgement.config import load_config

    groups = batches(read_records(records), Settings().batch_size)
    try:
        from judgement.pool import worker_judge
    except ImportError:  # a tree from before worker_judge
        from judgement.judge import Judge

        judge = Judge(load_config())
        judge.warm()
    else:
        judge = worker_judge(load_config())
    one_pass(judge, groups)  # caches as a running worker has them
    print("ready", flush=True)
    for line in sys.stdin:
        k, n = map(int, line.split())
        part = groups[k * len(groups) // n : (k + 1) * len(groups) // n]
        print(f"{one_pass(judge, part) * 1000 / sum(map(len, part)):.4f}", flush=True)


class _Side:
    def __init__(self, tree: Path, records: Path) -> None:
        self.process = subprocess.Popen(
            [str(tree / ".venv" / "bin" / "python"), str(Path(__file__).resolve()), "--serve",
             str(records)], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if self._line() != "ready":
            raise RuntimeError(f"the judge in {tree} did not start")

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def judge(self, k: int) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{k} {QUARTERS}\n")
        self.process.stdin.flush()
        return float(self._line())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def compare(old: Path, new: Path, records: Path, rounds: int) -> str:
    sides = {"old": _Side(old, records), "new": _Side(new, records)}
    passes: dict[str, list[float]] = {"old": [], "new": []}
    ratios: list[float] = []
    try:
        for r in range(rounds):
            total = {"old": 0.0, "new": 0.0}
            for k in range(QUARTERS):
                order = ("old", "new") if (r + k) % 2 == 0 else ("new", "old")
                got = {side: sides[side].judge(k) for side in order}
                ratios.append(got["new"] / got["old"])
                for side, ms in got.items():
                    total[side] += ms / QUARTERS
            for side, ms in total.items():
                passes[side].append(ms)
    finally:
        for process in sides.values():
            process.close()
    a, b = statistics.median(passes["old"]), statistics.median(passes["new"])
    return "\n".join([
        "old " + " ".join(f"{x:.3f}" for x in passes["old"]),
        "new " + " ".join(f"{x:.3f}" for x in passes["new"]),
        f"median CPU ms per judged edit: old {a:.3f}, new {b:.3f} ({100 * (a - b) / a:.1f}% less);"
        f" median of {len(ratios)} quarter ratios new/old {statistics.median(ratios):.3f}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("old", type=Path, nargs="?")
    parser.add_argument("new", type=Path, nargs="?")
    parser.add_argument("records", type=Path, nargs="?", default=DEFAULT_RECORDS)
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    if args.old is None or args.new is None:
        parser.error("two trees to compare")
    print(compare(args.old.resolve(), args.new.resolve(), args.records.resolve(), args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
