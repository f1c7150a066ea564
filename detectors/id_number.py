"""Identity numbers: national IDs, social security and tax numbers, passports, driving
licences, student numbers, bank accounts (IBAN) and payment cards.

Formats and check digits come from python-stdnum (detectors.patterns.id_checksums); the
context rules are ours. Numbers with a strong checksum in a distinctive format (IBAN, French
NIR, Italian codice fiscale, Finnish HETU, Korean RRN, CURP, Swiss AHV, UK driving licence,
cards by Luhn and issuer) are reported on their own; weak checksums (mod 11, mod 23, Luhn on
nine digits) and shapes with only issuance rules (US SSN, UK NI number) need a naming word
before them; a number after such a word whose check fails is still reported, lower, since a
mistyped or invented ID posted about someone is still an ID. An IBAN whose check fails is not
reported without a naming word, nor is any number inside it. Passport, licence and student
numbers have no common shape: a token after their naming word is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

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
# Lower case and dashes too ("de89-3704-0044-0532-0130-00"); a failed check keeps its digits
# from being reported as some other number (a card, a tax ID) unless an ID word is there.
IBAN_SHAPE = re.compile(
    r"(?<![\w-])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,4})?(?![\w-])")
# Acronyms that are ID words only in capitals ("NIE", "SIN", "FIN", "RUN", "PAN", "TIN"...).
_ACRONYMS = re.compile(rf"(?<![\w-])(?:{'|'.join(_DATA['acronyms'])})(?![\w-])")


@dataclass(frozen=True, slots=True)
class _Scheme:
    shape: re.Pattern[str]
    valid: Callable[[str], bool]
    standalone: bool  # strong enough a check to report without a naming word
    dense: bool = True  # has six digits close together (all but the codice fiscale)
    # what else every match holds, so a text without it is not scanned: "mixed", a letter
    # next to a digit; "long", a run of 16 characters without a space; "": nothing checked
    needs: str = ""


# Each shape's first character comes before its word-start check ("\d(?<![\w-]\d)" for
# "(?<![\w-])\d"): the engine then skips to such characters in a tight loop instead of trying
# the pattern at every offset. The look-behind, one character wider, tests the same character.
_SCHEMES = (
    _Scheme(re.compile(r"\d(?<![\w-]\d)\d{2}[- ]\d{2}[- ]\d{4}(?![\w-])"), check.us_ssn_or_itin,
            standalone=False),
    _Scheme(re.compile(r"[A-Z](?<!\w[A-Z])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\w)"),
            check.uk_nino_valid_prefix, standalone=False),
    _Scheme(re.compile(
        r"[12](?<![\w.-][12]) ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-])"),
        check.french_nir, standalone=True),
    _Scheme(re.compile(
        r"[\dXYZxyz](?<![\w-].)(?:(?<=\d)\d{7}|(?<=[XYZxyz])-?\d{7})-? ?[A-Za-z](?![\w-])"),
        check.spanish_dni, standalone=False),
    _Scheme(re.compile(
        r"[A-Za-z](?<!\w[A-Za-z])[A-Za-z]{5}[\dLMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][\dLMNP-Vlmnp-v]{2}"
        r"[A-Za-z][\dLMNP-Vlmnp-v]{3}[A-Za-z](?!\w)"),
        check.italian_codice_fiscale, standalone=True, dense=False, needs="long"),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d ?\d{3} ?\d{3} ?\d{3}(?![\w-])"), check.german_tax_id,
            standalone=False),
    _Scheme(re.compile(r"[CFGHJKLMNPRTVWXYZ](?<![\w-].)[CFGHJKLMNPRTVWXYZ0-9]{8}\d(?!\w)"),
            check.german_id_card, standalone=False, dense=False, needs="mixed"),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{3}\.?\d{2}\.?\d{3}(?![\w-])"),
            check.any_of(check.dutch_bsn, check.portuguese_nif, check.canadian_sin),
            standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{2}[- ]\d{3}[- ]\d{3}(?![\w-])"), check.canadian_sin,
            standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?![\w-])"), check.brazilian_cpf,
            standalone=True),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{10}(?![\w-])"),
            check.any_of(check.brazilian_cpf, check.polish_pesel, check.turkish_tckimlik,
                         check.norwegian_fnr, check.german_tax_id), standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{12}(?![\w-])"),
            check.any_of(check.south_african_id, check.romanian_cnp), standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{2} ?\d{3} ?\d{4}(?![\w-])"), check.uk_nhs_number,
            standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w-])"), check.indian_aadhaar,
            standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{5}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![\w-])"),
            check.finnish_hetu, standalone=True),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)(?:\d{2})?\d{5}[-+]\d{4}(?![\w-])"),
            check.any_of(check.swedish_personnummer, check.danish_cpr), standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{5}-\d{7}(?![\w-])"), check.korean_rrn, standalone=True),
    _Scheme(re.compile(r"[STFGM](?<!\w.)\d{7}[A-Z](?!\w)"), check.singapore_nric,
            standalone=False),
    _Scheme(re.compile(r"[A-Z9](?<!\w.)[A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z]{2}(?!\w)"),
            check.uk_driving_licence, standalone=True),
    _Scheme(re.compile(r"[1-9](?<!\w.)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]"
                       r"[AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?!\w)"),
            lambda value: True, standalone=False, dense=False, needs="mixed"),  # US Medicare (MBI)
    _Scheme(re.compile(r"[A-Z](?<!\w.)[A-Z]{2}\d{7}(?!\w)"), check.indian_epic, standalone=False),
    _Scheme(re.compile(r"[A-Z](?<!\w.)[A-Z]{4}\d{4}[A-Z](?!\w)"), check.indian_pan,
            standalone=False, dense=False, needs="mixed"),
    _Scheme(re.compile(r"[A-Z](?<!\w.)[A-Z]{3}\d{6}[HM][A-Z]{5}[A-Z\d]\d(?!\w)"),
            check.mexican_curp, standalone=True),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d?\.\d{3}\.\d{3}-[\dkK](?![\w-])"), check.chilean_rut,
            standalone=False),
    _Scheme(re.compile(r"7(?<![\w.-]7)56\.\d{4}\.\d{4}\.\d{2}(?![\w-])"), check.swiss_ahv,
            standalone=True),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d{7} ?\d ?[A-Z]{2}\d(?![\w-])"), check.portuguese_cc,
            standalone=False),
    _Scheme(re.compile(r"\d(?<![\w.-]\d)\d ?\d{6} ?[A-Z] ?\d{3}(?![\w-])"), lambda value: False,
            standalone=False),  # German pension insurance number: shape only, after a word
    _Scheme(IBAN_SHAPE, check.iban, standalone=True, dense=False, needs="mixed"),
    _Scheme(re.compile(r"\d(?<![\w.+-]\d)(?:[ -]?\d){11,18}(?![\w-])"), check.card,
            standalone=True),
)

_SPARSE_SCHEMES = tuple(s for s in _SCHEMES if not s.dense)
# A letter next to a digit: a shape that opens with a letter and ends with a digit ("AB12",
# "T220001293") or the other way round ("1EG4-TE5-MK73") holds one somewhere. A digit first:
# the engine skips to digits in a tight loop.
_MIXED = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")
_LONG = 16  # characters of the codice fiscale, none a space


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
        held = _held(text)
        ibans = _candidates(IBAN_SHAPE, text) if held["mixed"] else []
        blocked = _failed_ibans(text, low, ibans)
        for scheme in schemes:
            if not held[scheme.needs]:
                continue
            matches = ibans if scheme.shape is IBAN_SHAPE else _candidates(scheme.shape, text)
            for match in matches:
                if any(lo <= match.start() and match.end() <= hi for lo, hi in blocked):
                    continue
                confidence = _score(text, low, match, scheme)
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


def _held(text: str) -> dict[str, bool]:
    """Which of the schemes' `needs` the text holds (most texts hold neither)."""
    return {"": True, "mixed": _MIXED.search(text) is not None,
            "long": any(len(word) >= _LONG for word in text.split())}


