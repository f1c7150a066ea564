"""The run's figures as JSON and as a markdown table with the ratios and the targets."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.e2e.figures import ratio

GIB = 1024.0
JUDGES = ("outingwatch", "ceiling", "presidio")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    get: Callable[[dict[str, Any]], float]
    fmt: str
    ratios: bool = True  # whether outingwatch / other means something for this figure


ROWS = (
    Row("events/s (end to end)", lambda r: r["events_per_s"], "{:,.0f}"),
    Row("judged edits/s", lambda r: r["judged_per_s"], "{:,.0f}"),
    Row("wall time, first received → last outcome (s)", lambda r: r["wall_s"], "{:.1f}", False),
    Row("latency p50 (ms, received → decided)", lambda r: r["latency"]["p50_ms"], "{:.1f}"),
    Row("latency p95 (ms)", lambda r: r["latency"]["p95_ms"], "{:.1f}"),
    Row("latency p99 (ms)", lambda r: r["latency"]["p99_ms"], "{:.1f}"),
    Row("service CPU per event (ms, process tree)", lambda r: r["cpu_ms_per_event"], "{:.2f}"),
    Row("of which the event-loop process (ms, ready → last outcome)",
        lambda r: r.get("loop_cpu_ms_per_event", 0.0), "{:.2f}"),
    Row("servers' CPU in the window (s, own process)", lambda r: r["servers_cpu_s"], "{:.1f}",
        False),
    Row("service CPU incl. start-up and model loading (s, os.wait4)",
        lambda r: r["total_cpu_s"], "{:.1f}", False),
    Row("peak RSS of the service tree (MiB)", lambda r: r["peak_rss_mib"], "{:,.0f}"),
    Row("servers' peak RSS (MiB, own process)", lambda r: r["servers_peak_rss_mib"], "{:,.0f}",
        False),
    Row("edits flagged", lambda r: float(len(r["result"]["flagged"])), "{:.0f}", False),
)


def _cell(value: float | None, fmt: str) -> str:
    if value is None or math.isnan(value):
        return "–"
    return fmt.format(value)


def _value(run: dict[str, Any] | None, get: Callable[[dict[str, Any]], float]) -> float | None:
    return get(run) if run is not None else None


def _row(runs: dict[str, dict[str, Any]], row: Row) -> str:
    own, top, peer = (_value(runs.get(name), row.get) for name in JUDGES)
    cells = [_cell(v, row.fmt) for v in (own, top, peer)]
    if row.ratios:
        cells += [_cell(ratio(own, top), "{:.2f}"), _cell(ratio(own, peer), "{:.2f}")]
    else:
        cells += ["", ""]
    return f"| {row.label} | " + " | ".join(cells) + " |"


def full_speed_table(runs: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["| figure | outingwatch | ceiling | Presidio | outingwatch / ceiling "
             "| outingwatch / Presidio |", "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    lines += [_row(runs, row) for row in ROWS]
    checks = ", ".join(f"{name} {_yes(run['accounted'])}" for name, run in runs.items())
    lines.append(f"\nEvery event judged or skipped with a reason: {checks}.")
    return lines


def paced_table(paced: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["| run | phase | pace (events/s) | edits | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, run in paced.items():
        for phase in run["by_phase"]:
            lat = phase["latency"]
            lines.append(f"| {name} | {phase['phase']} | {phase['pace']:.0f} | {lat['count']:.0f} "
                         f"| {lat['p50_ms']:.1f} | {lat['p95_ms']:.1f} | {lat['p99_ms']:.1f} "
                         f"| {lat['max_ms']:.1f} |")
    for name, run in paced.items():
        slow = run.get("slowest")
        if slow:
            lines.append(f"\n{name}: the slowest 1% of edits added "
                         f"{slow['slowest_median_chars']:,.0f} characters (median), all edits "
                         f"{slow['all_median_chars']:,.0f}.")
    for name, run in paced.items():
        if "drain_s" in run:
            lines.append(f"\n{name}: backlog drained {run['drain_s']:.2f} s after the burst's end; "
                         f"burst received at {run['burst_rate']:.0f} events/s; every event "
                         f"accounted for: {_yes(run['accounted'])}; queue = flagged decisions: "
                         f"{_yes(run['queue_matches'])}.")
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "NO"


def _rate(run: dict[str, Any] | None) -> float | None:
    return None if run is None else float(run["events_per_s"])


def _p99(run: dict[str, Any] | None) -> float | None:
    return None if run is None else float(run["latency"]["p99_ms"])


def targets(runs: dict[str, dict[str, Any]], paced: dict[str, dict[str, Any]]) -> list[str]:
    own = runs.get("outingwatch")
    if own is None:
        return []
    live = next((r for n, r in paced.items() if n.startswith("live")), None)
    burst = next((r for n, r in paced.items() if n.startswith("burst")), None)
    vs_top = ratio(_rate(own), _rate(runs.get("ceiling")))
    vs_peer = ratio(_rate(own), _rate(runs.get("presidio")))
    drained = burst is not None and burst["accounted"] and burst["queue_matches"]
    rows = [
        ("≥ 1,000 events/s, every event judged",
         own["events_per_s"] >= 1000 and own["accounted"], f"{own['events_per_s']:,.0f}/s"),
        ("≥ 50% of the ceiling", _ge(vs_top, 0.5), _cell(vs_top, "{:.2f}")),
        ("≥ 20× Presidio", _ge(vs_peer, 20), _cell(vs_peer, "{:.1f}×")),
        ("p99 ≤ 50 ms at the live rate", _ge(50.0, _p99(live)), _cell(_p99(live), "{:.1f} ms")),
        ("10× burst drains without loss", drained, _burst(burst)),
        ("peak RSS ≤ 1.5 GiB", own["peak_rss_mib"] <= 1.5 * GIB, f"{own['peak_rss_mib']:,.0f} MiB"),
    ]  # fmt: skip
    old = ratio(_rate(own), _rate(runs.get("rules")))
    if old is not None:
        rows.append(("no slower than the rules-only judgement (same run)", _ge(old, 1.0),
                     f"{_rate(runs.get('rules')):,.0f}/s, new/old {old:.2f}"))
    lines = ["| target | met | measured |", "|---|---|---|"]
    lines += [f"| {name} | {_yes(ok)} | {shown} |" for name, ok, shown in rows]
    return lines


def _burst(run: dict[str, Any] | None) -> str:
    if run is None or "drain_s" not in run:
        return "–"
    return (f"drained in {run['drain_s']:.2f} s (the server delivered the burst at "
            f"{run['burst_rate']:.0f} events/s)")


def _ge(value: float | None, bound: float | None) -> bool:
    return value is not None and bound is not None and value >= bound


def markdown(data: dict[str, Any]) -> str:
    runs, paced = data["full_speed"], data["paced"]
    out = [f"# End-to-end benchmark ({data['events']} events, {data['workers']} judgement "
           f"worker(s), {data['cpus']} CPUs)", "", f"Command: `{data['command']}`",
           f"Service settings changed: {', '.join(data.get('settings') or []) or 'none'}", "",
           "## Full speed", "", *full_speed_table(runs), "", "## Paced", "",
           *paced_table(paced), "", "## Targets", "", *targets(runs, paced), ""]  # fmt: skip
    out += [f"- {note}" for note in data.get("notes", [])]
    return "\n".join(out) + "\n"


def write(data: dict[str, Any], folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    as_json, as_md = folder / "e2e.json", folder / "e2e.md"
    as_json.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    as_md.write_text(markdown(data), encoding="utf-8")
    return as_json, as_md
