"""Retention that really forgets, over real HTTP on SQLite and PostgreSQL: after the purge no
planted value (title, editor, excerpt, reasons, a note with an email and a phone, and its copy in
the audit) is served, held in any table, or left in the database's files: the SQLite file and its
WAL, PostgreSQL's relation files."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp import web

from store.base import QueueStore
from store.open import open_store
from tests.store import pg
from tests.store.factory import Clock, make_request
from tests.web.server import serving
from web.config import WebConfig
from web.routes import setup_queue_app

DAY_S = 86_400.0
PLANTED = {
    "title": "User talk:Planted-Title-Q7",
    "user": "Planted-Editor-Z9",
    "excerpt": "Planted-Excerpt-X3 call [PHONE]",
    "note": "planted.person.k4@example.com, +44 20 7946 0999",
    "fingerprint": "abcdef0123456789" * 4,
}
NEEDLES = [v.encode() for v in (*PLANTED.values(), "Planted-Reason-W5")]


@pytest.fixture
async def app_store(database_url: str, clock: Clock) -> AsyncIterator[tuple[str, QueueStore]]:
    store = await open_store(database_url, clock=clock)
    if database_url.startswith("postgresql"):
        await pg.truncate(database_url)
    app = web.Application()
    setup_queue_app(app, store, WebConfig())
    try:
        async with serving(app) as base:
            yield base, store
    finally:
        await store.close()


async def _plant(base: str, store: QueueStore) -> tuple[int, dict[str, str]]:
    request = make_request(7, title=PLANTED["title"], user=PLANTED["user"],
                           excerpt=PLANTED["excerpt"], fingerprints=(PLANTED["fingerprint"],))
    request = dataclasses.replace(request, reasons=("Planted-Reason-W5",))
    rid, _ = await store.enqueue(request)
    await store.enqueue(make_request(8, fingerprints=("0" * 64,)))  # still pending: kept
    headers = {"Authorization": f"Bearer {await store.add_user('alice')}"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(f"{base}/api/v1/requests/{rid}/claim") as response:
            assert response.status == 200
        async with http.post(f"{base}/api/v1/requests/{rid}/resolve",
                             json={"outcome": "dismissed", "note": PLANTED["note"]}) as response:
            assert response.status == 200
    return rid, headers


async def _served(base: str, rid: int, headers: dict[str, str]) -> str:
    async with aiohttp.ClientSession(headers=headers) as http:
        texts = []
        for path in (f"/api/v1/requests/{rid}", f"/api/v1/requests/{rid}/audit",
                     "/api/v1/requests?state=dismissed"):
            async with http.get(base + path) as response:
                assert response.status == 200
                texts.append(await response.text())
    return "\n".join(texts)


async def test_purge_forgets_every_copy(app_store: tuple[str, QueueStore], clock: Clock,
                                        database_url: str) -> None:
    base, store = app_store
    rid, headers = await _plant(base, store)
    assert PLANTED["note"] in await _served(base, rid, headers)
    clock.advance(31 * DAY_S)
    assert await store.purge(30) == 1
    served = await _served(base, rid, headers)
    assert not [n for n in NEEDLES if n.decode() in served]
    audit = await store.audit(rid)
    assert [(a.actor, a.to_state) for a in audit] == [
        ("outingwatch", "pending"), ("alice", "claimed"), ("alice", "dismissed")]
    if database_url.startswith("postgresql"):
        assert await _pg_rows_holding(database_url) == []
        assert await _pg_files_holding(database_url) == []
    else:
        assert _sqlite_files_holding(database_url) == []


def _sqlite_files_holding(url: str) -> list[str]:
    path = Path(url.removeprefix("sqlite:///"))
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    found = []
    for file in files:
        data = file.read_bytes() if file.exists() else b""
        found += [f"{file.name}: {n.decode()}" for n in NEEDLES if n in data]
    return found


TABLES = ("requests", "audit", "fingerprints", "skips", "users", "sessions", "user_audit")


async def _pg_rows_holding(url: str) -> list[str]:
    conn = await asyncpg.connect(url)
    try:
        found = []
        for table in TABLES:
            for row in await conn.fetch(f"SELECT t::text AS r FROM {table} t"):
                found += [f"{table}: {n.decode()}" for n in NEEDLES if n.decode() in row["r"]]
        return found
    finally:
        await conn.close()


async def _pg_files_holding(url: str) -> list[str]:
    """The tables' files on disk, when this process may read them (the server runs here)."""
    conn = await asyncpg.connect(url)
    try:
        data_dir = Path(await conn.fetchval("SHOW data_directory"))
        await conn.execute("CHECKPOINT")
        paths = [data_dir / await conn.fetchval("SELECT pg_relation_filepath($1)", t)
                 for t in TABLES]
    finally:
        await conn.close()
    readable = [p for p in paths if p.exists()]
    if not readable:
        pytest.skip("PostgreSQL's data files are not readable here; the rows were checked")
    found = []
    for file in readable:
        for segment in sorted(file.parent.glob(file.name + "*")):
            data = segment.read_bytes()
            found += [f"{segment.name}: {n.decode()}" for n in NEEDLES if n in data]
    return found
