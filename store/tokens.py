"""Oversighter tokens and session ids: high-entropy secrets, so one SHA-256 is enough to store."""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_PREFIX = "ow_"  # noqa: S105 (a prefix that makes leaked tokens easy to scan for)


def new_secret(prefix: str = TOKEN_PREFIX) -> str:
    return prefix + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def same_hash(stored: str, presented: str) -> bool:
    return hmac.compare_digest(stored.encode("ascii"), presented.encode("ascii"))
