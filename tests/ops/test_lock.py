"""The lock file and pyproject.toml agree: every runtime dependency is pinned, with hashes, to
a version its specifier accepts; nothing else is in the lock; and the install paths (the
Dockerfile, scripts/venv.sh) install from it with hash checking. After changing dependencies:
`bash scripts/lock.sh`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
BUILD = ROOT / "scripts" / "build-requirements.in"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def locked() -> dict[str, tuple[Version, int]]:
    """name → (version, number of hashes)."""
    pins: dict[str, tuple[Version, int]] = {}
    current = ""
    for line in LOCK.read_text().splitlines():
        if match := _PIN.match(line):
            current = canonicalize_name(match.group(1))
            pins[current] = (Version(match.group(2)), 0)
        elif "--hash=sha256:" in line and current:
            version, count = pins[current]
            pins[current] = (version, count + 1)
    return pins


def runtime() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(r) for r in project["dependencies"]]


def build() -> list[Requirement]:
    lines = [ln.split("#")[0].strip() for ln in BUILD.read_text().splitlines()]
    return [Requirement(ln) for ln in lines if ln]


def test_every_runtime_dependency_is_pinned_within_its_specifier() -> None:
    pins = locked()
    for requirement in [*runtime(), *build()]:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock: bash scripts/lock.sh"
        version, _ = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} does not satisfy {requirement.specifier}: bash scripts/lock.sh")


def test_every_pin_has_hashes_and_nothing_of_development_is_locked() -> None:
    pins = locked()
    assert len(pins) > 20
    assert all(count >= 1 for _, count in pins.values())
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["dev"]
    dev_only = {canonicalize_name(Requirement(r).name) for r in dev} - {
        canonicalize_name(r.name) for r in runtime()}
    assert not dev_only & set(pins), "development tools belong out of the runtime lock"
    text = LOCK.read_text()
    assert "--find-links" not in text  # no machine-local wheel folder
    assert "--index-url" not in text


def test_the_install_paths_check_hashes() -> None:
    docker = (ROOT / "Dockerfile").read_text()
    assert "--require-hashes --no-deps -r /src/requirements.lock" in docker
    assert "--no-deps --no-build-isolation /src" in docker
    assert "ARG BASE_IMAGE=" in docker
    assert "FROM ${BASE_IMAGE}" in docker
    venv = (ROOT / "scripts" / "venv.sh").read_text()
    assert "--require-hashes -r requirements.lock" in venv
