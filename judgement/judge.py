"""The judgement: one edit record in, one Decision out, cheap checks first.

Stages: wikitext → plain text; pattern detectors; cue scans; spaCy NER only when names or
organisations can change the decision (a candidate finding or an identity cue); rules; a
redacted excerpt and keyed fingerprints. `judge_many` runs NER for a batch with nlp.pipe.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.edit import EditRecord
from detectors.base import Detector, TextContext
from detectors.finding import Finding
from detectors.ner import entity_spans, person_spans
from detectors.registry import NEEDS_DOC, build
from judgement.config import JudgeConfig
from judgement.cues import Cues
from judgement.decide import decide
from judgement.decision import Decision
from judgement.evidence import Evidence
from judgement.judged import Judged
from judgement.page import page_of
from judgement.parts import Parts, default_parts

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    record: EditRecord
    timings: dict[str, float]
    evidence: Evidence | None = None
    findings: list[Finding] = field(default_factory=list)
    plain: Any = None
    wants_ner: bool = False
    doc: Any = None


class Judge:
    def __init__(self, config: JudgeConfig, parts: Parts | None = None,
                 nlp: Callable[[], Any] | None = None) -> None:
        self.config = config
        self.parts = parts or default_parts()
        self._cues: dict[str, Cues] = {}
        detectors, missing = build(config["detectors"])
        if missing:
            log.warning("detectors not available, judging without them: %s", ", ".join(missing))
        self.missing = tuple(missing)
        self._patterns = [d for d in detectors if d.name not in NEEDS_DOC]
        self._entity = [d for d in detectors if d.name in NEEDS_DOC]
        self._load_nlp = nlp
        self._nlp: Any = None

    def cues(self, language: str) -> Cues:
        if language not in self._cues:
            self._cues[language] = Cues(self.config, language)
        return self._cues[language]

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from detectors import nlp as nlp_module

            self._nlp = self._load_nlp() if self._load_nlp else nlp_module.load(
                self.config.data.get("model"))
        return self._nlp

    def judge(self, record: EditRecord) -> Judged:
        return self.judge_many([record])[0]

    def judge_many(self, records: Sequence[EditRecord]) -> list[Judged]:
        pending = [self._prepare(record) for record in records]
        self._run_ner([p for p in pending if p.wants_ner])
        return [self._finish(p) for p in pending]

    def _prepare(self, record: EditRecord) -> _Pending:
        p = _Pending(record, {})
        if not record.added.strip():
            return p
        with _timed(p.timings, "plain"):
            p.plain = self.parts.to_plain(record.added, record.user)
        page = page_of(record)
        ctx = TextContext(p.plain.text, page.language, self.parts.regions(record.wiki))
        p.findings = self._detect(self._patterns, ctx, p.timings)
        with _timed(p.timings, "cues"):
            p.evidence = self._evidence(p.plain, page)
            p.wants_ner = self._wants_ner(p.evidence, p.findings)
        return p

    def _detect(self, detectors: list[Detector], ctx: TextContext,
                timings: dict[str, float]) -> list[Finding]:
        found: list[Finding] = []
        for detector in detectors:
            with _timed(timings, f"detector:{detector.name}"), _timed(timings, "patterns"):
                found.extend(detector.detect(ctx))
        return found

    def _evidence(self, plain: Any, page: Any) -> Evidence:
        mentions = tuple(plain.mentions)
        accounts = {m.account.replace("_", " ").casefold() for m in mentions if not m.is_editor}
        return Evidence(plain.text, page, self.config, self.cues(page.language), plain.templates,
                        accounts,
                        [(m.start, m.end) for m in mentions])

    def _wants_ner(self, ev: Evidence, findings: list[Finding]) -> bool:
        """NER only when a name or an organisation can change the decision."""
        if ev.page.own or not ev.text.strip():
            return False
        return bool(findings) or bool(ev.cue("identity")) or (
            ev.page.discussion_like and bool(ev.cue("account_noun")))

    def _run_ner(self, pending: list[_Pending]) -> None:
        if not pending:
            return
        limit = int(self.config.data.get("ner_max_chars", 20000))
        started = time.perf_counter()
        texts = [p.evidence.text[:limit] for p in pending if p.evidence is not None]
        docs = list(self.nlp.pipe(texts, batch_size=32))
        share = (time.perf_counter() - started) / max(1, len(pending))
        for p, doc in zip(pending, docs, strict=True):
            assert p.evidence is not None
            p.evidence.persons = person_spans(doc)
            p.evidence.orgs = entity_spans(doc, ("ORG", "FAC"))
            p.timings["ner"] = share
            p.doc = doc

    def _finish(self, p: _Pending) -> Judged:
        record = p.record
        if p.evidence is None:
            return Judged(Decision(record.id, False, 0.0), p.timings)
        ctx = TextContext(p.evidence.text, p.evidence.page.language, (), p.doc)
        findings = p.findings + self._detect(self._entity, ctx, p.timings)
        with _timed(p.timings, "decide"):
            verdict = decide(p.evidence, findings)
        with _timed(p.timings, "redact"):
            decision = self._decision(record, p.evidence.text, verdict)
        return Judged(decision, p.timings, p.wants_ner)

    def _decision(self, record: EditRecord, text: str, verdict: Any) -> Decision:
        personal = list(verdict.personal)
        excerpt = self.parts.excerpt(text, personal) if verdict.flag else ""
        key = self.config.fingerprint_key
        prints = tuple(self.parts.fingerprint(key, f.type, text[f.start : f.end]) for f in personal)
        flag = verdict.flag
        return Decision(record.id, flag, verdict.score, verdict.types if flag else (), excerpt,
                        verdict.reasons if flag else (), tuple(personal), prints)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
