"""Phone numbers: a cheap regex finds digit runs, phonenumbers confirms them.

phonenumbers is slow, so it only sees the runs the regex found, never the whole text. Runs
that are something else by shape (dates, ISBNs, DOIs, year ranges, census figures, dotted
versions, long identifiers) or by a word right before them (ISBN, inv. nr., ticket, pp.) are
dropped first. The regions tried come from the wiki's language, ordered by the number's own
shape (a trunk "0", the North American 3-3-4 grouping; see detectors.regions); a number valid
in one of them, or any "+" number, is a phone; after a phone word, also one valid in a region
of another language. A merely possible number (the fictional 07700 900xxx, 555-01xx ranges)
counts only after a phone word (an article about those ranges quotes them without one).
A glued extension ("x4587", "ext. 12") belongs to the number.
"""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatcher

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.patterns import load, words_or_stems, words_regex
from detectors.regions import WIDE_REGIONS, by_shape, regions_for

_DATA = load("phone.json")
_MAX_TEXT = 200_000
_MAX_CANDIDATES = 200
# One separator between digit groups: a space, or a dash, slash, bracket or dot with at most a
# space either side ("(541) 555-0129", "0151/234", "01.23.45"); a dot only before a digit, so
# "1688. 3499" stays two sentences, and never two spaces (columns of a table, not a number).
_SPACE = r"[ \u00a0\u2009\u202f]"
_SEP = rf"(?:{_SPACE}?(?:[-\u2010-\u2015\u2212/()]|\.(?=\d)){_SPACE}?|{_SPACE})"
_EXTENSION = r"(?:\s?(?:[xX]|[eE]xt\.?|#)\s?\d{1,6})"
_CANDIDATE = re.compile(
    rf"(?<![\w+/=#.,@-])(?<!\d:)(?:\+|00)?\(?\d(?:{_SEP}?\d){{5,17}}"
    rf"(?P<ext>{_EXTENSION}(?!\w))?"
    rf"(?!\w|[.,/:-]\d|[-\u2010-\u2013][Xx]\b)"
)
# A word that says the number is something else counts only this close before it ("ISBN",
# "order no."); a phone word further back still wins ("my order ... on my 905-674-3793").
_NEGATIVE_REACH = 24
_ANY_DIGIT = re.compile(r"\d")
_CONTEXT = words_or_stems(_DATA["context"], _DATA["context_stems"])
_NEGATIVE = words_regex(_DATA["negative"])
_AFTER_NEGATIVE = re.compile(
    rf"^\s{{0,2}}(?:{words_regex(_DATA['after_negative']).pattern}|%)", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|R\$|Rs\.?))\s?$", re.IGNORECASE)

_DATE = re.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
_YEAR_RANGE = re.compile(r"^(?:1[5-9]|20)\d\d\s?[-\u2010-\u2015/]\s?(?:(?:1[5-9]|20)\d\d|\d\d)$")
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:[ ,.\u00a0\u2009\u202f]\d{3})+$")
_DOI = re.compile(r"^10\.\d{4,9}/")
_DOTTED = re.compile(r"^\d+(?:\.\d+)+$")  # "1.2.3.4", "2009.0173.4"; never a plain run
_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_DECIMAL = re.compile(r"(?<![\d.])\d{1,3}\.\d{3,}(?![\d.])")  # 51.5302: a coordinate
_TWO_GROUPS = re.compile(r"^\d{1,4} ?[-\u2010-\u2015] ?\d{1,4}$")  # pages 132–159, scores
_ISBN10_SHAPE = re.compile(r"^\d{1,5}[- ]\d{1,7}[- ]\d{1,7}[- ]\d$|^\d{10}$")
_NANP = re.compile(r"^\d{3}[-. ]\d{3}[-. ]\d{4}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2} ?[-\u2010-\u2015] ?\d{1,2}[.:]\d{2}$")
_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_WORD_REST = re.compile(r"\w{0,40}")
_UNSEPARATED = re.compile(r"^\d+$")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _isbn(run: str, digits: str) -> bool:
    """A valid ISBN-13 (978/979), or an ISBN-10 written as one: a book, not a phone."""
    if len(digits) == 13 and digits[:3] in ("978", "979"):
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
        return total % 10 == 0
    if len(digits) == 10 and _ISBN10_SHAPE.match(run):
        return sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11 == 0
    return False


def _shape_rejects(run: str, context: bool) -> bool:
    """True when the digit run is something other than a phone by its shape alone."""
    digits = _digits(run)
    if ")" not in run:
        run = run.lstrip("(")  # "(17735539850)": an identifier in brackets, not an area code
    if _never_a_phone(run, digits, context):
        return True
    return not context and _looks_like_a_figure(run, digits)


def _never_a_phone(run: str, digits: str, context: bool) -> bool:
    """Dates, times, year ranges, DOIs, IPs, scores, long or bare identifiers, versions."""
    if _DATE.match(run) or _YEAR_RANGE.match(run) or _DOI.match(run) or len(digits) > 15:
        return True
    if _TIME_RANGE.match(run) or run.count("\u2013") >= 2 or _IPV4.search(run):
        return True  # "09.30 - 10.30"; "21–25 22–21" (phones do not repeat en dashes)
    if _UNSEPARATED.match(run) and (len(digits) > 12 or not (context or run[0] == "0")):
        return True  # bare identifier-like runs (revision ids, authority ids, tickets)
    if _DOTTED.match(run) and (run.count(".") < 3 or max(map(len, run.split("."))) > 4):
        return not context or run.count(".") < 2  # versions, accession numbers, decimals
    return False


