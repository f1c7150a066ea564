"""Keyed fingerprints of finding values: the same value posted twice links two requests,
and the value itself is stored nowhere.

`normalise` maps equivalent spellings to one form per type before the HMAC, so "+44 7700
900317" and "07700 900317" (with the wiki's phone regions) give one fingerprint.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import unicodedata
from collections.abc import Callable, Sequence

import phonenumbers

DIGEST_CHARS = 32
_SPACES = re.compile(r"\s+")
_AT = re.compile(r"\s*[\[({]\s*at\s*[\])}]\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*[\[({]\s*dot\s*[\])}]\s*", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_ID_SEPARATORS = re.compile(r"[\s\-./]")


def fingerprint(key: bytes, type: str, value: str, regions: Sequence[str] | str = ()) -> str:
    """HMAC-SHA256 of the type and the normalised value, hex, cut to DIGEST_CHARS."""
    if not key:
        raise ValueError("fingerprint key is empty")
    message = f"{type}\x1f{normalise(type, value, regions)}"
    digest = hmac.new(key, message.encode("utf-8", "surrogatepass"), hashlib.sha256)
    return digest.hexdigest()[:DIGEST_CHARS]


def normalise(type: str, value: str, regions: Sequence[str] | str = ()) -> str:
    """One spelling per value: see the per-type functions; unknown types fold case and spaces."""
    text = unicodedata.normalize("NFKC", value).strip()
    if type == "phone":
        return _phone(text, (regions,) if isinstance(regions, str) else tuple(regions))
    return _NORMALISERS.get(type, _folded)(text)


def _folded(text: str) -> str:
    """Names, addresses, workplaces, dates: case-folded, one space between words."""
    return _SPACES.sub(" ", text.casefold())


def _email(text: str) -> str:
    """Lower case only: dots and +tags are meaningful at most providers. De-obfuscated."""
    text = _DOT.sub(".", _AT.sub("@", text))
    return _SPACES.sub("", text).lower()


def _ip(text: str) -> str:
    try:
        if "/" in text:
            return str(ipaddress.ip_network(text, strict=False))
        return str(ipaddress.ip_address(text))
    except ValueError:
        return text.lower()


def _profile(text: str) -> str:
    """Handle or URL without scheme, "www.", trailing slash; lower case."""
    text = _SCHEME.sub("", text.lower())
    text = text.removeprefix("www.")
    return text.rstrip("/")


def _id_number(text: str) -> str:
    return _ID_SEPARATORS.sub("", text).upper()


def _phone(text: str, regions: tuple[str, ...]) -> str:
    """E.164 when the number parses: as written with "+", else in the first region where it
    is valid, else the first where it is possible; otherwise its digits."""
    parsed = [_parse(text, r) for r in (regions if not text.startswith("+") else ("ZZ",))]
    numbers = [p for p in parsed if p is not None]
    for check in (phonenumbers.is_valid_number, phonenumbers.is_possible_number):
        for number in numbers:
            if check(number):
                return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return "".join(c for c in text if c.isdigit())


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


_NORMALISERS: dict[str, Callable[[str], str]] = {
    "email": _email,
    "ip_address": _ip,
    "profile": _profile,
    "id_number": _id_number,
}
