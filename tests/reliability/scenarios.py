"""The fault table: one scenario per fault the live systems (or the machine) inflict.

Stream faults come from the local EventStreams server's per-connection plans and settings, API
faults from the local MediaWiki API server's ApiFaults, the others from actions on the running
service (SIGKILL) or the database (a PostgreSQL restart).
"""

from __future__ import annotations

import asyncio
import random
import shutil
import subprocess
from pathlib import Path

from stream.faults import ConnectionPlan, ServerSettings
from tests.reliability.runner import Run, Scenario
from wiki.faults import ApiFaults

PG_CONF = Path("/etc/postgresql")


def _paced(pace: float = 0.0, **changes: object) -> ServerSettings:
    settings = ServerSettings(keep_open=True, pace=pace)
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


def _plans(*plans: ConnectionPlan) -> list[ConnectionPlan]:
    return list(plans)


STREAM: tuple[Scenario, ...] = (
    Scenario("stream: drop between events",
             plans=lambda: _plans(ConnectionPlan(drop_after=7), ConnectionPlan(drop_after=15))),
    Scenario("stream: drop mid-frame",
             plans=lambda: _plans(ConnectionPlan(drop_after=5, mid_frame=True),
                                  ConnectionPlan(drop_after=9, cut_bytes=40))),
    Scenario("stream: stall past the idle timeout",
             stream=lambda: _paced(20.0),
             plans=lambda: _plans(ConnectionPlan(stall_after=10, stall_s=6.0))),
    Scenario("stream: 5xx", plans=lambda: _plans(ConnectionPlan(drop_after=6),
                                                 *[ConnectionPlan(status=503)] * 2)),
    Scenario("stream: 429 with Retry-After",
             plans=lambda: _plans(ConnectionPlan(drop_after=6),
                                  ConnectionPlan(status=429, retry_after="2"))),
    Scenario("stream: periodic cuts (the 15-minute cut, shortened)",
             stream=lambda: _paced(25.0, cut_after_s=1.0)),
    Scenario("stream: malformed frames injected",
             plans=lambda: _plans(ConnectionPlan(garbage_every=3))),
    Scenario("stream: expired Last-Event-ID",
             stream=lambda: _paced(0.0, expire_positions=True),
             plans=lambda: _plans(ConnectionPlan(drop_after=12), ConnectionPlan(drop_after=9))),
)

API: tuple[Scenario, ...] = (
    Scenario("api: timeouts", api=lambda: ApiFaults(slow_next=3, delay_s=3.0)),
    Scenario("api: 5xx", api=lambda: ApiFaults(fail_next=3, fail_status=503)),
    Scenario("api: 429 with Retry-After", api=lambda: ApiFaults(rate_limit_next=3,
                                                                 retry_after_s=1)),
    Scenario("api: maxlag", api=lambda: ApiFaults(maxlag_next=3, maxlag_retry_after_s=1)),
    Scenario("api: hidden and suppressed revisions", hide=2),
    Scenario("api: oversized diffs", api=lambda: ApiFaults(oversize_bytes=300_000),
             env={"OUTINGWATCH_MAX_RESPONSE_BYTES": "100000"}),
    Scenario("api: 10 MB diffs (cut at the default 4 MB)",
             api=lambda: ApiFaults(oversize_bytes=10_000_000)),
)


def sigkill_loop(kills: int, seed: int = 8, pace: float = 6.0, expire: bool = False) -> Scenario:
    """Killed with SIGKILL at random moments (while loading, reading, judging, writing);
    `expire`: EventStreams also refuses every saved position, so each restart resumes by time."""
    chance = random.Random(seed)

    async def action(run: Run) -> None:
        for _ in range(kills):
            if run.done.is_set():
                return
            if chance.random() < 0.8:  # mostly once it is working, sometimes during start-up
                await run.until_progress(run.faults[-1] if run.faults else 0.0)
            await asyncio.sleep(chance.uniform(0.05, 1.5))
            if run.done.is_set():
                return
            await run.kill_and_restart()

    name = f"process: SIGKILL x{kills}" + (", positions expired" if expire else "")
    return Scenario(name, stream=lambda: _paced(pace, expire_positions=expire), action=action)


def pg_cluster() -> str | None:
    """The local PostgreSQL cluster's version folder, when pg_ctlcluster can restart it."""
    if shutil.which("pg_ctlcluster") is None or not PG_CONF.is_dir():
        return None
    versions = sorted(p.name for p in PG_CONF.iterdir() if (p / "main").is_dir())
    return versions[-1] if versions else None


def pg_restart(restarts: int = 1) -> Scenario:
    async def action(run: Run) -> None:
        version = pg_cluster()
        assert version is not None
        for _ in range(restarts):
            await run.until_progress(run.faults[-1] if run.faults else 0.0)
            if run.done.is_set():
                return
            run.note_fault()
            await asyncio.to_thread(
                subprocess.run, ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main",
                                 "restart"], check=True, capture_output=True, timeout=120)

    return Scenario("store: PostgreSQL restarted", stream=lambda: _paced(8.0), action=action)


# The shorter table CI runs: the same faults, grouped into fewer runs of the service.
STREAM_TOGETHER = Scenario(
    "stream: drops, mid-frame cut, 5xx, 429, garbage, stall (together)",
    plans=lambda: _plans(ConnectionPlan(drop_after=4), ConnectionPlan(drop_after=4, cut_bytes=40),
                         ConnectionPlan(status=503), ConnectionPlan(status=429, retry_after="1"),
                         ConnectionPlan(garbage_every=3, stall_after=5, stall_s=5.5)))
API_TOGETHER = Scenario(
    "api: timeouts, 5xx, 429, maxlag, hidden, oversized (together)",
    api=lambda: ApiFaults(slow_next=1, delay_s=3.0, fail_next=1, rate_limit_next=1,
                          retry_after_s=1, maxlag_next=1, maxlag_retry_after_s=1,
                          oversize_bytes=300_000),
    env={"OUTINGWATCH_MAX_RESPONSE_BYTES": "100000"}, hide=2)
EXPIRED = STREAM[-1]


def hidden_revisions(queued: list[tuple[str, int]], count: int) -> dict[int, str]:
    """Revisions the fault-free run queued, to hide: alternately text-hidden and suppressed."""
    return {rev: ("texthidden", "suppressed")[index % 2]
            for index, (_, rev) in enumerate(sorted(queued)[:count])}
