"""A PositionStore in a small JSON file, replaced atomically (write, fsync, rename, fsync dir)."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import orjson

from stream.position import Position

log = logging.getLogger(__name__)


class PositionFileError(RuntimeError):
    """The position file exists but cannot be used: starting elsewhere could lose events."""


def _read(path: Path) -> Position | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        obj = orjson.loads(raw)
        return Position(str(obj["last_event_id"]), int(obj["event_time_ms"]))
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        raise PositionFileError(f"unreadable position file {path}") from None


def _write(path: Path, position: Position) -> None:
    body = {"last_event_id": position.last_event_id, "event_time_ms": position.event_time_ms}
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(orjson.dumps(body))
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class FilePositionStore:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    async def load(self) -> Position | None:
        return await asyncio.to_thread(_read, self.path)

    async def save(self, position: Position) -> None:
        await asyncio.to_thread(_write, self.path, position)


class MemoryPositionStore:
    """For tests and one-shot tools: the position lives as long as the object."""

    def __init__(self, position: Position | None = None) -> None:
        self.position = position

    async def load(self) -> Position | None:
        return self.position

    async def save(self, position: Position) -> None:
        self.position = position
