"""Hostile text through every detector of the registry, the in-process judgement and the
redacted excerpt: nothing raises, spans stay inside the text, and no excerpt shows a value it
masks."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.edit import EditRecord
from detectors.base import TextContext
from detectors.finding import TYPES, Finding
from detectors.registry import NEEDS_DOC, REGISTRY, create
from judgement.judge import Judge
from redaction.excerpt import excerpt
from redaction.spans import LABELS, UNKNOWN_LABEL, VISIBLE_TYPES
from wikitext import to_plain

FEW = settings(max_examples=40, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PIECES = st.sampled_from([
    "0", "7", "07700 900", "+44 20 7946 0", "@", ".", " at ", " dot ", "example.com", "gmail",
    "my name is ", "real name ", "Margaret Ellison", "lives at ", "14 Harrow Lane", "Leeds",
    "born ", "7 March 1984", "works at ", "Norbridge Logistics", "instagram.com/", "@handle",
    "I will post your address", "192.0.2.", "2001:db8::1", "SSN 078-05-", "passport ", "\n",
    "[[User:Railfan]]", "{{", "}}", "<ref>", "</ref>", "~~~~", " ", "é", "日本", "\u200b",
    "\x00", "\x1b[31m", "\ufffd",
])
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=50).map("".join))
LABEL_TEXT = "".join([*LABELS.values(), UNKNOWN_LABEL])


def _check_spans(findings: list[Finding], length: int) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= length, f
        assert f.type in TYPES
        assert 0.0 <= f.confidence <= 1.0


@pytest.mark.parametrize("name", sorted(REGISTRY))
@FEW
@given(text=TEXT)
def test_every_detector_keeps_its_spans_inside_the_text(
    name: str, text: str, spacy_nlp: Any
) -> None:
    detector = create(name)
    doc = spacy_nlp(text) if name in NEEDS_DOC else None
    findings = detector.detect(TextContext(text, "en", ("GB", "US"), doc))
    _check_spans(findings, len(text))


def _masked_values(text: str, findings: tuple[Finding, ...] | list[Finding]) -> list[str]:
    """Values the excerpt must not show: masked findings of four or more visible characters."""
    values = []
    for f in findings:
        value = text[f.start:f.end].strip()
        if f.type not in VISIBLE_TYPES and len(value) >= 4 and " " not in value \
                and value not in LABEL_TEXT:
            values.append(value)
    return values


@FEW
@given(TEXT, st.lists(st.tuples(st.integers(0, 250), st.integers(1, 30),
                                st.sampled_from([*TYPES, "mystery"])), max_size=6))
def test_excerpt_never_shows_a_masked_value(text: str, spans: list[tuple[int, int, str]]) -> None:
    findings = [Finding(kind, start, start + size, 0.9, "test") for start, size, kind in spans
                if start + size <= len(text)]
    out = excerpt(text, findings)
    assert len(out) <= 400 + len(LABEL_TEXT) * max(1, len(findings)) + 4
    for value in _masked_values(text, findings):
        assert value not in out


def _record(added: str, title: str, user: str, namespace: int) -> EditRecord:
    return EditRecord(id="h:1", wiki="enwiki", server_name="en.wikipedia.org",
                      namespace=namespace, title=title, user=user, type="edit", comment="",
                      added=added)


@FEW
@given(TEXT, st.text(max_size=30), st.text(max_size=20), st.sampled_from([0, 1, 2, 3, 4, 6]))
def test_the_judgement_decides_every_edit_and_its_excerpt_masks_what_it_found(
    judge: Judge, added: str, title: str, user: str, namespace: int
) -> None:
    decision = judge.judge(_record(added, title, user, namespace)).decision
    assert 0.0 <= decision.score <= 1.0
    assert set(decision.types) <= set(TYPES)
    assert not decision.error
    plain = to_plain(added, user).text
    _check_spans(list(decision.findings), len(plain))
    for value in _masked_values(plain, decision.findings):
        assert value not in decision.excerpt
