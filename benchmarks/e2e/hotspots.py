"""Where the time goes: py-spy's folded stacks (`--format raw`) summed per function.

    python -m benchmarks.e2e.hotspots FOLDED.txt [--top 25]

Prints, per process (the event loop, each judgement worker), the functions with the largest
share of samples, inclusive (on the stack) and self (at the top of the stack).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

PROCESS = re.compile(r"^process (\d+):?\"?([^;]*)")


def parse(text: str) -> dict[str, list[tuple[list[str], int]]]:
    """Stacks (outermost first) with their sample counts, by process."""
    stacks: dict[str, list[tuple[list[str], int]]] = defaultdict(list)
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        # with --subprocesses a worker's stack starts with its parent's process frame, then its own
        heads = [i for i, frame in enumerate(frames) if frame.startswith("process ")]
        process = frames[heads[-1]] if heads else "process"
        body = frames[heads[-1] + 1 :] if heads else frames
        stacks[_short(process)].append(([_frame(f) for f in body], int(count)))
    return stacks


def _short(process: str) -> str:
    match = PROCESS.match(process)
    if match is None:
        return process
    kind = "worker process" if "multiprocessing" in process else "service (event loop)"
    return f"{kind} {match.group(1)}"


def _frame(frame: str) -> str:
    """`function (path/file.py:line)` -> `function (file.py)`."""
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    return f"{name} ({'/'.join(Path(path).parts[-2:])})" if path else name


def shares(stacks: list[tuple[list[str], int]]) -> tuple[int, Counter[str], Counter[str]]:
    total, inclusive, own = 0, Counter[str](), Counter[str]()
    for frames, count in stacks:
        total += count
        for frame in set(frames):
            inclusive[frame] += count
        if frames:
            own[frames[-1]] += count
    return total, inclusive, own


def render(stacks: dict[str, list[tuple[list[str], int]]], top: int) -> str:
    out: list[str] = []
    for process, items in sorted(stacks.items(), key=lambda kv: -sum(c for _, c in kv[1])):
        total, inclusive, own = shares(items)
        out.append(f"== {process}: {total} samples")
        out.append("   inclusive:")
        out += [f"   {n / total:6.1%}  {f}" for f, n in inclusive.most_common(top)]
        out.append("   self:")
        out += [f"   {n / total:6.1%}  {f}" for f, n in own.most_common(top)]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e.hotspots")
    parser.add_argument("folded", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    print(render(parse(args.folded.read_text(encoding="utf-8")), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
