"""`record` captures what the local EventStreams server sends into a replay feed."""

from __future__ import annotations

import asyncio
import stat
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from replay.feed import api_key, read_feed
from replay.record import record
from stream.events import RecentChange
from stream.faults import ConnectionPlan, ServerSettings
from stream.server import serve
from tests.stream.helpers import consumer_config, entries, real_events

ROOT = Path(__file__).resolve().parents[2]


async def test_record_keeps_ids_and_data_and_attaches_api_answers(
    shared_dir: Path, tmp_path: Path
) -> None:
    events = real_events(shared_dir, 25)

    async def fetch_api(event: RecentChange) -> dict[str, object]:
        if event.rev_new == events[3]["revision"]["new"]:  # type: ignore[index]
            raise RuntimeError("answers unavailable")
        key = api_key(event.server_name, {"action": "compare", "torev": str(event.rev_new)})
        return {key: {"status": 200, "headers": {}, "body": {"compare": {"body": ""}}}}

    out = tmp_path / "feed.ndjson.gz"
    async with serve(entries(events), ServerSettings(keep_open=True)) as server:
        server.feed.plans.append(ConnectionPlan(drop_after=10, mid_frame=True))
        count = await record(consumer_config(server.url), out, 1.0, fetch_api=fetch_api,
                             max_events=25)
        served = server.feed.served
    recorded = list(read_feed(out))
    assert count == 25
    assert [e.id for e in recorded] == [s.id for s in served]
    assert [orjson.loads(e.data) for e in recorded] == events
    assert len(recorded[0].api) == 1
    assert recorded[3].api == {}


async def test_record_stops_after_the_time_given(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "feed.ndjson"
    async with serve(entries(real_events(shared_dir, 5)), ServerSettings(keep_open=True)) as server:
        count = await record(consumer_config(server.url), out, 0.01)
    assert count == 5
    assert len(list(read_feed(out))) == 5


async def test_record_command_end_to_end(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.ndjson"
    async with serve(entries(real_events(shared_dir, 6)), ServerSettings(keep_open=True)) as server:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cli.main", "record", "--minutes", "1", "--out", str(out),
            "--url", server.url, "--wikis", "*", "--types", "*", "--include-bots",
            "--max-events", "6", cwd=ROOT, stderr=asyncio.subprocess.PIPE)
        async with asyncio.timeout(60):
            _, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert len(list(read_feed(out))) == 6


@pytest.mark.parametrize("name", ["private.ndjson", "private.ndjson.gz"])
async def test_the_recording_is_readable_by_its_owner_only(shared_dir: Path, tmp_path: Path,
                                                           name: str) -> None:
    out = tmp_path / name
    if name.endswith(".gz"):
        out.write_bytes(b"")
        out.chmod(0o644)  # an old world-readable file of that name is narrowed, not kept
    async with serve(entries(real_events(shared_dir, 3)), ServerSettings(keep_open=True)) as server:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cli.main", "record", "--minutes", "1", "--out", str(out),
            "--url", server.url, "--wikis", "*", "--types", "*", "--include-bots",
            "--max-events", "3", cwd=ROOT, stderr=asyncio.subprocess.PIPE)
        async with asyncio.timeout(60):
            _, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(list(read_feed(out))) == 3
    assert b"personal information" in err


def test_the_help_warns_what_a_recording_holds() -> None:
    done = subprocess.run([sys.executable, "-m", "cli.main", "record", "--help"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    assert "personal information" in text
    assert "0600" in text
