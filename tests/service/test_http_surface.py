"""The running service's two HTTP ports under abuse: slow and idle clients cannot exhaust either,
metrics and health live on their own port, and no answer names a version."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import resource
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from replay.feed import write_feed
from service import create_app, serve, warn_if_exposed
from tests.reliability.process import ROOT
from tests.service.feeds import FeedBuilder
from tests.service.rig import Local, Running, local_servers, running, settings_for
from web.config import WebConfig

SLOW_CLIENTS = 300
LIMIT = 40
HALF_REQUEST = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "


@contextlib.asynccontextmanager
async def service(tmp_path: Path, **changes: object) -> AsyncIterator[Running]:
    feed = FeedBuilder()
    feed.edit("Thanks for the photo.")
    local: Local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, max_connections=LIMIT, header_timeout=1.0,
                            keepalive_timeout=2.0, **changes)
    try:
        async with running(settings) as run:
            yield run
    finally:
        await local.close()


async def slow_clients(url: str, count: int) -> list[tuple[asyncio.StreamReader,
                                                           asyncio.StreamWriter]]:
    host, port = url.removeprefix("http://").split(":")
    clients = []
    for _ in range(count):
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(HALF_REQUEST)  # and never the rest
        clients.append((reader, writer))
    await asyncio.gather(*(w.drain() for _, w in clients))
    return clients


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(), 30) == b""
    except (ConnectionError, TimeoutError):
        return isinstance(reader.exception(), ConnectionError)


async def answered(http: aiohttp.ClientSession, url: str) -> int:
    async with http.get(url, timeout=aiohttp.ClientTimeout(total=10)) as response:
        return response.status


async def test_slow_clients_leave_the_page_and_healthz_answering(tmp_path: Path) -> None:
    async with service(tmp_path) as run:
        queue_crowd = await slow_clients(run.base_url, SLOW_CLIENTS)
        ops_crowd = await slow_clients(run.ops_url, SLOW_CLIENTS)
        async with aiohttp.ClientSession() as http:
            assert await answered(http, run.base_url + "/") == 200
            assert await answered(http, run.ops_url + "/healthz") == 200
            assert await answered(http, run.ops_url + "/metrics") == 200
        crowd = queue_crowd + ops_crowd
        closed = await asyncio.gather(*(closed_by_server(r) for r, _ in crowd))
        for _, writer in crowd:
            writer.close()
    assert all(closed), f"{closed.count(False)} slow connections were left open"


async def test_metrics_and_health_are_not_on_the_queue_port(tmp_path: Path) -> None:
    async with service(tmp_path) as run, aiohttp.ClientSession() as http:
        for path in ("/metrics", "/healthz", "/readyz"):
            assert await answered(http, run.base_url + path) == 404
        assert await answered(http, run.ops_url + "/") == 404
        assert await answered(http, run.ops_url + "/api/v1/requests") == 404
        assert await answered(http, run.base_url + "/") == 200


async def test_no_answer_names_a_version(tmp_path: Path) -> None:
    async with service(tmp_path) as run:
        for url in (run.base_url, run.ops_url):
            host, port = url.removeprefix("http://").split(":")
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(b"NOT-HTTP \x00\x01 garbage\r\n\r\n")
            raw = await asyncio.wait_for(reader.read(), 10)
            writer.close()
            assert raw.split(b"\r\n", 1)[0].endswith(b" 400 Bad Request"), raw[:80]
            assert b"\r\nServer: outingwatch\r\n" in raw
            assert b"aiohttp" not in raw
            assert b"Python" not in raw
        async with aiohttp.ClientSession() as http, http.get(run.ops_url + "/healthz") as r:
            assert r.headers["Server"] == "outingwatch"


async def test_a_non_loopback_address_without_tls_warns_at_start(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    feed = FeedBuilder()
    local = await local_servers(feed.entries)
    settings = settings_for(local, tmp_path, listen_host="0.0.0.0", ops_port=0)
    stop = asyncio.Event()
    try:
        with caplog.at_level(logging.WARNING, logger="service"):
            code = await serve(create_app(settings), settings.listen_host, 0, stop,
                               on_listening=lambda _: stop.set())
    finally:
        await local.close()
    assert code == 0
    assert any("not marked Secure" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("host", "config", "warns"), [
    ("0.0.0.0", WebConfig(), True),
    ("0.0.0.0", WebConfig(public_origin="https://queue.example.org"), False),
    ("0.0.0.0", WebConfig(secure_cookies=True), False),
    ("127.0.0.1", WebConfig(), False),
])
def test_when_the_start_warns(host: str, config: WebConfig, warns: bool, tmp_path: Path,
                              caplog: pytest.LogCaptureFixture) -> None:
    from core.settings import Settings

    with caplog.at_level(logging.WARNING, logger="service"):
        warn_if_exposed(Settings(listen_host=host), config)
    assert bool(caplog.records) is warns


async def test_idle_crowds_do_not_exhaust_a_300_descriptor_limit(tmp_path: Path) -> None:
    """The review's case: under `ulimit -n 300`, 400 idle connections to each port."""
    feed = FeedBuilder()
    feed.edit("Thanks for the photo.")
    feed_path = tmp_path / "feed.ndjson"
    write_feed(feed_path, feed.entries)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cli.main", "replay", str(feed_path), "--port", "0",
        "--ops-port", "0", "--workers", "1", "--max-connections", "100", cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (300, 300)))
    seen: list[str] = []
    try:
        base = (await read_until(process, r"queue page:\s+(http://\S+?)/ ", seen)).group(1)
        ops = (await read_until(process, r"metrics:\s+(http://\S+?)/metrics", seen)).group(1)
        await read_until(process, r"feed drained", seen)
        crowd = [*await idle_clients(base, 400), *await idle_clients(ops, 400)]
        async with aiohttp.ClientSession() as http:
            assert await answered(http, base + "/") == 200
            assert await answered(http, ops + "/healthz") == 200
        for _, writer in crowd:
            writer.close()
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 120)
    assert "Too many open files" not in "".join(seen)


async def idle_clients(url: str, count: int) -> list[tuple[asyncio.StreamReader,
                                                           asyncio.StreamWriter]]:
    host, port = url.removeprefix("http://").split(":")
    return [await asyncio.open_connection(host, int(port)) for _ in range(count)]


async def read_until(process: asyncio.subprocess.Process, pattern: str,
                     seen: list[str]) -> re.Match[str]:
    assert process.stdout is not None
    while True:
        line = (await asyncio.wait_for(process.stdout.readline(), 300)).decode()
        assert line, "replay ended early:\n" + "".join(seen[-40:])
        seen.append(line)
        if found := re.search(pattern, line):
            return found
