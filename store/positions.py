"""The store seen as the stream consumer's PositionStore, for one consumer name."""

from __future__ import annotations

from typing import Protocol

from stream.position import Position


class _PositionBackend(Protocol):
    async def load_position(self, *, consumer: str) -> Position | None: ...

    async def save_position(self, position: Position, *, consumer: str) -> None: ...


class StorePositions:
    def __init__(self, backend: _PositionBackend, consumer: str) -> None:
        self._backend = backend
        self.consumer = consumer

    async def load(self) -> Position | None:
        return await self._backend.load_position(consumer=self.consumer)

    async def save(self, position: Position) -> None:
        await self._backend.save_position(position, consumer=self.consumer)
