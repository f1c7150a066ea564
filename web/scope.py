"""Oversight is granted per wiki: a caller sees only the requests of their wikis.

A request outside the caller's scope answers 404, exactly as one that does not exist, so its
existence is not disclosed; links to requests of other wikis are left out of what is shown.
"""

from __future__ import annotations

import dataclasses

from aiohttp import web

from store.errors import NotFound
from store.model import StoredRequest
from web.context import queue_of
from web.security import Principal


def in_scope(req: StoredRequest, who: Principal) -> StoredRequest:
    """`req` with only the linked requests the caller may see."""
    if who.wikis is None or not req.linked:
        return req
    kept = [(i, w) for i, w in zip(req.linked, req.linked_wikis, strict=True) if who.sees(w)]
    return dataclasses.replace(req, linked=tuple(i for i, _ in kept),
                               linked_wikis=tuple(w for _, w in kept))


async def visible(request: web.Request, who: Principal, request_id: int) -> StoredRequest:
    """The request if the caller may see it; NotFound (404) otherwise."""
    req = await queue_of(request).store.get(request_id)
    if not who.sees(req.wiki):
        raise NotFound(request_id)
    return in_scope(req, who)
