"""Runs inside benchmarks/.presidio-venv (matplotlib is not a project dependency): the latency
distributions (CDFs, log time axis) of every run in e2e.json, as a PNG.

    python plot_cdf.py E2E.json OUT.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    runs = {**data["full_speed"], **data["paced"]}
    fig, ax = plt.subplots(figsize=(9, 5.5), dpi=110)
    for name, run in runs.items():
        values = sorted(v for v in run.get("latencies_ms", []) if v > 0)
        if not values:
            continue
        ys = [(i + 1) / len(values) for i in range(len(values))]
        ax.plot(values, ys, label=f"{name} (p99 {run['latency']['p99_ms']:.0f} ms)")
    ax.set_xscale("log")
    ax.set_xlabel("processing latency, received → decided (ms, log scale)")
    ax.set_ylabel("share of judged edits")
    ax.set_title(f"outingwatch end to end, {data['events']} events")
    ax.axvline(50, color="grey", linestyle=":", linewidth=1)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(sys.argv[2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
