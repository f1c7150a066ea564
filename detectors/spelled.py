"""Phone numbers written out in words to slip past filters: "tre tre tre, zero zero zero, sei
due uno nove", "nul zes, dan vier nullen", "zero-seven-seven...", "zéro sept, quarante-huit,
dix-neuf", "null eins, dann dreimal die Null", "vijfenvijftig". Seven or more digits' worth of
number words in a row, in the eight languages of the wikis: units count one digit, 10-99 two
(a unit joined to the tens before it, "quarante-huit", "trenta e due", counts with them).

The number is read only to count its digits; the finding covers the words, never a value.
"""

from __future__ import annotations

import re

from detectors.base import TextContext
from detectors.casefold import lower_is_ignorecase
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
# 10-99 as one word (or as hyphenated parts read one by one: "quatre-vingt", "dix-neuf")
_TENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
          "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn "
          "zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "dix onze douze treize quatorze quinze seize vingt vingts trente quarante cinquante "
          "soixante",
    "es": "diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho "
          "diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
          "diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete "
          "dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta sessenta "
          "setenta oitenta noventa",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien "
          "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
          "siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści czterdzieści "
          "pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt",
}
# Tens and unit written as one word: "einundzwanzig", "vijfenvijftig", "ventidue", "veintiuno"
_COMPOUNDS = (
    r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und"
    r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)",
    r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)",
    r"(?:venti?|trenta?|quaranta?|cinquanta?|sessanta?|settanta?|ottanta?|novanta?)"
    r"(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)",
    r"veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)",
)
# "double five", "doppio zero"; "four zeros", "vier nullen", "quatro zeros" (before a plural)
_MULTIPLE = "double|triple|doppio|triplo|doppel|dreifach|doble|duplo|dubbel|podwójne|potrójne"
_SMALL_WORDS = ("two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|dos|tres|cuatro|due|"
                "tre|quattro|dois|duas|três|quatro|twee|drie|dwa|trzy|cztery")
_REPEAT = f"{_MULTIPLE}|{_SMALL_WORDS}"
# "dreimal die Null", "tre volte zero", "deux fois cinq", "drie keer vijf", "dwa razy zero"
_TIMES = (r"(?:zwei|drei|vier|fünf)\s?mal(?:\s+(?:die|eine))?"
          r"|(?:due|tre|quattro)\s+volte(?:\s+(?:lo|il))?"
          r"|(?:deux|trois|quatre)\s+fois(?:\s+(?:le|la))?|(?:twee|drie|vier)\s+keer(?:\s+de)?"
          r"|(?:dos|tres|cuatro)\s+veces(?:\s+(?:el|la))?|(?:duas|dois|três|quatro)\s+vezes"
          r"(?:\s+(?:o|a))?|(?:dwa|trzy|cztery)\s+razy")
_UNITS = sorted({w for words in _DIGITS.values() for w in words.split()}, key=len, reverse=True)
_TENS_WORDS = sorted({w for words in _TENS.values() for w in words.split()}, key=len,
                     reverse=True)
_UNIT = "|".join(map(re.escape, _UNITS))
_TEN = "|".join([*_COMPOUNDS, *map(re.escape, _TENS_WORDS)])
_PLURAL = r"(?:s|en|i|es|a|y)?"
_TOKEN = rf"(?:(?:{_REPEAT})\s+|(?:{_TIMES})\s+)?(?:{_TEN}|{_UNIT}){_PLURAL}"
_CONNECTORS = "and then dann puis luego poi depois dan potem e y und et en i"
_SEP = (r"(?:\s*[,;\-–/]\s*|\s*\.\.\.?\s*|\s*…\s*|\s+)"
        rf"(?:(?:{'|'.join(_CONNECTORS.split())})(?:\s+|-))?")
# 4 to 24 tokens: a bounded repeat of a fixed-width alternation, linear in the text
_RUN = re.compile(rf"(?<!\w)(?:{_TOKEN}){_SEP}(?:(?:{_TOKEN}){_SEP}){{2,22}}(?:{_TOKEN})(?!\w)",
                  re.IGNORECASE)
_PLURAL_NEXT = rf"(?=(?:{_UNIT})(?:s|en|es|i)(?!\w))"
_COUNT = re.compile(
    rf"(?<!\w)(?:({_MULTIPLE})\s+|({_SMALL_WORDS})\s+{_PLURAL_NEXT}|({_TIMES})\s+)?"
    rf"(?:({_TEN})|({_UNIT})){_PLURAL}(?!\w)",
    re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:-|\s|-et-|\s(?:y|e|et)\s)\s*", re.IGNORECASE)  # "48", "32"
