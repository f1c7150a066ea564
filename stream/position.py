"""Where the consumer is in the stream: saved only after the event at that position is handled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Position:
    last_event_id: str  # the SSE `id` value exactly as received, sent back as Last-Event-ID
    event_time_ms: int  # the handled event's time (epoch ms): the restart point if the id expires


class PositionStore(Protocol):
    async def load(self) -> Position | None: ...

    async def save(self, position: Position) -> None: ...
