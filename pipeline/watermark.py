"""The stream position that is safe to save: the last event of the handled prefix, in order.

Events finish out of order (diffs and judgements run concurrently), but a position covers every
event before it. So each event gets a sequence number when it is read, and the watermark
advances only over the contiguous run of finished ones: a restart resumes after the last event
whose predecessors were all handled, never skipping one still in flight.
"""

from __future__ import annotations

from stream.position import Position


class Watermark:
    def __init__(self, position: Position | None = None) -> None:
        self.position = position  # the newest position every earlier event of which is finished
        self._next = 0
        self._low = 0  # the oldest unfinished sequence number
        self._positions: dict[int, Position] = {}
        self._finished: set[int] = set()

    def add(self, position: Position) -> int:
        """Register an event just read; return its sequence number."""
        seq = self._next
        self._positions[seq] = position
        self._next += 1
        return seq

    def finish(self, seq: int) -> Position | None:
        """Mark an event finished; return the (possibly advanced) watermark position."""
        if seq < self._low or seq >= self._next:
            raise ValueError(f"unknown sequence number {seq}")
        self._finished.add(seq)
        while self._low in self._finished:
            self._finished.remove(self._low)
            self.position = self._positions.pop(self._low)
            self._low += 1
        return self.position

    def after(self, seq: int) -> Position | None:
        """The position `finish(seq)` would return, without finishing it (to save it first)."""
        if seq != self._low:
            return self.position
        last = seq
        while last + 1 in self._finished:
            last += 1
        return self._positions[last]

    def is_next(self, seq: int) -> bool:
        """Whether every event read before `seq` is finished."""
        return seq == self._low

    @property
    def in_flight(self) -> int:
        """Events read but not yet covered by the watermark."""
        return self._next - self._low
