"""Faults over the whole service: after each faulty run the queue equals the fault-free run's.

The service runs as a child process (`outingwatch run`) against the local EventStreams and
MediaWiki API servers; CI runs the faults grouped and a short SIGKILL loop, and
`benchmarks/faults.py` runs every fault alone with the long loop and prints the table.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from metrics.vocab import SKIP_KINDS
from tests.reliability import scenarios
from tests.reliability.feed import KnownFeed
from tests.reliability.runner import Outcome, Scenario
from tests.reliability.table import Row, run_row
from tests.store import pg
from tests.support import require

CI_KILLS = 5


def _row(feed: KnownFeed, baseline: Outcome, scenario: Scenario, folder: Path,
         database: str | None = None) -> Row:
    return asyncio.run(run_row(feed.entries, scenario, baseline, folder, database))


def _levels(logs: str) -> list[str]:
    return [json.loads(line)["level"] for line in logs.splitlines() if line.startswith("{")]


def test_the_fault_free_run_queues_the_known_outing(feed: KnownFeed, baseline: Outcome) -> None:
    queued = set(baseline.state.requests)
    assert queued <= set(feed.judged)
    assert len(queued & feed.labelled_outing) >= len(feed.labelled_outing) // 2
    assert baseline.state.rows == len(queued)
    assert baseline.state.audit_extra == 0
    # events without `user` are judged too: some of the outing among them is queued (the
    # learned judgement, like an oversighter's tool, does not catch every corpus edit)
    redacted_user = feed.no_user & feed.labelled_outing
    assert len(redacted_user) >= 2
    assert redacted_user & queued
    assert set(baseline.state.skips.values()) == {"nosuchrevid"}  # the revision the API lacks
    assert "ERROR" not in _levels(baseline.logs)
    assert baseline.stream_statuses == [200]


def test_stream_faults_lose_and_duplicate_nothing(
    feed: KnownFeed, baseline: Outcome, tmp_path: Path
) -> None:
    row = _row(feed, baseline, scenarios.STREAM_TOGETHER, tmp_path)
    assert row.difference.clean, row.difference.describe()
    statuses = row.outcome.stream_statuses
    assert statuses.count(503) == 1
    assert statuses.count(429) == 1
    assert statuses.count(200) >= 4  # reconnected after each drop, cut and stall


def test_an_expired_position_restarts_by_time_and_loses_nothing(
    feed: KnownFeed, baseline: Outcome, tmp_path: Path
) -> None:
    row = _row(feed, baseline, scenarios.EXPIRED, tmp_path)
    assert row.difference.clean, row.difference.describe()
    assert 404 in row.outcome.stream_statuses  # the Last-Event-ID was refused at least once


def test_api_faults_lose_nothing_and_hidden_revisions_are_recorded_skips(
    feed: KnownFeed, baseline: Outcome, tmp_path: Path
) -> None:
    row = _row(feed, baseline, scenarios.API_TOGETHER, tmp_path)
    assert row.difference.clean, row.difference.describe()
    hidden = set(row.outcome.state.skips) - set(baseline.state.skips)
    assert len(hidden) == 2
    assert {SKIP_KINDS[row.outcome.state.skips[key]] for key in hidden} == {"hidden"}


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(
    feed: KnownFeed, baseline: Outcome, tmp_path: Path
) -> None:
    row = _row(feed, baseline, scenarios.sigkill_loop(CI_KILLS), tmp_path)
    assert row.outcome.kills == CI_KILLS
    assert row.difference.clean, row.difference.describe()
    # each kill was followed by a judged edit (the last may land once all was judged)
    assert len(row.outcome.recoveries) >= CI_KILLS - 1


@pytest.mark.postgres
def test_a_postgresql_restart_loses_and_duplicates_nothing(
    feed: KnownFeed, baseline: Outcome, tmp_path: Path
) -> None:
    require(scenarios.pg_cluster() is not None, "pg_ctlcluster and a local cluster",
            "apt-get install postgresql")
    require(pg.server_available(), f"PostgreSQL at {pg.SERVER}", "apt-get install postgresql")
    with pg.scratch_database("outingwatch_reliability") as url:
        row = _row(feed, baseline, scenarios.pg_restart(), tmp_path, url)
    assert row.difference.clean, row.difference.describe()
    assert len(row.outcome.recoveries) == 1
