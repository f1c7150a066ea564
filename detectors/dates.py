"""Date shapes in en/fr/de/es/it/pt/nl/pl, shared by the birth-date detector and the judgement.

FULL_DATE needs a day, a month and a year: a birth year alone identifies nobody.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|januar|jänner|februar|märz|mär|april|juni|juli|oktober|dezember|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "januari|februari|maart|mei|augustus|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|"
    "października|pazdziernika|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|"
    "lipiec|sierpień|wrzesień|październik|listopad|grudzień"
)
MONTH = rf"(?:{_MONTHS})\.?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_OF = r"(?:\s+(?:de|of)\s+|\s+)"
FULL_DATE = (
    rf"(?:{DAY}{_OF}{MONTH}{_OF}{YEAR}(?:\s?r\.)?"
    rf"|{MONTH}\s+{DAY},?\s+{YEAR}"
    rf"|{YEAR}-[01]\d-[0-3]\d"
    rf"|[0-3]?\d[./-][0-3]?\d[./-]{YEAR})"  # day first or, as in the US, month first
)
# day and month without the year ("14 February", "March 3rd"): a birthday all the same
DAY_MONTH = rf"(?:{DAY}{_OF}{MONTH}|{MONTH}\s+{DAY})"
# a date in digits with a two-digit year ("5/3/85", "03.05.85"): only after a birth cue
SHORT_DATE = r"[0-3]?\d[./-][0-3]?\d[./-]\d\d"
FULL_DATE_RE = re.compile(rf"(?<![\w-]){FULL_DATE}(?![\w-])", re.IGNORECASE)
YEAR_RE = re.compile(rf"(?<![\w./-]){YEAR}(?![\w/-])")
# "(1921–1994)", "(21 May 1799 – 9 March 1847)": a life span, so a dead or historical person
LIFESPAN_RE = re.compile(
    rf"\((?:[^()]{{0,40}}?){YEAR}\s*[–—-]\s*(?:[^()]{{0,40}}?){YEAR}\)", re.IGNORECASE
)


def years(text: str) -> list[int]:
    """Every four-digit year in `text`, in order."""
    return [int(match.group()) for match in YEAR_RE.finditer(text)]
