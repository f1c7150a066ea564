"""Street addresses: the shapes of several languages, with a house number.

A street name with a number is only a candidate: a museum, a shop or a listed building has
one too. Whether it is somebody's home is the judgement's question (cues such as "lives at").

Shapes: number first ("221B Baker Street", "12 rue de la Paix"); a street word first
("ul. Długa 5", "Via Roma 12", "Rua Augusta, 45", "Calle Mayor 5"); a street word last, glued
("Koskikatu 25", "Præstevænget 15", "Keizersgracht 123", "Lindenstraße 4") or apart ("Kossuth
Lajos utca 23", "Berliner Straße 12"); rural routes ("County Road H", "RR 2 Box 45"); post-office
boxes, military ones included ("PO Box 123", "PSC 1234, Box 5678, APO AE 09123"); a dwelling
with a number ("the flat above it, no. 31"). A postcode and town after any of them belong to it.

Every pattern is linear in the text: each repetition is bounded, and every start is a word
start that a run of letters or hyphens cannot offer again one character later.
"""

from __future__ import annotations

import re
from itertools import islice

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.lookahead import first_letters, gate_start, word_gate
from detectors.patterns import ignorecase_fold

_MAX_TEXT = 200_000
_MAX_MATCHES = 100  # per shape: an address list longer than that is a directory, not a doxx
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽŐŰ"
_CAP = rf"[{_UPPER}][\w'’.]{{0,24}}(?:-[\w'’.]{{1,24}}){{0,3}}"
_START = r"(?<![\w'’.-])"  # a word start not inside a hyphenated or dotted run
_HOUSE = r"\d{1,4}[A-Za-z]?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?)?"
# A house number is not a year: "During 1971", "Spring 2019", "Karlsplatz 1848".
_NOT_YEAR = r"(?!(?:1[5-9]|20)\d\d\b)"
_END = r"(?![\w-]|[.,]\d)"

_EN_SUFFIX = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Row|Gardens|Drive|Dr|Terrace|Wharf|Yard"
    r"|Parade|Way|Place|Pl|Court|Ct|Crescent|Cres|Plaza|Square|Sq|Grove|Mews|Walk|Boulevard"
    r"|Blvd|Hill|Green|Park|View|Rise|Quay|Hollow|Highway|Hwy|Circle|Cir|Trail|Trl|Pike"
    r"|Parkway|Pkwy|Loop|Alley|Terr|Ter"
)
_UNIT = r"(?:,?\s{1,3}(?:Apt|Apartment|Flat|Unit|Suite|Ste|#)\.?\s{0,2}[\w-]{1,6})?"
_US_STATE_ZIP = r",?\s{1,3}[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?"
# Postcodes of the wikis' countries: UK, Canada, Netherlands, Poland, Portugal, 4-5 digits.
_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}"
    r"|\d{2}-\d{3}|\d{4}-\d{3}|(?:[A-Z]{1,2}-)?\d{4,5})"
)
_TOWN_WORD = rf"[{_UPPER}][^\W\d_]{{1,24}}(?:-[^\W\d_]{{1,24}}){{0,2}}\b"
_POSTCODE_TAIL = rf"(?:,?\s{{1,3}}{_POSTCODE}(?:\s{{1,2}}{_TOWN_WORD}(?:\s{_TOWN_WORD})?)?)"
_TOWN_TAIL = rf"(?:,\s{{0,2}}{_TOWN_WORD}(?:[ -]{_TOWN_WORD})?)"
_TAIL = rf"{_TOWN_TAIL}{{0,2}}(?:{_US_STATE_ZIP}|{_POSTCODE_TAIL})?"

