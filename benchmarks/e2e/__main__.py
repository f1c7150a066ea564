"""End-to-end benchmark: `.venv/bin/python -m benchmarks.e2e [--events N] [--quick]`.

Builds (or reuses) the feed in benchmarks/out/, then runs, each with the servers and the service
in processes of their own: outingwatch, the ceiling and Presidio at full speed, then outingwatch
paced at the live rate and through a 10x burst. Writes benchmarks/out/e2e.json, e2e.md and
e2e-latency.png.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.e2e import figures, report
from benchmarks.e2e.feed import SEED, FeedInfo, FeedSpec, ensure_feed
from benchmarks.e2e.run import ROOT, RunSpec, measure

OUT = ROOT / "benchmarks" / "out"
PRESIDIO_VENV = ROOT / "benchmarks" / ".presidio-venv"
LIVE = 40.0


def presidio_python() -> tuple[Path | None, str]:
    """The Presidio venv's python (made by benchmarks.bench_judge on first use), or why not."""
    try:
        from benchmarks.bench_judge import _presidio_python
    except ImportError:
        python = PRESIDIO_VENV / "bin" / "python"
        return (python, "") if python.exists() else (None, "benchmarks/.presidio-venv missing")
    return _presidio_python()


def paced_schedules(quick: bool) -> dict[str, list[tuple[float, float]]]:
    """(pace, seconds) phases; the last phase runs until the feed's end."""
    if quick:
        return {"live": [(LIVE, 10.0)], "burst": [(LIVE, 3.0), (LIVE * 10, 4.0), (LIVE, 5.0)]}
    return {"live": [(LIVE, 30.0)], "burst": [(LIVE, 5.0), (LIVE * 10, 10.0), (LIVE, 10.0)]}


def schedule_text(phases: list[tuple[float, float]]) -> tuple[str, int]:
    events = int(sum(pace * seconds for pace, seconds in phases))
    parts = [f"{pace:g}:{seconds:g}" for pace, seconds in phases[:-1]]
    return ",".join([*parts, f"{phases[-1][0]:g}:0"]), events


def run_full(args: argparse.Namespace, info: FeedInfo, python: Path | None, notes: list[str]
             ) -> dict[str, dict[str, Any]]:  # fmt: skip
    runs: dict[str, dict[str, Any]] = {}
    judges = [j for j in args.judges.split(",") if j != "presidio" or python is not None]
    for judge in judges:
        events = min(info.events, args.presidio_events or info.events) if judge == "presidio" \
            else info.events
        profile = OUT / f"profile-{judge}.txt" if args.profile else None
        tries = [measure(RunSpec(judge, info.path, events, workers=args.workers,
                                 presidio_python=python, settings=tuple(args.set),
                                 profile=profile))
                 for _ in range(args.repeats)]
        runs[judge] = median_run(tries)
        say(f"{judge}: {runs[judge]['events_per_s']:,.0f} events/s, "
            f"p99 {runs[judge]['latency']['p99_ms']:.0f} ms")
    if python is not None and (args.presidio_events or info.events) < info.events:
        notes.append(f"Presidio ran on the feed's first {args.presidio_events} events.")
    return runs


