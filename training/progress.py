"""A progress line on a terminal (stderr), silent when stderr is not one."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total = label, max(total, 1)
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()
        self.started = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        if total:
            self.total = total
        now = time.monotonic()
        if not self.shown or (now - self._last < 0.2 and done < self.total):
            return
        self._last = now
        rate = done / max(now - self.started, 1e-6)
        left = (self.total - done) / rate if rate > 0 else 0.0
        bar = "#" * int(30 * done / self.total)
        self.stream.write(f"\r{self.label} [{bar:<30}] {done}/{self.total} "
                          f"{rate:,.0f}/s, {left:,.0f} s left ")
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
