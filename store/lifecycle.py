"""The lifecycle rules, apart from SQL: both backends lock the row, then ask these what to write.

pending → claimed (one oversighter, lease) → suppressed | dismissed | already-hidden | duplicate;
release: claimed → pending. A claim whose lease has run out counts as pending again.
reopen: a resolved request → pending (a dismissal made in error is not final).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.errors import ClaimedByOther, InvalidInput, InvalidTransition
from store.model import CLAIMED, OUTCOMES, PENDING

MAX_LEASE_S = 24 * 3600
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Current:
    state: str
    claimed_by: str | None
    lease_until: int | None


@dataclass(frozen=True, slots=True)
class Change:
    from_state: str  # the effective state before the change
    to_state: str
    claimed_by: str | None
    lease_until: int | None
    audited: bool = True  # a lease renewal is not a state change


def effective_state(state: str, lease_until: int | None, now_ms: int) -> str:
    if state == CLAIMED and (lease_until is None or lease_until <= now_ms):
        return PENDING
    return state


def _live_holder(current: Current, now_ms: int) -> str | None:
    if effective_state(current.state, current.lease_until, now_ms) == CLAIMED:
        return current.claimed_by
    return None


def plan_claim(rid: int, current: Current, user: str, now_ms: int, lease_s: float) -> Change:
    if not 0 < lease_s <= MAX_LEASE_S:
        raise InvalidInput(f"lease must be between 1 and {MAX_LEASE_S} seconds")
    until = now_ms + int(lease_s * 1000)
    holder = _live_holder(current, now_ms)
    if holder == user:
        return Change(CLAIMED, CLAIMED, user, until, audited=False)
    if holder is not None:
        raise ClaimedByOther(rid, holder)
    if current.state not in (PENDING, CLAIMED):
        raise InvalidTransition(rid, current.state, "claim")
    return Change(PENDING, CLAIMED, user, until)


def plan_release(rid: int, current: Current, user: str, now_ms: int) -> Change:
    holder = _live_holder(current, now_ms)
    if holder is not None and holder != user:
        raise ClaimedByOther(rid, holder)
    if holder is None:
        raise InvalidTransition(rid, effective_state(current.state, current.lease_until, now_ms),
                                "release")
    return Change(CLAIMED, PENDING, None, None)


def plan_resolve(rid: int, current: Current, user: str, outcome: str, now_ms: int) -> Change:
    """Resolving needs no prior claim, only that nobody else holds a live one."""
    if outcome not in OUTCOMES:
        raise InvalidInput(f"outcome must be one of {', '.join(OUTCOMES)}")
    holder = _live_holder(current, now_ms)
    if holder is not None and holder != user:
        raise ClaimedByOther(rid, holder)
    state = effective_state(current.state, current.lease_until, now_ms)
    if state not in (PENDING, CLAIMED):
        raise InvalidTransition(rid, state, "resolve")
    return Change(state, outcome, user, None)


def plan_reopen(rid: int, current: Current, now_ms: int) -> Change:
    state = effective_state(current.state, current.lease_until, now_ms)
    if state in (PENDING, CLAIMED):
        raise InvalidTransition(rid, state, "reopen")
    return Change(state, PENDING, None, None)


_WIKI = re.compile(r"[a-z0-9_]{2,64}", re.ASCII)


def check_wikis(wikis: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """A scope: wiki database names (enwiki, commonswiki), or None for every wiki."""
    if wikis is None:
        return None
    cleaned = tuple(sorted({w.strip() for w in wikis if w.strip()}))
    if not cleaned or not all(_WIKI.fullmatch(w) for w in cleaned):
        raise InvalidInput("wikis must be database names like enwiki,commonswiki")
    return cleaned


def check_note(note: str | None) -> str | None:
    if note is not None and len(note) > MAX_NOTE:
        raise InvalidInput(f"note longer than {MAX_NOTE} characters")
    return note or None


def check_user(name: str) -> str:
    """Oversighter names are wiki user names: printable, no control characters, bounded."""
    cleaned = name.strip()
    if not 0 < len(cleaned) <= 255 or not cleaned.isprintable():
        raise InvalidInput("user name must be 1-255 printable characters")
    return cleaned
