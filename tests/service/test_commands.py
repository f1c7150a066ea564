"""`outingwatch run` refuses bad configuration with one message per value (exit 2);
`outingwatch replay` says where to look and what it found, and stops gracefully on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import pytest

from cli.main import main
from replay.feed import write_feed
from tests.service.feeds import standard_feed

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
        sys.executable, "-m", "cli.main", "replay", str(path), "--port", "0", "--workers", "1",
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
