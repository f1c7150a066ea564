"""`outingwatch run` refuses bad configuration with one message per value (exit 2);
`outingwatch replay` says where to look and what it found, and stops gracefully on SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from cli.main import main
from replay.feed import write_feed
from tests.service.feeds import standard_feed
from tests.service.rig import local_servers

ROOT = Path(__file__).resolve().parents[2]


def test_run_refuses_to_start_without_a_fingerprint_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OUTINGWATCH_FINGERPRINT_KEY", raising=False)
    assert main(["run"]) == 2
    assert "OUTINGWATCH_FINGERPRINT_KEY" in capsys.readouterr().err


def test_run_names_every_bad_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OUTINGWATCH_FINGERPRINT_KEY", "short")
    monkeypatch.setenv("OUTINGWATCH_WORKERS", "none")
    assert main(["run", "--port", "99999", "--stream-url", "stream.example"]) == 2
    err = capsys.readouterr().err
    for name in ("OUTINGWATCH_FINGERPRINT_KEY", "OUTINGWATCH_WORKERS", "--port", "--stream-url"):
        assert name in err
    assert "short" not in err


def test_replay_reports_an_unreadable_feed(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "feed.ndjson"
    bad.write_text("{not json\n")
    assert main(["replay", str(bad)]) == 2
    assert "feed line 1" in capsys.readouterr().err


async def read_until(process: asyncio.subprocess.Process, text: str, seen: list[str]) -> None:
    assert process.stdout is not None
    while text not in (seen[-1] if seen else ""):
        line = (await asyncio.wait_for(process.stdout.readline(), 300)).decode()
        assert line, "replay ended early:\n" + "".join(seen)
        seen.append(line)


async def test_replay_reports_and_stops_gracefully_on_sigterm(tmp_path: Path) -> None:
    feed = standard_feed()
    path = tmp_path / "feed.ndjson.gz"
    write_feed(path, feed.entries)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cli.main", "replay", str(path), "--port", "0", "--ops-port", "0",
        "--workers", "1",
        "--data-dir", str(tmp_path / "data"), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    seen: list[str] = []
    try:
        await read_until(process, "still serving", seen)
    finally:
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 120)
    output = "".join(seen)
    assert code == 0, output
    assert "demo oversighter token: ow_" in output
    assert "/metrics" in output
    assert f"events received: {len(feed.entries)}" in output
    assert f"events judged: {len(feed.judged)}" in output
    assert (tmp_path / "data" / "replay.sqlite3").is_file()


async def test_run_follows_a_stream_logs_json_and_stops_on_sigterm(tmp_path: Path) -> None:
    feed = standard_feed()
    local = await local_servers(feed.entries)
    env = {**os.environ, "OUTINGWATCH_FINGERPRINT_KEY": "k" * 32, "OUTINGWATCH_WIKIS": "all"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cli.main", "run", "--stream-url", local.stream.url,
        "--api-base-url", local.api.base_url, "--since", "0", "--port", "0", "--ops-port", "0",
        "--workers", "1",
        "--database", f"sqlite:///{tmp_path / 'queue.sqlite3'}", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    lines: list[str] = []
    try:
        await read_until(process, "listening on", lines)
        port = json.loads(lines[-1])["ops_port"]
        async with aiohttp.ClientSession() as http:
            metrics = await poll_metrics(http, port, f"outingwatch_events_received_total "
                                                     f"{len(feed.entries)}.0")
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.stdout is not None
        rest = await asyncio.wait_for(process.stdout.read(), 120)
        code = await process.wait()
        await local.close()
    lines += rest.decode().splitlines(keepends=True)
    assert code == 0, "".join(lines)
    assert "outingwatch_events_handled_total" in metrics
    entries = [json.loads(line) for line in lines if line.strip()]
    assert {"time", "level", "logger", "message"} <= entries[0].keys()
    assert any(entry["message"] == "service stopped" for entry in entries)


async def poll_metrics(http: aiohttp.ClientSession, port: int, wanted: str) -> str:
    for _ in range(1200):  # a guard against a hang only
        async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
            text = await response.text()
        if wanted in text:
            return text
        await asyncio.sleep(0.1)
    raise AssertionError(f"never saw {wanted}")
