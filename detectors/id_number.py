"""Identity numbers: national IDs, social security and tax numbers, passports, driving
licences, student numbers, bank accounts (IBAN) and payment cards.

Numbers with a strong checksum (IBAN mod 97, French NIR mod 97, Italian codice fiscale,
cards by Luhn and issuer) are reported on their own; weak checksums (mod 11, mod 23) and
shapes with only issuance rules (US SSN, UK NI number) need a naming word before them; a
number after such a word whose check fails is still reported, lower, since a mistyped or
invented ID posted about someone is still an ID. Passport, licence and student numbers have
no common shape: a token after their naming word is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.patterns import fold, load, words_source
from detectors.patterns import id_checksums as check

_DATA = load("id_number.json")
_MAX_TEXT = 200_000
_MAX_CANDIDATES = 300
# Word lists run on the case-folded text (patterns.fold), several times faster than IGNORECASE.
_ALL_CONTEXT = re.compile(words_source([w for words in _DATA["context"].values() for w in words]))
_TOKEN_KINDS = ("passport", "driving_licence", "student", "id_document")
_TOKEN_CONTEXT = re.compile(words_source([w for k in _TOKEN_KINDS for w in _DATA["context"][k]]))
_NEGATIVE = re.compile(words_source(_DATA["negative"]))
# Every scheme but the codice fiscale needs six digits close together; most texts have none.
_SIX_DIGITS = re.compile(r"\d(?:[ .-]?\d){5}")
_TOKEN = re.compile(
    r"(?<![\w/.-])(?:[A-Za-z]{0,3}\d[A-Za-z0-9]{0,9}|[A-Z][A-Z0-9]{0,9})"
    r"(?:[ -]?[A-Z0-9]{1,10}){0,3}(?![\w/-])"
)
_DATE_LIKE = re.compile(r"^\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}$|^(?:1[5-9]|20)\d\d$")
_WIKIDATA = re.compile(r"^[QPL]\d+$")
_DIGIT_RUN = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Scheme:
    shape: re.Pattern[str]
    valid: Callable[[str], bool]
    standalone: bool  # strong enough a check to report without a naming word
    dense: bool = True  # has six digits close together (all but the codice fiscale)


_SEP = r"[ .-]?"
_SCHEMES = (
    _Scheme(re.compile(r"(?<![\w-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-])"), check.us_ssn_valid_area,
            standalone=False),
    _Scheme(re.compile(r"(?<!\w)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)"),
            check.uk_nino_valid_prefix, standalone=False),
    _Scheme(re.compile(
        r"(?<![\w.-])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-])"),
        check.french_nir, standalone=True),
    _Scheme(re.compile(r"(?<![\w-])(?:\d{8}|[XYZ]-?\d{7})-? ?[A-Z](?![\w-])"), check.spanish_dni,
            standalone=False),
    _Scheme(re.compile(
        r"(?<!\w)[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z](?!\w)"),
        check.italian_codice_fiscale, standalone=True, dense=False),
    _Scheme(re.compile(r"(?<![\w.-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w-])"), check.german_tax_id,
            standalone=False),
    _Scheme(re.compile(r"(?<![\w-])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d(?!\w)"),
            check.german_id_card, standalone=False),
    _Scheme(re.compile(r"(?<![\w.-])\d{4}\.?\d{2}\.?\d{3}(?![\w-])"), check.dutch_bsn,
            standalone=False),
    _Scheme(re.compile(r"(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w-])"), check.brazilian_cpf,
            standalone=True),
    _Scheme(re.compile(r"(?<![\w.-])\d{11}(?![\w-])"), check.brazilian_cpf, standalone=False),
    _Scheme(re.compile(r"(?<![\w.-])\d{3} ?\d{3} ?\d{4}(?![\w-])"), check.uk_nhs_number,
            standalone=False),
    _Scheme(re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?!\w)"),
            check.iban, standalone=True),
    _Scheme(re.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-])"), check.card, standalone=True),
)

_SPARSE_SCHEMES = tuple(s for s in _SCHEMES if not s.dense)


class IdNumberDetector:
    """Finds identity numbers: 0.95 checksum and naming word, 0.8 strong checksum alone,
    0.75 a token after a passport/licence/student/ID word, 0.7 naming word but failed check."""

    name = "id_number"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        if not _DIGIT_RUN.search(text):
            return []
        low = fold(text)
        spans = self._schemes(text, low) + self._tokens(text, low)
        return [Finding("id_number", s, e, c, self.name) for s, e, c in _dedupe(spans)]

    def _schemes(self, text: str, low: str) -> list[tuple[int, int, float]]:
        found = []
        schemes = _SCHEMES if _SIX_DIGITS.search(text) else _SPARSE_SCHEMES
        for scheme in schemes:
            for count, match in enumerate(scheme.shape.finditer(text)):
                if count >= _MAX_CANDIDATES:
                    break
                confidence = _score(low, match, scheme)
                if confidence:
                    found.append((match.start(), match.end(), confidence))
        return found

    def _tokens(self, text: str, low: str) -> list[tuple[int, int, float]]:
        """Passport, licence, student or ID-card numbers: the first ID-like token after the word."""
        found = []
        for count, word in enumerate(_TOKEN_CONTEXT.finditer(low)):
            if count >= _MAX_CANDIDATES:
                break
            token = _first_token(text, word.end())
            if token and not _negative_before(low, token[0], word.end()):
                found.append((*token, 0.75))
        return found


def _score(low: str, match: re.Match[str], scheme: _Scheme) -> float:
    context = _context_before(low, match.start())
    if context is None:
        return 0.0
    value = re.sub(r"[ .-]", "", match.group()).upper()
    if scheme.valid(value):
        return 0.95 if context else (0.8 if scheme.standalone else 0.0)
    return 0.7 if context else 0.0


def _context_before(low: str, start: int) -> bool | None:
    """True after an identifier word, False without, None after a ticket/catalogue word."""
    lo = max(0, start - 40)
    positive = [m.end() for m in _ALL_CONTEXT.finditer(low, lo, start)]
    negative = [m.end() for m in _NEGATIVE.finditer(low, lo, start)]
    if negative and (not positive or negative[-1] > positive[-1]):
        return None
    return bool(positive)


def _negative_before(text: str, start: int, word_end: int) -> bool:
    return bool(_NEGATIVE.search(text, word_end, start))


def _first_token(text: str, start: int) -> tuple[int, int] | None:
    """The first token with 3+ digits within 60 characters, not a year or a date."""
    for match in _TOKEN.finditer(text, start, min(len(text), start + 60)):
        token = match.group().strip()
        digits = sum(c.isdigit() for c in token)
        if len(token) >= 5 and digits >= 3 and not _DATE_LIKE.match(token):
            if _WIKIDATA.match(token):
                return None
            return match.start(), match.start() + len(token)
    return None


def _dedupe(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    kept: list[tuple[int, int, float]] = []
    for span in sorted(spans, key=lambda s: (-s[2], s[0] - s[1])):
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return sorted(kept)
