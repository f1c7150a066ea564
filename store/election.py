"""Which replica reads the stream: campaign for the lease while standing by, renew it while
leading, step down when it is lost.

The database decides (store/leader.py); this loop only follows it. A leader believes it leads
until `lease_s` after it *sent* its last successful renewal: the database's lease ran from a
later moment, so the belief ends before any standby can take over. The belief is for the role
metric and /readyz; safety does not rest on it, because the database refuses a stale term's
writes (the fence).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from store.errors import StoreError

log = logging.getLogger(__name__)

LEADER = "leader"
STANDBY = "standby"


@runtime_checkable
class LeaseBackend(Protocol):
    async def acquire_leadership(self, holder: str, lease_s: float) -> int | None: ...

    async def renew_leadership(self, term: int, holder: str, lease_s: float) -> bool: ...

    async def release_leadership(self, term: int, holder: str) -> None: ...


@runtime_checkable
class Fenceable(Protocol):
    def fence(self, term: int | None) -> None:
        """Intake writes from now on name `term` (the database refuses a stale one)."""


@dataclass(frozen=True, slots=True)
class Timing:
    lease_s: float = 10.0

    @property
    def renew_s(self) -> float:
        """Three renewals per lease: two may fail before the lease runs out."""
        return self.lease_s / 3

    @property
    def poll_s(self) -> float:
        """A standby's attempts: a dead leader is replaced within lease_s + poll_s."""
        return min(1.0, self.lease_s / 4)

    @property
    def call_s(self) -> float:
        return self.lease_s / 3


class Elector:
    def __init__(
        self, backend: LeaseBackend, holder: str, timing: Timing, *,
        on_elected: Callable[[int], Awaitable[None]], on_lost: Callable[[], Awaitable[None]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.backend = backend
        self.holder = holder
        self.timing = timing
        self.on_elected = on_elected
        self.on_lost = on_lost
        self.clock = clock
        self.term: int | None = None
        self._valid_until = 0.0

    def leading(self) -> bool:
        return self.term is not None and self.clock() < self._valid_until

    @property
    def role(self) -> str:
        return LEADER if self.leading() else STANDBY

    async def run(self) -> None:
        while True:
            if self.term is None:
                await self._campaign()
            else:
                await self._hold(self.term)

    async def _campaign(self) -> None:
        sent = self.clock()
        term = await self._call(self.backend.acquire_leadership(
            self.holder, self.timing.lease_s))
        if not isinstance(term, int):
            await asyncio.sleep(self.timing.poll_s)
            return
        self.term, self._valid_until = term, sent + self.timing.lease_s
        log.info("leading the stream (term %d)", term, extra={"term": term})
        try:
            await self.on_elected(term)
        except Exception as exc:  # could not start reading: let another replica try
            log.error("could not start reading as leader: %s", type(exc).__name__)
            await self._lose()
            await self._call(self.backend.release_leadership(term, self.holder))

    async def _hold(self, term: int) -> None:
        await asyncio.sleep(self.timing.renew_s)
        sent = self.clock()
        renewed = await self._call(self.backend.renew_leadership(
            term, self.holder, self.timing.lease_s))
        if renewed is True:
            self._valid_until = sent + self.timing.lease_s
        elif renewed is False:
            log.warning("leadership lost: another replica holds a newer term than %d", term)
            await self._lose()
        elif self.clock() >= self._valid_until:
            log.warning("leadership lost: the lease of term %d could not be renewed", term)
            await self._lose()

    async def _lose(self) -> None:
        self.term = None
        await self.on_lost()

    async def _call(self, call: Awaitable[object]) -> object:
        """The database's answer, or None when it could not be reached in time."""
        try:
            async with asyncio.timeout(self.timing.call_s):
                return await call
        except (StoreError, TimeoutError, OSError) as exc:
            log.warning("leadership check failed: %s", type(exc).__name__)
            return None

    async def release(self) -> None:
        """Hand over: end the lease now so that a standby takes over at its next attempt."""
        term, self.term = self.term, None
        if term is not None:
            await self._call(self.backend.release_leadership(term, self.holder))
            log.info("leadership released (term %d)", term, extra={"term": term})
