"""The container: build the Dockerfile with ../shared/container/build.sh (buildah, chroot
isolation), run `outingwatch replay` inside it on a feed made here, and check /healthz, /metrics
and the queued requests from outside (chroot isolation shares this machine's loopback); then
stop it with SIGTERM and expect a graceful exit."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from replay.feed import write_feed
from tests.ops.prom import free_port
from tests.service.feeds import standard_feed
from tests.support import require_program

Process = asyncio.subprocess.Process
ROOT = Path(__file__).resolve().parents[2]
TAG = "localhost/outingwatch:test"
pytestmark = [pytest.mark.container, pytest.mark.slow]
STOP = "/tmp/outingwatch-stop"
POLLS = 1200  # 0.25 s each: a guard against a hang, no assertion depends on time


def run(*args: str, timeout: float = 120) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{args[:3]} failed: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done.stdout.strip()


@pytest.fixture(scope="module")
def image(shared_dir: Path) -> str:
    require_program("buildah", "buildah")
    require_program("podman", "podman")
    script = shared_dir / "container" / "build.sh"
    assert script.is_file(), script
    built = subprocess.run(["bash", str(script), TAG], cwd=ROOT, capture_output=True, text=True,
                           timeout=3600, check=False)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    return TAG


@pytest.fixture
def container(image: str) -> Iterator[tuple[str, Path]]:
    name = run("buildah", "from", image)
    try:
        yield name, Path(run("buildah", "mount", name))
    finally:
        subprocess.run(["buildah", "umount", name], capture_output=True, check=False)
        subprocess.run(["buildah", "rm", name], capture_output=True, check=False)


def test_image_runs_as_a_non_root_user(container: tuple[str, Path]) -> None:
    name, _ = container
    assert run("buildah", "run", "--isolation", "chroot", name, "--", "id", "-u") != "0"
    config = json.loads(run("buildah", "inspect", "--type", "container", name))
    oci = config["OCIv1"]["config"]
    assert oci["Entrypoint"] == ["outingwatch"]
    assert oci["Cmd"] == ["run"]
    assert {"8080/tcp", "8081/tcp"} <= set(oci["ExposedPorts"])
    assert "/data" in oci["Volumes"]
    version = run("buildah", "run", "--isolation", "chroot", name, "--", "outingwatch", "--version")
    assert version.startswith("outingwatch ")
    notice = run("buildah", "run", "--isolation", "chroot", name, "--",
                 "cat", "/usr/share/doc/outingwatch/NOTICE")
    assert "CC BY-SA" in notice


@contextlib.asynccontextmanager
async def replay_inside(name: str, root: Path, port: int, ops_port: int) -> AsyncIterator[Process]:
    """`outingwatch replay` in the container, stopped by SIGTERM once the stop file appears."""
    script = (f"outingwatch replay /tmp/feed.ndjson --port {port} --ops-port {ops_port} "
              "--workers 1 & pid=$!; "
              f"until [ -e {STOP} ] || ! kill -0 $pid 2>/dev/null; do sleep 0.2; done; "
              "kill -TERM $pid 2>/dev/null; wait $pid")
    process = await asyncio.create_subprocess_exec(
        "buildah", "run", "--isolation", "chroot", name, "--", "sh", "-c", script,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        yield process
    finally:
        (root / STOP.lstrip("/")).touch()
        try:
            await asyncio.wait_for(process.wait(), 60)
        except TimeoutError:
            process.kill()
            await process.wait()


async def read_until(process: asyncio.subprocess.Process, pattern: str, seen: list[str]) -> str:
    assert process.stdout is not None
    while True:
        line = (await asyncio.wait_for(process.stdout.readline(), 600)).decode()
        assert line, "replay ended early:\n" + "".join(seen[-40:])
        seen.append(line)
        if match := re.search(pattern, line):
            return match.group(1)


async def test_replay_inside_the_container(container: tuple[str, Path]) -> None:
    name, root = container
    feed = standard_feed()
    write_feed(root / "tmp" / "feed.ndjson", feed.entries)
    port, ops_port = free_port(), free_port()
    base, ops = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{ops_port}"
    seen: list[str] = []
    async with replay_inside(name, root, port, ops_port) as process, \
            aiohttp.ClientSession() as http:
        token = await read_until(process, r"demo oversighter token: (\S+)", seen)
        await read_until(process, r"(feed drained)", seen)
        async with http.get(f"{ops}/healthz") as health:
            assert health.status == 200
        async with http.get(f"{ops}/metrics") as response:
            metrics = await response.text()
        headers = {"Authorization": f"Bearer {token}"}
        async with http.get(f"{base}/api/v1/requests", headers=headers) as listing:
            assert listing.status == 200
            body = await listing.json()
    assert process.returncode == 0, "".join(seen[-40:])
    assert f"outingwatch_events_received_total {len(feed.entries)}.0" in metrics
    handled = re.search(r'outingwatch_events_handled_total\{outcome="queued"\} (\S+)', metrics)
    assert handled is not None
    requests = body["requests"]
    assert len(requests) == int(float(handled.group(1))) >= 1
    judged = {f"{wiki}:{rev}" for wiki, rev in feed.judged}
    assert {f"{r['wiki']}:{r['rev_id']}" for r in requests} <= judged