# 221B Baker Street, Flat 2, London NW1 6XE / 1600 Pennsylvania Ave NW, Washington, DC 20500
EN = (
    # the first digit before the word-start check (one character wider): the engine skips to
    # digits in a tight loop instead of trying the pattern at every offset
    rf"\d(?<![\w'’.-]\d)\d{{0,4}}[A-Za-z]?,?\s{{1,3}}(?:{_CAP}\s{{1,3}}){{1,3}}(?:{_EN_SUFFIX})\b\.?"
    rf"(?:\s(?:NW|NE|SW|SE|N|S|E|W)\b)?{_UNIT}{_TAIL}"
)

# Glued street words ("Lindenstraße", "Koskikatu", "Præstevænget", "Keizersgracht")
_GLUED = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|(?<![aeiouy])ring|damm|ufer|steig|markt|chaussee|pfad"
    r"|stieg|zeile|graben|straat|laan|plein|gracht|kade|dijk|singel|hof|steeg|vej|gade"
    r"|vænget|vænge|stræde|torv|plads|allé|gatan|vägen|gränd|torget|katu|tie|kuja|polku"
    r"|väylä|raitti|rinne|ranta|utca|út|körút|útja"
)
# Words that end like a street and are not one, with a number after them in ordinary prose.
_NOT_STREETS = (
    "during", "spring", "string", "offspring", "bring", "wring", "herring", "sterling",
    "boring", "daring", "caring", "sharing", "touring", "mooring", "spearing", "brigade",
    "crusade", "arcade", "cascade", "blockade", "decade", "grenade", "renegade", "necktie",
    "bowtie", "auntie", "cutie", "sweetie", "hottie", "bertie", "brownie", "ring", "hof",
    "weg", "platz", "gracht", "kuja",
)
_NOT_STREET = "|".join(_NOT_STREETS)
# The street word apart: "Berliner Straße 12", "Kossuth Lajos utca 23", "Andrássy út 60"
_APART = (
    r"Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Markt|Steig"
    r"|utca|u\.|út|tér|körút|krt\.|köz|fasor|rakpart|sétány|vej|gade|allé|plads|katu|tie"
)
SUFFIXED = (
    rf"{_START}(?:{_CAP}\s{{1,2}}){{0,2}}(?!(?i:{_NOT_STREET})\b)"
    rf"(?:[{_UPPER}][\w'’-]{{0,30}}(?:{_GLUED})|(?<=\s)(?:{_APART}))"
    rf",?\s{{1,2}}(?:nr\.?\s?|no\.?\s?)?{_NOT_YEAR}{_HOUSE}{_END}"
    rf"(?:\s?[A-Z]\b(?:\s\d{{1,3}}\b)?)?{_TAIL}"
)

# A street word first: Romance, Polish, and "Rua/Via/Calle/ul." everywhere
_PREFIX = (
    r"via|viale|piazza|piazzale|corso|vicolo|largo|lungomare|rue|chemin|impasse|quai|cours"
    r"|calle|c/|avenida|avda\.|av\.|paseo|pasaje|camino|carrer|carretera|ronda|rua|travessa"
    r"|praça|estrada|alameda|ruta|ul\.|ulica|(?<!et\s)al\.|aleja|aleje|os\.|osiedle|pl\."
    r"|plac|rynek"
)
# ... and those that are English words too: only with a linking word after them
_PREFIX_LINKED = r"avenue|boulevard|bd|place|allée|plaza|route"
_LINK = (
    r"(?:de|des|du|del|della|dello|dei|degli|delle|di|da|do|dos|das|la|le|les|los|las|van|der"
    r"|im|am|an)"
)
_LINKS = rf"(?:(?:{_LINK})\s{{1,2}}|l'|d'|l’|d’){{0,3}}"
_NAMED = rf"{_LINKS}{_CAP}(?:\s{{1,2}}{_LINKS}{_CAP}){{0,3}}"
_NUMBER_MARK = r"(?:n\.?\s?º?|nº|n°|no\.?|nr\.?|núm\.?|num\.?)\s?"
_ROMANCE_TAIL = r"(?:,?\s{0,2}\d{1,2}\.?\s?[º°ª]?\s?(?:[A-Za-z]{1,4}\.?)?(?![\w-]))?"
_STREET_FIRST = (
    rf"(?:\b(?i:{_PREFIX})\s{{0,2}}{_NAMED}"
    rf"|\b(?i:{_PREFIX_LINKED})\s{{1,2}}(?:(?:{_LINK})\s{{1,2}}|l'|d'){_NAMED})"
)
PREFIXED = (
    rf"(?:{_STREET_FIRST},?\s{{0,2}}(?:{_NUMBER_MARK})?{_NOT_YEAR}{_HOUSE}{_END}{_ROMANCE_TAIL}"
    rf"|{_START}\d{{1,4}}(?i:\s?(?:bis|ter))?,?\s{{1,2}}"
    rf"\b(?i:{_PREFIX}|{_PREFIX_LINKED})\s{{1,2}}{_NAMED}){_TAIL}"
)

