"""The judgement: one edit record in, one Decision out, cheap checks first.

Stages: wikitext → plain text; pattern detectors; cue scans; spaCy NER only when names or
organisations can change the decision (a candidate finding or an identity cue); rules; a
redacted excerpt and keyed fingerprints. `judge_many` runs NER for a batch with nlp.pipe.

Each edit's stages run under a deadline (`edit_budget_s` in the config): an edit that runs
past it gets the quick pass (judgement/quick.py) instead, and the rest of its batch goes on.
"""

from __future__ import annotations

import logging
import os
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
from judgement.deadline import Overtime, alarms, deadline
from judgement.decide import Verdict, decide, resolve
from judgement.decision import Decision
from judgement.entities import name_shaped, recognise, windows
from judgement.evidence import Evidence
from judgement.features import vector
from judgement.judged import Judged
from judgement.learned import combine
from judgement.page import page_of
from judgement.parts import Parts, default_parts
from judgement.quick import QUICK_BUDGET_S, QUICK_DETECTORS, TIMED_OUT, quick_decision
from judgement.scorer import Scorer, worth_scoring

log = logging.getLogger(__name__)
EDIT_BUDGET_S = 30.0  # seconds one edit's full judgement may take (config: edit_budget_s)
# An invented talk-page comment with a name, a workplace, a phone number and an email address:
# judging it runs every stage once.
WARM_UP = EditRecord(
    id="warm-up", wiki="enwiki", server_name="en.wikipedia.org", namespace=3,
    title="User talk:Example", user="Example editor", type="edit", comment="",
    added="Her name is Jane Example, she works at Example Ltd in Leeds: call 07700 900123 or "
          "write to jane@example.org.",
)


