"""The learned judgement: a shipped model loaded without pickle, calibrated scores that rank,
operating points as data, two tiers, explanations, and a reproducible `outingwatch train`."""

from __future__ import annotations

import json
import shutil
from itertools import islice, pairwise
from pathlib import Path

import numpy as np
import pytest

from detectors.finding import TYPES
from judgement.config import JudgeConfig
from judgement.judge import Judge
from judgement.model import DEFAULT_DIR, TARGETS, Model, ModelError
from judgement.operating import LEVELS
from tests.judgement.conftest import edit

OUTING = ("Everyone should know that Fernhollow is really Martin Okafor, he lives at "
          "14 Alder Close and works nights as a porter at St Anne's hospital, call him on "
          "07700 900461.")
NEUTRAL = "Thanks for fixing the infobox, I have added a citation to the 1998 census."


def test_model_is_text_and_json_and_small() -> None:
    files = sorted(DEFAULT_DIR.iterdir())
    assert {f.suffix for f in files} <= {".txt", ".json", ".npy"}
    assert {f"{t}.txt" for t in TARGETS} <= {f.name for f in files}
    assert sum(f.stat().st_size for f in files) < 8_000_000
    assert all(not f.read_bytes().startswith(b"\x80") for f in files)  # no pickle stream


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_DIR, folder)
    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    card["features"] = card["features"][:-1]
    (folder / "card.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        Model.load(folder)


def test_calibration_curves_never_fall() -> None:
    model = Model.load()
    for target in TARGETS:
        ys = model.calibration[target].ys
        assert all(a <= b for a, b in pairwise(ys)), target


def test_calibration_keeps_distinct_raw_scores_apart() -> None:
    # an isotonic map sent whole ranges of raw scores to one value: edits tied in the queue
    calibrate = Model.load().calibration["flag"]
    raw = np.linspace(0.02, 0.98, 200)
    assert len(set(np.round(calibrate(raw), 9))) == len(raw)


def test_operating_levels_are_ordered() -> None:
    points = json.loads((DEFAULT_DIR / "operating_points.json").read_text(encoding="utf-8"))
    cautious, balanced, wide = (points["levels"][level]["threshold"] for level in LEVELS)
    assert cautious >= balanced >= wide > 0.0


def test_scores_rank_outing_above_neutral_talk(judge: Judge) -> None:
    outing, neutral = judge.judge_many([edit(OUTING), edit(NEUTRAL)])
    assert outing.decision.flag
    assert not neutral.decision.flag
    assert outing.decision.score > 0.5 > neutral.decision.score >= 0.0
    assert outing.decision.tier in ("likely", "possible")
    assert {"name", "address"} <= set(outing.decision.types) <= set(TYPES)
    assert "07700" not in outing.decision.excerpt
    assert "Okafor" not in outing.decision.excerpt


def test_type_scores_are_computed_only_from_each_rows_floor(config: JudgeConfig) -> None:
    staged = [s for s in Judge(config).features_many([edit(OUTING), edit(NEUTRAL)]) if s]
    rows, texts = [row for row, _ in staged], [text for _, text in staged]
    model = Model.load()
    every = model.score(rows, texts)
    floored = model.score(rows, texts, types_from=[0.0, 2.0])
    assert floored[0] == every[0]  # bit for bit: each row is predicted by itself
    assert floored[1].flag == every[1].flag
    assert set(floored[1].types.values()) == {0.0}
    assert model.score(rows, texts, types_from=[2.0, 2.0]) == [
        type(s)(s.flag, dict.fromkeys(TYPES, 0.0)) for s in every]


def test_the_wide_level_flags_at_a_lower_threshold(config: JudgeConfig) -> None:
    wide = Judge(JudgeConfig({**config.data, "operating_point": "wide"}))
    cautious = Judge(JudgeConfig({**config.data, "operating_point": "cautious"}))
    assert wide.scorer.points.threshold("enwiki") <= cautious.scorer.points.threshold("enwiki")
    decision = cautious.judge(edit(OUTING)).decision
    assert decision.tier == "likely"


def test_an_unknown_level_is_a_clear_error(config: JudgeConfig) -> None:
    with pytest.raises(ValueError, match="cautious, balanced, wide"):
        Judge(JudgeConfig({**config.data, "operating_point": "reckless"}))


def test_rules_alone_remain_available(config: JudgeConfig) -> None:
    rules = Judge(JudgeConfig({**config.data, "scorer": "rules"}))
    decision = rules.judge(edit(OUTING)).decision
    assert decision.flag
    assert decision.score > 0.5


def test_explanations_name_features_and_mask_values(config: JudgeConfig) -> None:
    explaining = Judge(JudgeConfig({**config.data, "explain": True}))
    judged = explaining.judge(edit(OUTING))
    assert judged.explanation
    assert all(isinstance(push, float) for _, push in judged.explanation)
    assert judged.found
    assert all("07700" not in snippet for _, _, snippet in judged.found)


def test_train_is_reproducible_from_its_seed(config: JudgeConfig, tmp_path: Path) -> None:
    from synth.generate import generate
    from training import dataset, pipeline

    rows = [json.dumps(r) for r in islice(generate(3), 0, 6000, 25)]
    data = list(dataset.examples(rows))
    first = pipeline.train(data, config, seed=3, jobs=1, say=lambda _: None)
    second = pipeline.train(data, config, seed=3, jobs=1, say=lambda _: None)
    pipeline.write(first, tmp_path / "a")
    pipeline.write(second, tmp_path / "b")
    for target in TARGETS:
        assert (tmp_path / "a" / f"{target}.txt").read_text("utf-8") == \
            (tmp_path / "b" / f"{target}.txt").read_text("utf-8"), target
    assert Model.load(tmp_path / "a").card["seed"] == 3
