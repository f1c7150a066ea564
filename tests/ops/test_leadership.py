"""The leadership alerts fire when no replica leads, when two believe they lead and when the
lead changes hands too often; the stream alerts leave a standby alone (promtool unit tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ops.test_rules import DEPLOY, promtool, without_annotations

pytestmark = pytest.mark.promtool
CASES = Path(__file__).with_name("leadership_cases.yml")


def test_leadership_alerts_fire_when_they_should(tmp_path: Path) -> None:
    (tmp_path / "alerts.yml").write_text(without_annotations((DEPLOY / "alerts.yml").read_text()))
    header = "rule_files: [alerts.yml]\nevaluation_interval: 1m\n"
    (tmp_path / "cases.yml").write_text(header + CASES.read_text())
    result = promtool("test", "rules", str(tmp_path / "cases.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_every_leadership_alert_has_a_case() -> None:
    rules = (DEPLOY / "alerts.yml").read_text()
    group = rules[rules.index("name: outingwatch-leadership"):]
    names = [line.split(":", 1)[1].strip() for line in group.splitlines()
             if line.strip().startswith("- alert:")]
    assert names == ["OutingwatchNoLeader", "OutingwatchTwoLeaders",
                     "OutingwatchLeadershipFlapping"]
    cases = CASES.read_text()
    for name in names:
        assert f"alertname: {name}" in cases