@dataclass
class _Pending:
    record: EditRecord
    timings: dict[str, float]
    evidence: Evidence | None = None
    findings: list[Finding] = field(default_factory=list)
    plain: Any = None
    windows: list[tuple[int, int]] = field(default_factory=list)
    doc: Any = None
    error: str = ""
    verdict: Verdict | None = None
    usable: list[Finding] = field(default_factory=list)
    row: list[float] | None = None
    tier: str = ""
    explanation: tuple[tuple[str, float], ...] = ()
    found: tuple[tuple[str, float, str], ...] = ()
    timed_out: bool = False
    text_score: float | None = None  # the text model's score, when a model is loaded

    @property
    def wants_ner(self) -> bool:
        return bool(self.windows)


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
        self._quick = [d for d in self._patterns if d.name in QUICK_DETECTORS]
        self.budget_s = float(config.data.get("edit_budget_s", EDIT_BUDGET_S))
        self._load_nlp = nlp
        self._nlps: dict[str, Any] = {}
        self.scorer = Scorer.from_config(config)
        self.collect = False  # compute features even without a model (training)

    def cues(self, language: str) -> Cues:
        """The cue scans of a wiki language: one shared by every language without cue phrases
        of its own (config `language_cues`), so each is compiled once."""
        key = language if language in self.config.data.get("language_cues", {}) else ""
        if key not in self._cues:
            self._cues[key] = Cues(self.config, key)
        return self._cues[key]

    def warm(self) -> None:
        """Pay the first-use costs now, not on the first edits: the default spaCy model, every
        language's cue scans, and one judged edit (spaCy's pipe, the models, the detectors)."""
        _ = self.nlp
        for language in ("", *self.config.data.get("language_cues", {})):
            self.cues(language)
        self.judge_many([WARM_UP])

    @property
    def nlp(self) -> Any:
        """The default (English) model, loaded on first use."""
        return self.nlp_for("en")

    def nlp_for(self, language: str) -> Any:
        """The spaCy model for a wiki language (config `ner.models`), loaded on first use."""
        if language not in self._nlps:
            from detectors import nlp as nlp_module

            if self._load_nlp:
                self._nlps[language] = self._load_nlp()
            else:
                models = dict(self.config.data.get("ner", {}).get("models", {}))
                default = os.environ.get(nlp_module.MODEL_ENV) or self.config.data.get("model")
                self._nlps[language] = nlp_module.load_for(language, models, default)
        return self._nlps[language]

    def judge(self, record: EditRecord) -> Judged:
        return self.judge_many([record])[0]

    def judge_many(self, records: Sequence[EditRecord]) -> list[Judged]:
        """One Judged per record, in order; a record that breaks a stage gets an error decision."""
        with alarms():  # every stage of every edit has its deadline: one handler for them all
            pending = self._staged(records)
            self._score([p for p in pending if p.row is not None and _live(p)])
            return [self._finished(p) for p in pending]

    def features_many(self, records: Sequence[EditRecord]) -> list[tuple[list[float], str] | None]:
        """The model's features of each record and the plain text the text model reads (None
        where the record cannot be judged or nothing passes the gate)."""
        self.collect = True
        with alarms():
            staged = self._staged(records)
        return [(p.row, p.evidence.text) if p.row is not None and p.evidence is not None
                and _live(p) else None for p in staged]

    def _staged(self, records: Sequence[EditRecord]) -> list[_Pending]:
        """Every stage before the score, the same for judging and for training features."""
        pending = [self._guarded(self._prepare, _Pending(record, {})) for record in records]
        self._read_wording([p for p in pending if p.evidence is not None and _live(p)])
        needing = [p for p in pending if p.wants_ner and _live(p)]
        try:
            with deadline(self.budget_s * max(1, len(needing))):
                self._run_ner(needing)
        except (Overtime, Exception) as exc:  # a model failure costs the names, not the edits
            log.warning("NER failed for a batch of %d edits: %s", len(needing), type(exc).__name__)
        for p in pending:
            if _live(p):
                self._guarded(self._assess, p)
        return pending

    def _guarded(self, stage: Callable[[_Pending], None], p: _Pending) -> _Pending:
        try:
            with deadline(self.budget_s):
                stage(p)
        except Overtime:
            log.warning("edit took over %.1f s to judge; quick checks only", self.budget_s)
            p.timed_out = True
        except Exception as exc:  # bad input must not take the batch down
            log.warning("edit could not be judged: %s", type(exc).__name__)
            p.error = f"judgement failed: {type(exc).__name__}"
        return p

    def _finished(self, p: _Pending) -> Judged:
        if not p.error and not p.timed_out:
            try:
                with deadline(self.budget_s):
                    return self._finish(p)
            except Overtime:
                log.warning("edit took over %.1f s to judge; quick checks only", self.budget_s)
                p.timed_out = True
            except Exception as exc:
                log.warning("edit could not be judged: %s", type(exc).__name__)
                p.error = f"judgement failed: {type(exc).__name__}"
        if p.timed_out:
            return self.quick(p.record, p.timings)
        return Judged(Decision(p.record.id, False, 0.0, error=p.error), p.timings)

    def quick(self, record: EditRecord, timings: dict[str, float] | None = None) -> Judged:
        """The quick pass alone (judgement/quick.py), itself under the deadline."""
        timings = {} if timings is None else timings
        try:
            limit = max(self.budget_s, QUICK_BUDGET_S) if self.budget_s > 0 else 0.0
            with deadline(limit), _timed(timings, "quick"):
                decision = quick_decision(record, self._quick, self.parts,
                                          self.config.fingerprint_key)
        except (Overtime, Exception) as exc:  # out of time again, or a detector failure
            log.warning("quick checks failed: %s", type(exc).__name__)
            decision = Decision(record.id, False, 0.0, error=TIMED_OUT, partial=True)
        return Judged(decision, timings)

    def _prepare(self, p: _Pending) -> None:
        record = p.record
        if not record.added.strip():
            return
        with _timed(p.timings, "plain"):
            p.plain = self.parts.to_plain(record.added, record.user)
        page = page_of(record)
        ctx = TextContext(p.plain.text, page.language, self.parts.regions(record.wiki),
                          templates=tuple(p.plain.templates))
        p.findings = self._detect(self._patterns, ctx, p.timings)
        with _timed(p.timings, "cues"):
            p.evidence = self._evidence(p.plain, page)

    def _read_wording(self, pending: list[_Pending]) -> None:
        """The text model's score of each text (one batch), then where NER runs: the score is
        the cheap first stage of a cascade that spends NER's time where wording suggests
        personal information."""
        scores = self.scorer.text_scores([p.evidence.text for p in pending if p.evidence])
        for i, p in enumerate(pending):
            assert p.evidence is not None
            if scores is not None:
                p.text_score = float(scores[i])
            p.windows = self._timed_windows(p)

    def _timed_windows(self, p: _Pending) -> list[tuple[int, int]]:
        assert p.evidence is not None
        with _timed(p.timings, "cues"):
            return self._ner_windows(p.evidence, p.findings, p.text_score)

    def _detect(self, detectors: list[Detector], ctx: TextContext,
                timings: dict[str, float]) -> list[Finding]:
        found: list[Finding] = []
        clock = time.perf_counter
        for detector in detectors:  # two context managers a detector cost more than it timed
            started = clock()
            try:
                found.extend(detector.detect(ctx))
            finally:
                spent = clock() - started
                key = f"detector:{detector.name}"
                timings[key] = timings.get(key, 0.0) + spent
                timings["patterns"] = timings.get("patterns", 0.0) + spent
        return found

    def _evidence(self, plain: Any, page: Any) -> Evidence:
        mentions = tuple(plain.mentions)
        accounts = {m.account.replace("_", " ").casefold() for m in mentions if not m.is_editor}
        return Evidence(plain.text, page, self.config, self.cues(page.language), plain.templates,
                        accounts,
                        [(m.start, m.end) for m in mentions])

    def _ner_windows(self, ev: Evidence, findings: list[Finding],
                     text_score: float | None = None) -> list[tuple[int, int]]:
        """Where NER runs: the whole text (up to `ner.whole_text_max_chars`) of every page but
        articles, whose names are mostly public: discussions, noticeboards, user pages of
        others, file descriptions, Wikidata items, when the text model's score reaches
        `ner.whole_text_min_text_score` (most real talk scores below it; outing almost never
        does). Articles, text past that cap and texts below that score get windows around
        candidate findings and identity cues. The editor's own pages never need NER
        (self-disclosure). `ner_max_chars` bounds the total per edit.
        """
        if ev.page.own:
            return []
        ner = self.config.data.get("ner", {})
        budget = int(self.config.data.get("ner_max_chars", 20_000))
        whole = 0 if ev.page.encyclopedic else int(ner.get("whole_text_max_chars", 0))
        plain_wording = text_score is not None and text_score < float(
            ner.get("whole_text_min_text_score", 0))
        if plain_wording:
            if ev.page.encyclopedic and ner.get("articles_need_wording", False):
                return []
            whole = 0
        head = min(len(ev.text), whole, budget)
        if head and not name_shaped(ev.text[:head]):
            head = 0  # no run of capitalised words: nothing the model would call a name
        triggers = [(f.start, f.end) for f in findings if _triggers_ner(f, ev, plain_wording)]
        triggers += ev.cue("identity")
        spans = windows(len(ev.text), triggers, int(ner.get("window", 300)),
                        int(ner.get("whole_text_below", 1500)))
        if head:
            spans = [(0, head), *((max(lo, head), hi) for lo, hi in spans if hi > head)]
        return _capped(spans, budget)

    def _run_ner(self, pending: list[_Pending]) -> None:
        by_language: dict[str, list[_Pending]] = {}
        for p in pending:
            if p.evidence is not None:
                by_language.setdefault(p.evidence.page.language, []).append(p)
        for language, group in by_language.items():
            self._run_ner_language(language, group)

    def _run_ner_language(self, language: str, pending: list[_Pending]) -> None:
        jobs = [(p.evidence.text, p.windows) for p in pending if p.evidence is not None]
        started = time.perf_counter()
        views = recognise(self.nlp_for(language), jobs)
        share = (time.perf_counter() - started) / len(jobs)
        for p, view in zip(pending, views, strict=True):
            assert p.evidence is not None
            p.evidence.persons = person_spans(view)
            p.evidence.orgs = entity_spans(view, ("ORG", "FAC"))
            p.timings["ner"] = share
            p.doc = view

    def _assess(self, p: _Pending) -> None:
        """Entity detectors, the rules' verdict and, where there is anything to judge, the
        model's features."""
        if p.evidence is None:
            return
        ev = p.evidence
        ctx = TextContext(ev.text, ev.page.language, (), p.doc)
        findings = p.findings + self._detect(self._entity, ctx, p.timings)
        with _timed(p.timings, "decide"):
            p.verdict = decide(ev, findings)
            p.usable = resolve(ev, findings)
            if (self.collect or self.scorer.learned) and worth_scoring(ev, p.usable):
                p.row = vector(ev, p.usable, p.verdict.personal, rules_score=p.verdict.score,
                               rules_flag=p.verdict.flag, record_type=p.record.type,
                               wiki=p.record.wiki)

    def _score(self, pending: list[_Pending]) -> None:
        if not pending:
            return
        started = time.perf_counter()
        # combine() reads an edit's type scores only where its score reaches its wiki's level
        levels = [self.scorer.points.threshold(p.record.wiki, found=bool(p.usable))
                  for p in pending]
        scores = self.scorer.score([p.row for p in pending if p.row is not None],
                                   [p.evidence.text for p in pending if p.evidence is not None],
                                   [p.text_score for p in pending], levels)
        share = (time.perf_counter() - started) / len(pending)
        for p, score in zip(pending, scores, strict=True):
            assert p.evidence is not None
            assert p.verdict is not None
            assert p.row is not None
            p.timings["score"] = share
            learned = combine(p.evidence, p.record.wiki, p.verdict, p.usable,
                              scores=score, points=self.scorer.points)
            p.verdict, p.tier = learned.verdict, learned.tier
            if self.scorer.explain:
                p.explanation = tuple(self.scorer.contributions(p.row, p.evidence.text)[:8])
                p.found = tuple((f.type, round(f.confidence, 2),
                                 self.parts.excerpt(p.evidence.text, [f]))
                                for f in p.usable[:20])

    def _finish(self, p: _Pending) -> Judged:
        record = p.record
        if p.evidence is None or p.verdict is None:
            return Judged(Decision(record.id, False, 0.0), p.timings)
        verdict = p.verdict
        if self.scorer.learned and p.row is None:  # nothing the model could flag
            verdict = Verdict(False, 0.0, (), (), verdict.masked)
        with _timed(p.timings, "redact"):
            decision = self._decision(record, p.evidence.text, verdict, p.tier, p.usable)
        return Judged(decision, p.timings, p.wants_ner, p.explanation, p.found,
                      self.scorer.points.threshold(record.wiki))

    def _decision(self, record: EditRecord, text: str, verdict: Verdict, tier: str,
                  usable: Sequence[Finding]) -> Decision:
        personal = list(verdict.personal)
        excerpt = self.parts.excerpt(text, list(verdict.masked)) if verdict.flag else ""
        key = self.config.fingerprint_key
        regions = self.parts.regions(record.wiki)  # "07700 900317" and "+44 7700 900317" link
        prints = tuple(self.parts.fingerprint(key, f.type, text[f.start : f.end], regions)
                       for f in personal)
        flag = verdict.flag
        return Decision(record.id, flag, verdict.score, verdict.types if flag else (), excerpt,
                        verdict.reasons if flag else (), tuple(personal), prints,
                        tier=(tier or "likely") if flag else "",
                        seen=tuple(sorted({f.type for f in usable})))


# Values whose owner NER helps to tell (a person's phone or an organisation's): they always
# open a window. Names, workplaces and dates open one only where the wording is not plain:
# biographies in articles and talk about them are full of employers and birth dates.
_CONTACT_TYPES = frozenset({"email", "phone", "address", "ip_address", "id_number", "profile"})


def _triggers_ner(f: Finding, ev: Evidence, plain_wording: bool) -> bool:
    if f.type in _CONTACT_TYPES:
        return True
    if plain_wording:
        return False
    return f.type != "name" or ev.page.discussion_like


def _live(p: _Pending) -> bool:
    """Neither failed nor out of time: the full judgement goes on."""
    return not p.error and not p.timed_out


def _capped(spans: list[tuple[int, int]], budget: int) -> list[tuple[int, int]]:
    """The first windows up to `budget` characters in all: NER cost stays bounded."""
    kept: list[tuple[int, int]] = []
    for lo, hi in spans:
        if budget <= 0:
            break
        kept.append((lo, min(hi, lo + budget)))
        budget -= hi - lo
    return kept


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
