"""Roles over real HTTP: on one PostgreSQL queue one replica leads and the other stands by, both
serve /readyz, /metrics and the queue; a leader shutting down (SIGTERM's path) finishes its
events, saves the position and hands leadership over; SQLite refuses a second process."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.oneprocess import OnlyOneProcess, ProcessLock
from tests.reliability.process import free_port
from tests.replicas.rig import query
from tests.service.feeds import standard_feed
from tests.service.rig import Running, local_servers, running, settings_for

ROOT = Path(__file__).resolve().parents[2]


async def role_of(replica: Running) -> tuple[int, dict[str, object], str]:
    status, body = await replica.get("/readyz")
    _, metrics = await replica.get("/metrics")
    return status, json.loads(body), metrics


@pytest.mark.postgres
async def test_one_leads_both_serve_and_a_shutdown_hands_over(
    tmp_path: Path, database: str
) -> None:
    feed = standard_feed()
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, database=database, leader_lease=30.0)
    try:
        async with contextlib.AsyncExitStack() as first_stack:
            first = await first_stack.enter_async_context(running(settings))
            await first.until(lambda: first.service.readiness().ready)
            await first.until_drained(len(feed.entries))
            async with running(settings) as second:
                await second.until(lambda: second.service.readiness().ready)
                status, body, metrics = await role_of(second)
                assert (status, body["role"]) == (200, "standby")
                assert 'outingwatch_role{role="standby"} 1.0' in metrics
                assert "outingwatch_leader_term 0.0" in metrics
                status, body, metrics = await role_of(first)
                assert (status, body["role"]) == (200, "leader")
                assert 'outingwatch_role{role="leader"} 1.0' in metrics
                assert "outingwatch_leader_term 1.0" in metrics
                assert second.service.pipeline is None  # it does not read the stream
                assert {r.rev_id for r in await second.requests()} == {
                    r.rev_id for r in await first.requests()}
                await first_stack.aclose()  # the leader stops: drain, save, release
                await second.until(lambda: second.service.role() == ("leader", 2))
                await second.until(lambda: second.service.readiness().ready)
    finally:
        await local.close()
    history = await query(database, "SELECT term, previous_released FROM leadership_terms "
                                    "ORDER BY term")
    assert history == [(1, False), (2, True)]  # handed over, not waited out (30 s lease)
    position = await query(database, "SELECT last_event_id, term FROM positions")
    assert position[0][1] in (1, 2)


def test_a_second_process_on_one_sqlite_queue_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "queue.sqlite3"
    first = ProcessLock(database)
    first.acquire()
    try:
        with pytest.raises(OnlyOneProcess, match="replicas need PostgreSQL"):
            ProcessLock(database).acquire()
        env = {"OUTINGWATCH_DATABASE": f"sqlite:///{database}", "PATH": "/usr/bin:/bin",
               "OUTINGWATCH_FINGERPRINT_KEY": "k" * 40, "OUTINGWATCH_PORT": str(free_port()),
               "OUTINGWATCH_STREAM_URL": "http://127.0.0.1:9/stream", "OUTINGWATCH_WORKERS": "1"}
        result = subprocess.run([sys.executable, "-m", "cli.main", "run"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120, check=False)
    finally:
        first.release()
    assert result.returncode == 2, result.stderr
    assert "replicas need PostgreSQL" in result.stderr
    assert "Traceback" not in result.stderr
    second = ProcessLock(database)
    second.acquire()  # free again once the holder let go
    second.release()


def test_the_lock_is_released_when_its_process_dies(tmp_path: Path) -> None:
    database = tmp_path / "queue.sqlite3"
    code = ("import os, sys; from pathlib import Path; from store.oneprocess import ProcessLock;"
            f"ProcessLock(Path({str(database)!r})).acquire(); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    lock = ProcessLock(database)
    lock.acquire()
    lock.release()