# County Road H, State Route 9, RR 2 Box 45, HC 1 Box 23, Rural Route 3
_RURAL_ROADS = r"County|State|Farm|Forest|Township|Ranch"
_RURAL_ROUTES = r"RR|R\.R\.|Rural\sRoute|HC|Star\sRoute"
RURAL = (
    rf"\b(?:(?:{_RURAL_ROADS})\s(?:Road|Rd\.?|Route|Rte\.?|Highway"
    r"|Hwy\.?|Lane)\s(?:[A-Z]{1,2}|\d{1,4}[A-Z]?)\b"
    rf"|(?:{_RURAL_ROUTES})\s?#?\s?\d{{1,3}}\b(?:,?\s{{1,2}}Box\s\d{{1,5}}\b)?)"
    rf"{_TAIL}"
)
# PO Box 123, Postfach 10 01 23, Boîte postale 45, Apartado de Correos 7, APO AE 09123
_BOX = (
    r"P\.?\s?O\.?\s?Box|Post\sOffice\sBox|Postfach|Bo[iî]te\spostale|B\.P\.|Apartado"
    r"(?:\sde\scorreos)?|Casella\spostale|C\.P\.|Caixa\spostal|Postbus|Skrytka\spocztowa"
)
POST_BOX = (
    rf"(?:\b(?i:{_BOX})\s?#?\s?\d{{1,6}}(?:\s\d{{2}}){{0,2}}\b"
    r"|\b(?:PSC|CMR|Unit)\s\d{1,5},?\s{1,2}Box\s\d{1,5}\b(?:,?\s{1,2}[ADF]PO\sA[AEP]\s\d{5}\b)?"
    rf"|\b[ADF]PO\sA[AEP]\s\d{{5}}\b){_TAIL}"
)
# "the flat above it, no. 31": a dwelling with a number, where the street stays implicit
_DWELLINGS = (
    r"flat|apartment|house|wohnung|appartamento|apartamento|appartement|woning"
    r"|mieszkanie|lakás|asunto|lejlighed"
)
DWELLING = (
    rf"(?i:\b(?:{_DWELLINGS}))"
    r"[^.\n]{0,30}?\b(?i:no\.|nr\.|n\.|number|n°|nº)\s?\d{1,4}\b"
)


