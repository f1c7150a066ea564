"""What the local EventStreams server does, and the faults it injects, connection by connection."""

from __future__ import annotations

from dataclasses import dataclass

from stream.eventid import EQIAD


@dataclass
class ConnectionPlan:
    """Faults for one connection; the server takes the next plan for each connection it accepts."""

    status: int | None = None  # answer this status (503, 429...) instead of streaming
    retry_after: str | None = None  # with this Retry-After header
    drop_after: int | None = None  # abort the TCP connection after this many events
    mid_frame: bool = False  # ... having sent the first half of the next frame
    cut_bytes: int | None = None  # ... or this many of its bytes (implies mid_frame)
    stall_after: int | None = None  # after this many events, send nothing for stall_s
    stall_s: float = 0.0
    garbage_every: int | None = None  # send a malformed frame after every N events


@dataclass
class ServerSettings:
    """Behaviour that holds for every connection; may be changed between connections."""

    cut_after_s: float = 900.0  # EventStreams closes every connection after 15 minutes
    max_connections: int = 10  # past this many concurrent connections: 429
    pace: float = 0.0  # events per second; 0 = as fast as the client reads
    keep_open: bool = False  # after the feed's end, stay connected and idle (like the live feed)
    start_at_end: bool = False  # with no position, start at the end (the live stream) not at 0
    expire_positions: bool = False  # answer any Last-Event-ID with expire_status
    expire_status: int = 404
    live_topic: str = EQIAD  # which datacentre topic delivers (changes at switchovers)
    batch_bytes: int = 1 << 16  # unpaced: frames gathered into writes of about this size
