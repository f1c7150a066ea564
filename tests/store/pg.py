"""A throw-away PostgreSQL database per test run (also used by the benchmark)."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg

SERVER = os.environ.get("OUTINGWATCH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
TABLES = ("requests, fingerprints, audit, positions, skips, users, sessions, user_audit, "
          "judged, suppressions, cases, case_members, case_keys, known_values, request_fields")


async def _admin(statement: str) -> None:
    conn = await asyncpg.connect(f"{SERVER}/postgres", timeout=3)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def server_available() -> bool:
    try:
        asyncio.run(_admin("SELECT 1"))
    except (TimeoutError, OSError, asyncpg.PostgresError):
        return False
    return True


@contextmanager
def scratch_database(prefix: str = "outingwatch_test") -> Iterator[str]:
    """CREATE a uniquely named database, yield its URL, DROP it at the end."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{SERVER}/{name}"
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def truncate(url: str) -> None:
    conn = await asyncpg.connect(url, timeout=3)
    try:
        await conn.execute(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
    finally:
        await conn.close()
