"""What the queue's handlers share, kept on the aiohttp app under one typed key."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from store.base import QueueStore
from web.config import WebConfig
from web.ratelimit import RateLimiter
from web.suppress import Suppressor


@dataclass(frozen=True, slots=True)
class Queue:
    store: QueueStore
    config: WebConfig
    suppressor: Suppressor
    sign_ins: RateLimiter = field(default_factory=lambda: RateLimiter(10))


QUEUE = web.AppKey("outingwatch_queue", Queue)


def queue_of(request: web.Request) -> Queue:
    return request.app[QUEUE]
