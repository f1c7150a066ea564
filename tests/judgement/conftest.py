"""One real spaCy model and one Judge for the whole session."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from core.edit import EditRecord
from detectors.finding import Finding
from detectors.regions import regions_for
from judgement.config import JudgeConfig, load_config
from judgement.judge import Judge
from judgement.parts import Parts, default_parts


def _placeholder_excerpt(text: str, findings: Sequence[Finding]) -> str:
    """Stands in for redaction.excerpt until that package lands (tests only)."""
    out = text
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        out = out[: f.start] + f"[{f.type.upper()}]" + out[f.end :]
    return out[:400]


def _parts() -> Parts:
    if importlib.util.find_spec("redaction.excerpt") is not None:
        return default_parts()
    import wikitext

    return Parts(lambda s, e: wikitext.to_plain(s, editor=e), _placeholder_excerpt,
                 lambda key, kind, value, regions: kind, regions_for)


@pytest.fixture(scope="session")
def config() -> JudgeConfig:
    return load_config()


@pytest.fixture(scope="session")
def judge(config: JudgeConfig) -> Judge:
    """The judgement as the service runs it: the learned model over findings and rules."""
    return Judge(config, _parts())


@pytest.fixture(scope="session")
def rules_judge(config: JudgeConfig) -> Judge:
    """The hand-written rules alone (the model's input features and its fallback)."""
    return Judge(JudgeConfig({**config.data, "scorer": "rules"}, config.source), _parts())


@pytest.fixture(scope="session")
def corpus(shared_dir: Path) -> list[dict[str, Any]]:
    lines = (shared_dir / "corpus" / "dev-edits.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def edit(added: str, *, namespace: int = 3, title: str = "User talk:Lark Meadow",
         user: str = "Brook Stone", wiki: str = "enwiki", removed: str = "") -> EditRecord:
    """A hand-made edit record (talk page of someone else by default)."""
    return EditRecord(id="t1", wiki=wiki, server_name="", namespace=namespace, title=title,
                      user=user, type="edit", comment="", added=added, removed=removed)