def _candidates(shape: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return list(islice(shape.finditer(text), _MAX_CANDIDATES))


def _failed_ibans(text: str, low: str, ibans: list[re.Match[str]]) -> list[tuple[int, int]]:
    """IBAN-shaped spans whose check fails and that no ID word introduces: neither they nor
    their digit tails are reported."""
    blocked = []
    for match in ibans:
        if not check.iban(match.group()) and not _context_before(text, low, match.start()):
            blocked.append(match.span())
    return blocked


def _score(text: str, low: str, match: re.Match[str], scheme: _Scheme) -> float:
    context = _context_before(text, low, match.start())
    if context is None:
        return 0.0
    if scheme.valid(match.group().upper()):
        return 0.95 if context else (0.8 if scheme.standalone else 0.0)
    return 0.7 if context else 0.0


def _context_before(text: str, low: str, start: int) -> bool | None:
    """True after an identifier word, False without, None after a ticket/catalogue word."""
    lo = max(0, start - 40)
    positive = [m.end() for m in _ALL_CONTEXT.finditer(low, lo, start)]
    negative = [m.end() for m in _NEGATIVE.finditer(low, lo, start)]
    acronyms = list(_ACRONYMS.finditer(text, lo, start))
    # a bare "ID" counts only where no ticket, catalogue or database word is near
    positive += [m.end() for m in acronyms if m.group() != "ID" or not negative]
    if negative and (not positive or negative[-1] > max(positive)):
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
    """A span inside another is dropped (the longer shape is the number written: a valid
    nine-digit tail of an invalid tax ID is not the evidence); of two that cross, the surer
    one stays."""
    contained: list[tuple[int, int, float]] = []
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        last = contained[-1] if contained else None
        if last is not None and span[:2] == last[:2]:
            contained[-1] = (*span[:2], max(span[2], last[2]))
        elif last is None or span[1] > last[1]:
            contained.append(span)
    kept: list[tuple[int, int, float]] = []
    for span in contained:
        if kept and span[0] < kept[-1][1]:
            if span[2] > kept[-1][2]:
                kept[-1] = span
        else:
            kept.append(span)
    return kept
