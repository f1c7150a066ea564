"""Incremental Server-Sent Events parser: byte chunks in, frames out (WHATWG event-stream rules).

Lines end in CRLF, LF or CR; a blank line ends a frame; `:` starts a comment; a field without a
colon has an empty value; one space after the colon is dropped. A chunk may end anywhere, even
between CR and LF. A frame larger than `max_frame_bytes` is discarded as it arrives (so a hostile
server cannot grow memory) and reported once as `too_large`, keeping its `event` and `id`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EOL = re.compile(rb"\r\n|\r|\n")
DEFAULT_MAX_FRAME_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Frame:
    event: str  # "message" unless the frame named another
    data: bytes | None  # data lines joined by LF; None when the frame had no data field
    id: str | None  # the frame's own `id` field, exactly as sent
    too_large: bool = False


def _text(value: bytes | bytearray) -> str:
    return bytes(value).decode("utf-8", "replace")


class SSEParser:
    """Feed it bytes with `feed`; it returns the frames those bytes completed."""

    def __init__(self, max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES) -> None:
        self.max_frame_bytes = max_frame_bytes
        self.last_event_id = ""  # SSE's persistent last event id
        self._rest = b""  # an incomplete line
        self._skip_line = False  # inside a line already known to overflow the frame
        self._after_cr = False  # the last byte seen was a CR that ended a line
        self._reset()

    def _reset(self) -> None:
        self._event: str | None = None
        self._data: list[bytes] = []
        self._id: str | None = None
        self._fields = False
        self._size = 0
        self._too_large = False

    def feed(self, chunk: bytes) -> list[Frame]:
        if self._after_cr and chunk:
            self._after_cr = False
            if chunk[:1] == b"\n":  # the LF of a CRLF split across chunks
                chunk = chunk[1:]
        data = self._rest + chunk
        if b"\r" in data:
            lines = _EOL.split(data)
            self._after_cr = data.endswith(b"\r")
        else:  # the common case, and a faster split
            lines = data.split(b"\n")
        rest = lines.pop()
        frames: list[Frame] = []
        for line in lines:
            frame = self._line(line)
            if frame is not None:
                frames.append(frame)
        self._partial(len(rest))
        self._rest = b"" if self._skip_line else rest
        return frames

    def _partial(self, length: int) -> None:
        if not self._skip_line and self._size + length > self.max_frame_bytes:
            self._overflow()
            self._skip_line = True

    def _overflow(self) -> None:
        self._too_large = True
        self._fields = True
        self._data = []

    def _line(self, line: bytes) -> Frame | None:
        if self._skip_line:
            self._skip_line = False
            return None
        if not line:
            return self._dispatch()
        if self._size + len(line) > self.max_frame_bytes:
            self._overflow()  # the line is dropped, uncounted, as when it arrives in pieces
            return None
        self._size += len(line)
        if line[0] != 0x3A:  # ":" starts a comment
            self._field(line)
        return None

    def _field(self, line: bytes) -> None:
        name, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        self._fields = True
        if name == b"data":
            if not self._too_large:
                self._data.append(value)
        elif name == b"event":
            self._event = _text(value)
        elif name == b"id" and b"\0" not in value:
            self._id = _text(value)
            self.last_event_id = self._id

    def _dispatch(self) -> Frame | None:
        if not self._fields:
            return None
        data = b"\n".join(self._data) if self._data else None
        frame = Frame(self._event or "message", data, self._id, self._too_large)
        self._reset()
        return frame
