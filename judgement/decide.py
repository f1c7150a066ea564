"""From findings and evidence to one Decision: which findings are personal, score, reasons."""

from __future__ import annotations

from dataclasses import dataclass, replace

from detectors.finding import TYPES, Finding
from judgement.evidence import Evidence
from judgement.reasons import reason
from judgement.rules import RULES, in_rider_window, name_rule, workplace_rule

# Data that picks out a private person: a name or a birth date beside it is theirs too.
IDENTIFYING = ("address", "phone", "email", "id_number", "birth_date")


@dataclass(frozen=True, slots=True)
class Verdict:
    flag: bool
    score: float
    personal: tuple[Finding, ...]
    reasons: tuple[str, ...]
    # what the excerpt masks: the personal findings and every other non-name candidate (an
    # employer or number judged public still does not belong in the queue's excerpt)
    masked: tuple[Finding, ...] = ()
    # (type, rule reason key) of each personal finding, for reasons written per type
    why: tuple[tuple[str, str], ...] = ()
    # types the model reads in the wording alone, with no finding behind them (a threat)
    worded: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        present = {f.type for f in self.personal} | set(self.worded)
        return tuple(t for t in TYPES if t in present)


def decide(ev: Evidence, findings: list[Finding]) -> Verdict:
    usable = resolve(ev, findings)
    chosen: list[tuple[Finding, str]] = []
    for f in usable:
        rule = RULES.get(f.type)
        why = rule(ev, f) if rule else None
        if why:
            chosen.append((f, why))
    contact = [f for f, _ in chosen]
    identifying = [f for f in contact if f.type in IDENTIFYING]
    for f in usable:
        if f.type == "birth_date" and f not in contact and _beside(ev, f, identifying):
            chosen.append((f, "private_person"))
    for f in usable:
        if f.type == "name" and (why := name_rule(ev, f, contact, identifying)):
            chosen.append((f, why))
    linked = any(f.type in ("name", "ip_address") for f, _ in chosen)
    for f in usable:
        if f.type == "workplace" and (why := workplace_rule(ev, f, linked)):
            chosen.append((f, why))
    verdict = _verdict(ev, chosen)
    others = [f for f in usable if f.type != "name" and not _overlaps(f, list(verdict.personal))]
    masked = tuple(sorted((*verdict.personal, *others), key=lambda f: f.start))
    return replace(verdict, masked=masked)


def _beside(ev: Evidence, f: Finding, identifying: list[Finding]) -> bool:
    return any(in_rider_window(ev, f, c) for c in identifying)


def _verdict(ev: Evidence, chosen: list[tuple[Finding, str]]) -> Verdict:
    remaining = 1.0
    for f, _ in chosen:
        remaining *= 1.0 - ev.config.weight(f.type) * min(1.0, f.confidence + 0.2)
    score = 1.0 - remaining
    reasons = tuple(dict.fromkeys(reason(f.type, why, ev.page) for f, why in chosen))
    personal = tuple(sorted((f for f, _ in chosen), key=lambda f: f.start))
    why = tuple(dict.fromkeys((f.type, w) for f, w in chosen))
    return Verdict(score >= ev.config.threshold, score, personal, reasons, why=why)


def resolve(ev: Evidence, findings: list[Finding]) -> list[Finding]:
    """The findings above their type's minimum confidence, overlaps settled (see _settle)."""
    return _settle(ev, [f for f in findings if f.confidence >= ev.config.min_confidence(f.type)])


def _settle(ev: Evidence, findings: list[Finding]) -> list[Finding]:
    """A number that is an IP address is not also a phone number; a "name" that is part of an
    address or another finding is not a name; names lose leading lower-case words."""
    ips = [f for f in findings if f.type == "ip_address"]
    others = [f for f in findings if f.type != "name"]
    kept = []
    for f in findings:
        if f.type == "phone" and _overlaps(f, ips):
            continue
        kept_one = _trim_name(ev.text, f) if f.type == "name" else f
        if kept_one is None or (f.type == "name" and _overlaps(kept_one, others)):
            continue
        kept.append(kept_one)
    return kept


def _overlaps(f: Finding, others: list[Finding]) -> bool:
    return any(f.start < o.end and o.start < f.end for o in others)


def _trim_name(text: str, f: Finding) -> Finding | None:
    value = text[f.start : f.end]
    if "\n" in value:
        return None
    if value.islower():
        return f  # a name introduced in lower case ("my name is vitoria"): nothing to trim
    start = f.start
    for token in value.split():
        if token[:1].isupper() and not token.startswith(("L'", "D'")):
            break
        start = text.index(token, start) + len(token)
    while start < f.end and not text[start].isalpha():
        start += 1
    if start >= f.end:
        return None
    return Finding(f.type, start, f.end, f.confidence, f.detector)
