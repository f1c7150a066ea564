"""The replicas' deployments, validated offline: deploy/compose.yaml by Debian's docker-compose
(`config` resolves and checks it against the Compose schema without a Docker daemon), the
manifests in deploy/kubernetes/ by kubernetes-validate against Kubernetes' own schemas (strict:
an unknown field fails). Each validator is also shown a broken copy, which it must refuse."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from kubernetes_validate import utils as kube

from tests.support import require_program

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
MANIFESTS = sorted((DEPLOY / "kubernetes").glob("*.yaml"))
KUBERNETES = "1.30.0"  # the oldest version the manifests promise to work on
SECRETS = {"POSTGRES_PASSWORD": "example-password", "OUTINGWATCH_CONTACT": "sre@example.org",
           "OUTINGWATCH_FINGERPRINT_KEY": "0123456789abcdef0123456789abcdef"}


def compose_config(path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    program = require_program("docker-compose", "docker-compose")
    clean = {k: v for k, v in os.environ.items() if k not in SECRETS}
    return subprocess.run([program, "-f", str(path), "config"], capture_output=True, text=True,
                          env=clean | env, timeout=120, check=False)


def test_compose_file_passes_docker_compose_config() -> None:
    result = compose_config(DEPLOY / "compose.yaml", SECRETS)
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    assert set(services) == {"postgres", "replica-1", "replica-2", "prometheus"}
    for name in ("replica-1", "replica-2"):
        replica = services[name]
        assert replica["environment"]["OUTINGWATCH_DATABASE"].startswith("postgresql://")
        assert replica["read_only"] is True
        assert replica["user"] == "10001:10001"
        assert replica["depends_on"]["postgres"]["condition"] == "service_healthy"
    mounts = " ".join(services["prometheus"]["volumes"])
    assert "compose-prometheus.yml" in mounts
    assert "alerts.yml" in mounts


def test_compose_refuses_to_start_without_its_secrets() -> None:
    result = compose_config(DEPLOY / "compose.yaml", {})
    assert result.returncode != 0
    assert "POSTGRES_PASSWORD" in result.stderr


def test_docker_compose_refuses_a_broken_compose_file(tmp_path: Path) -> None:
    broken = (DEPLOY / "compose.yaml").read_text().replace("read_only: true", "read_only: often")
    (tmp_path / "compose.yaml").write_text(broken)
    result = compose_config(tmp_path / "compose.yaml", SECRETS)
    assert result.returncode != 0
    assert "read_only" in result.stderr


@pytest.mark.promtool
def test_compose_prometheus_scrapes_both_replicas_and_passes_promtool(tmp_path: Path) -> None:
    promtool = require_program("promtool", "prometheus")
    for name in ("compose-prometheus.yml", "alerts.yml"):
        (tmp_path / name).write_text((DEPLOY / name).read_text())
    result = subprocess.run([promtool, "check", "config", str(tmp_path / "compose-prometheus.yml")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    config = yaml.safe_load((DEPLOY / "compose-prometheus.yml").read_text())
    targets = config["scrape_configs"][0]["static_configs"][0]["targets"]
    assert sorted(targets) == ["replica-1:8081", "replica-2:8081"]


def documents() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in MANIFESTS:
        for document in yaml.safe_load_all(path.read_text()):
            found[document["kind"]] = document
    return found


@pytest.mark.parametrize("path", MANIFESTS, ids=[p.name for p in MANIFESTS])
def test_manifest_passes_kubernetes_validate(path: Path) -> None:
    for document in yaml.safe_load_all(path.read_text()):
        kube.validate(document, KUBERNETES, strict=True)


def test_kubernetes_validate_refuses_a_broken_manifest() -> None:
    deployment = documents()["Deployment"]
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"][
        "paht"] = "/readyz"
    with pytest.raises(kube.ValidationError):
        kube.validate(deployment, KUBERNETES, strict=True)
    deployment = documents()["Deployment"]
    deployment["spec"]["replicas"] = "two"
    with pytest.raises(kube.ValidationError):
        kube.validate(deployment, KUBERNETES, strict=True)


def test_the_manifests_make_two_hardened_replicas_that_share_a_secret() -> None:
    found = documents()
    assert set(found) == {"Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"}
    deployment = found["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert deployment["spec"]["replicas"] == 2
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert {"cpu", "memory"} <= container["resources"]["requests"].keys()
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    env = {e["name"]: e for e in container["env"]}
    assert ports["ops"] == int(env["OUTINGWATCH_OPS_PORT"]["value"])
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert container[probe]["httpGet"]["port"] == "ops"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert env["OUTINGWATCH_FINGERPRINT_KEY"]["valueFrom"]["secretKeyRef"]["name"] == "outingwatch"
    assert "value" not in env["OUTINGWATCH_DATABASE"]  # the password stays in the Secret
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for kind in ("PodDisruptionBudget",):
        assert found[kind]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert found["NetworkPolicy"]["spec"]["podSelector"]["matchLabels"].items() <= labels.items()
    assert found["Service"]["spec"]["selector"].items() <= labels.items()
    assert found["PodDisruptionBudget"]["spec"]["minAvailable"] == 1
    grace = pod["terminationGracePeriodSeconds"]
    assert grace > float(env["OUTINGWATCH_SHUTDOWN_GRACE"]["value"])  # time to hand over
