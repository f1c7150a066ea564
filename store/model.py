"""What the queue holds: a suppression request as enqueued, and as stored with its lifecycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PENDING = "pending"
CLAIMED = "claimed"
SUPPRESSED = "suppressed"
DISMISSED = "dismissed"
ALREADY_HIDDEN = "already-hidden"
DUPLICATE = "duplicate"  # another request covers the same posting (its case, a repeat)

LIKELY, POSSIBLE = "likely", "possible"
TIERS = (LIKELY, POSSIBLE)  # the queue's two tiers (issue 11), likely listed first
LIKELY_SCORE = 0.8  # the tier of a flag whose judgement gave none (a known value, a repeat)

OUTCOMES = (SUPPRESSED, DISMISSED, ALREADY_HIDDEN, DUPLICATE)
STATES = (PENDING, CLAIMED, *OUTCOMES)


@dataclass(frozen=True, slots=True)
class SuppressionRequest:
    """One flagged revision. `excerpt` is already redacted; `fingerprints` are HMAC hex strings."""

    wiki: str
    rev_id: int
    rc_id: int | None
    server_url: str
    server_name: str
    script_path: str
    namespace: int
    title: str
    user: str  # the editor
    event_time: int  # epoch ms of the edit
    score: float
    types: tuple[str, ...]
    reasons: tuple[str, ...]
    excerpt: str
    fingerprints: tuple[str, ...] = field(default=(), compare=False)
    detected_at: int = 0  # epoch ms; 0 means "when enqueued"
    # an outing split over consecutive edits (pipeline.split): every revision it covers, oldest
    # first, `rev_id` last; empty for a single edit
    revisions: tuple[int, ...] = ()
    tier: str = ""  # likely / possible; "" reads as the score's tier (tier_of)

    @property
    def queue_tier(self) -> str:
        return tier_of(self.tier, self.score)


@dataclass(frozen=True, slots=True)
class StoredRequest(SuppressionRequest):
    """A request as the store returns it. `state` is effective: an expired lease reads pending."""

    id: int = 0
    state: str = PENDING
    claimed_by: str | None = None
    lease_until: int | None = None  # epoch ms
    created_at: int = 0
    resolved_at: int | None = None
    outcome: str | None = None
    note: str | None = None
    linked: tuple[int, ...] = ()  # other requests sharing a fingerprint
    linked_wikis: tuple[str, ...] = field(default=(), compare=False)  # the wiki of each linked

    def to_json(self) -> dict[str, Any]:
        """The API's view: fingerprints stay inside the store."""
        return {
            "id": self.id, "state": self.state, "wiki": self.wiki, "rev_id": self.rev_id,
            "rc_id": self.rc_id, "server_name": self.server_name, "namespace": self.namespace,
            "title": self.title, "user": self.user, "event_time": self.event_time,
            "score": self.score, "tier": self.queue_tier, "types": list(self.types),
            "reasons": list(self.reasons),
            "excerpt": self.excerpt, "detected_at": self.detected_at,
            "claimed_by": self.claimed_by, "lease_until": self.lease_until,
            "created_at": self.created_at, "resolved_at": self.resolved_at,
            "outcome": self.outcome, "note": self.note, "linked": list(self.linked),
            "revisions": list(self.revisions or (self.rev_id,)),
        }


def tier_of(tier: str, score: float) -> str:
    """A request's tier: the judgement's own, else likely from LIKELY_SCORE."""
    if tier in TIERS:
        return tier
    return LIKELY if score >= LIKELY_SCORE else POSSIBLE


@dataclass(frozen=True, slots=True)
class AuditEntry:
    request_id: int
    actor: str
    at: int  # epoch ms
    from_state: str | None
    to_state: str
    note: str | None


@dataclass(frozen=True, slots=True)
class UserInfo:
    name: str
    created_at: int
    revoked_at: int | None
    wikis: tuple[str, ...] | None = None  # None: every wiki
    expires_at: int | None = None  # epoch ms; None: the token never expires

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a token or session belongs to, and the wikis they may see (None: every wiki)."""

    name: str
    wikis: frozenset[str] | None = None

    def sees(self, wiki: str) -> bool:
        return self.wikis is None or wiki in self.wikis


@dataclass(frozen=True, slots=True)
class UserAuditEntry:
    at: int  # epoch ms
    actor: str
    user: str
    action: str  # added, scope, revoked
    detail: str | None


@dataclass(frozen=True, slots=True)
class ListFilter:
    """`states` empty means every state; pending includes claims whose lease expired."""

    states: tuple[str, ...] = ()
    wiki: str | None = None
    type: str | None = None
    min_score: float | None = None
    scope: tuple[str, ...] | None = None  # the caller's wikis; None: every wiki
    tier: str | None = None  # likely / possible: the judgement's tier
    case: int | None = None  # the members of one case
    limit: int = 50
    offset: int = 0
