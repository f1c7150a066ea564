"""CPU time and resident memory of a process tree, read from /proc (psutil is not a dependency).

A sampler thread polls the tree every 100 ms: CPU is the sum of user+system time of the live
processes plus what the root collected from children that ended; RSS is the sum of VmRSS.
"""

from __future__ import annotations

import bisect
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
PROC = Path("/proc")


def children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list((PROC / str(pid) / "task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def tree(root: int) -> list[int]:
    """`root` and every descendant alive now."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += children(pid)
    return pids


def cpu_seconds(pid: int, with_reaped: bool = False) -> float:
    """User+system seconds of `pid` (and of its children it has waited for)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2 :].split()
    # fields[11..14] are utime, stime, cutime, cstime (stat fields 14-17)
    used = int(fields[11]) + int(fields[12])
    if with_reaped:
        used += int(fields[13]) + int(fields[14])
    return used / TICKS


def rss_bytes(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return 0
    return 0


@dataclass(frozen=True, slots=True)
class Sample:
    at: float  # wall time (time.time(): comparable across processes)
    cpu_s: float
    rss: int
    processes: int


def sample(root: int) -> Sample:
    pids = tree(root)
    cpu = sum(cpu_seconds(pid, with_reaped=pid == root) for pid in pids)
    return Sample(time.time(), cpu, sum(rss_bytes(pid) for pid in pids), len(pids))


@dataclass
class Sampler:
    """Polls the trees of `roots` (name -> pid) in a thread until stopped."""

    roots: dict[str, int]
    every_s: float = 0.1
    samples: dict[str, list[Sample]] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self.samples = {name: [] for name in self.roots}
        self._thread = threading.Thread(target=self._run, name="proc-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for name, pid in self.roots.items():
                self.samples[name].append(sample(pid))
            self._stop.wait(self.every_s)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def peak_rss(self, name: str) -> int:
        return max((s.rss for s in self.samples.get(name, [])), default=0)

    def cpu_between(self, name: str, start: float, end: float) -> float:
        """CPU seconds the tree used from wall time `start` to `end` (nearest samples)."""
        samples = self.samples.get(name, [])
        if not samples:
            return 0.0
        return _at(samples, end).cpu_s - _at(samples, start).cpu_s


def _at(samples: list[Sample], when: float) -> Sample:
    times = [s.at for s in samples]
    index = min(bisect.bisect_left(times, when), len(samples) - 1)
    return samples[index]
