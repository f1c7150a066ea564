from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from core.logs import setup_logging


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    out = io.StringIO()
    handler = setup_logging("DEBUG", out)
    yield out
    logging.getLogger().removeHandler(handler)


def test_records_are_json_lines_with_safe_extras_only(stream: io.StringIO) -> None:
    log = logging.getLogger("outingwatch.test")
    log.info("skipped %d events", 3, extra={"reason": "texthidden", "title": "Jane Doe"})
    entry = json.loads(stream.getvalue().splitlines()[-1])
    assert entry["message"] == "skipped 3 events"
    assert entry["level"] == "INFO"
    assert entry["logger"] == "outingwatch.test"
    assert entry["reason"] == "texthidden"
    assert "title" not in entry
    assert entry["time"].endswith("+00:00")


def test_exceptions_show_their_type_and_place_never_their_message(stream: io.StringIO) -> None:
    log = logging.getLogger("outingwatch.test")
    try:
        raise ValueError("call Jane on +44 20 7946 0958")
    except ValueError:
        log.exception("parse failed")
    text = stream.getvalue()
    entry = json.loads(text.splitlines()[-1])
    assert entry["exc_type"] == "ValueError"
    assert any("test_logs.py" in frame for frame in entry["stack"])
    assert "7946" not in text
    assert "Jane" not in text