_REPEATS = {"double": 2, "doppio": 2, "doppel": 2, "doble": 2, "duplo": 2, "dubbel": 2,
            "podwójne": 2, "triple": 3, "triplo": 3, "dreifach": 3, "potrójne": 3}
MIN_DIGITS = 7


_WORD_RUN = re.compile(r"\w+")
_NUMBER_WORDS = frozenset(w.lower() for w in (*_UNITS, *_TENS_WORDS))
_COMPOUND = re.compile("|".join(_COMPOUNDS))
_SUFFIXES = ("s", "en", "i", "es", "a", "y")
# The only other words a run holds between two number words: connectors, "double", and the
# words of "drei mal die", "tre volte lo", "duas vezes o" (of which there are at most five).
_GLUE = frozenset(re.findall(r"[^\W\d_]+", f"{_CONNECTORS} {_MULTIPLE} {_SMALL_WORDS} {_TIMES}"))
_MAX_GAP = 5


def may_hold_run(text: str) -> bool:
    """False only when no run can be in `text`: a run is four or more number words with at
    most `_MAX_GAP` other words between them. A word index is far cheaper than the run's
    pattern, which tries a long alternation at every word start."""
    if not lower_is_ignorecase(text):
        return True
    streak, gap = 0, 0
    kinds = _KINDS.known
    for word in _WORD_RUN.findall(text.lower()):
        kind = kinds.get(word)
        if kind is None:
            kind = _KINDS(word)
        if kind is _NUMBER:
            streak, gap = streak + 1, 0
            if streak >= 4:
                return True
        elif kind is _GLUE_WORD:
            gap += 1
            if gap > _MAX_GAP:
                streak, gap = 0, 0
        else:
            streak, gap = 0, 0
    return False


_NUMBER, _GLUE_WORD, _OTHER = "number", "glue", "other"


def _kind(word: str) -> str:
    """What a lower-cased word is to a run: a number word, a word a run may hold between two
    of them, or neither."""
    if _number_word(word):
        return _NUMBER
    if word in _GLUE or word.removesuffix("mal") in _GLUE:
        return _GLUE_WORD
    return _OTHER


class _KindCache:
    """word → `_kind(word)`, computed once per word (the same few thousand words recur in
    every text); bounded, so a hostile text cannot grow it."""

    def __init__(self, limit: int = 100_000, longest: int = 64) -> None:
        self.known: dict[str, str] = {}
        self.limit, self.longest = limit, longest

    def __call__(self, word: str) -> str:
        kind = _kind(word)
        if len(word) <= self.longest:
            if len(self.known) >= self.limit:
                self.known.clear()
            self.known[word] = kind
        return kind


_KINDS = _KindCache()


def _number_word(word: str) -> bool:
    if word in _NUMBER_WORDS or _COMPOUND.fullmatch(word):
        return True
    return any(word.endswith(s) and word[: -len(s)] in _NUMBER_WORDS for s in _SUFFIXES)


class SpelledPhoneDetector:
    name = "phone_words"

    def detect(self, ctx: TextContext) -> list[Finding]:
        if not may_hold_run(ctx.text):
            return []
        found = []
        for match in _RUN.finditer(ctx.text):
            if _digits(match.group()) >= MIN_DIGITS:
                found.append(Finding("phone", match.start(), match.end(), 0.7, self.name))
            if len(found) >= 20:
                break
        return found


def _digits(run: str) -> int:
    """Digits the run's number words spell: a unit right after a tens word adds none."""
    count, tens_end = 0, -1
    for m in _COUNT.finditer(run):
        times = _times(*m.group(1, 2, 3))
        if m.group(4):
            count += 2 * times
            tens_end = m.end()
            continue
        joined = tens_end >= 0 and times == 1 and _JOINED.fullmatch(run, tens_end, m.start())
        count += 0 if joined else times
        tens_end = -1
    return count


def _times(multiple: str | None, small: str | None, spelled: str | None) -> int:
    """How often the next word counts: "double" 2, "four zeros" 4, "dreimal" 3."""
    if multiple:
        return _REPEATS.get(multiple.lower(), 1)
    if small:
        return _small(small.lower())
    if spelled:
        return _small(spelled.split()[0].lower().removesuffix("mal"))
    return 1


_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4,
          "fünf": 5, "deux": 2, "trois": 3, "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4,
          "due": 2, "tre": 3, "quattro": 4, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
          "twee": 2, "drie": 3, "dwa": 2, "trzy": 3, "cztery": 4}


def _small(word: str) -> int:
    return _SMALL.get(word, 1)
