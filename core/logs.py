"""Structured logs: one JSON object a line on stdout, through the standard library's logging.

Event content (text, user names, titles) must never reach a log. Code logs reason codes and counts
through %-style arguments; on top of that the formatter
- keeps only `extra` fields named in SAFE_FIELDS, and only plain scalar values;
- renders an exception as its type and the code locations of its traceback, never its message
  (a library's message may quote the input it choked on).
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from typing import Any, TextIO

SAFE_FIELDS = frozenset({
    "event_count", "reason", "stage", "state", "status", "seconds", "count", "wiki", "rev_id",
    "url", "port", "ops_port", "workers", "version", "outcome", "attempt", "handled", "skipped",
    "queued",
})
_MAX_FIELD_CHARS = 200
_HANDLER_NAME = "outingwatch-json"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(_safe_extras(record))
        if record.exc_info and record.exc_info[0] is not None:
            entry.update(_exception(record.exc_info[0], record.exc_info[2]))
        return json.dumps(entry, ensure_ascii=False, default=str)


def _safe_extras(record: logging.LogRecord) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    for name in SAFE_FIELDS:
        value = record.__dict__.get(name)
        if isinstance(value, bool | int | float):
            extras[name] = value
        elif isinstance(value, str):
            extras[name] = value[:_MAX_FIELD_CHARS]
    return extras


def _exception(kind: type[BaseException], tb: Any) -> dict[str, Any]:
    frames = traceback.extract_tb(tb)
    return {
        "exc_type": kind.__name__,
        "stack": [f"{frame.filename}:{frame.lineno} in {frame.name}" for frame in frames],
    }


def setup_logging(level: str = "INFO", stream: TextIO | None = None) -> logging.Handler:
    """Send every logger's records as JSON lines to `stream` (stdout); replaces an earlier call."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream if stream is not None else sys.stdout)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # raw paths carry queries
    return handler
