"""IPv4 and IPv6 addresses, validated by the standard library's `ipaddress`.

Whether an address is tied to an account is the judgement's call; this only says that a
span is an address, how surely, and lowers the score for ranges ("/24"), for addresses that
identify nobody (loopback, unspecified, multicast, link-local) and after a version word.
"""

from __future__ import annotations

import ipaddress
import re

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.patterns import words_regex

_MAX_TEXT = 200_000
_MAX_CANDIDATES = 500
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)")
_IPV4_HINT = re.compile(r"\d\.\d{1,3}\.\d")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]{3,39}(?:\.\d{1,3}){0,3}(?![\w:]|\.\d)")
_PREFIX = re.compile(r"/\d{1,3}(?!\d)")
_VERSION_BEFORE = re.compile(
    words_regex(["version", "versión", "versione", "versão", "v", "ver", "ver.", "build",
                 "release", "rev", "firmware", "python", "firefox", "chrome", "windows",
                 "android", "ios", "macos", "mediawiki", "pywikibot", "section", "§", "chapter",
                 "kapitel", "abschnitt", "art.", "article", "artikel", "oid"]).pattern
    + r"\W{0,3}$",
    re.IGNORECASE,
)


class IpAddressDetector:
    """Finds IP addresses; 0.9 for a single routable or documentation address, less otherwise."""

    name = "ip_address"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        found: list[Finding] = []
        if _IPV4_HINT.search(text):
            found += self._scan(text, _IPV4)
        if "::" in text or text.count(":") >= 7:
            found += self._scan(text, _IPV6)
        return _dedupe(found)

    def _scan(self, text: str, pattern: re.Pattern[str]) -> list[Finding]:
        found = []
        for count, match in enumerate(pattern.finditer(text)):
            if count >= _MAX_CANDIDATES:
                break
            start, end = match.span()
            confidence = _confidence(text, match.group(), start, end)
            if confidence > 0:
                found.append(Finding("ip_address", start, end, confidence, self.name))
        return found


def _dedupe(found: list[Finding]) -> list[Finding]:
    """Keep the longest of overlapping spans ("::ffff:192.0.2.1" over its IPv4 tail)."""
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or finding.start >= kept[-1].end:
            kept.append(finding)
    return kept


def _confidence(text: str, candidate: str, start: int, end: int) -> float:
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return 0.0
    if _VERSION_BEFORE.search(text[max(0, start - 24):start]):
        return 0.0
    confidence = 0.9
    if address.version == 4 and candidate.startswith("0."):
        return 0.0  # 0.0.0.0/8 is never a host: "0.0.2.3" is a dental formula or a version
    if ":" in candidate and sum(1 for g in candidate.split(":") if g) < 2:
        return 0.0  # "::", "::1", "::30" (talk-page indentation before a number)
    if address.is_loopback or address.is_unspecified or address.is_multicast:
        confidence = 0.2
    elif address.is_link_local or str(address).endswith((".0", ".255")):
        confidence = 0.4
    if _PREFIX.match(text, end):
        confidence = min(confidence, 0.4)  # a range block names no one address
    return confidence
