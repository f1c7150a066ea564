"""The label vocabularies cover every reason the stages report: a reason missing here would be
counted as "other" (safe, but useless to an SRE). Reads the stages' own constants, and their
source where a reason is a literal."""

from __future__ import annotations

import re
from pathlib import Path

from metrics import vocab
from store.model import STATES
from stream import reconnect
from wiki.client import SKIP_REASONS as WIKI_SKIPS

ROOT = Path(__file__).resolve().parents[2]


def literals(path: str, pattern: str) -> set[str]:
    return set(re.findall(pattern, (ROOT / path).read_text()))


def test_every_skip_reason_is_in_the_vocabulary() -> None:
    stream = literals("stream/consumer.py", r'_skip\("([a-z_]+)"\)')
    events = literals("stream/events.py", r'EventError\("([a-z_]+)"')
    filters = literals("stream/filters.py", r'return "([a-z_]+)"')
    assert len(stream) >= 4
    assert len(events) >= 5
    assert {"wiki", "type", "namespace", "bot"} <= filters
    missing = (stream | events | filters | set(WIKI_SKIPS)) - vocab.SKIP_REASONS
    assert not missing


def test_every_other_vocabulary_covers_its_stage() -> None:
    assert set(reconnect.REASONS) <= vocab.RECONNECT_REASONS
    assert set(STATES) <= vocab.QUEUE_STATES
    retries = literals("wiki/transport.py", r'_Retry\("([a-z_]+)"')
    assert retries
    assert retries <= vocab.WIKI_RETRIES
    assert all(kind in vocab.SKIP_KIND_VALUES for kind in vocab.SKIP_KINDS.values())


def test_every_judgement_stage_has_a_label() -> None:
    stages = literals("judgement/judge.py", r'_timed\([a-z_.]+, "([a-z_]+)"\)')
    stages |= literals("judgement/judge.py", r'timings\["([a-z_]+)"\]')
    assert {"plain", "ner", "decide"} <= stages
    assert {f"judge_{stage}" for stage in stages} <= vocab.STAGES
