"""Imports point down: core/ holds the value types every stage shares and imports no stage;
the pipeline sits above the stages and only the composition root, the commands and the
benchmarks import it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = {
    "stream", "replay", "wiki", "wikitext", "detectors", "judgement", "redaction", "store",
    "web", "metrics", "pipeline", "cli", "service",
}
ABOVE_PIPELINE = {"service", "cli", "pipeline"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def package_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_core_imports_no_stage() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & STAGES)
        for path in package_files("core")
    }
    assert package_files("core"), "core/ has no modules"
    assert {name: roots for name, roots in offenders.items() if roots} == {}


def test_only_the_layers_above_import_the_pipeline() -> None:
    packages = STAGES - ABOVE_PIPELINE - {"service"}
    offenders = [
        str(path.relative_to(ROOT))
        for package in sorted(packages)
        for path in package_files(package)
        if "pipeline" in imported_roots(path)
    ]
    assert offenders == []


def test_pipeline_is_packaged() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"pipeline*"' in text
