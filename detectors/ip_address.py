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


# Wording that ties an address to an account or a person, in the wikis' languages: "editing
# from", "logged out", "same person", "es él", "das ist er", "to on". Read on the address's line,
# within _TIE_REACH characters.
_TIE = re.compile(
    r"(?i:\b(?:edit(?:s|ed|ing)?\s+(?:from|as|via|through)|logged[\s-]out|log\s+in"
    r"|same\s+(?:person|user|editor|guy)|sock(?:puppet)?s?|block\s+evasion|evad\w+|is\s+(?:user|him|her"
    r"|them)|it'?s\s+(?:him|her|them)|belongs\s+to|(?:his|her|their|your)\s+ip|ip\s+of"
    r"|ausgeloggt|abgemeldet|unangemeldet|(?:editiert|bearbeitet|schreibt)\s+(?:von|über|als)"
    r"|das\s+ist\s+(?:er|sie)|dieselbe\s+person|seine\s+ip|ihre\s+ip|deine\s+ip"
    r"|déconnecté\w*|(?:modifie|contribue|édite)\s+depuis|c'est\s+(?:lui|elle)|même\s+personne"
    r"|son\s+ip|ton\s+ip|sin\s+(?:iniciar|identificar)\w*|desde\s+la\s+ip|(?:edita|sigue\s+editando"
    r"|escribe)\s+desde|es\s+(?:él|ella)|misma\s+persona|su\s+ip|tu\s+ip|non\s+loggat\w*"
    r"|(?:continua|scrive|modifica)\s+da|è\s+(?:lui|lei)|stessa\s+persona|suo\s+ip|tuo\s+ip"
    r"|deslogad\w*|(?:edita|continua|escreve)\s+(?:a\s+partir\s+d[oa]|pel[oa]|d[oa])|é\s+(?:ele|ela)"
    r"|mesma\s+pessoa|seu\s+ip|teu\s+ip|uitgelogd|(?:bewerkt|werkt)\s+(?:vanaf|via)"
    r"|dat\s+is\s+(?:hij|zij)|dezelfde\s+persoon|zijn\s+ip|haar\s+ip|niezalogowan\w*"
    r"|(?:edytuje|pisze)\s+z|to\s+(?:on|ona)|ta\s+sama\s+osoba|jego\s+ip|jej\s+ip|twoje\s+ip"
    r"|wylogowan\w*|checkuser|sockpuppet\w*|sockenpuppe\w*|faux-nez|títere|pacynk\w*"
    r"|sokpop\w*|fantoccio|marionete|sockpuppetry)\b)"
)
_TIE_REACH = 160


class IpAddressDetector:
    """Finds IP addresses: 0.95 for a single address with wording that ties it to an account or
    a person on its line, 0.8 without, less for ranges and addresses that identify nobody."""

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


def _tied(text: str, start: int, end: int) -> bool:
    lo = max(text.rfind("\n", 0, start) + 1, start - _TIE_REACH)
    newline = text.find("\n", end)
    hi = min(len(text) if newline < 0 else newline, end + _TIE_REACH)
    return _TIE.search(text, lo, hi) is not None


def _confidence(text: str, candidate: str, start: int, end: int) -> float:
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return 0.0
    if _VERSION_BEFORE.search(text[max(0, start - 24):start]):
        return 0.0
    confidence = 0.95 if _tied(text, start, end) else 0.8
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
