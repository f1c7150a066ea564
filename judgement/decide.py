"""From findings and evidence to one Decision: which findings are personal, score, reasons."""

from __future__ import annotations

from dataclasses import dataclass

from detectors.finding import TYPES, Finding
from judgement.evidence import Evidence
from judgement.reasons import reason
from judgement.rules import RULES, name_rule, workplace_rule


@dataclass(frozen=True, slots=True)
class Verdict:
    flag: bool
    score: float
    personal: tuple[Finding, ...]
    reasons: tuple[str, ...]

    @property
    def types(self) -> tuple[str, ...]:
        present = {f.type for f in self.personal}
        return tuple(t for t in TYPES if t in present)


def decide(ev: Evidence, findings: list[Finding]) -> Verdict:
    usable = _resolve([f for f in findings if f.confidence >= ev.config.min_confidence(f.type)])
    chosen: list[tuple[Finding, str]] = []
    for f in usable:
        rule = RULES.get(f.type)
        why = rule(ev, f) if rule else None
        if why:
            chosen.append((f, why))
    contact = [f for f, _ in chosen]
    for f in usable:
        if f.type == "name" and (why := name_rule(ev, f, contact)):
            chosen.append((f, why))
    linked = any(f.type in ("name", "ip_address") for f, _ in chosen)
    for f in usable:
        if f.type == "workplace" and (why := workplace_rule(ev, f, linked)):
            chosen.append((f, why))
    return _verdict(ev, chosen)


def _verdict(ev: Evidence, chosen: list[tuple[Finding, str]]) -> Verdict:
    remaining = 1.0
    for f, _ in chosen:
        remaining *= 1.0 - ev.config.weight(f.type) * min(1.0, f.confidence + 0.2)
    score = 1.0 - remaining
    reasons = tuple(dict.fromkeys(reason(f.type, why, ev.page) for f, why in chosen))
    personal = tuple(sorted((f for f, _ in chosen), key=lambda f: f.start))
    return Verdict(score >= ev.config.threshold, score, personal, reasons)


def _resolve(findings: list[Finding]) -> list[Finding]:
    """A number that is an IP address is not also a phone number."""
    ips = [f for f in findings if f.type == "ip_address"]
    return [f for f in findings
            if not (f.type == "phone" and any(f.start < i.end and i.start < f.end for i in ips))]
