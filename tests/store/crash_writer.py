"""Enqueue revisions 1..N with the position, resuming from the saved position; print each commit.

Run by test_crash.py, which kills it with SIGKILL at random moments.
    python -m tests.store.crash_writer DATABASE_URL N
"""

from __future__ import annotations

import asyncio
import sys

from store.open import open_store
from stream.position import Position
from tests.store.factory import make_request


async def write(url: str, total: int) -> None:
    store = await open_store(url)
    try:
        position = await store.load_position()
        start = int(position.last_event_id) + 1 if position else 1
        for rev in range(start, total + 1):
            fingerprints = (f"{rev % 7:064x}",)
            await store.enqueue(make_request(rev, fingerprints=fingerprints),
                                Position(str(rev), rev))
            sys.stdout.write(f"{rev}\n")
            sys.stdout.flush()
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(write(sys.argv[1], int(sys.argv[2])))
