"""The readable start of a JSON string value in an answer that was cut at the size limit."""

from __future__ import annotations

import json
import re

_MAX_ESCAPE = 12  # a cut inside "\ud83d\ude00" leaves at most this much to drop


def partial_string(raw: bytes, key: str) -> str | None:
    """The (possibly cut) value of the last `"key": "..."` in raw JSON; None when absent."""
    text = raw.decode("utf-8", "ignore")
    matches = list(re.finditer(rf'"{re.escape(key)}"\s*:\s*"', text))
    if not matches:
        return None
    rest = text[matches[-1].end() :]
    end = _string_end(rest)
    if end is not None:
        rest = rest[:end]
    for drop in range(min(_MAX_ESCAPE, len(rest)) + 1):
        try:
            value: str = json.loads('"' + rest[: len(rest) - drop] + '"')
        except ValueError:
            continue
        return value[:-1] if value and "\ud800" <= value[-1] <= "\udbff" else value
    return None


_STRING_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.DOTALL)


def _string_end(rest: str) -> int | None:
    """Where the string's closing quote is, if it arrived."""
    end = _STRING_BODY.match(rest)
    position = end.end() if end else 0
    return position if position < len(rest) and rest[position] == '"' else None
