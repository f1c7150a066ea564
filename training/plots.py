"""PNG plots people would rather look at than read: the precision-recall curve with the
operating points on it, and the calibration (reliability) diagram."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from training.curves import Point


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("plots need matplotlib: pip install 'outingwatch[train]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def pr_curve(path: Path, curves: Mapping[str, Sequence[Point]],
             marks: Mapping[str, Point] | None = None, title: str = "") -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    for label, points in curves.items():
        ax.plot([p.recall for p in points], [p.precision for p in points], label=label)
    for name, point in (marks or {}).items():
        ax.scatter([point.recall], [point.precision], zorder=3)
        ax.annotate(f"{name} ({point.threshold:.2f})", (point.recall, point.precision),
                    textcoords="offset points", xytext=(-60, -14), fontsize=8)
    ax.set(xlabel="recall", ylabel="precision", xlim=(0, 1.01), ylim=(0, 1.01),
           title=title or "precision-recall")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def reliability(path: Path, table: Sequence[Mapping[str, Any]], title: str = "") -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(4.8, 4.8), dpi=100)
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect")
    ax.plot([r["mean_score"] for r in table], [r["observed"] for r in table], marker="o",
            label="model")
    ax.set(xlabel="mean score in bin", ylabel="share that is outing", xlim=(0, 1), ylim=(0, 1),
           title=title or "calibration")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
