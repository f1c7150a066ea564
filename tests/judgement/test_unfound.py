"""An edit in which no detector found anything is flagged only at its own, higher threshold:
there is nothing in it to suppress but its wording, which alone misleads more often."""

from __future__ import annotations

import json

import pytest

from core.edit import EditRecord
from judgement.config import JudgeConfig
from judgement.judge import Judge
from judgement.model import DEFAULT_DIR
from judgement.operating import LEVELS, OperatingPoints
from training.dataset import examples
from training.pipeline import operating_points

POINTS = OperatingPoints({"cautious": 0.8, "balanced": 0.3, "wide": 0.2}, {}, {},
                         unfound={"cautious": 0.9, "balanced": 0.5, "wide": 0.2})


def test_an_edit_with_findings_uses_the_level() -> None:
    assert POINTS.tier(0.35, "enwiki", found=True) == "possible"
    assert POINTS.tier(0.85, "enwiki", found=True) == "likely"


def test_an_edit_without_findings_needs_the_higher_threshold() -> None:
    assert POINTS.tier(0.35, "enwiki", found=False) == ""
    assert POINTS.tier(0.55, "enwiki", found=False) == "possible"
    assert POINTS.tier(0.85, "enwiki", found=False) == "possible"
    assert POINTS.tier(0.95, "enwiki", found=False) == "likely"


def test_an_unfound_threshold_is_never_below_its_level() -> None:
    low = OperatingPoints(POINTS.levels, {}, {}, unfound={"balanced": 0.1})
    assert low.threshold("enwiki", found=False) == 0.3


def _records(flags_scores: list[tuple[bool, float]]) -> list[str]:
    return [json.dumps({"id": f"r{i}", "wiki": "enwiki", "namespace": 3, "title": "User talk:X",
                        "user": "Y", "type": "edit", "comment": "", "added": "text",
                        "expect": {"flag": flag, "types": ["name"] if flag else []},
                        "family": f"en.name.f{i}", "split": "eval"})
            for i, (flag, _) in enumerate(flags_scores)]


def test_training_reads_the_unfound_thresholds_off_the_edits_without_findings() -> None:
    # with findings: every score ranks perfectly; without: false flags up to 0.6
    found = [(True, 0.4 + i / 100) for i in range(10)] + [(False, 0.1), (False, 0.2)]
    bare = [(True, 0.95), (True, 0.8), (False, 0.6), (False, 0.55), (True, 0.7), (False, 0.3)]
    rows = found + bare
    held = list(examples(_records(rows)))
    points = operating_points(held, [s for _, s in rows], {"name": [s for _, s in rows]},
                              [True] * len(found) + [False] * len(bare))
    assert points["levels"]["balanced"]["threshold"] <= 0.4
    assert points["unfound"]["balanced"] == 0.7
    # the level's figures are what it flags with the unfound threshold applied (without it the
    # bare edits at 0.6 and 0.55 would be flagged: precision 13/15)
    assert (points["levels"]["balanced"]["precision"], points["levels"]["balanced"]["recall"]) == (
        1.0, 1.0)
    assert all(points["unfound"][lv] >= points["levels"][lv]["threshold"] for lv in LEVELS)


def test_the_shipped_model_has_unfound_thresholds() -> None:
    data = json.loads((DEFAULT_DIR / "operating_points.json").read_text(encoding="utf-8"))
    for level in LEVELS:
        assert data["unfound"][level] >= data["levels"][level]["threshold"]


def _edit(n: int, added: str) -> EditRecord:
    return EditRecord(id=f"u:{n}", wiki="zhwiki", server_name="zh.wikipedia.org", namespace=0,
                      title="Page", user="Editor", type="edit", comment="", added=added)


@pytest.mark.parametrize(("added", "flagged"), [
    ("192", False),  # a bare number: no wording, nothing found
    ("Done.", False),
    ("1 2 3 4 5 6 7 8 9", False),
    ("Nice work there, thanks.", True),  # wording, however plain, reaches a level of 0
    ("我知道你住在哪里", True),  # eight letters of a script without spaces
])
def test_an_edit_with_nothing_found_needs_some_wording(config: JudgeConfig, added: str,
                                                       flagged: bool) -> None:
    flag_all = {"levels": dict.fromkeys(LEVELS, 0.0),
                "unfound": dict.fromkeys(LEVELS, 0.0)}
    judge = Judge(JudgeConfig({**config.data, "operating_points": flag_all}, config.source))
    decision = judge.judge(_edit(len(added), added)).decision
    assert decision.flag is flagged
