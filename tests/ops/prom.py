"""A real Prometheus (Debian's package) run for a test: scrape a target, answer queries."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def write_config(folder: Path, target: str, job: str) -> Path:
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "scrape_configs": [{
            "job_name": job, "metrics_path": "/metrics",
            "static_configs": [{"targets": [target]}],
        }],
    }
    path = folder / "prometheus.yml"
    path.write_text(json.dumps(config))  # JSON is YAML: no YAML library needed
    return path


@contextlib.asynccontextmanager
async def prometheus(binary: str, folder: Path, target: str, job: str) -> AsyncIterator[str]:
    """Run Prometheus scraping `target` every second; yield its base URL."""
    port = free_port()
    config = write_config(folder, target, job)
    with (folder / "prometheus.log").open("w") as log:
        process = await asyncio.create_subprocess_exec(
            binary, f"--config.file={config}", f"--storage.tsdb.path={folder / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
            stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            await stop(process)


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.terminate()
    try:
        await asyncio.wait_for(process.wait(), 20)
    except TimeoutError:
        process.kill()
        await process.wait()


async def query(session: aiohttp.ClientSession, base: str, expr: str) -> list[Any]:
    """The result vector of an instant query; empty while Prometheus is still starting."""
    try:
        async with session.get(f"{base}/api/v1/query", params={"query": expr}) as response:
            if response.status != 200:
                return []
            body = await response.json()
    except aiohttp.ClientError:
        return []
    result: list[Any] = body.get("data", {}).get("result", [])
    return result


async def wait_for(
    session: aiohttp.ClientSession, base: str, expr: str, attempts: int = 120
) -> list[Any]:
    """Poll `expr` (every 0.5 s, at most `attempts` times) until it returns a sample."""
    for _ in range(attempts):
        result = await query(session, base, expr)
        if result:
            return result
        await asyncio.sleep(0.5)
    return []
