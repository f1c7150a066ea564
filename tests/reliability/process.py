"""The real service as a child process (`outingwatch run`), so that it can be killed with SIGKILL.

It runs in its own session: a SIGKILL goes to its process group, judgement workers included, as
when a container is killed. Every start appends to one log file, read back by the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from service import OPS_PATHS

ROOT = Path(__file__).resolve().parents[2]
STOP_WAIT_S = 60.0  # generous: a loaded machine; only against a hang


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ServiceProcess:
    env: dict[str, str]
    log_path: Path
    port: int = field(default_factory=free_port)
    ops_port: int = field(default_factory=free_port)  # metrics and health
    starts: int = 0
    _proc: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ops_url(self) -> str:
        return f"http://127.0.0.1:{self.ops_port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    async def start(self) -> None:
        env = {**os.environ, **self.env, "OUTINGWATCH_PORT": str(self.port),
               "OUTINGWATCH_OPS_PORT": str(self.ops_port)}
        env.pop("OUTINGWATCH_TEST_POSTGRES", None)
        with self.log_path.open("ab") as log:
            self._proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "cli.main", "run", cwd=ROOT, env=env,
                stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True)
        self.starts += 1

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown code runs."""
        if self._proc is not None and self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)

    async def wait_killed(self) -> None:
        if self._proc is not None:
            await self._proc.wait()
            self._proc = None

    async def stop(self) -> int | None:
        """SIGTERM (graceful shutdown), then SIGKILL if it hangs; the exit code."""
        proc = self._proc
        if proc is None:
            return None
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(proc.wait(), STOP_WAIT_S)
        except TimeoutError:
            self.kill()
            code = await proc.wait()
        self._reap_group(proc.pid)
        self._proc = None
        return code

    @staticmethod
    def _reap_group(pgid: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)  # workers left behind, if any

    def exited(self) -> int | None:
        return self._proc.returncode if self._proc is not None else None

    async def get(self, session: aiohttp.ClientSession, path: str) -> tuple[int, str] | None:
        """An answer from the running service, or None while it is not listening."""
        try:
            base = self.ops_url if path in OPS_PATHS else self.url
            async with session.get(base + path, timeout=aiohttp.ClientTimeout(total=5)) as r:
                return r.status, await r.text()
        except (aiohttp.ClientError, TimeoutError, OSError):
            return None

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
