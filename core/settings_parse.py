"""Parsers of configuration values: text in, value out, or ValueError saying what is expected.

Messages describe the expectation only; core.settings adds the variable's name (and the value,
unless it is a secret).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

CHANGE_TYPES = frozenset({"edit", "new", "log", "categorize", "external"})
_WIKI = re.compile(r"^[a-z0-9_]{2,64}$")
MIN_KEY_CHARS = 16


def default_workers() -> int:
    """One judgement process per core: the event loop mostly waits on I/O, and on 2 cores two
    workers judged ~20% more events/s than one (benchmarks/e2e, 2026-11-25)."""
    return max(1, os.cpu_count() or 1)


def text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    return value


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def http_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an http:// or https:// URL")
    return value.strip()


def api_base_url(value: str) -> str:
    """https, or http on a loopback address (the local API servers of tests and replays)."""
    url = http_url(value)
    parts = urlsplit(url)
    if parts.scheme != "https" and not _loopback(parts.hostname or ""):
        raise ValueError("must be an https:// URL, or http:// on a loopback address")
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_DOMAIN = re.compile(r"(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}", re.ASCII)


def domains(value: str) -> tuple[str, ...]:
    items = [item.lower() for item in _items(value)]
    if not items or not all(_DOMAIN.fullmatch(item) for item in items):
        raise ValueError("must be comma-separated domain names like `wikipedia.org`")
    return tuple(items)


_SECRET_PARAM = re.compile(r"(?i)token|secret|key|pass|auth|sig|session|code")


def masked(text: str) -> str:
    """`text` with any URL's password and secret-looking query values replaced by ***."""
    return re.sub(r"[A-Za-z][A-Za-z0-9+.-]*://\S+", lambda m: _mask_url(m.group(0)), text)


def _mask_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, hostport = netloc.rpartition("@")
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:***@{hostport}" if ":" in userinfo else f"***@{hostport}"
        query = urlencode([(k, "***" if _SECRET_PARAM.search(k) else v)
                           for k, v in parse_qsl(parts.query, keep_blank_values=True)],
                          safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        return "(a URL, not shown)"


def wikis(value: str) -> tuple[str, ...]:
    items = _items(value)
    if items in (["all"], ["*"]):
        return ()
    bad = [item for item in items if not _WIKI.match(item)]
    if bad or not items:
        raise ValueError("must be wiki database names like `enwiki,commonswiki`, or `all`")
    return tuple(items)


def int_list(value: str) -> tuple[int, ...]:
    try:
        return tuple(int(item) for item in _items(value))
    except ValueError:
        raise ValueError("must be comma-separated integers") from None


def change_types(value: str) -> tuple[str, ...]:
    items = _items(value)
    if not items or not set(items) <= CHANGE_TYPES:
        raise ValueError(f"must be among {', '.join(sorted(CHANGE_TYPES))}")
    return tuple(items)


def boolean(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be true or false")


def since(value: str) -> str:
    value = value.strip()
    if value.isdigit():
        return value
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("must be an ISO 8601 time or epoch milliseconds") from None
    return value


N = TypeVar("N", int, float)


def _number(value: str, kind: type[N], low: N, high: N, expect: str) -> N:
    try:
        number = kind(value.strip().replace("_", ""))
    except ValueError:
        raise ValueError(f"must be {expect}") from None
    if not low <= number <= high:
        raise ValueError(f"must be {expect}")
    return number


def positive_int(value: str) -> int:
    return _number(value, int, 1, 2**63 - 1, "a whole number of at least 1")


def positive_float(value: str) -> float:
    return _number(value, float, 1e-9, 1e12, "a number greater than 0")


def unit_float(value: str) -> float:
    return _number(value, float, 0.0, 1.0, "a number between 0 and 1")


def port(value: str) -> int:
    return _number(value, int, 0, 65535, "a port number from 0 to 65535 (0: any free port)")


def database_url(value: str) -> str:
    value = value.strip()
    scheme = urlsplit(value).scheme
    if scheme == "sqlite" and value.startswith("sqlite:///") and len(value) > len("sqlite:///"):
        return value
    if scheme in ("postgresql", "postgres") and urlsplit(value).netloc:
        return value
    if value and "://" not in value:
        return value  # a bare path: SQLite
    raise ValueError("must be sqlite:///PATH, a file path, or postgresql://HOST/DB")


def secret_key(value: str) -> str:
    if len(value.strip()) < MIN_KEY_CHARS:
        raise ValueError(f"must be at least {MIN_KEY_CHARS} characters")
    return value.strip()


def installed_package(value: str) -> str:
    """A module that can be imported here (the spaCy model), without importing it yet."""
    name = text(value)
    if not name.isidentifier() or importlib.util.find_spec(name) is None:
        raise ValueError("must name an installed spaCy model package (models are never downloaded)")
    return name


def log_level(value: str) -> str:
    name = value.strip().upper()
    if name not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
    return name


def existing_file(value: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValueError("must name an existing file")
    return path
