"""`outingwatch scan` and `outingwatch eval` end to end, through cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main

GOOD = {"id": "a1", "wiki": "enwiki", "namespace": 3, "title": "User talk:Quietbrook",
        "user": "Brook Stone", "type": "edit", "comment": "",
        "added": "I got your number from the choir list, 07700 900123, so expect a call."}
PLAIN = {**GOOD, "id": "a3", "added": "Thanks for the barnstar!"}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_scan_keeps_input_order_and_records_malformed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "in.jsonl", [
        json.dumps(GOOD), "{not json", json.dumps({"no": "id"}), json.dumps(PLAIN)])
    out = tmp_path / "out.jsonl"
    code = main(["scan", str(source), "--out", str(out), "--jobs", "0"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 1
    assert [r["id"] for r in rows] == ["a1", "line-2", "line-3", "a3"]
    assert rows[0]["flag"]
    assert "phone" in rows[0]["types"]  # the CLI passes the judgement's types through
    assert "07700" not in rows[0]["excerpt"]
    assert rows[1]["error"]
    assert "not json" not in rows[1]["error"]
    assert "error" in rows[2]
    assert not rows[3]["flag"]
    assert "errors 2" in capsys.readouterr().err


def test_scan_with_worker_processes_matches_in_process(tmp_path: Path) -> None:
    lines = [json.dumps({**PLAIN, "id": f"p{i}"}) for i in range(40)] + [json.dumps(GOOD)]
    source = _write(tmp_path / "in.jsonl", lines)
    pooled, local = tmp_path / "pooled.jsonl", tmp_path / "local.jsonl"
    assert main(["scan", str(source), "--out", str(pooled), "--jobs", "2"]) == 0
    assert main(["scan", str(source), "--out", str(local), "--jobs", "0"]) == 0
    assert pooled.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert json.loads(pooled.read_text(encoding="utf-8").splitlines()[-1])["flag"]


def test_eval_prints_scores_and_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = [{**GOOD, "expect": {"flag": True, "types": ["phone"]}},
                {**PLAIN, "expect": {"flag": True, "types": ["name"]}}]
    source = _write(tmp_path / "labelled.jsonl", [json.dumps(r) for r in labelled])
    assert main(["eval", str(source)]) == 0
    printed = capsys.readouterr().out
    overall = next(line for line in printed.splitlines() if line.startswith("overall"))
    assert overall.split()[1:4] == ["1.000", "0.500", "0.667"]
    assert "misses (1): a3" in printed


def test_eval_scores_a_decisions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path / "labelled.jsonl",
                    [json.dumps({**PLAIN, "expect": {"flag": False, "types": []}})])
    decisions = _write(tmp_path / "decisions.jsonl",
                       [json.dumps({"id": "a3", "flag": True, "types": ["email"]})])
    assert main(["eval", str(source), "--decisions", str(decisions)]) == 0
    assert "false flags (1): a3" in capsys.readouterr().out


def test_scan_with_an_unreadable_config_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "in.jsonl", [json.dumps(PLAIN)])
    assert main(["scan", str(source), "--config", str(tmp_path / "missing.json")]) == 2
    assert "cannot read judgement config" in capsys.readouterr().err


def test_a_config_without_required_entries_is_refused(tmp_path: Path) -> None:
    from judgement.config import ConfigError, load_config

    path = tmp_path / "config.json"
    path.write_text(json.dumps({"threshold": 0.5}), encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks"):
        load_config(path)


def test_eval_prints_the_curve_calibration_and_a_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = [{**GOOD, "expect": {"flag": True, "types": ["phone"]}},
                {**PLAIN, "expect": {"flag": False, "types": []}}]
    source = _write(tmp_path / "labelled.jsonl", [json.dumps(r) for r in labelled])
    png = tmp_path / "pr.png"
    assert main(["eval", str(source), "--precision", "0.9", "--curve", str(png)]) == 0
    printed = capsys.readouterr().out
    assert "average precision (area under the PR curve): 1.000" in printed
    assert "threshold for precision >= 0.90" in printed
    assert "calibration: bin" in printed
    assert png.read_bytes().startswith(b"\x89PNG")


def test_scan_explain_adds_findings_and_features_values_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "in.jsonl", [json.dumps(GOOD)])
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(source), "--out", str(out), "--explain"]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert [f[0] for f in row["explain"]["findings"]] == ["phone"]
    assert row["explain"]["features"]
    printed = capsys.readouterr().err
    assert "a1: flagged" in printed
    assert "07700" not in printed
    assert "07700" not in json.dumps(row["explain"])
