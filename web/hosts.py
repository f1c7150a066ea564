"""The Host header checked against the public origin: a page on an attacker's domain that
resolves to this server (DNS rebinding) never gets an answer from the queue.

With OUTINGWATCH_PUBLIC_ORIGIN set, Host must be its host (and port). Without it the service is
meant for loopback or a private address: Host must then be an IP address or `localhost`, which
no rebinding attack can produce (it needs a name the attacker controls).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from aiohttp import web

from web.context import QUEUE
from web.errors import json_error
from web.security import Handler


def host_allowed(host: str, public_origin: str | None) -> bool:
    host = host.strip().lower()
    if public_origin is not None:
        expected = urlsplit(public_origin)
        default = {"https": 443, "http": 80}.get(expected.scheme)
        return host in {expected.netloc.lower(), f"{expected.hostname}:{default}"}
    try:
        name = urlsplit("//" + host).hostname or ""
    except ValueError:
        return False
    if name == "localhost":
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@web.middleware
async def check_host(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not host_allowed(request.host, request.app[QUEUE].config.public_origin):
        raise json_error(web.HTTPMisdirectedRequest, "this server does not answer for that host")
    return await handler(request)
