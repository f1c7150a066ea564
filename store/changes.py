"""claim, release and resolve, written once for both backends.

A backend supplies `_clock` and `_change`: one transaction that locks the request's row, asks the
lifecycle rules (store/lifecycle.py) what to write, writes it with its audit row, and returns the
request as it now is.
"""

from __future__ import annotations

from collections.abc import Callable

from store.lifecycle import (
    Change,
    Current,
    check_note,
    plan_claim,
    plan_release,
    plan_reopen,
    plan_resolve,
)
from store.model import StoredRequest


class StateChanges:
    _clock: Callable[[], float]

    def _now(self) -> int:
        return int(self._clock() * 1000)

    async def _change(self, request_id: int, user: str, note: str | None,
                      plan: Callable[[Current], Change]) -> StoredRequest:
        raise NotImplementedError

    async def claim(self, request_id: int, user: str, lease_s: float) -> StoredRequest:
        now = self._now()
        return await self._change(
            request_id, user, None, lambda cur: plan_claim(request_id, cur, user, now, lease_s))

    async def release(self, request_id: int, user: str) -> StoredRequest:
        now = self._now()
        return await self._change(
            request_id, user, None, lambda cur: plan_release(request_id, cur, user, now))

    async def resolve(self, request_id: int, user: str, outcome: str,
                      note: str | None = None) -> StoredRequest:
        now = self._now()
        note = check_note(note)
        return await self._change(
            request_id, user, note,
            lambda cur: plan_resolve(request_id, cur, user, outcome, now))

    async def reopen(self, request_id: int, user: str, note: str | None = None) -> StoredRequest:
        """A resolved request back to pending; the audit row keeps who and why."""
        now = self._now()
        note = check_note(note)
        return await self._change(request_id, user, note,
                                  lambda cur: plan_reopen(request_id, cur, now))