def median_run(tries: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median events/s (its other figures with it); every rate kept."""
    ordered = sorted(tries, key=lambda r: r["events_per_s"])
    chosen = ordered[(len(ordered) - 1) // 2]
    chosen["repeats_events_per_s"] = [r["events_per_s"] for r in tries]
    chosen["median_events_per_s"] = statistics.median(chosen["repeats_events_per_s"])
    return chosen


def run_paced(args: argparse.Namespace, info: FeedInfo) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, phases in paced_schedules(args.quick).items():
        schedule, events = schedule_text(phases)
        run = measure(RunSpec("outingwatch", info.path, min(events, info.events), schedule,
                              args.workers, settings=tuple(args.set)))  # fmt: skip
        add_phases(run, name)
        out[f"{name} {schedule}"] = run
        say(f"{name}: p99 {run['latency']['p99_ms']:.0f} ms, accounted {run['accounted']}")
    return out


def add_phases(run: dict[str, Any], name: str) -> None:
    bounds = figures.phase_bounds(run["phases"], run["result"]["last_outcome"])
    latencies = figures.by_phase(run["decisions"], bounds)
    labels = ["live", "burst", "after"] if name == "burst" else ["live"]
    run["slowest"] = figures.slowest_sizes(run["decisions"])
    run["by_phase"] = [{"phase": labels[min(i, len(labels) - 1)], "pace": p["pace"],
                        "latency": figures.latency_summary(lat)}
                       for i, (p, lat) in enumerate(zip(run["phases"], latencies, strict=True))]
    if name == "burst" and len(bounds) >= 2:
        start, end = bounds[1]
        run["drain_s"] = figures.drain_seconds(run["decisions"], end)
        received = sum(1 for d in run["decisions"] if start <= d[0] < end)
        run["burst_rate"] = received / max(1e-9, end - start)


def plot(python: Path | None, data_path: Path, notes: list[str]) -> None:
    png = OUT / "e2e-latency.png"
    script = ROOT / "benchmarks" / "e2e" / "plot_cdf.py"
    if python is None:
        notes.append("no plot: the Presidio venv (which holds matplotlib) is missing")
        return
    check = subprocess.run([str(python), "-c", "import matplotlib"], capture_output=True,
                           check=False)  # fmt: skip
    if check.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "matplotlib>=3.8"],
                       capture_output=True, check=False)  # fmt: skip
    done = subprocess.run([str(python), str(script), str(data_path), str(png)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        notes.append("no plot: " + (done.stderr.strip().splitlines() or ["failed"])[-1][:160])


def say(line: str) -> None:
    print(line, flush=True)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e", description=__doc__)
    parser.add_argument("--events", type=int, default=20_000, help="feed size")
    parser.add_argument("--quick", action="store_true", help="2,000 events, short paced runs")
    parser.add_argument("--workers", type=int, default=0, help="judgement processes (0: default)")
    parser.add_argument("--repeats", type=int, default=1, help="full-speed runs per judgement")
    parser.add_argument("--presidio-events", type=int, default=0,
                        help="run Presidio on the feed's first N events only (0: all)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a service setting for every run, e.g. batch_size=16 (repeatable)")
    parser.add_argument("--judges", default="outingwatch,rules,ceiling,presidio",
                        help="full-speed runs, comma-separated (outingwatch is needed)")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="py-spy the service at full speed: benchmarks/out/profile-*.txt")
    parser.add_argument("--no-paced", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.quick:
        args.events = min(args.events, 2_000)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    notes: list[str] = []
    info = ensure_feed(FeedSpec(events=args.events, seed=args.seed), OUT)
    say(f"feed: {info.path.name}: {info.events} events {info.counts}")
    python, why = (None, "not asked") if args.no_presidio else presidio_python()
    if python is None:
        notes.append(f"Presidio column empty: {why}")
        say(f"Presidio: {why}")
    runs = run_full(args, info, python, notes)
    paced = {} if args.no_paced else run_paced(args, info)
    own = runs["outingwatch"]
    found = sum(1 for rev in info.outing_ids if rev in set(own["result"]["flagged"]))
    notes.append(f"outing edits in the feed flagged by outingwatch: {found}/{len(info.outing_ids)}")
    data = {"events": info.events, "feed": info.to_json() | {"outing_ids": len(info.outing_ids)},
            "workers": own["workers"], "cpus": os.cpu_count(), "settings": args.set,
            "command": shlex.join([".venv/bin/python", "-m", "benchmarks.e2e", *sys.argv[1:]]),
            "full_speed": runs, "paced": paced, "notes": notes}  # fmt: skip
    for run in [*runs.values(), *paced.values()]:
        run.pop("decisions", None)
    json_path, md_path = report.write(data, OUT)
    plot(python, json_path, notes)
    md_path.write_text(report.markdown(data), encoding="utf-8")
    say(md_path.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