# Each shape starts with one of a few characters (detectors/lookahead.py): a street name
# upper-case or with a lower-case street word ("utca"); a street-first address with a digit
# or a street word.
SUFFIXED_FIRST = rf"(?=[{_UPPER}{first_letters(_APART.lower())}])"
PREFIXED_FIRST = rf"(?=\d|\b(?i:[{first_letters(_PREFIX + '|' + _PREFIX_LINKED)}]))"
# Post boxes: a box word in any case, or a military or rural route word as written.
POST_BOX_FIRST = rf"(?=(?i:[{first_letters(_BOX)}])|[CPUADF])"
RURAL_FIRST = rf"(?=[{first_letters(_RURAL_ROADS + '|' + _RURAL_ROUTES)}])"
DWELLING_FIRST = rf"(?=(?i:[{first_letters(_DWELLINGS)}]))"
_SUFFIXED = re.compile(f"{SUFFIXED_FIRST}(?:{SUFFIXED})")
_PREFIXED = re.compile(f"{PREFIXED_FIRST}(?:{PREFIXED})")
_DWELLING = re.compile(f"{DWELLING_FIRST}(?:{DWELLING})")
_PATTERNS = (
    (re.compile(EN), 0.8), (_SUFFIXED, 0.7), (_PREFIXED, 0.7),
    (re.compile(f"{POST_BOX_FIRST}(?:{POST_BOX})"), 0.7),
    (re.compile(f"{RURAL_FIRST}(?:{RURAL})"), 0.6), (_DWELLING, 0.6),
)
# The street word of a street-first address (both of its shapes hold one, at a word start):
# few texts hold one, the others are not scanned (lookahead.word_gate, in the lower-cased text).
_PREFIX_GATE = word_gate(f"{_PREFIX}|{_PREFIX_LINKED}")
# A dwelling's word opens its match: the scan starts at the first one.
_DWELLING_GATE = word_gate(_DWELLINGS)
_DECIMAL = re.compile(r"\d")


def _plain_words(alternation: str) -> list[str]:
    """The street words of _GLUED and _APART as written, look-behinds dropped."""
    words = [re.sub(r"^\(\?<!\[\w+\]\)", "", w).replace("\\.", ".")
             for w in alternation.split("|")]
    if not all(re.fullmatch(r"[^\\()\[\]|?*+{}]+", w) for w in words):
        raise ValueError("a street word is not plain text")
    return words


# What a SUFFIXED match holds, read backwards from its house number: a digit, the separator,
# the street word. Backwards, the scan skips to digits in a tight loop and turns most down at
# once; forwards, SUFFIXED is tried at every capital (most texts hold none of its matches).
_BACKWARDS_WORDS = "|".join(
    re.escape(w[::-1]) for w in sorted(_plain_words(f"{_GLUED}|{_APART}"), key=len, reverse=True))
_STREET_WORD_BACKWARDS = re.compile(rf"\d(?:\s?\.?[or]n)?\s{{1,2}},?(?:{_BACKWARDS_WORDS})")
_ENGLISH_PREFIXES = re.compile(rf"^(?:via|place|route|plaza)\s+(?!(?:{_LINK})\s|[ld]['’])")


class AddressDetector:
    """Finds street addresses; confidence 0.8 English with a street suffix, 0.7 the other
    street shapes and post boxes, 0.6 rural routes and dwellings with a number."""

    name = "address"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        if "County" not in text and not _has_digit(text):
            return []
        spans: list[Finding] = []
        for pattern, confidence in _PATTERNS:
            start = _scan_start(pattern, text)
            if start is None:
                continue
            for match in islice(pattern.finditer(text, start), _MAX_MATCHES):
                if _plausible(match.group(), ctx.language):
                    spans.append(Finding("address", match.start(), match.end(), confidence,
                                         self.name))
        return _merge(spans)


def _scan_start(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the scan of `pattern` starts, None where the text cannot hold a match of it."""
    if pattern is _SUFFIXED:
        return 0 if _STREET_WORD_BACKWARDS.search(text[::-1]) else None
    if pattern is _PREFIXED:
        return None if gate_start(_PREFIX_GATE, ignorecase_fold(text)) is None else 0
    if pattern is _DWELLING:
        return gate_start(_DWELLING_GATE, ignorecase_fold(text))
    return 0


def _has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit by str.isdigit (superscripts too): a regex
    finds the decimal ones, and only a non-ASCII text can hold the others."""
    return bool(_DECIMAL.search(text)) or (not text.isascii() and any(map(str.isdigit, text)))


def _plausible(value: str, language: str) -> bool:
    """On English wikis a lower-case "via"/"place" without "dei", "de la"... is prose ("sent
    via Google 12 times"); "via dei Tigli 14" is a street."""
    return not (language == "en" and _ENGLISH_PREFIXES.match(value))


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
