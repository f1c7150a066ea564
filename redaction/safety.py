"""The safety net: values that look like contact details, masked even when no finding said so.

Oversighters must never receive a raw value from the queue, whatever the detectors missed.
Every pattern is linear: no nested unbounded quantifiers over overlapping classes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from redaction.spans import Masked

# Emails are found from their "@" (or "[at]") outwards, so a long word costs nothing.
AT = re.compile(r"@|[\[({] ?at ?[\])}]", re.IGNORECASE)
_DOT = r"(?:\.|\s?[\[({]\s?(?:dot|\.)\s?[\])}]\s?)"
DOMAIN = re.compile(rf"\s?[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}})+", re.IGNORECASE)
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.+-_")
_LOCAL_MAX = 64
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# Seven or more digits with at most three separators between each: phones, IDs, accounts
# (any dash: "07911—123—456").
DIGITS = re.compile(r"\+?\d(?:[\s().\-/\u2010-\u2015\u2212]{0,3}\d){6,}")
# ISO dates and times (file dates, EXIF times) are not contact details: blanked before DIGITS.
DATETIME = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?!\d)")


def suspicious(text: str) -> Iterator[Masked]:
    for at in AT.finditer(text):
        span = _email_around(text, at.start(), at.end())
        if span is not None:
            yield Masked(span[0], span[1], "email", from_net=True)
    for m in IPV4.finditer(text):
        if _is_ip(m.group()):
            yield Masked(m.start(), m.end(), "ip_address", from_net=True)
    for m in IPV6.finditer(text):
        if m.group().count(":") >= 2 and _is_ip(m.group()):
            yield Masked(m.start(), m.end(), "ip_address", from_net=True)
    undated = DATETIME.sub(lambda m: " " * len(m.group()), text)
    for m in DIGITS.finditer(undated):
        yield Masked(m.start(), m.end(), "number", 0.0, from_net=True)


def _email_around(text: str, at: int, after: int) -> tuple[int, int] | None:
    start = at - 1 if at and text[at - 1] == " " else at  # "name [at] x.org", "name @x.org"
    left = start
    while left > 0 and start - left < _LOCAL_MAX and _is_local(text[left - 1]):
        left -= 1
    domain = DOMAIN.match(text, after)
    if left == start or domain is None:
        return None
    return left, domain.end()


def _is_local(c: str) -> bool:
    return c.lower() in _LOCAL or c.isalnum()


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
