"""Two replicas on one PostgreSQL queue, on a replay feed: the leader is SIGKILLed 10 times and
SIGSTOPped twice (past its lease, then resumed) at random moments, and once stopped with SIGTERM
as a rolling deploy does. The queue must equal the flagged decisions of the same feed judged once
by one process: nothing lost, nothing twice, and nothing written by a leader whose term was over.

Takeover time: from the fault to the start of the next term (the database's `started_at`; the
database runs on this machine, so its clock is the test's). Printed for deploy/README.md.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import time
from pathlib import Path

import pytest

from tests.reliability.compare import compare
from tests.reliability.feed import KnownFeed, known_feed
from tests.reliability.queue import read_state, saved_position
from tests.reliability.runner import Outcome, Scenario, run_scenario
from tests.replicas.rig import Faults, Replicas, pause, query, replicas

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

KILLS, PAUSES, HANDOVERS = 10, 2, 1
LEASE_S = 3.0
PACE = 0.7  # events/s: the feed lasts about as long as the faults
ENV = {"OUTINGWATCH_LEADER_LEASE": str(LEASE_S), "OUTINGWATCH_SHUTDOWN_GRACE": "10"}


@pytest.fixture(scope="module")
def feed() -> KnownFeed:
    return known_feed(flagged=16, unflagged=16)


@pytest.fixture(scope="module")
def judged_once(feed: KnownFeed, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """The same feed through one process on SQLite, without faults."""
    folder = tmp_path_factory.mktemp("judged-once")
    return asyncio.run(run_scenario(feed.entries, Scenario("judged once"), folder))


async def kill(group: Replicas, faults: Faults) -> None:
    leader, _ = await group.pair()
    term = await group.current_term()
    at = time.time()
    leader.kill()
    await leader.wait_killed()
    position = await saved_position(group.database)
    _, started = await group.term_after(term)
    faults.takeovers.append(started - at)
    faults.kills += 1
    await leader.start()  # as an orchestrator would; it comes back as the standby
    await group.position_moves(position)


async def stop_past_the_lease(group: Replicas, faults: Faults) -> None:
    leader, _ = await group.pair()
    term = await group.current_term()
    at = time.time()
    pause(leader, True)
    try:
        position = await saved_position(group.database)
        _, started = await group.term_after(term)
        faults.paused_takeovers.append(started - at)
        await group.position_moves(position)  # the new leader works while the old one sleeps
    finally:
        pause(leader, False)  # it wakes up believing it leads; its writes must be refused
    faults.pauses += 1


async def hand_over(group: Replicas, faults: Faults) -> None:
    leader, _ = await group.pair()
    term = await group.current_term()
    at = time.time()
    stopping = asyncio.create_task(leader.stop())  # SIGTERM: finish, save, release, exit
    position = await saved_position(group.database)
    new_term, started = await group.term_after(term)
    faults.handovers.append(started - at)
    faults.exit_codes.append(await stopping)
    released = await query(group.database, "SELECT previous_released FROM leadership_terms "
                                           "WHERE term = $1", new_term)
    faults.released.append(bool(released[0][0]))  # handed over, not waited out
    await leader.start()
    await group.position_moves(position)


FAULTS = {"kill": kill, "stop": stop_past_the_lease, "term": hand_over}


async def inflict(group: Replicas, seed: int) -> Faults:
    chance = random.Random(seed)
    order = ["kill"] * KILLS + ["stop"] * PAUSES + ["term"] * HANDOVERS
    chance.shuffle(order)
    faults = Faults()
    for fault in order:
        await group.pair()
        await asyncio.sleep(chance.uniform(0.1, 2.0))  # a random moment of the leader's work
        await FAULTS[fault](group, faults)
    return faults


async def run_replicas(feed: KnownFeed, database: str, folder: Path) -> tuple[Faults, str]:
    async with replicas(feed.entries, database, folder, pace=PACE, env=ENV) as group:
        faults = await inflict(group, seed=15)
        await group.pair()
        await group.finished()
    logs = "".join(process.logs() for process in group.processes)
    return faults, logs


def test_leader_killed_and_paused_loses_and_duplicates_nothing(
    feed: KnownFeed, judged_once: Outcome, database: str, tmp_path: Path
) -> None:
    faults, logs = asyncio.run(run_replicas(feed, database, tmp_path))
    times = sorted(faults.takeovers)
    print(f"\ntakeover after {len(times)} SIGKILLs: median {statistics.median(times):.2f} s, "
          f"worst {times[-1]:.2f} s (lease {LEASE_S} s); after SIGSTOP: "
          f"{', '.join(f'{t:.2f} s' for t in faults.paused_takeovers)}; handover after SIGTERM: "
          f"{', '.join(f'{t:.2f} s' for t in faults.handovers)}; "
          f"writes refused by the fence: {logs.count('Fenced')}")
    assert (faults.kills, faults.pauses) == (KILLS, PAUSES)
    assert faults.exit_codes == [0] * HANDOVERS
    assert faults.released == [True] * HANDOVERS

    got = asyncio.run(read_state(database))
    difference = compare(judged_once.state, got)
    assert judged_once.state.requests  # the feed flags something
    assert difference.clean, difference.describe()

    terms = [int(t[0]) for t in asyncio.run(query(
        database, "SELECT term FROM requests ORDER BY id"))]
    assert all(a <= b for a, b in itertools.pairwise(terms)), "a deposed leader wrote late"
    history = asyncio.run(query(database, "SELECT count(*) FROM leadership_terms"))
    assert int(history[0][0]) >= 1 + KILLS + PAUSES + HANDOVERS

    assert len(times) == KILLS
