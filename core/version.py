"""The project's version and the User-Agent that Wikimedia's policy asks for."""

from __future__ import annotations

from importlib import metadata

import aiohttp

DEFAULT_CONTACT = "https://github.com/outingwatch/outingwatch"


def version() -> str:
    try:
        return metadata.version("outingwatch")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """`<client>/<version> (<contact>) <library>/<version>`: generic agents get 403."""
    return f"outingwatch/{version()} ({contact}) aiohttp/{aiohttp.__version__}"
