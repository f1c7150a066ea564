"""One measured run: the servers process and the service process, sampled from outside.

The parent starts `benchmarks.e2e.servers` (stream + API on the feed), then
`benchmarks.e2e.service_run` with a judgement, samples both process trees from /proc every 100 ms
(CPU, RSS), reaps the service with os.wait4 (its whole CPU time, children included) and turns
what both reported into figures.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.e2e import figures
from benchmarks.e2e.procs import Sampler

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class RunSpec:
    judge: str
    feed: Path
    events: int  # the first `events` entries of the feed
    schedule: str = "0:0"  # the servers' pace phases (0 = full speed)
    workers: int = 0  # 0 = the settings default
    presidio_python: Path | None = None
    settings: tuple[str, ...] = ()  # NAME=VALUE service settings
    profile: Path | None = None  # py-spy's folded stacks of the service tree, once it is ready

    @property
    def name(self) -> str:
        return self.judge if self.schedule == "0:0" else f"{self.judge} paced {self.schedule}"


def _module(name: str, *args: str) -> list[str]:
    return [sys.executable, "-m", name, *args]


def start_servers(spec: RunSpec) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    command = _module("benchmarks.e2e.servers", str(spec.feed), "--limit", str(spec.events),
                      "--schedule", spec.schedule)  # fmt: skip
    servers = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)  # fmt: skip
    assert servers.stdout is not None
    line = servers.stdout.readline()
    if not line:
        servers.wait()
        raise RuntimeError("the servers process did not start")
    return servers, json.loads(line)


def service_command(spec: RunSpec, hello: dict[str, Any], folder: Path) -> list[str]:
    args = ["--judge", spec.judge, "--stream-url", hello["stream_url"],
            "--api-base", hello["api_base"], "--db", str(folder / "queue.sqlite3"),
            "--events", str(hello["events"]), "--out", str(folder / "result.json"),
            "--workers", str(spec.workers)]  # fmt: skip
    for pair in spec.settings:
        args += ["--set", pair]
    if spec.presidio_python is not None:
        args += ["--presidio-python", str(spec.presidio_python)]
    return _module("benchmarks.e2e.service_run", *args)


def measure(spec: RunSpec) -> dict[str, Any]:
    servers, hello = start_servers(spec)
    try:
        with tempfile.TemporaryDirectory(prefix="outingwatch-e2e-") as tmp:
            folder = Path(tmp)
            service = subprocess.Popen(service_command(spec, hello, folder), cwd=ROOT,
                                       stdout=subprocess.PIPE, text=True)  # fmt: skip
            sampler = Sampler({"service": service.pid, "servers": servers.pid})
            sampler.start()
            profiler = start_profiler(spec.profile, service)
            _, status, usage = os.wait4(service.pid, 0)
            if profiler is not None:
                profiler.wait(timeout=60)
            service.returncode = os.waitstatus_to_exitcode(status)
            sampler.stop()
            if service.returncode != 0:
                raise RuntimeError(f"the service process exited with {service.returncode}")
            result = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    finally:
        phases = stop_servers(servers)
    result["total_cpu_s"] = usage.ru_utime + usage.ru_stime
    return summarise(spec, result, sampler, phases)


def start_profiler(path: Path | None, service: subprocess.Popen[str]
                   ) -> subprocess.Popen[bytes] | None:  # fmt: skip
    """py-spy on the service and its workers from the moment it is ready (the model loaded)."""
    assert service.stdout is not None
    service.stdout.readline()  # {"ready": ...}
    if path is None:
        return None
    beside = Path(sys.executable).parent / "py-spy"  # the venv's, else one on PATH
    spy = str(beside) if beside.exists() else shutil.which("py-spy") or str(beside)
    command = [spy, "record", "--pid", str(service.pid), "--subprocesses", "--rate", "250",
               "--format", "raw", "--output", str(path)]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop_servers(servers: subprocess.Popen[str]) -> list[dict[str, Any]]:
    assert servers.stdin is not None
    assert servers.stdout is not None
    servers.stdin.close()
    rest = servers.stdout.read()
    servers.wait(timeout=30)
    return [json.loads(line) for line in rest.splitlines() if line.strip()]


def summarise(spec: RunSpec, result: dict[str, Any], sampler: Sampler,
              phases: list[dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    start, end = result["first_received"], result["last_outcome"]
    decisions = result.pop("decisions")
    latencies = figures.latencies_ms(decisions)
    cpu = sampler.cpu_between("service", start, end)
    return {
        "name": spec.name, "judge": spec.judge, "schedule": spec.schedule,
        "workers": result["workers"], "events": result["events"],
        "accounted": figures.accounted(result), "queue_matches": figures.queue_matches(result),
        **figures.throughput(result), "latency": figures.latency_summary(latencies),
        "cpu_s": cpu, "cpu_ms_per_event": cpu / result["events"] * 1000,
        "loop_cpu_ms_per_event": result.get("loop_cpu_s", 0.0) / result["events"] * 1000,
        "total_cpu_s": result["total_cpu_s"],
        "servers_cpu_s": sampler.cpu_between("servers", start, end),
        "peak_rss_mib": sampler.peak_rss("service") / 2**20,
        "servers_peak_rss_mib": sampler.peak_rss("servers") / 2**20,
        "phases": phases, "result": result, "latencies_ms": latencies,
        "decisions": decisions,
    }
