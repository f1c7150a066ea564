"""Bounded connections: a listening site that no crowd of slow or idle clients can exhaust.

aiohttp has no limit on open connections and no deadline for a request's headers, so clients that
open connections and send half their headers (or nothing) hold a descriptor each until the
process runs out. Here every port has its own limit; a new connection past it closes the oldest
connection that has no request in progress (a slow or idle client), so a real request still gets
in; a connection whose first request has not arrived within `header_timeout` is closed. Idle
keep-alive connections close after aiohttp's `keepalive_timeout` (passed to the runner).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from aiohttp import web, web_response

log = logging.getLogger(__name__)
SERVER = "outingwatch"


def hide_server_version() -> None:
    """aiohttp answers with `Server: Python/x aiohttp/y`, error pages included; name only us."""
    web_response.SERVER_SOFTWARE = SERVER  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Limits:
    max_connections: int = 256
    header_timeout_s: float = 10.0
    keepalive_timeout_s: float = 15.0


class ConnectionGuard:
    """The connections of one port, oldest first."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._live: OrderedDict[GuardedProtocol, None] = OrderedDict()
        self.evicted = self.refused = self.timed_out = 0

    def __len__(self) -> int:
        return len(self._live)

    def admit(self, protocol: GuardedProtocol) -> bool:
        if len(self._live) >= self.limits.max_connections and not self._evict_idle():
            self.refused += 1
            return False
        self._live[protocol] = None
        return True

    def _evict_idle(self) -> bool:
        for protocol in self._live:
            if protocol.idle:
                self.evicted += 1
                protocol.abort()
                self._live.pop(protocol, None)
                return True
        return False

    def forget(self, protocol: GuardedProtocol) -> None:
        self._live.pop(protocol, None)


class GuardedProtocol(asyncio.Protocol):
    """Forwards everything to aiohttp's own protocol; adds the header deadline."""

    def __init__(self, inner: Any, guard: ConnectionGuard) -> None:
        self.inner = inner
        self.guard = guard
        self.transport: asyncio.Transport | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._connected = False

    @property
    def idle(self) -> bool:
        """No request is being handled (none yet, half its headers, or between requests)."""
        return not getattr(self.inner, "_request_in_progress", False)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        if not self.guard.admit(self):
            transport.abort()  # type: ignore[attr-defined]
            return
        self._connected = True
        self.inner.connection_made(transport)
        loop = asyncio.get_running_loop()
        self._deadline = loop.call_later(self.guard.limits.header_timeout_s, self._first_due)

    def _first_due(self) -> None:
        if getattr(self.inner, "_request_count", 0) == 0:
            self.guard.timed_out += 1
            self.abort()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        result: bool | None = self.inner.eof_received()
        return result

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.guard.forget(self)
        if self._deadline is not None:
            self._deadline.cancel()
        if self._connected:
            self.inner.connection_lost(exc)


class GuardedSite(web.BaseSite):
    """A TCP site whose connections go through a ConnectionGuard."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, limits: Limits) -> None:
        super().__init__(runner)
        self._host, self._port = host, port
        self.guard = ConnectionGuard(limits)

    @property
    def name(self) -> str:
        return f"http://{self._host}:{self._port}"

    async def start(self) -> None:
        await super().start()
        server = self._runner.server
        assert server is not None

        def factory() -> asyncio.Protocol:
            return GuardedProtocol(server(), self.guard)

        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(factory, self._host, self._port,
                                                reuse_address=True)
