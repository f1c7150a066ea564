"""The edit records the service sends to judgement on a feed, captured into a JSON-lines file
(`outingwatch scan`'s input), for in-process benchmarks of the judgement (bench_worker).

The feed runs through the servers and the service's own path (consumer, diff fetch, fields)
with the ceiling judge, which notes every record it is sent.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.e2e import judges, service_run
from benchmarks.e2e.run import RunSpec, start_servers, stop_servers
from cli.run import run_loop
from core.edit import EditRecord
from core.settings import Settings
from pipeline.stages import Verdict


class CapturingJudge(judges.CeilingJudge):
    def __init__(self, workers: int, into: list[EditRecord]) -> None:
        super().__init__(workers)
        self.into = into

    async def __call__(self, records: Sequence[EditRecord]) -> list[Verdict]:
        self.into.extend(records)
        return await super().__call__(records)


def capture(feed: Path, events: int, out: Path) -> int:
    """Write the records judged on the feed's first `events` events to `out`; their count."""
    records: list[EditRecord] = []

    def make(kind: str, settings: Settings, python: Path | None) -> judges.BenchJudge:
        return CapturingJudge(settings.workers, records)

    async def body(args: argparse.Namespace) -> int:
        await service_run.run(args, make)
        return 0

    servers, hello = start_servers(RunSpec("ceiling", feed, events))
    try:
        with tempfile.TemporaryDirectory(prefix="outingwatch-capture-") as tmp:
            args = service_run.parse([
                "--judge", "ceiling", "--stream-url", hello["stream_url"],
                "--api-base", hello["api_base"], "--db", f"{tmp}/queue.sqlite3",
                "--events", str(hello["events"]), "--out", f"{tmp}/result.json"])  # fmt: skip
            run_loop(body(args))
    finally:
        stop_servers(servers)
    out.write_text("".join(json.dumps(_plain(r)) + "\n" for r in records), encoding="utf-8")
    return len(records)


def _plain(record: EditRecord) -> dict[str, object]:
    return {k: v for k, v in dataclasses.asdict(record).items() if k != "expect"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e.capture")
    parser.add_argument("feed", type=Path)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(capture(args.feed, args.events, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
