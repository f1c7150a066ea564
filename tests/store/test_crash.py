"""A writer killed with SIGKILL mid-enqueue: after restart no flag is lost and none is doubled."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

from store.base import QueueStore
from store.model import ListFilter
from store.open import open_store

ROOT = Path(__file__).resolve().parents[2]
TOTAL = 200


def run_writer(url: str, kill_after: int | None) -> int | None:
    """Start the writer; SIGKILL it once it has reported `kill_after` commits. The last seen."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.store.crash_writer", url, str(TOTAL)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    last, seen = None, 0
    for line in proc.stdout:
        last, seen = int(line), seen + 1
        if kill_after is not None and seen >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.stdout.close()
    proc.wait(timeout=60)
    return last


async def committed(store: QueueStore) -> tuple[list[int], int]:
    requests = await store.list_requests(ListFilter(limit=500))
    position = await store.load_position()
    assert position is not None
    return sorted(r.rev_id for r in requests), int(position.last_event_id)


async def test_sigkill_during_enqueue_loses_and_doubles_nothing(empty_database_url: str) -> None:
    database_url = empty_database_url
    rng = random.Random(20261125)
    acknowledged = 0
    for _ in range(4):
        last = run_writer(database_url, kill_after=rng.randint(1, 40))
        acknowledged = last or acknowledged
        store = await open_store(database_url)
        try:
            revs, position = await committed(store)
        finally:
            await store.close()
        assert position >= acknowledged
        assert revs == list(range(1, position + 1))  # each exactly once, none past the position
        assert position < TOTAL
    assert run_writer(database_url, kill_after=None) == TOTAL
    store = await open_store(database_url)
    try:
        revs, position = await committed(store)
        assert (revs, position) == (list(range(1, TOTAL + 1)), TOTAL)
        assert (await store.depth_by_state()) == {"pending": TOTAL}
    finally:
        await store.close()
