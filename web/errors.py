"""JSON error responses with content-free messages; store refusals mapped to HTTP statuses."""

from __future__ import annotations

import orjson
from aiohttp import web

from store.errors import (
    ClaimedByOther,
    InvalidInput,
    InvalidTransition,
    NotFound,
    StoreError,
    StoreFailure,
)


def json_error(cls: type[web.HTTPError], message: str, **headers: str) -> web.HTTPError:
    return cls(text=orjson.dumps({"error": message}).decode(), content_type="application/json",
               headers=headers or None)


def bad_request(message: str) -> web.HTTPError:
    return json_error(web.HTTPBadRequest, message)


def unauthorized(message: str) -> web.HTTPError:
    return json_error(web.HTTPUnauthorized, message, **{"WWW-Authenticate": 'Bearer realm="queue"'})


def forbidden(message: str) -> web.HTTPError:
    return json_error(web.HTTPForbidden, message)


_STATUS: list[tuple[type[StoreError], type[web.HTTPError]]] = [
    (NotFound, web.HTTPNotFound),
    (ClaimedByOther, web.HTTPForbidden),
    (InvalidTransition, web.HTTPConflict),
    (InvalidInput, web.HTTPBadRequest),
    (StoreFailure, web.HTTPServiceUnavailable),
]


def from_store(exc: StoreError) -> web.HTTPError:
    for kind, status in _STATUS:
        if isinstance(exc, kind):
            return json_error(status, str(exc))
    return json_error(web.HTTPConflict, str(exc))
