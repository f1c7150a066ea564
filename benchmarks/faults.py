"""The whole fault table over the real service, each fault alone, with the long SIGKILL loop.

    .venv/bin/python benchmarks/faults.py [--kills 20] [--flagged 20] [--unflagged 20]
                                          [--only TEXT] [--no-postgres]

A fault-free run of `outingwatch run` (a child process) over a known feed (labelled corpus
edits among canaries, duplicates, bots, logs, malformed frames) fixes the expected queue; every
fault of tests/reliability/scenarios.py then runs alone over the same feed, and its queue is
compared with the expected one. Prints the table: fault, events (edits judged over every life
of the process), lost, duplicated (or extra), skipped with a recorded reason, longest recovery
(seconds from a fault, or any moment, to the next judged edit). Exits 1 if anything was lost
or duplicated. The PostgreSQL restart runs only where pg_ctlcluster and a local cluster exist,
on a scratch database; it restarts the whole local cluster.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability import scenarios
from tests.reliability.compare import compare
from tests.reliability.feed import KnownFeed, known_feed
from tests.reliability.runner import Outcome, Scenario, run_scenario
from tests.reliability.table import Row, render, run_row
from tests.store import pg


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs in the process loop")
    parser.add_argument("--flagged", type=int, default=20, help="outing corpus edits")
    parser.add_argument("--unflagged", type=int, default=20, help="harmless corpus edits")
    parser.add_argument("--only", default="", help="run only faults whose name contains this")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL restart")
    return parser.parse_args()


def _table(args: argparse.Namespace) -> list[Scenario]:
    chosen = [*scenarios.STREAM, *scenarios.API, scenarios.sigkill_loop(args.kills, pace=3.0),
              scenarios.sigkill_loop(5, seed=9, expire=True)]
    if not args.no_postgres and scenarios.pg_cluster() is not None and pg.server_available():
        chosen.append(scenarios.pg_restart(restarts=2))
    return [s for s in chosen if args.only in s.name]


async def _rows(feed: KnownFeed, table: list[Scenario], folder: Path) -> list[Row]:
    base_folder = folder / "fault-free"
    base_folder.mkdir()
    baseline = await run_scenario(feed.entries, Scenario("fault-free"), base_folder)
    print(f"fault-free: {len(baseline.state.requests)} requests queued, "
          f"{len(baseline.state.skips)} skips recorded, {baseline.events} edits judged, "
          f"{baseline.run_seconds:.1f} s", flush=True)
    rows = [Row(Scenario("none (fault-free run)"), baseline,
                compare(baseline.state, baseline.state))]
    for number, scenario in enumerate(table):
        where = folder / f"fault-{number}"
        where.mkdir()
        rows.append(await _row(feed, scenario, baseline, where))
        print(" | ".join(rows[-1].cells()), f"({rows[-1].outcome.run_seconds:.0f} s)",
              flush=True)
    return rows


async def _row(feed: KnownFeed, scenario: Scenario, baseline: Outcome, folder: Path) -> Row:
    if not scenario.name.startswith("store: PostgreSQL"):
        return await run_row(feed.entries, scenario, baseline, folder)
    scratch = pg.scratch_database("outingwatch_reliability")  # runs its own loop: a thread
    url = await asyncio.to_thread(scratch.__enter__)
    try:
        return await run_row(feed.entries, scenario, baseline, folder, url)
    finally:
        await asyncio.to_thread(scratch.__exit__, None, None, None)


def main() -> int:
    args = _arguments()
    feed = known_feed(args.flagged, args.unflagged)
    print(f"feed: {len(feed.entries)} frames, {len(feed.judged)} judged edits, "
          f"{len(feed.labelled_outing)} labelled outing", flush=True)
    with tempfile.TemporaryDirectory(prefix="outingwatch-faults-") as folder:
        rows = asyncio.run(_rows(feed, _table(args), Path(folder)))
    print()
    print(render([row.cells() for row in rows]))
    bad = [row for row in rows if row.difference.lost or row.difference.duplicated
           or row.difference.extra or row.difference.skipped]
    for row in bad:
        print(f"{row.scenario.name}: {row.difference.describe()}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
