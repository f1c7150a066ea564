"""Where every MediaWiki API call goes: one rule for diffs and suppression alike.

An event names its wiki (`server_url`, `server_script_path`); a call is made only when that wiki's
host is on the allow-list (Wikimedia's domains by default) over https. With a base URL (the local
API servers of tests and `replay`) every call goes to `{base}/{host}{script_path}/api.php`
instead, and nowhere else: a replay can never reach a real wiki. Plain http is accepted only for
loopback addresses, which no real wiki has.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.wikimedia import WIKIMEDIA_HOSTS
from wiki.site import Site

__all__ = ["WIKIMEDIA_HOSTS", "ApiRoute", "HostRefused", "allowed", "check_base_url"]
_SCRIPT_PATH = re.compile(r"(?:/(?!\.+(?:/|$))[A-Za-z0-9._~-]+)*", re.ASCII)  # no `..`
_HOST = re.compile(r"[a-z0-9.-]{1,253}", re.ASCII)


class HostRefused(ValueError):
    """The event's wiki is not one we may call; the message names no host."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _secure_enough(scheme: str, host: str) -> bool:
    return scheme == "https" or (scheme == "http" and is_loopback(host))


def allowed(host: str, hosts: tuple[str, ...]) -> bool:
    """`host` is one of `hosts` or a subdomain of one (en.wikipedia.org under wikipedia.org)."""
    return any(host == h or host.endswith("." + h) for h in hosts)


def check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if not parts.hostname or not _secure_enough(parts.scheme, parts.hostname):
        raise ValueError("the API base URL must be https://, or http:// on a loopback address")
    return base_url


@dataclass(frozen=True, slots=True)
class ApiRoute:
    base_url: str | None = None  # every call to this server (tests, replay)
    hosts: tuple[str, ...] = WIKIMEDIA_HOSTS

    def __post_init__(self) -> None:
        if self.base_url is not None:
            check_base_url(self.base_url)

    def url(self, site: Site) -> str:
        """The api.php to call for `site`; HostRefused when the wiki is not allowed."""
        parts = urlsplit(site.server_url)
        host = (parts.hostname or "").lower()
        if not _HOST.fullmatch(host) or not allowed(host, self.hosts):
            raise HostRefused("the wiki's host is not on the allow-list")
        if not _secure_enough(parts.scheme, host) or parts.path not in ("", "/"):
            raise HostRefused("the wiki's address is not https://HOST")
        if site.server_name and site.server_name.lower() != host:
            raise HostRefused("the wiki's server name and address disagree")
        if not _SCRIPT_PATH.fullmatch(site.script_path):
            raise HostRefused("the wiki's script path is not a plain path")
        return site.api_url(self.base_url)
