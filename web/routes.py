"""Mount the queue's page and API on the service's aiohttp app (which also serves /metrics)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from store.base import QueueStore
from web import api, casework, session
from web.config import WebConfig
from web.context import QUEUE, Queue
from web.hosts import check_host
from web.openapi import document
from web.ratelimit import RateLimiter
from web.security import Handler, add_security_headers
from web.suppress import Suppressor, load_credentials
from wiki.route import ApiRoute

STATIC = Path(__file__).with_name("static")
PAGE_FILES = {"/": "index.html", "/static/app.js": "app.js", "/static/app.css": "app.css"}


def _file(name: str) -> Handler:
    path = STATIC / name

    async def serve(request: web.Request) -> web.StreamResponse:
        return web.FileResponse(path)

    return serve


async def openapi(request: web.Request) -> web.Response:
    return web.json_response(document())


def suppressor_from(config: WebConfig, route: ApiRoute) -> Suppressor:
    """Suppression calls go where `route` sends every API call (the service's one route)."""
    path = config.suppress_credentials_file
    credentials = load_credentials(path) if path is not None else None
    return Suppressor(credentials, timeout_s=config.suppress_timeout_s, route=route,
                      contact=config.contact)


def setup_queue_app(app: web.Application, store: QueueStore, config: WebConfig,
                    suppressor: Suppressor | None = None) -> None:
    """Add the page, the API and the response headers. The caller owns (and closes) the store."""
    app[QUEUE] = Queue(store, config, suppressor or suppressor_from(config, ApiRoute()),
                       RateLimiter(config.sign_ins_per_minute))
    app.middlewares.append(check_host)
    app.on_response_prepare.append(add_security_headers)
    for path, name in PAGE_FILES.items():
        app.router.add_get(path, _file(name))
    item = "/api/v1/requests/{id}"
    app.router.add_get("/api/v1/requests", api.list_requests)
    app.router.add_get(item, api.get_request)
    app.router.add_get(f"{item}/audit", api.audit)
    app.router.add_post(f"{item}/claim", api.claim)
    app.router.add_post(f"{item}/release", api.release)
    app.router.add_post(f"{item}/resolve", api.resolve)
    app.router.add_post(f"{item}/reopen", api.reopen)
    app.router.add_post(f"{item}/suppress", api.suppress)
    app.router.add_get("/api/v1/stats", api.stats)
    app.router.add_get("/api/v1/session", session.current)
    app.router.add_post("/api/v1/session", session.sign_in)
    app.router.add_delete("/api/v1/session", session.sign_out)
    app.router.add_get("/api/v1/openapi.json", openapi)
    casework.add_routes(app)
