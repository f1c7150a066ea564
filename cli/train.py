"""`outingwatch train`: rebuild the shipped outing model from a seed.

Generates the synthetic corpus from the seed (or reads `--data`), extracts features with the
judgement's own code, trains one LightGBM model per target, calibrates on out-of-fold scores,
reads operating points off the held-out families and writes the model folder and its card.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from judgement.config import ConfigError, load_config
from judgement.model import DEFAULT_DIR
from synth.generate import generate
from training import dataset, pipeline, plots
from training.progress import Progress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--data", default=None,
                        help="labelled records with family and split (default: generate)")
    parser.add_argument("--out", default=str(DEFAULT_DIR), help="model folder to write")
    parser.add_argument("--report", default="reports/model",
                        help="folder for the precision-recall and calibration plots")
    parser.add_argument("--jobs", type=int, default=2, help="feature worker processes")
    parser.add_argument("--features-cache", default=None,
                        help="keep the extracted features in this file and reuse them when "
                             "only the model's parameters change")
    parser.add_argument("--config", default=None, help="judgement config JSON (default: packaged)")


def _data(args: argparse.Namespace) -> list[dataset.Example]:
    if args.data:
        return dataset.read(Path(args.data))
    lines = (json.dumps(row, ensure_ascii=False)
             for row in generate(args.seed, Progress("rendering families", 1)))
    return list(dataset.examples(lines))


def main(args: argparse.Namespace) -> int:
    started = time.monotonic()
    try:
        config = load_config(args.config)
        data = _data(args)
    except (ConfigError, OSError, ValueError) as exc:
        print(f"outingwatch train: {exc}", file=sys.stderr)
        return 2
    print(f"{len(data)} records, {sum(e.flag for e in data)} outing", file=sys.stderr)
    model = pipeline.train(data, config, args.seed, args.jobs,
                           progress=Progress("features", len(data)),
                           say=lambda line: print(line, file=sys.stderr),
                           cache=Path(args.features_cache) if args.features_cache else None)
    pipeline.write(model, Path(args.out))
    _plots(model, data, Path(args.report))
    print(json.dumps(model.card["eval"], indent=1)[:4000])
    print(f"model written to {args.out} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


def _plots(model: pipeline.Trained, data: list[dataset.Example], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    held = [e for e in data if e.split == "eval"]
    y = [int(e.flag) for e in held]
    from training.curves import Point, curve

    marks = {name: Point(v["threshold"], v["precision"], v["recall"])
             for name, v in model.points["levels"].items()}
    plots.pr_curve(folder / "pr-curve.png", {"held-out families": curve(y, model.eval_scores)},
                   marks, "outing model, held-out families")
    plots.reliability(folder / "calibration.png", model.card["eval"]["calibration"],
                      "calibration, held-out families")
