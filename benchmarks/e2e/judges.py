"""The judgements a run compares, each a pipeline.stages.Judge with start-up and shutdown.

- outingwatch: the service's own (pipeline.adapters.make_judge: the JudgePool process pool).
- ceiling: the same process pool shape (spawn workers, the same batches sent and answered), but
  the worker decides "no flag" at once: no plain text, no detectors, no model. What is left is
  the stream, the diff fetch, the inter-process calls and the recording: the pipeline's ceiling.
- presidio: Microsoft Presidio's AnalyzerEngine with the same spaCy model, in worker processes of
  its own venv (benchmarks/.presidio-venv, a JSON-lines server each); an edit is flagged when
  Presidio finds a contact or identity number entity (score >= 0.5) in the added wikitext.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import multiprocessing
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

from core.edit import EditRecord
from core.settings import Settings
from judgement.decision import Decision
from pipeline.adapters import judge_config, make_judge
from pipeline.stages import Verdict

HERE = Path(__file__).resolve().parent
PRESIDIO_SERVER = HERE / "presidio_server.py"
PRESIDIO_FLAGS = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "IP_ADDRESS": "ip_address",
    "US_SSN": "id_number", "UK_NHS": "id_number", "US_PASSPORT": "id_number",
    "US_DRIVER_LICENSE": "id_number", "IBAN_CODE": "id_number", "CREDIT_CARD": "id_number",
    "US_BANK_NUMBER": "id_number", "US_ITIN": "id_number",
}  # fmt: skip
PRESIDIO_MIN_SCORE = 0.5
LINE_LIMIT = 1 << 26


class BenchJudge(Protocol):
    ready: bool

    async def warm(self) -> None: ...

    async def __call__(self, records: Sequence[EditRecord]) -> Sequence[Verdict]: ...

    async def close(self) -> None: ...


def _nothing(records: list[EditRecord]) -> list[Decision]:
    return [Decision(record.id, False, 0.0) for record in records]


def _ready() -> bool:
    return True


class CeilingJudge:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.ready = False
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))

    async def warm(self) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _ready)
                               for _ in range(self.workers)))  # fmt: skip
        self.ready = True

    async def __call__(self, records: Sequence[EditRecord]) -> list[Verdict]:
        loop = asyncio.get_running_loop()
        decisions = await loop.run_in_executor(self._pool, _nothing, list(records))
        return [Verdict(decision) for decision in decisions]

    async def close(self) -> None:
        await asyncio.to_thread(self._pool.shutdown, True)


def presidio_verdict(record: EditRecord, entities: list[str]) -> Verdict:
    types = tuple(sorted({PRESIDIO_FLAGS[e] for e in entities if e in PRESIDIO_FLAGS}))
    reasons = ("presidio: " + ", ".join(entities),) if types else ()
    return Verdict(Decision(record.id, bool(types), 1.0 if types else 0.0, types, "[redacted]",
                            reasons))  # fmt: skip


class PresidioJudge:
    def __init__(self, python: Path, workers: int, model: str) -> None:
        self.python, self.workers, self.model = python, workers, model
        self.ready = False
        self._procs: list[asyncio.subprocess.Process] = []
        self._idle: asyncio.Queue[asyncio.subprocess.Process] = asyncio.Queue()

    async def warm(self) -> None:
        for _ in range(self.workers):
            proc = await asyncio.create_subprocess_exec(
                str(self.python), str(PRESIDIO_SERVER), self.model, str(PRESIDIO_MIN_SCORE),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=LINE_LIMIT)
            self._procs.append(proc)
        for proc in self._procs:
            assert proc.stdout is not None
            if (await proc.stdout.readline()).strip() != b"ready":
                raise RuntimeError("the Presidio server did not start")
            self._idle.put_nowait(proc)
        self.ready = True

    async def __call__(self, records: Sequence[EditRecord]) -> list[Verdict]:
        proc = await self._idle.get()
        try:
            assert proc.stdin is not None
            assert proc.stdout is not None
            proc.stdin.write(json.dumps([r.added for r in records]).encode() + b"\n")
            await proc.stdin.drain()
            found: list[list[str]] = json.loads(await proc.stdout.readline())
        finally:
            self._idle.put_nowait(proc)
        return [presidio_verdict(r, e) for r, e in zip(records, found, strict=True)]

    async def close(self) -> None:
        for proc in self._procs:
            if proc.stdin is not None:
                proc.stdin.close()
        await asyncio.gather(*(proc.wait() for proc in self._procs))


class TimedJudge:
    """Notes when each record was decided (monotonic), as the pipeline does after the call."""

    def __init__(self, inner: BenchJudge, decided: dict[str, float]) -> None:
        self.inner = inner
        self.decided = decided
        self.flagged: set[str] = set()
        self.sizes: dict[str, int] = {}  # characters of added wikitext, by record id

    async def __call__(self, records: Sequence[EditRecord]) -> Sequence[Verdict]:
        verdicts = await self.inner(records)
        now = time.monotonic()
        for record, verdict in zip(records, verdicts, strict=False):
            self.decided[record.id] = now
            self.sizes[record.id] = len(record.added)
            if verdict.decision.flag:
                self.flagged.add(record.id)
        return verdicts


Factory = Callable[[str, Settings, Path | None], BenchJudge]


def make(kind: str, settings: Settings, presidio_python: Path | None) -> BenchJudge:
    factories: dict[str, Callable[[], BenchJudge]] = {
        "outingwatch": lambda: make_judge(settings),
        "rules": lambda: make_judge(rules_only(settings)),
        "ceiling": lambda: CeilingJudge(settings.workers),
        "presidio": lambda: PresidioJudge(_required(presidio_python), settings.workers,
                                          str(judge_config(settings).data["model"])),
    }
    return factories[kind]()


def rules_only(settings: Settings) -> Settings:
    """The same service with the old judgement: the hand-written rules' score, no model."""
    data = {**judge_config(settings).data, "scorer": "rules"}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(data, f)
    return dataclasses.replace(settings, judge_config=Path(f.name))


def _required(python: Path | None) -> Path:
    if python is None:
        raise ValueError("the Presidio venv's python is needed for the presidio judge")
    return python
