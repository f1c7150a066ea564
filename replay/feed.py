"""Replay feed file format: NDJSON (optionally gzipped), one SSE frame a line.

Each line is an object:
  {"event": "message",            # SSE event name as sent
   "id": "[{...},{...}]" | null,   # the SSE id value as sent (null: the server makes one)
   "data": "{...}",                # the SSE data value as sent (may be malformed on purpose)
   "api": {KEY: {"status": 200, "headers": {...}, "body": {...}}},  # MediaWiki API answers
   "revisions": {"123": "wikitext", ...}}  # revision texts the local API may diff instead
KEY is `api_key(host, params)`: the wiki host and the request's identifying parameters, so a
recorded answer is found again whatever order or extra parameters (format, maxlag) a client uses.
The first line may be a header {"format": "outingwatch-replay", "version": 1}.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

FORMAT = "outingwatch-replay"
VERSION = 1
IDENTIFYING_PARAMS = ("action", "prop", "fromrev", "torev", "revids", "titles", "type", "ids")


class FeedError(ValueError):
    """A feed line that cannot be read; the message names the line, never its content."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    data: str
    event: str = "message"
    id: str | None = None
    api: Mapping[str, Any] = field(default_factory=dict)
    revisions: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": self.event, "id": self.id, "data": self.data}
        if self.api:
            out["api"] = dict(self.api)
        if self.revisions:
            out["revisions"] = dict(self.revisions)
        return out


def api_key(host: str, params: Mapping[str, str]) -> str:
    parts = [f"{name}={params[name]}" for name in IDENTIFYING_PARAMS if name in params]
    return f"{host} " + "&".join(parts)


def _open(path: Path, mode: str) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, mode + "b")  # type: ignore[return-value]
    return path.open(mode + "b")


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _entry(obj: Any, lineno: int) -> FeedEntry:
    if not isinstance(obj, dict) or not isinstance(obj.get("data"), str):
        raise FeedError(f"feed line {lineno}: not a feed entry")
    return FeedEntry(
        data=obj["data"],
        event=str(obj.get("event") or "message"),
        id=obj.get("id") if isinstance(obj.get("id"), str) else None,
        api=_mapping(obj.get("api")),
        revisions=_mapping(obj.get("revisions")),
    )


def read_feed(path: Path | str) -> Iterator[FeedEntry]:
    """Yield the entries of a feed file; raise FeedError on an unreadable line."""
    with _open(Path(path), "r") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                raise FeedError(f"feed line {lineno}: invalid JSON") from None
            if isinstance(obj, dict) and obj.get("format") == FORMAT:
                continue
            yield _entry(obj, lineno)


class FeedWriter:
    """Writes a feed file entry by entry (a recording survives being stopped part-way)."""

    def __init__(self, path: Path | str) -> None:
        self.count = 0
        self._fh = _open(Path(path), "w")
        self._fh.write(orjson.dumps({"format": FORMAT, "version": VERSION}) + b"\n")

    def write(self, entry: FeedEntry) -> None:
        self._fh.write(orjson.dumps(entry.to_json()) + b"\n")
        self.count += 1

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> FeedWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_feed(path: Path | str, entries: Iterable[FeedEntry]) -> int:
    """Write a feed file (gzipped when the name ends in .gz); return the number of entries."""
    with FeedWriter(path) as writer:
        for entry in entries:
            writer.write(entry)
    return writer.count
