"""Case keys of a decision, and the score of a repeat.

A decision's fingerprints line up with its findings (one keyed hash per personal finding). Strong
values (an email, a phone, an ID number, an address, a profile, an IP address) link requests on
their own; a name links only with a workplace from the same edit (many people share a name).
The keys are hashes of keyed hashes: they carry no value either.
"""

from __future__ import annotations

import dataclasses
import hashlib

from judgement.decision import Decision

STRONG = frozenset({"email", "phone", "id_number", "address", "profile", "ip_address"})
MAX_PAIRS = 16
REPEAT_FACTOR = 0.5  # each earlier request in the case halves what the score lacks of 1
MAX_REPEATS = 3


def case_keys(decision: Decision) -> list[str]:
    typed = list(zip((f.type for f in decision.findings), decision.fingerprints, strict=False))
    keys = {f"v:{print_}" for kind, print_ in typed if kind in STRONG}
    names = sorted({p for kind, p in typed if kind == "name"})
    works = sorted({p for kind, p in typed if kind == "workplace"})
    pairs = [f"nw:{hashlib.sha256(f'{n}+{w}'.encode()).hexdigest()[:32]}"
             for n in names for w in works]
    return sorted(keys | set(pairs[:MAX_PAIRS]))


def repeated(decision: Decision, earlier: int, case_id: int) -> Decision:
    """A decision whose values were queued before: a higher score, and the reason why."""
    if earlier <= 0:
        return decision
    lacking = (1.0 - decision.score) * REPEAT_FACTOR ** min(earlier, MAX_REPEATS)
    reason = (f"repeats a value of {earlier} earlier request{'s' if earlier > 1 else ''} "
              f"(case {case_id})")
    return dataclasses.replace(decision, score=1.0 - lacking,
                               reasons=(*decision.reasons, reason))
