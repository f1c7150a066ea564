"""Street addresses: the shapes of several languages, with a house number.

A street name with a number is only a candidate: a museum, a shop or a listed building has
one too. Whether it is somebody's home is the judgement's question (cues such as "lives at").
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.finding import Finding

_CAP = r"[A-ZÀ-ÝĀ-Ž][\w'’.\-]*"
_EN_SUFFIX = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Row|Gardens|Drive|Dr|Terrace|Wharf|Yard"
    r"|Parade|Way|Place|Pl|Court|Ct|Crescent|Cres|Plaza|Square|Sq|Grove|Mews|Walk|Boulevard"
    r"|Blvd|Hill|Green|Park|View|Rise|Quay|Hollow"
)
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Flat|Unit|Suite)\.?\s*[\w-]+)?"
_EN_POSTCODE = r"(?:,?\s+[A-Z]{2}\s+\d{5}|,?\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})?"
_TOWN = rf"(?:,\s*{_CAP}(?:[ -]{_CAP})?){{0,2}}"
EN = (
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:{_CAP}\s+){{1,3}}(?:{_EN_SUFFIX})\b\.?"
    rf"{_UNIT}{_TOWN}{_EN_POSTCODE}"
)
_GERMANIC_SUFFIX = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|markt|"
    r"straat|laan|plein|gracht|kade|dijk|singel|hof"
)
_POSTCODE_TOWN = r"(?:,\s*\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÄÖÜ][\w-]+)?"
GERMANIC = rf"\b[A-ZÄÖÜ][\wäöüß-]*(?:{_GERMANIC_SUFFIX})\s+\d{{1,4}}[a-z]?\b{_POSTCODE_TOWN}"
_ROMANCE_PREFIX = (
    r"via|viale|piazza|corso|vicolo|largo|rue|avenue|chemin|boulevard|bd|place|allée|impasse"
    r"|quai|calle|avenida|av\.|plaza|paseo|camino|rua|travessa|praça|estrada|alameda|ruta"
)
_LINKS = r"(?:(?:de|des|du|del|della|dei|degli|delle|di|da|do|dos|das|la|le|les|los|las)\s+|l'|d')*"
_ROMANCE_TAIL = (
    r"(?:,?\s*\d{1,2}\.?\s*º?\s*\w{0,4}\.?)?(?:,\s*\d{4}(?:-\d{3})?\s+[A-ZÀ-Ý][\w-]+)?"
)
_ROMANCE_STREET = rf"\b(?i:{_ROMANCE_PREFIX})\s+{_LINKS}{_CAP}(?:\s+{_LINKS}{_CAP}){{0,3}}"
ROMANCE = (
    rf"(?:{_ROMANCE_STREET},?\s*(?:n\.?\s*|nº\s*)?\d{{1,5}}[a-z]?\b{_ROMANCE_TAIL}"
    rf"|\b\d{{1,4}}(?i:bis|ter)?,?\s+{_ROMANCE_STREET}(?:,\s*\d{{4,5}}\s+[A-ZÀ-Ý][\w-]+)?)"
)
# "the flat above it, no. 31": a dwelling with a number, where the street stays implicit
DWELLING = (
    r"(?i:\b(?:flat|apartment|house|wohnung|appartamento|apartamento|appartement|woning))"
    r"[^.\n]{0,30}?\b(?i:no\.|nr\.|n\.|number|n°|nº)\s*\d{1,4}\b"
)
_PATTERNS = ((re.compile(EN), 0.8), (re.compile(GERMANIC), 0.7), (re.compile(ROMANCE), 0.7),
             (re.compile(DWELLING), 0.6))


class AddressDetector:
    name = "address"

    def detect(self, ctx: TextContext) -> list[Finding]:
        spans: list[Finding] = []
        for pattern, confidence in _PATTERNS:
            for match in pattern.finditer(ctx.text):
                spans.append(Finding("address", match.start(), match.end(), confidence, self.name))
        return _merge(spans)


def _merge(findings: list[Finding]) -> list[Finding]:
    """Overlapping candidates become one finding covering them all."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        last = merged[-1] if merged else None
        if last is not None and finding.start < last.end:
            end = max(last.end, finding.end)
            confidence = max(last.confidence, finding.confidence)
            merged[-1] = Finding("address", last.start, end, confidence, last.detector)
        else:
            merged.append(finding)
    return merged
