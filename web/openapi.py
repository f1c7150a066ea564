"""The OpenAPI 3 document of the queue's API, served at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from core.version import version
from store.lifecycle import MAX_LEASE_S, MAX_NOTE
from store.model import OUTCOMES, STATES
from store.sql import MAX_LIMIT


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERRORS = {
    "400": _json(_ref("Error"), "Invalid parameter or body"),
    "401": _json(_ref("Error"), "Missing, invalid or revoked token / session"),
    "403": _json(_ref("Error"), "Claimed by another oversighter, or CSRF / origin check failed"),
    "404": _json(_ref("Error"), "No such request, or one outside the caller's wikis"),
    "409": _json(_ref("Error"), "Not allowed in the request's state"),
}
_ID = {"name": "id", "in": "path", "required": True,
       "schema": {"type": "integer", "minimum": 1}}


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema,
            "description": description}


def _body(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema = {"type": "object", "additionalProperties": False, "properties": properties,
              "required": required or []}
    return {"required": bool(required), "content": {"application/json": {"schema": schema}}}


def _action(summary: str, body: dict[str, Any] | None = None,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "parameters": [_ID],
                          "responses": {"200": _json(_ref("RequestEnvelope")), **_ERRORS,
                                        **(extra or {})}}
    if body is not None:
        op["requestBody"] = body
    return {"post": op}


_LIST_PARAMS = [
    _query("state", {"type": "string"}, f"comma-separated states among {', '.join(STATES)}"),
    _query("wiki", {"type": "string", "pattern": "^[a-z0-9_-]{1,64}$"}, "database name"),
    _query("type", {"type": "string", "pattern": "^[a-z_]{1,32}$"}, "finding type"),
    _query("min_score", {"type": "number"}, "minimum score"),
    _query("tier", {"type": "string", "enum": ["likely", "possible"]}, "the judgement's tier"),
    _query("case", {"type": "integer", "minimum": 1}, "only the requests of this case"),
    _query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 50}, ""),
    _query("offset", {"type": "integer", "minimum": 0, "default": 0}, ""),
]

_REQUEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"}, "state": {"type": "string", "enum": list(STATES)},
        "wiki": {"type": "string"}, "rev_id": {"type": "integer"},
        "rc_id": {"type": ["integer", "null"]}, "server_name": {"type": "string"},
        "namespace": {"type": "integer"}, "title": {"type": "string"},
        "user": {"type": "string", "description": "the editor"},
        "event_time": {"type": "integer", "description": "epoch ms"},
        "score": {"type": "number"},
        "tier": {"type": "string", "enum": ["likely", "possible"],
                 "description": "the judgement's tier; the queue lists likely first"},
        "types": {"type": "array", "items": {"type": "string"}},
        "reasons": {"type": "array", "items": {"type": "string"}},
        "excerpt": {"type": "string", "description": "redacted; empty once purged"},
        "detected_at": {"type": "integer"}, "claimed_by": {"type": ["string", "null"]},
        "lease_until": {"type": ["integer", "null"]}, "created_at": {"type": "integer"},
        "resolved_at": {"type": ["integer", "null"]},
        "outcome": {"type": ["string", "null"], "enum": [*OUTCOMES, None]},
        "note": {"type": ["string", "null"]},
        "linked": {"type": "array", "items": {"type": "integer"},
                   "description": "other requests sharing a finding's fingerprint"},
        "revisions": {"type": "array", "items": {"type": "integer"},
                      "description": "every revision the request covers, oldest first: more "
                                     "than one for an outing split over consecutive edits"},
        "diff_url": {"type": ["string", "null"]},
        "revisiondelete_url": {"type": ["string", "null"],
                               "description": "every revision of `revisions` in one form"},
        "revision_diff_urls": {"type": "array", "items": {"type": "string"},
                               "description": "each revision's diff (a split outing only)"},
    },
}


def _paths() -> dict[str, Any]:
    item = "/api/v1/requests/{id}"
    return {
        "/api/v1/requests": {"get": {
            "summary": "List requests in priority order (likely first, then score, then age)",
            "parameters": _LIST_PARAMS,
            "responses": {"200": _json({"type": "object", "properties": {
                "requests": {"type": "array", "items": _ref("Request")},
                "limit": {"type": "integer"}, "offset": {"type": "integer"}}}),
                "400": _ERRORS["400"], "401": _ERRORS["401"]}}},
        item: {"get": {"summary": "One request", "parameters": [_ID], "responses": {
            "200": _json(_ref("RequestEnvelope")), "401": _ERRORS["401"],
            "404": _ERRORS["404"]}}},
        f"{item}/audit": {"get": {
            "summary": "The request's audit trail (who, when, from, to, note), oldest first",
            "parameters": [_ID], "responses": {
                "200": _json({"type": "object", "properties": {"audit": {
                    "type": "array", "items": _ref("AuditEntry")}}}),
                "401": _ERRORS["401"], "404": _ERRORS["404"]}}},
        f"{item}/claim": _action("Claim (or renew one's claim) with a lease", _body(
            {"lease_s": {"type": "number", "minimum": 1, "maximum": MAX_LEASE_S}})),
        f"{item}/release": _action("Release one's claim"),
        f"{item}/resolve": _action(
            "Resolve with an outcome; dismissing a request nobody has claimed takes "
            '"confirm": true (else 409)', _body(
                {"outcome": {"type": "string", "enum": list(OUTCOMES)},
                 "note": {"type": "string", "maxLength": MAX_NOTE},
                 "confirm": {"type": "boolean"}}, ["outcome"])),
        f"{item}/reopen": _action(
            "Reopen a resolved request (back to pending; audited with the note)",
            _body({"note": {"type": "string", "maxLength": MAX_NOTE}})),
        f"{item}/suppress": _action(
            "Suppress the revision through the wiki's API with one's own credentials, "
            "then resolve as suppressed", _body({"reason": {"type": "string", "maxLength": 500}}),
            {"502": _json(_ref("Error"), "The wiki refused or failed; the request stays claimed")}),
        "/api/v1/stats": {"get": {"summary": "Counts by state, oldest pending age, skips",
                                  "responses": {"200": _json({"type": "object"}),
                                                "401": _ERRORS["401"]}}},
        "/api/v1/session": {
            "get": {"summary": "The page's session and its CSRF token",
                    "responses": {"200": _json(_ref("Session")), "401": _ERRORS["401"]}},
            "post": {"summary": "Sign in with a token: sets the session cookie",
                     "security": [], "requestBody": _body({"token": {"type": "string"}},
                                                          ["token"]),
                     "responses": {"200": _json(_ref("Session")), "400": _ERRORS["400"],
                                   "401": _ERRORS["401"], "403": _ERRORS["403"]}},
            "delete": {"summary": "Sign out", "responses": {
                "200": _json({"type": "object"}), "401": _ERRORS["401"],
                "403": _ERRORS["403"]}},
        },
        "/api/v1/openapi.json": {"get": {"summary": "This document", "security": [],
                                         "responses": {"200": _json({"type": "object"})}}},
        **_casework_paths(),
    }


def _get(summary: str, parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": parameters or [], "responses": {
        "200": _json({"type": "object"}), "400": _ERRORS["400"], "401": _ERRORS["401"],
        "404": _ERRORS["404"]}}}


def _casework_paths() -> dict[str, Any]:
    known_body = _body({"type": {"type": "string"}, "value": {
        "type": "string", "maxLength": 500, "description": "hashed on arrival, never stored"},
        "wiki": {"type": "string", "description": "where it was posted (phone regions)"}},
        ["type", "value"])
    return {
        "/api/v1/cases": _get("Cases of two requests or more (shared strong values), newest "
                              "first"),
        "/api/v1/cases/{id}": _get("A case and its requests together", [_ID]),
        "/api/v1/case-of": _get("The case of each given request", [_query(
            "ids", {"type": "string"}, "comma-separated request ids")]),
        "/api/v1/known-values": {
            **_get("Known values (type, who, when, matches; never the value)"),
            "post": {"summary": "Add a value suppressed before: later edits holding it are "
                                "flagged at the top", "requestBody": known_body, "responses": {
                                    "201": _json({"type": "object"}),
                                    "200": _json({"type": "object"}),
                                    "400": _ERRORS["400"], "401": _ERRORS["401"],
                                    "403": _ERRORS["403"]}}},
        "/api/v1/known-values/{id}": {"delete": {
            "summary": "Remove a known value", "parameters": [_ID], "responses": {
                "200": _json({"type": "object"}), "401": _ERRORS["401"],
                "403": _ERRORS["403"], "404": _ERRORS["404"]}}},
    }


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "outingwatch suppression queue", "version": version(),
                 "description": "Private: every queue endpoint needs an oversighter's token "
                                "(Bearer) or the page's session cookie plus X-CSRF-Token."},
        "paths": _paths(),
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "session": {"type": "apiKey", "in": "cookie", "name": "ow_session"},
            },
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
                "Request": _REQUEST_SCHEMA,
                "AuditEntry": {"type": "object", "properties": {
                    "actor": {"type": "string"}, "at": {"type": "integer"},
                    "from": {"type": ["string", "null"]}, "to": {"type": "string"},
                    "note": {"type": ["string", "null"]}}},
                "RequestEnvelope": {"type": "object",
                                    "properties": {"request": _ref("Request")}},
                "Session": {"type": "object", "properties": {
                    "user": {"type": "string"}, "csrf_token": {"type": "string"},
                    "can_suppress": {"type": "boolean"}}},
            },
        },
        "security": [{"bearer": []}, {"session": []}],
    }
