"""Phone numbers written out in words to slip past filters: "tre tre tre, zero zero zero, sei
due uno nove", "nul zes, dan vier nullen", "zero-seven-seven...". Seven or more digit words in
a row (with "double"/"doppio"/"dann vier ..." repeats) in the eight languages of the wikis.

The number is read only to count its digits; the finding covers the words, never a value.
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.finding import Finding

_DIGITS = {
    "en": "zero oh nought one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro zero un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três tres quatro cinco seis sete oito nove meia",
    "nl": "nul een één twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
}
_TENS = "onze once ventuno dodici douze doce dreizehn elf"  # "onze" (pt/fr 11) and kin
# "double five", "doppio zero", "four zeros", "vier nullen", "quatro zeros"
_REPEAT = ("double|triple|doppio|triplo|doppel|dreifach|doble|duplo|dubbel|podwójne|"
           "two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|dos|tres|cuatro|due|tre|"
           "quattro|dois|três|quatro|twee|drie|dwa|trzy|cztery")
_WORDS = sorted({w for words in _DIGITS.values() for w in words.split()} | set(_TENS.split()),
                key=len, reverse=True)
_WORD = "|".join(map(re.escape, _WORDS))
_PLURAL = r"(?:s|en|i|es|a|y)?"
_TOKEN = rf"(?:(?:{_REPEAT})\s+)?(?:{_WORD}){_PLURAL}"
_SEP = (r"(?:\s*[,;\-–/]\s*|\s+)"
        r"(?:(?:and|then|dann|puis|luego|poi|depois|dan|potem|e|y|und|et|en|i)\s+)?")
# at most 24 tokens: a bounded repeat of a fixed-width alternation, linear in the text
_RUN = re.compile(rf"(?<!\w)(?:{_TOKEN}){_SEP}(?:(?:{_TOKEN}){_SEP}){{5,23}}(?:{_TOKEN})(?!\w)",
                  re.IGNORECASE)
_COUNT = re.compile(rf"(?<!\w)({_REPEAT})?\s*({_WORD}){_PLURAL}(?!\w)", re.IGNORECASE)
_REPEATS = {"double": 2, "doppio": 2, "doppel": 2, "doble": 2, "duplo": 2, "dubbel": 2,
            "podwójne": 2, "triple": 3, "triplo": 3, "dreifach": 3}
MIN_DIGITS = 7


class SpelledPhoneDetector:
    name = "phone_words"

    def detect(self, ctx: TextContext) -> list[Finding]:
        found = []
        for match in _RUN.finditer(ctx.text):
            if _digits(match.group()) >= MIN_DIGITS:
                found.append(Finding("phone", match.start(), match.end(), 0.7, self.name))
            if len(found) >= 20:
                break
        return found


def _digits(run: str) -> int:
    count = 0
    for m in _COUNT.finditer(run):
        repeat = (m.group(1) or "").lower()
        count += _REPEATS.get(repeat, 1 if not repeat else _small(repeat))
    return count


_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4,
          "fünf": 5, "deux": 2, "trois": 3, "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4,
          "due": 2, "tre": 3, "quattro": 4, "dois": 2, "três": 3, "quatro": 4, "twee": 2,
          "drie": 3, "dwa": 2, "trzy": 3, "cztery": 4}


def _small(word: str) -> int:
    return _SMALL.get(word, 1)
