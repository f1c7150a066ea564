"""The SRE material: alert rules and the example config pass promtool, and the rules fire when
they should (promtool's rule unit tests); every metric they and the dashboard name exists."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from metrics.instruments import Metrics
from tests.support import require_program

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
pytestmark = pytest.mark.promtool


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    path = require_program("promtool", "prometheus")
    return subprocess.run([path, *args], capture_output=True, text=True, timeout=120, check=False)


def test_alert_rules_pass_promtool_check() -> None:
    result = promtool("check", "rules", str(DEPLOY / "alerts.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_example_config_passes_promtool_check(tmp_path: Path) -> None:
    for name in ("prometheus.yml", "alerts.yml"):
        (tmp_path / name).write_text((DEPLOY / name).read_text())
    result = promtool("check", "config", str(tmp_path / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def without_annotations(rules: str) -> str:
    """The rules file minus its `annotations:` blocks (promtool's unit tests compare them)."""
    kept: list[str] = []
    block_indent: int | None = None
    for line in rules.splitlines():
        indent = len(line) - len(line.lstrip())
        if block_indent is not None and (not line.strip() or indent > block_indent):
            continue
        block_indent = indent if line.strip() == "annotations:" else None
        if block_indent is None:
            kept.append(line)
    return "\n".join(kept) + "\n"


def test_alerts_fire_when_they_should(tmp_path: Path) -> None:
    rules = without_annotations((DEPLOY / "alerts.yml").read_text())
    assert "annotations" not in rules
    assert rules.count("- alert:") == (DEPLOY / "alerts.yml").read_text().count("- alert:")
    (tmp_path / "alerts.yml").write_text(rules)
    cases = (Path(__file__).parent / "rules_cases.yml").read_text()
    header = "rule_files: [alerts.yml]\nevaluation_interval: 1m\n"
    (tmp_path / "cases.yml").write_text(header + cases)
    result = promtool("test", "rules", str(tmp_path / "cases.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def exported_names() -> set[str]:
    metrics = Metrics()
    metrics.event_time(0)
    metrics.detector_time("phone", 0.1)
    metrics.event_handled("queued", 0)
    metrics.api_request("/healthz", "GET", 200, 0.01)
    metrics.wiki_request("compare", "200")
    metrics.reconnected("eof")
    metrics.suppressions.suppression("enwiki", new=True, judged=True, flagged=False,
                                     band="0.1-0.2", seconds=None, resolved=False)
    text = generate_latest(metrics.registry).decode()
    names = {f.name for f in text_string_to_metric_families(text)}
    names |= {s.name for f in text_string_to_metric_families(text) for s in f.samples}
    return names


def referenced(text: str) -> set[str]:
    return set(re.findall(r"\boutingwatch_[a-z_]+\b", text))


def test_rules_and_dashboard_name_only_exported_metrics() -> None:
    names = exported_names()
    dashboard = json.loads((DEPLOY / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    used = referenced(" ".join(exprs) + (DEPLOY / "alerts.yml").read_text())
    assert len(used) >= 12
    assert used <= names, sorted(used - names)


def test_dashboard_is_a_grafana_dashboard() -> None:
    dashboard = json.loads((DEPLOY / "grafana-dashboard.json").read_text())
    assert dashboard["uid"] == "outingwatch"
    assert isinstance(dashboard["schemaVersion"], int)
    titles = " ".join(p["title"] for p in dashboard["panels"]).lower()
    for topic in ("throughput", "lag", "latency", "errors", "queue depth", "pool",
                  "precision and recall", "missed suppressions", "suppression on the wiki"):
        assert topic in titles
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:
        assert panel["targets"]
        assert {"h", "w", "x", "y"} <= panel["gridPos"].keys()
    quantiles = [t["expr"] for p in dashboard["panels"] for t in p["targets"]
                 if "histogram_quantile" in t["expr"]]
    assert all("_bucket[" in expr and "le" in expr for expr in quantiles)
