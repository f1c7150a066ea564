from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from stream.events import Canary, EventError, RecentChange, decode, event_time_ms, parse_event

META = {"id": "m-1", "dt": "2025-03-01T10:00:00.123Z", "domain": "commons.wikimedia.org",
        "stream": "mediawiki.recentchange", "topic": "eqiad.mediawiki.recentchange",
        "partition": 0, "offset": 7, "uri": "https://x/", "request_id": "r"}
CURRENT = {
    "$schema": "/mediawiki/recentchange/1.0.0",
    "meta": META,
    "id": 5, "type": "new", "namespace": 2, "title": "User:A", "title_url": "https://x/wiki/User:A",
    "comment": "c", "timestamp": 1740823200, "bot": False, "minor": False,
    "length": {"new": 10}, "revision": {"new": 99},
    "server_url": "https://commons.wikimedia.org", "server_name": "commons.wikimedia.org",
    "server_script_path": "/w", "wiki": "commonswiki",
}


def fixture_lines(shared_dir: Path) -> list[bytes]:
    lines = []
    for path in sorted((shared_dir / "fixtures" / "recentchange").glob("*.ndjson")):
        lines += [line for line in path.read_bytes().splitlines() if line.strip()]
    return lines


def test_every_real_2018_event_parses(shared_dir: Path) -> None:
    events = [parse_event(line) for line in fixture_lines(shared_dir)]
    assert len(events) == 5705
    schemas = {"mediawiki/recentchange/1", "mediawiki/recentchange/2"}
    assert {e.meta.schema for e in events} == schemas
    assert {e.type for e in events} == {"edit", "new", "log"}
    assert any(isinstance(e.log_params, list) for e in events)
    assert any(isinstance(e.log_params, dict) for e in events)
    assert any(e.id is None for e in events)
    new = next(e for e in events if e.type == "new")
    assert new.rev_old is None
    assert new.length_old is None
    assert new.rev_new is not None


def test_real_2022_sse_frames_parse(shared_dir: Path) -> None:
    name = "wiki_visualizer_2022-12-11_raw_sse.events"
    raw = (shared_dir / "fixtures/recentchange" / name).read_text()
    datas = [line[6:] for line in raw.splitlines() if line.startswith("data: ")]
    events = [parse_event(d) for d in datas]
    assert [e.wiki for e in events] == ["commonswiki", "enwiktionary", "wikidatawiki"]
    assert events[0].meta.schema == "/mediawiki/recentchange/1.0.0"
    assert events[0].meta.time_ms == 1670732822000
    assert events[0].patrolled is True
    assert events[0].rev_old == 713974786


def test_current_envelope_with_absent_optional_fields() -> None:
    event = parse_event(orjson.dumps(CURRENT))
    assert isinstance(event, RecentChange)
    assert event.user is None
    assert event.patrolled is None
    assert event.rev_old is None
    assert event.meta.time_ms == 1740823200123
    assert event.title_url == "https://x/wiki/User:A"


def test_canary_is_recognised() -> None:
    canary = {"$schema": "/mediawiki/recentchange/1.0.0",
              "meta": {"id": "c", "dt": "2025-01-01T00:00:00Z", "domain": "canary",
                       "stream": "mediawiki.recentchange"}}
    assert isinstance(decode(orjson.dumps(canary)), Canary)
    with pytest.raises(EventError) as info:
        parse_event(orjson.dumps(canary))
    assert info.value.reason == "canary"


@pytest.mark.parametrize(
    ("data", "reason", "field"),
    [
        (b"{not json", "invalid_json", ""),
        (b"\xff\xfe", "invalid_json", ""),
        (b"[1, 2]", "not_object", ""),
        (orjson.dumps({**CURRENT, "title": None}), "missing_field", "title"),
        (orjson.dumps({k: v for k, v in CURRENT.items() if k != "meta"}), "missing_field", "meta"),
        (orjson.dumps({**CURRENT, "namespace": "2"}), "bad_type", "namespace"),
        (orjson.dumps({**CURRENT, "namespace": True}), "bad_type", "namespace"),
        (orjson.dumps({**CURRENT, "length": {"new": "x"}}), "bad_type", "new"),
        (orjson.dumps({**CURRENT, "meta": {**META, "dt": "yesterday"}}), "bad_time", "meta.dt"),
    ],
)
def test_invalid_events_give_a_reason_without_content(data: bytes, reason: str, field: str) -> None:
    with pytest.raises(EventError) as info:
        parse_event(data)
    assert info.value.reason == reason
    assert info.value.field == field
    assert "User:A" not in str(info.value)


def test_event_time_ms_accepts_both_precisions() -> None:
    assert event_time_ms("2018-07-22T17:00:00+00:00") == 1532278800000
    assert event_time_ms("2018-07-22T17:00:00.250Z") == 1532278800250
    assert event_time_ms("2018-07-22T17:00:00") == 1532278800000