def _looks_like_a_figure(run: str, digits: str) -> bool:
    """Without a phone word: census figures, SSNs, coordinates, page ranges, ISBNs."""
    shaped = (
        _THOUSANDS.match(run) or _SSN_SHAPE.match(run) or _DECIMAL.search(run)
        or _TWO_GROUPS.match(run)
    )
    return bool(shaped) or _isbn(run, digits)


class PhoneDetector:
    """Finds phone numbers; confidence 0.9 valid with context, 0.7 valid alone, 0.6 possible
    with context (fictional ranges)."""

    name = "phone"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        if not _ANY_DIGIT.search(text):
            return []
        regions = ctx.regions or regions_for(ctx.language)
        found: list[Finding] = []
        for count, match in enumerate(_CANDIDATE.finditer(text)):
            if count >= _MAX_CANDIDATES:
                break
            found += self._confirm(text, match, regions)
        return _dedupe(found)

    def _confirm(self, text: str, match: re.Match[str], regions: tuple[str, ...]) -> list[Finding]:
        start = match.start()
        end = match.start("ext") if match.group("ext") else match.end()
        context = _has_context(text, start, match.end())
        run = text[start:end]
        if context is None or _shape_rejects(run, context):
            return []
        spans, confidence = _spans(run, by_shape(run, regions), context)
        # phonenumbers may accept a part of the run ("1986 0-385-19171-5" -> the ISBN): judge
        # each accepted part by its own shape too.
        kept = [(s, e) for s, e in spans if _written_as_phone(run[s:e], context)]
        return [Finding("phone", start + s, _with_extension(match, start + e), confidence,
                        self.name) for s, e in kept]


def _spans(run: str, regions: tuple[str, ...], context: bool
           ) -> tuple[list[tuple[int, int]], float]:
    """Valid in the wiki's regions (0.9 with a phone word, 0.7 without); after a phone word,
    possible there when dialled as a phone (0.6: the fictional ranges), else valid in another
    language's region (0.75)."""
    spans = _matches(run, regions, Leniency.VALID)
    if spans:
        return spans, 0.9 if context else 0.7
    if not context:
        return [], 0.0
    if _dialable(run) and (spans := _matches(run, regions, Leniency.POSSIBLE)):
        return spans, 0.6
    return _matches(run, by_shape(run, WIDE_REGIONS), Leniency.VALID), 0.75


def _with_extension(match: re.Match[str], end: int) -> int:
    """A number that runs to its glued extension takes the extension too."""
    ext = match.group("ext")
    return match.end() if ext and end == match.start("ext") else end


def _written_as_phone(number: str, context: bool) -> bool:
    """Without a phone word, only numbers written the way phones are: "+"/"00", a trunk "0",
    an area code in brackets, or the North American 3-3-4 grouping. Citation volumes, pages
    and census columns ("62 1161–1167", "1931 731605") are none of these."""
    if _shape_rejects(number, context):
        return False
    return context or number[0] in "+0(" or bool(_NANP.match(number))


def _dialable(run: str) -> bool:
    """Merely possible numbers count only when written as dialled: nine digits or more after
    a trunk 0, "+" or "(" (the fictional 07700 900xxx), or in groups, as numbers of the
    regions without a trunk prefix are written ("21 555 0184"); never short codes or bare
    runs."""
    return len(_digits(run)) >= 9 and (run[0] in "0+(" or not _UNSEPARATED.match(run))


def _has_context(text: str, start: int, end: int) -> bool | None:
    """True for phone words before the run, False for none, None when the run is vetoed:
    an identifier word nearer than any phone word, a currency before or a unit after."""
    lo = max(0, start - 60)
    after_end = _word_end(text, min(len(text), end + 24))
    if _CURRENCY_BEFORE.search(text, lo, start) or _AFTER_NEGATIVE.match(text[end:after_end]):
        return None
    positive = _last_end(_CONTEXT, text, lo, start)
    negative = _last_end(_NEGATIVE, text, max(0, start - _NEGATIVE_REACH), start)
    if negative > positive:
        return None
    return positive >= 0 or bool(_CONTEXT.search(text, end, after_end))


def _word_end(text: str, pos: int) -> int:
    """`pos` moved to the end of the word it falls in, so a window never cuts "mob|iles"."""
    match = _WORD_REST.match(text, pos)
    return match.end() if match else pos


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where the last match of `pattern` in text[lo:hi] ends (lookbehinds see before lo)."""
    ends = [m.end() for m in pattern.finditer(text, lo, hi)]
    return ends[-1] if ends else -1


def _matches(run: str, regions: tuple[str, ...], leniency: int) -> list[tuple[int, int]]:
    """Spans within `run` that phonenumbers accepts, in the region (tried in the given order)
    where they cover the most of the run: a region that takes the whole run ends the search."""
    best: list[tuple[int, int]] = []
    covered = 0
    whole = len(run.strip())
    for region in regions or ("ZZ",):
        spans = [(m.start, m.end) for m in PhoneNumberMatcher(run, region, leniency)]
        length = sum(e - s for s, e in spans)
        if length > covered:
            best, covered = spans, length
        if covered >= whole:
            break
    return best


def _dedupe(found: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept
