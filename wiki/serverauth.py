"""Accounts on the local API server: bot-password login, OAuth bearer tokens and CSRF tokens.

As on MediaWiki: a login token is fetched first (which starts a session cookie), `action=login`
with a bot password (`User@BotName`) binds the session to the user; an OAuth owner-only consumer
sends `Authorization: Bearer <token>` instead. Anonymous callers get the CSRF token `+\\`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

ANONYMOUS_TOKEN = "+\\"  # noqa: S105 (MediaWiki's token for anonymous users)
SESSION_COOKIE = "localwiki_session"


def _token(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:32] + ANONYMOUS_TOKEN


@dataclass
class ServerAuth:
    bot_passwords: dict[str, str] = field(default_factory=dict)  # "User@Bot" -> password
    oauth_tokens: dict[str, str] = field(default_factory=dict)  # bearer token -> user name
    sessions: dict[str, str | None] = field(default_factory=dict)  # cookie -> user (None: anon)
    secret: str = field(default_factory=lambda: secrets.token_hex(8))

    def session_id(self, request: web.Request) -> str | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        return cookie if cookie in self.sessions else None

    def user(self, request: web.Request) -> str | None:
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            return self.oauth_tokens.get(header.removeprefix("Bearer ").strip())
        session = self.session_id(request)
        return self.sessions.get(session) if session else None

    def csrf_token(self, request: web.Request) -> str:
        user = self.user(request)
        return _token(f"{self.secret}:csrf:{user}") if user else ANONYMOUS_TOKEN

    def login_token(self, session: str) -> str:
        return _token(f"{self.secret}:login:{session}")

    def start_session(self, request: web.Request) -> str:
        session = self.session_id(request) or secrets.token_hex(16)
        self.sessions.setdefault(session, None)
        return session

    def login(self, request: web.Request, params: dict[str, str]) -> dict[str, Any]:
        session = self.session_id(request)
        if session is None or params.get("lgtoken") != self.login_token(session):
            return {"login": {"result": "WrongToken"}}
        name = params.get("lgname", "")
        if name not in self.bot_passwords or self.bot_passwords[name] != params.get("lgpassword"):
            reason = "Incorrect username or password entered. Please try again."
            return {"login": {"result": "Failed", "reason": reason}}
        user = name.split("@", 1)[0]
        self.sessions[session] = user
        return {"login": {"result": "Success", "lguserid": 1, "lgusername": user}}
