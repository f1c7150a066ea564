"""Email addresses, plain and obfuscated ("name at example dot com", "[at]", "(dot)", "＠").

A regex finds candidates; each is rebuilt as "local@domain" and confirmed with
email_validator (syntax only: check_deliverability=False, never a DNS query). Fullwidth and
other compatibility look-alikes are folded one character to one character, so offsets in the
folded copy are offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from email_validator import EmailNotValidError, validate_email

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.patterns import load

_DATA = load("email.json")
_MAX_TEXT = 200_000
_AT_WORDS = "|".join(_DATA["at_words"])
_DOT_WORDS = "|".join(_DATA["dot_words"])
_TLDS = "|".join(sorted(_DATA["spelled_tlds"], key=len, reverse=True))
_FILE_EXTENSIONS = frozenset(_DATA["file_extensions"])
_DOMAIN_STOPWORDS = frozenset(_DATA["domain_stopwords"])
_SPELLED_DOT = re.compile(r"\bdot\b", re.IGNORECASE)
_ADDRESS_LIKE = re.compile(r"[.\d_+-]")

# Combining marks are not \w in `re`, yet they are part of words in Indic, Thai, Arabic and
# Hebrew scripts (and of decomposed Latin): a local part or label must not stop at one.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0eff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f"
)
_LOCAL_CHARS = rf"[\w{MARKS}!#$%&'*+=?^~-]"
_LOCAL = rf"{_LOCAL_CHARS}{{1,64}}(?:\.{_LOCAL_CHARS}{{1,64}}){{0,8}}"
_LABEL = rf"[^\W_](?:[\w{MARKS}-]{{0,61}}(?:[^\W_]|[{MARKS}]))?"
_NOT_BEFORE = rf"(?<![\w{MARKS}.@+-])"
_PLAIN = re.compile(
    rf"{_NOT_BEFORE}({_LOCAL})@({_LABEL}(?:\.{_LABEL}){{1,8}})(?![\w{MARKS}@-]|\.\w)")
# "john doe"@example.com: a quoted local part (RFC 5321), spaces and dots allowed inside
_QUOTED = re.compile(
    rf'(?<![\w@])("(?:[^"\\\n]|\\.){{1,64}}")@({_LABEL}(?:\.{_LABEL}){{1,8}})(?![\w@-]|\.\w)')

# Obfuscated: a word or symbol for "at" in brackets or between spaces, and for "dot" likewise.
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"


def _separator(words: str, symbol: str, *, bare: bool) -> str:
    """"[at]", "(dot)", "{at}" with optional spaces; " at ", " dot " between spaces; "." bare;
    the symbol with a space on one side only ("name @gmail.com", "name@ gmail.com")."""
    bracketed = rf"\s{{0,3}}{_OPEN}\s{{0,2}}(?:{words}|{symbol})\s{{0,2}}{_CLOSE}\s{{0,3}}"
    spaced = rf"\s{{1,3}}(?:{words}|{symbol})\s{{1,3}}"
    lopsided = rf"\s{{1,2}}{symbol}(?!\s)|(?<!\s){symbol}\s{{1,2}}"
    return f"(?:{bracketed}|{spaced}|{lopsided}{'|' + symbol if bare else ''})"


_AT = _separator(_AT_WORDS, "@", bare=False)
_DOT = _separator(_DOT_WORDS, r"\.", bare=True)
_WORD = r"[\w'+-]{1,64}"
_OBFUSCATED = re.compile(
    rf"(?<![\w.@+-])(?P<local>{_WORD}(?:{_DOT}{_WORD}){{0,4}})(?P<at>{_AT})"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{0,4}}{_DOT}(?P<tld>{_TLDS}))(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)
# Substrings that every obfuscated "at" contains; str.find over these is far cheaper than a
# regex scan of every text, and most texts have none of them near a "dot".
_AT_NEEDLES = (
    " at ", "at]", "at)", "at}", "at>", " @", "@ ", "@]", "@)", "@}",
    *(w for w in _DATA["at_words"] if w != "at"),
)
_DOT_HINT = re.compile(
    rf"\w\s?\.\s?\w|{_OPEN}\s?\.\s?{_CLOSE}|(?<!\w)(?:{_DOT_WORDS})(?!\w)", re.IGNORECASE)
_MAX_AT = 200
_CODE_BEFORE = re.compile(r"(?:://|\b(?:ssh|scp|rsync|sftp|clone|telnet)\s+)\S{0,80}$")
_SCP_AFTER = re.compile(r":[\w~/.-]")


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


# Fullwidth forms, small/compat "@" and ideographic full stops folded one-to-one.
_FOLD = {c: _fold_char(chr(c)) for c in range(0xFF01, 0xFF5F)}
_FOLD |= {0xFE6B: "@", 0x3002: ".", 0xFF61: ".", 0xFE52: ".", 0x2024: "."}


class EmailDetector:
    """Finds email addresses; confidence 0.95 plain, 0.85 look-alike, 0.6-0.8 obfuscated."""

    name = "email"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        folded = text if text.isascii() else text.translate(_FOLD)
        findings: list[Finding] = []
        if "@" in folded:
            findings += self._plain(text, folded)
            if '"@' in folded:
                findings += self._quoted(folded)
        findings += self._obfuscated(folded, findings)
        return sorted(findings, key=lambda f: f.start)

    def _obfuscated(self, folded: str, plain: list[Finding]) -> list[Finding]:
        """Obfuscated addresses, searched only around an "at" that a "dot" follows closely."""
        found: dict[tuple[int, int], Finding] = {}
        for at_start, at_end in _at_positions(folded.lower()):
            if not _DOT_HINT.search(folded, at_end, at_end + 80):
                continue
            lo, hi = max(0, at_start - 140), min(len(folded), at_end + 400)
            for finding in self._obfuscated_in(folded, plain, lo, hi):
                found[finding.start, finding.end] = finding
        return list(found.values())

    def _plain(self, text: str, folded: str) -> list[Finding]:
        found = []
        for match in _PLAIN.finditer(folded):
            if not _plausible(folded, match.span(), match.group(1), match.group(2)):
                continue
            lookalike = folded[match.start():match.end()] != text[match.start():match.end()]
            found.append(self._finding(match.start(), match.end(), 0.85 if lookalike else 0.95))
        return found

    def _quoted(self, folded: str) -> list[Finding]:
        found = []
        for match in islice(_QUOTED.finditer(folded), _MAX_AT):
            if _plausible(folded, match.span(), match.group(1), match.group(2)):
                found.append(self._finding(match.start(), match.end(), 0.9))
        return found

    def _obfuscated_in(
        self, folded: str, plain: list[Finding], lo: int, hi: int,
    ) -> list[Finding]:
        found = []
        for match in _OBFUSCATED.finditer(folded, lo, hi):
            if any(f.start < match.end() and match.start() < f.end for f in plain):
                continue
            local = _DOT_SPLIT.sub(".", match.group("local"))
            domain = _DOT_SPLIT.sub(".", match.group("domain"))
            if _deliberate(match) and _plausible(folded, match.span(), local, domain):
                found.append(self._finding(match.start(), match.end(), _obfuscation_score(match)))
        return found

    def _finding(self, start: int, end: int, confidence: float) -> Finding:
        return Finding("email", start, end, confidence, self.name)


def _at_positions(low: str) -> list[tuple[int, int]]:
    """Where a spelled or bracketed "at" may be, in the lower-cased text (bounded count)."""
    found: list[tuple[int, int]] = []
    for needle in _AT_NEEDLES:
        index = low.find(needle)
        while index != -1 and len(found) < _MAX_AT:
            found.append((index, index + len(needle)))
            index = low.find(needle, index + 1)
    return found


def _deliberate(match: re.Match[str]) -> bool:
    """A bare English " at " is everyday prose ("article at vixra.org", "do at this point is"):
    take it as an address only with a spelled-out "dot", or an address-like local part."""
    at = match.group("at").strip().lower()
    if at != "at":
        return True
    domain = match.group("domain")
    if domain.split(None, 1)[0].lower().strip(".") in _DOMAIN_STOPWORDS:
        return False
    return bool(_SPELLED_DOT.search(domain) or _ADDRESS_LIKE.search(match.group("local")))


def _obfuscation_score(match: re.Match[str]) -> float:
    """Bracketed "[at]" is a deliberate address; a bare " at " between words less surely so."""
    return 0.8 if re.search(_OPEN, match.group("at")) else 0.65


def _plausible(text: str, span: tuple[int, int], local: str, domain: str) -> bool:
    start, end = span
    tld = domain.rsplit(".", 1)[-1].lower()
    if tld in _FILE_EXTENSIONS or not any(c.isalpha() for c in tld):
        return False  # "icon@2x.png", "lodash@4.17.21"
    if _SCP_AFTER.match(text, end) or _CODE_BEFORE.search(text[max(0, start - 90):start]):
        return False  # "git@host.org:repo.git", "ssh root@host.org", "https://user@host.org"
    return _valid(f"{local}@{domain}")


def _valid(address: str) -> bool:
    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=True,
                       allow_quoted_local=True)
    except EmailNotValidError:
        return False
    return True
