"""The oversighters' web settings, from `OUTINGWATCH_*` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.version import DEFAULT_CONTACT

DEFAULT_REASON = "Personal information (outing): suppressed under the oversight policy"


@dataclass(frozen=True, slots=True)
class WebConfig:
    # None: Secure cookies when the public origin is https or the request came over TLS
    secure_cookies: bool | None = None
    session_ttl_s: float = 8 * 3600
    lease_s: float = 15 * 60
    # "https://queue.example.org": what Origin must equal on cookie requests (default: Host)
    public_origin: str | None = None
    suppress_credentials_file: Path | None = None
    suppress_reason: str = DEFAULT_REASON
    suppress_timeout_s: float = 30.0
    contact: str = DEFAULT_CONTACT  # for the User-Agent of suppression calls
    sign_ins_per_minute: int = 10  # per client address; the rest get 429

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> WebConfig:
        creds = env.get("OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE")
        return cls(
            secure_cookies=_tristate(env.get("OUTINGWATCH_SECURE_COOKIES", "auto")),
            session_ttl_s=_positive(env, "OUTINGWATCH_SESSION_TTL_S", 8 * 3600),
            lease_s=_positive(env, "OUTINGWATCH_LEASE_S", 15 * 60),
            public_origin=(env.get("OUTINGWATCH_PUBLIC_ORIGIN") or "").rstrip("/") or None,
            suppress_credentials_file=Path(creds) if creds else None,
            suppress_reason=env.get("OUTINGWATCH_SUPPRESS_REASON") or DEFAULT_REASON,
            contact=env.get("OUTINGWATCH_CONTACT") or DEFAULT_CONTACT,
            sign_ins_per_minute=int(_positive(env, "OUTINGWATCH_SIGN_INS_PER_MINUTE", 10)),
        )

    @property
    def https(self) -> bool:
        """Served to oversighters over https (usually through a TLS-terminating proxy)."""
        return (self.public_origin or "").startswith("https://")


def _tristate(value: str) -> bool | None:
    lowered = value.strip().lower()
    if lowered in ("", "auto"):
        return None
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError("OUTINGWATCH_SECURE_COOKIES must be auto, true or false")


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if not raw:
        return default
    value = float(raw)
    if not 0 < value <= 7 * 86_400:
        raise ValueError(f"{name} must be between 0 and 604800 seconds")
    return value
