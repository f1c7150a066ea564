"""Workplaces: a job title or a work verb tied to an employer or a kind of workplace, in en, de,
fr, es, it, pt, nl and pl ("a night security guard at the Riverside Shopping Centre", "Oberarzt
am Klinikum Nord", "travaille chez Renault", "pracuje jako kasjerka w sklepie", "your employer,
Acme Ltd").

The text is cut into words once; each word is looked up in sets (job titles, work verbs,
workplace nouns: detectors/patterns/workplace.json and Faker's job titles in job_titles.json),
and what a word is by itself is remembered per lexicon (most words of a text were seen before).
Only around a hit is a bounded stretch of words read for the grammar: a preposition and an
employer (a run of capitalised words, a kind of workplace, or an ORG/FAC/GPE/LOC entity when
spaCy ran), an "as" before the title, an article and a copula before it; an employer as the
agent of a hiring verb ("employed by X", "contratada por X"); and, in German and Dutch clauses
that end in the verb, "bei"/"bij" and an employer before it ("die bij de Rabobank werkt");
and after a copula, a comma or a field sign, a job the lexicon does not know before
bei/bij/chez/presso and a named employer ("= Nachtwächter bei Kühn GmbH", 0.5).
So the time is linear in the text. Confidence says how clearly the span states someone's job
and employer: 0.85 a work verb with job and employer, 0.8 job or work verb with a named
employer, 0.6 with a kind of workplace only ("at the bank") or a job named "as", 0.4 a bare "is
a <job>". Whose job it is (self-disclosure, a public figure, an article's subject) is the
judgement's question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.lookahead import first_letters, starting_with
from detectors.patterns import ignorecase_fold, load
from detectors.stopwords import stop_words

_MAX_TEXT = 200_000
_MAX_FINDINGS = 300
_REACH = 8  # words read after a title or verb for the preposition
_NAME_RUN = 8  # words at most in an employer's name
_LONGEST_WORD = 40  # longer "words" ("A-A-A-…") are no job: their prefixes are never tried
_TOKEN = re.compile(r"(\w+(?:['’.&\-]\w+)*|[^\w\s])")  # one group: split keeps the words
_ABBREVIATIONS = frozenset((
    "st", "dr", "mr", "mrs", "ms", "co", "jr", "sr", "sra", "dra", "prof", "nr", "no", "fr", "hr",
    "mt", "ltd", "inc", "dipl", "ing",
))
_CONNECTORS = frozenset((
    "of", "de", "der", "des", "di", "da", "do", "del", "della", "dei", "van", "von", "am", "an",
    "und", "and", "&", "la", "le", "du", "y", "e", "et", "'s", "’s", "für", "zu", "zum", "zur",
    "op", "na", "w", "i",
))
_INDEFINITE = frozenset((
    "a", "an", "some", "any", "ein", "eine", "einem", "einer", "un", "une", "una", "uno", "um",
    "uma", "een", "jakiś", "jakieś",
))
_TOWN_PREPS = frozenset((
    "in", "en", "à", "a", "im", "na", "no", "w", "we", "em",
))
# after a work verb: what one works on or with is no employer; "in"/"of"/"di" need a workplace
_TASK_PREPS = frozenset((
    "on", "with", "from", "über", "mit", "sur", "sobre", "su", "nad", "aan",
))
# "employed by X", "contratada por X": the employer as the agent of a hiring verb
_AGENT_VERBS = frozenset((
    "employed", "contratado", "contratada", "embauché", "embauchée", "assunto", "assunta",
    "eingestellt", "zatrudniony", "zatrudniona", "employé", "employée", "empleado", "empleada",
    "impiegato", "impiegata", "empregado", "empregada", "angestellt", "beschäftigt",
))
_AGENT_PREPS = frozenset(("by", "por", "pela", "pelo", "par", "von", "vom", "przez"))
# German and Dutch subordinate clauses put the verb last: "der bei der Sparkasse angestellt ist",
# and "von der Stadt eingestellt" for a hiring verb
_FINAL_PREPS = frozenset(("bei", "beim", "bij"))
_FINAL_AGENT_PREPS = frozenset(("von", "vom"))
# what may follow such a final verb: the clause's end, an auxiliary, "als", a conjunction
_AFTER_FINAL = frozenset((
    "ist", "war", "sind", "waren", "wird", "hat", "is", "was", "zijn", "wordt", "als", "und",
    "en", "oder", "of",
))
_PLACE_PREPS = frozenset((
    "in", "of", "di", "de", "van", "z", "an", "auf",
))
# Prepositions that put a person at an employer and little else ("Nachtwächter bei Kühn GmbH",
# "verzorgende bij de Albert Heijn", "professeur chez Renault", "operatore presso la RSA")
_STRONG_PREPS = frozenset(("bei", "beim", "bij", "chez", "presso"))
# what may stand before a job the lexicon does not know: a copula, "you are", a comma, a dash
_JOB_LEADS = frozenset((
    "sei", "bist", "ben", "jesteś", "eres", "és", "es", ",", "(", "–", "—", "-", "=", ":",
))
# nouns of a relation to a place that is no job: members, customers, patients, guests, pupils
_NOT_JOBS = frozenset((
    "mitglied", "kunde", "kundin", "gast", "patient", "patientin", "schüler", "schülerin",
    "student", "studentin", "lid", "klant", "patiënt", "leerling", "membre", "client", "cliente",
    "invité", "invitée", "élève", "étudiant", "étudiante", "membro", "ospite", "paziente",
    "studente", "studentessa", "abonnent", "abonné", "fan", "nutzer", "benutzer", "gebruiker",
    "utilisateur", "utente",
))
# a Dutch or German past participle ("opgenomen bij", "gemaakt bij"): what was done there
_PARTICIPLE = re.compile(r"[a-zäöü]{0,5}ge[a-zäöü]{2,}(?:en|d|t)$")
_ELISION = ("l'", "l’", "d'", "d’", "all'", "dell'", "nell'", "sull'")
_STOP_MARKS = frozenset((".", "!", "?", ";", ":", "|", "•", "*", "="))
_ENTITY_LABELS = ("ORG", "FAC", "GPE", "LOC", "NORP")
_MEMO_WORDS = 100_000  # words whose kind is remembered, in all lexicons together: ≤ 15 MB

# What a word is by itself in a lexicon, as bits of one int
_VERB, _RUN_VERB, _POSSESSIVE = 1, 2, 4
_TITLE = 8  # a title alone, by a '*' stem or as a compound's head
_NOT_TITLE = 16  # never a title, not even as the first of two words
_TITLE_HEAD = 32  # may be the first word of a two-word title
_POSITION = 64
_PLACE = 128  # a kind of workplace alone or by a '*' stem
_PLACE_HEAD = 256  # may be the first word of a two-word kind of workplace
_STRONG_PREP = 512  # bei, bij, chez, presso
_STARTS = (  # of a finding
    _VERB | _RUN_VERB | _POSSESSIVE | _TITLE | _TITLE_HEAD | _POSITION | _STRONG_PREP)


class _Memo:
    """The kinds of words already read, one dict per lexicon: a text repeats its words and the
    next text mostly uses the same ones. One budget for all lexicons (there is one per language
    mix): hostile text of ever new words, in ever new mixes, empties the memo but cannot grow
    it past _MEMO_WORDS."""

    def __init__(self) -> None:
        self.dicts: list[dict[str, int]] = []
        self.words = 0

    def new(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        self.dicts.append(kinds)
        return kinds

    def add(self, kinds: dict[str, int], lower: str, kind: int) -> None:
        if len(lower) > _LONGEST_WORD:
            return  # no job ("A-A-A-…"), and a key of any length
        if self.words >= _MEMO_WORDS:
            for each in self.dicts:
                each.clear()
            self.words = 0
        kinds[lower] = kind
        self.words += 1


_MEMO = _Memo()


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    lower: str  # lower case, without an elided article ("l'istruttore" → "istruttore")
    cap: bool  # starts with a capital (after an elided article: "l'Hôpital")
    stop: bool  # a sentence ends right before this word


@dataclass(frozen=True, slots=True)
class _Lexicon:
    titles: frozenset[str]
    title_stems: frozenset[str]
    positions: frozenset[str]
    position_stems: frozenset[str]
    compound_titles: frozenset[str]
    weak: frozenset[str]
    not_titles: frozenset[str]
    places: frozenset[str]
    place_stems: frozenset[str]
    preps: frozenset[str]
    articles: frozenset[str]
    possessives: frozenset[str]
    as_words: frozenset[str]
    copulas: frozenset[str]
    verbs: frozenset[str]
    run_verbs: frozenset[str]
    verb_objects: frozenset[str]
    there: frozenset[str]
    workplace_nouns: frozenset[str]
    employer_params: frozenset[str]
    not_employers: frozenset[str]
    title_heads: frozenset[str]  # first words of two-word titles
    place_heads: frozenset[str]  # first words of two-word kinds of workplace
    # lower-cased word → its kind (bits above), filled by _kind_of within _MEMO's budget
    memo: dict[str, int] = field(default_factory=_MEMO.new, compare=False, repr=False)


def _split(words: Iterable[str]) -> tuple[set[str], set[str]]:
    """Plain words and '*' stems; multi-word entries are written with '-' or ' '."""
    plain: set[str] = set()
    stems: set[str] = set()
    for raw in words:
        word = raw.lower().replace("-", " ")
        (stems if word.endswith("*") else plain).add(word.rstrip("*"))
    return plain, stems


LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


@cache
def lexicon(languages: frozenset[str] = frozenset(LANGUAGES)) -> _Lexicon:
    """The vocabulary of `languages` (per-language lists) and of all (pronouns, articles...)."""
    data = load("workplace.json")
    generated = load("job_titles.json")

    def of(key: str) -> list[str]:
        value = data[key]
        if isinstance(value, dict):
            return [w for lang, ws in value.items() if lang in languages for w in ws]
        return list(value)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in of(key))

    title_words = of("titles") + [w for lang in languages for w in generated.get(lang, [])]
    titles, title_stems = _split(title_words)
    compound = {w for w in titles if len(w) >= 4 and " " not in w} & {
        w.lower() for lang in ("de", "nl") if lang in languages
        for w in [*data["titles"][lang], *generated.get(lang, [])]}
    places, place_stems = _split(of("places"))
    positions, position_stems = _split(of("positions"))
    return _Lexicon(
        frozenset(titles), frozenset(title_stems), frozenset(positions),
        frozenset(position_stems), frozenset(compound), words("weak_titles"),
        words("not_titles"), frozenset(places), frozenset(place_stems), words("prepositions"),
        words("articles"), words("possessives"), words("as_words"), words("copulas"),
        words("work_verbs"), words("run_verbs"), words("verb_objects"), words("there_words"),
        words("workplace_nouns"), words("employer_params"), words("not_employers"),
        _heads(titles), _heads(places))


def _heads(entries: Iterable[str]) -> frozenset[str]:
    """First words of the entries of several words: only after one of them is the next word
    worth reading for a two-word entry (a word itself never holds a space)."""
    return frozenset(e.split(" ", 1)[0] for e in entries if " " in e)


def _kind_of(lex: _Lexicon, lower: str) -> int:
    kind = _kind(lex, lower)
    _MEMO.add(lex.memo, lower, kind)
    return kind


def _kind(lex: _Lexicon, lower: str) -> int:
    """What `lower` is by itself in `lex`, whatever the words around it."""
    kind = _title_kind(lex, lower)
    kind |= (_VERB if lower in lex.verbs else 0) | (_RUN_VERB if lower in lex.run_verbs else 0)
    kind |= _POSSESSIVE if lower in lex.possessives else 0
    kind |= _PLACE_HEAD if lower in lex.place_heads else 0
    if lower in lex.places or _stemmed(lower, lex.place_stems, 3):
        kind |= _PLACE
    if _is_position(lex, lower):
        kind |= _POSITION
    return kind | (_STRONG_PREP if lower in _STRONG_PREPS else 0)


def _title_kind(lex: _Lexicon, lower: str) -> int:
    """A word of not_titles (wiki roles: "editor", "admin") is no title, not even as the
    first word of a two-word one."""
    if lower in lex.not_titles or len(lower) < 2 or not lower[0].isalpha():
        return _NOT_TITLE
    if lower in lex.titles or _stemmed(lower, lex.title_stems, 4) or _compound(lex, lower):
        return _TITLE
    return _TITLE_HEAD if lower in lex.title_heads else 0


def _stemmed(lower: str, stems: frozenset[str], shortest: int) -> bool:
    """Whether `lower` starts with a '*' stem of `shortest` letters or more."""
    return len(lower) <= _LONGEST_WORD and any(
        lower[:k] in stems for k in range(shortest, len(lower) + 1))


def _compound(lex: _Lexicon, lower: str) -> bool:
    """German and Dutch compounds end in their head: "Filialleiterin", "Nachtportier"."""
    return 7 <= len(lower) <= _LONGEST_WORD and any(
        lower[k:] in lex.compound_titles for k in range(2, len(lower) - 3))


def _is_position(lex: _Lexicon, lower: str) -> bool:
    """A place inside a workplace: "till", "Schalter", "caisse", "kasie"."""
    lower = lower.replace("-", " ")
    return lower in lex.positions or _stemmed(lower, lex.position_stems, 3)


@cache
def _markers() -> dict[str, str]:
    """Function word or work verb → its language (words shared by languages count for none)."""
    owners: dict[str, set[str]] = {}
    data = load("workplace.json")
    for key in ("markers", "work_verbs"):
        for lang, ws in data[key].items():
            for w in ws:
                owners.setdefault(w.lower(), set()).add(lang)
    return {w: next(iter(langs)) for w, langs in owners.items() if len(langs) == 1}


def languages_of(words: Iterable[str], wiki_language: str) -> frozenset[str]:
    """The wiki's language (English when it has no lists), and every language whose function
    words make up a fair share of the text: Commons, Wikidata and Meta are written in all."""
    seen = list(words)
    total = len(seen)
    counts = Counter(filter(None, map(_markers().get, seen)))
    top = max(counts.values(), default=0)
    least = 1 if total < 40 else 2
    chosen = {lang for lang, n in counts.items() if n >= least and n * 3 >= top}
    chosen.add(wiki_language if wiki_language in LANGUAGES else "en")
    return frozenset(chosen)


class _Tokens:
    """The words of a text and their lower case: what each word is by itself is looked up
    from these, and most texts hold no word a finding starts with, so nothing more is read."""

    __slots__ = ("bares", "lowers", "parts", "texts")

    def __init__(self, text: str) -> None:
        self.parts = _TOKEN.split(text)  # space, word, space, word, ..., space
        self.texts: list[str] = self.parts[1::2]
        self.bares, self.lowers = self.texts, list(map(str.lower, self.texts))
        if "'" in text or "’" in text:  # every elision ends in one
            self.bares, self.lowers = _without_elisions(self.texts, self.lowers)


class _Words:
    """The words of a text, column by column (the fields of _Word). The grammar reads few of
    them, so a _Word is built only for those: building one for every word of every edit was
    most of this detector's time."""

    __slots__ = ("caps", "ends", "lowers", "starts", "stops", "texts")

    def __init__(self, tokens: _Tokens) -> None:
        parts = tokens.parts
        offsets = list(accumulate(map(len, parts)))
        self.texts, self.lowers = tokens.texts, tokens.lowers
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self.caps = [bare[:1].isupper() for bare in tokens.bares]
        self.stops = _stops(parts[0:-1:2], self.texts, self.lowers)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> _Word:
        return _Word(self.starts[i], self.ends[i], self.texts[i], self.lowers[i], self.caps[i],
                     self.stops[i])


def _stops(spaces: list[str], texts: list[str], lowers: list[str]) -> list[bool]:
    """Whether a sentence ends before each word: a line break, or a mark after a word that is
    no abbreviation ("Dr.") or initial ("J.")."""
    stops = ["\n" in space for space in spaces]
    for i in [i for i, word in enumerate(texts[:-1]) if word in _STOP_MARKS]:
        if not (i > 0 and (lowers[i - 1] in _ABBREVIATIONS or len(texts[i - 1]) == 1)):
            stops[i + 1] = True
    return stops


def _without_elisions(texts: list[str], lowers: list[str]) -> tuple[list[str], list[str]]:
    """The words, and their lower case, with elided articles taken off (_without_elision)."""
    bares, bare_lowers = texts[:], lowers[:]
    for i, lower in enumerate(lowers):
        if "'" in lower or "’" in lower:
            bares[i], bare_lowers[i] = _without_elision(texts[i], lower)
    return bares, bare_lowers


def _without_elision(token: str, lower: str) -> tuple[str, str]:
    """The word after an elided article ("l'Hôpital" → "Hôpital") and its lower case."""
    for elided in _ELISION:
        if lower.startswith(elided) and len(token) > len(elided):
            bare = token[len(elided):]
            return bare, bare.lower()
    return token, lower


def _kinds(lex: _Lexicon, lowers: list[str]) -> list[int]:
    """What each word is by itself in `lex` (bits above)."""
    get = lex.memo.get
    return [kind if (kind := get(lower)) is not None else _kind_of(lex, lower)
            for lower in lowers]


class _Reader:
    """The words of one text and the lexicon: the grammar around a hit."""

    def __init__(self, text: str, tokens: _Tokens, lex: _Lexicon, kinds: list[int],
                 doc: Any) -> None:
        self.text = text
        self.words = _Words(tokens)
        self.lex = lex
        self.kinds = kinds
        self.entities = _entity_ends(doc)

    def at(self, i: int) -> _Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def is_title(self, i: int) -> bool:
        kind = self.kinds[i]
        if kind & (_TITLE | _NOT_TITLE):
            return bool(kind & _TITLE)
        return bool(kind & _TITLE_HEAD) and self._pair_in(i, self.lex.titles)

    def is_place(self, i: int) -> int:
        """Words (1 or 2) of a kind of workplace starting at `i`, else 0."""
        if not 0 <= i < len(self.words) or (self.words.stops[i] and i > 0):
            return 0
        kind = self.kinds[i]
        if kind & _PLACE_HEAD and self._pair_in(i, self.lex.places):
            return 2
        return 1 if kind & _PLACE else 0

    def _pair_in(self, i: int, entries: frozenset[str]) -> bool:
        """Whether word `i` and the next, in one sentence, make one of `entries`."""
        words, j = self.words, i + 1
        return j < len(words) and not words.stops[j] and (
            f"{words.lowers[i]} {words.lowers[j]}" in entries)

    def employer(self, i: int) -> tuple[int, bool] | None:
        """The end (word index, exclusive) of an employer starting at word `i`, and whether it
        is named (capitalised or an entity) rather than a kind of workplace ("the bank")."""
        j, skipped = i, 0
        first = self.at(i)
        indefinite = first is not None and first.lower in _INDEFINITE
        while (w := self.at(j)) and not (w.stop and j > i) and skipped < 3 and (
                w.lower in self.lex.articles or w.lower in self.lex.possessives) and not w.cap:
            j, skipped = j + 1, skipped + 1
        for lead in range(3):  # a few lower-case modifiers: "the local", "la nuova"
            w = self.at(j + lead)
            if w is None or (w.stop and j + lead > i):
                return None
            if w.cap or self.is_place(j + lead) or w.start in self.entities:
                j += lead
                break
            if not w.lower.replace("'", "").replace("’", "").isalpha():
                return None
        else:
            return None
        found = self._employer_at(j)
        if found and indefinite and not found[1]:
            return None  # "works at a company", "trabaja en una tienda": no place in particular
        return found

    def _employer_at(self, j: int) -> tuple[int, bool] | None:
        w = self.words[j]
        if w.start in self.entities:
            end = self.entities[w.start]
            k = j
            while (x := self.at(k)) and x.start < end:
                k += 1
            return self._tail(k), True
        if (w.cap and w.lower not in self.lex.not_employers and w.text.isalpha()) or (
                w.cap and any(c.isalpha() for c in w.text)):
            if w.lower in self.lex.not_employers:
                return None
            k = self._name_run(j)
            span = self.is_place(k)
            return self._tail(k + span), True
        span = self.is_place(j)
        if span:
            k = j + span
            named = False
            if (x := self.at(k)) and x.cap and not x.stop:
                k, named = self._name_run(k), True
            elif (x := self.at(k)) and x.lower in self.lex.preps and not x.stop:
                sub = self._named_after(k + 1)
                if sub:
                    k, named = sub, True
            return self._tail(k), named
        return None

    def _named_after(self, i: int) -> int | None:
        """A name after a workplace kind's preposition: "de la plaza Mayor", "on Mill Road"."""
        j = i
        while (w := self.at(j)) and not w.stop and w.lower in self.lex.articles and j - i < 2:
            j += 1
        lead = j
        while (w := self.at(j)) and not w.stop and not w.cap and w.lower.isalpha() and j - lead < 2:
            j += 1
        w = self.at(j)
        if w is None or w.stop or not w.cap:
            return None
        return self._name_run(j)

    def _name_run(self, j: int) -> int:
        k, taken = j + 1, 1
        while taken < _NAME_RUN and (w := self.at(k)) and not w.stop:
            nxt = self.at(k + 1)
            if w.cap and w.text[:1].isalnum():
                k, taken = k + 1, taken + 1
            elif w.lower in _CONNECTORS and nxt and nxt.cap and not nxt.stop:
                k, taken = k + 2, taken + 2
            elif w.text in ("-", "'s", "’s") and nxt and not nxt.stop:
                k, taken = k + 1, taken + 1
            else:
                break
        return k

    def _tail(self, k: int) -> int:
        """Past a town after the employer: "…, in Douai", "… à Lyon"."""
        w, nxt = self.at(k), self.at(k + 1)
        if w and w.text == "," and nxt and nxt.lower in _TOWN_PREPS and nxt.lower != "a":
            w, nxt, k = nxt, self.at(k + 2), k + 1
        if w and not w.stop and w.lower in _TOWN_PREPS and nxt and nxt.cap and not nxt.stop:
            return self._name_run(k + 1)
        return k


def _entity_ends(doc: Any) -> dict[int, int]:
    if doc is None:
        return {}
    return {e.start_char: e.end_char for e in doc.ents if e.label_ in _ENTITY_LABELS}


class WorkplaceDetector:
    name = "workplace"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        tokens = _Tokens(text)
        lex = lexicon(languages_of(tokens.lowers, ctx.language))
        kinds = _kinds(lex, tokens.lowers)
        spans: list[tuple[int, int, float]] = []
        if any(kind & _STARTS for kind in kinds):  # else no finding starts at a word
            spans += _from_words(_Reader(text, tokens, lex, kinds, ctx.doc))
        spans += _from_templates(ctx.templates, len(text), lex)
        spans += _from_fields(text)
        return [Finding("workplace", s, e, c, self.name) for s, e, c in _merge(spans)]


def _from_words(reader: _Reader) -> list[tuple[int, int, float]]:
    """Spans read from the words around each word a finding can start with."""
    spans: list[tuple[int, int, float]] = []
    for i, kind in enumerate(reader.kinds):
        if not kind & _STARTS:
            continue  # most words: nothing starts here
        if len(spans) >= _MAX_FINDINGS:
            break
        if kind & _VERB:
            spans += _from_verb(reader, i) or _before_verb(reader, i)
        if kind & _RUN_VERB:
            spans += _from_run_verb(reader, i)
        if kind & _POSSESSIVE:
            spans += _from_possessive(reader, i)
        if reader.is_title(i):
            spans += _from_title(reader, i)
        elif kind & _POSITION:
            spans += _from_position(reader, i)
        if kind & _STRONG_PREP:
            spans += _unknown_job_before(reader, i)
    return spans


def _from_verb(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    """"works at X", "arbeitet seit Jahren bei X", "trabaja en el banco", "lavora lì"."""
    for j in range(i + 1, min(len(r.words), i + 5)):
        w = r.words[j]
        if w.lower in r.lex.as_words and not w.stop:
            return _as_any_title(r, i, j)
        if w.stop or w.lower in r.lex.verb_objects or not w.text.isalnum():
            return []
        if w.lower in r.lex.there:
            return [(r.words[i].start, w.end, 0.5)]
        if w.lower in r.lex.preps or (w.lower in _AGENT_PREPS and _hires(r, i)):
            found = r.employer(j + 1)
            if found is None:
                continue
            end, named = found
            if w.lower in _TASK_PREPS or (w.lower in _PLACE_PREPS and not (
                    any(r.is_place(k) for k in range(j + 1, end))
                    or r.words[j + 1].start in r.entities)):
                return []  # "working on the Giro page", "works in Firefox", "lavora di notte"
            return [(r.words[i].start, r.words[end - 1].end, 0.8 if named else 0.6)]
    return []


def _unknown_job_before(r: _Reader, j: int) -> list[tuple[int, int, float]]:
    """"Willow_Faro = Nachtwächter bei Kühn GmbH", "est professeur des écoles chez le cabinet
    Fontaine", "Ilse de Vries, verzorgende bij de Albert Heijn": one to three words the lexicon
    may not know between a copula, a comma or a field sign and bei/bij/chez/presso with a named
    employer. German nouns are capitalised: after "bei" one of the words must be."""
    found = r.employer(j + 1)
    if found is None or not found[1] or r.words[j].stop:
        return []
    german = r.words[j].lower in ("bei", "beim")
    for k in range(j - 1, max(-1, j - 4), -1):
        w = r.words[k]
        inner = k < j - 1 and w.lower in _CONNECTORS  # "professeur des écoles"
        if not inner and not _job_word(w):
            return []
        if not inner and _job_lead(r, k) and (
                not german or any(r.words[m].cap for m in range(k, j))):
            return [(w.start, r.words[found[0] - 1].end, 0.5)]
        if w.stop:
            return []
    return []


def _job_word(w: _Word) -> bool:
    return (w.text.replace("-", "").isalpha() and w.lower not in _NOT_JOBS
            and w.lower not in stop_words() and not _PARTICIPLE.match(w.lower))


def _job_lead(r: _Reader, k: int) -> bool:
    """Whether the words from `k` on follow a copula, a comma, a dash or a field sign (after a
    sentence's end, only a field sign: "Beruf: Nachtwächter bei ...")."""
    before = r.at(k - 1)
    if before is None:
        return False
    if r.words[k].stop:
        return before.text in ("=", ":")
    return before.lower in r.lex.copulas or before.lower in _JOB_LEADS


def _hires(r: _Reader, i: int) -> bool:
    """Whether word `i` is a hiring verb, whose agent is the employer ("employed by X")."""
    return r.words[i].lower in _AGENT_VERBS


def _before_verb(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    """"ist bei der Sparkasse Kassel angestellt", "die bij de gemeente Utrecht werkt", "von der
    Stadt eingestellt": "bei" or "bij" (or "von" before a hiring verb) and an employer, ending
    at most two words before the work verb, which ends its clause ("Bei der Wahl arbeitet er
    mit" is a main clause: no employer)."""
    nxt = r.at(i + 1)
    if nxt is not None and not nxt.stop and nxt.text.isalnum() and (
            nxt.lower not in _AFTER_FINAL):
        return []
    for j in range(i - 1, max(-1, i - 4 - _NAME_RUN), -1):
        w = r.words[j]
        if w.stop:
            return []
        if w.lower in _FINAL_PREPS or (w.lower in _FINAL_AGENT_PREPS and _hires(r, i)):
            found = r.employer(j + 1)
            if found is None or not 0 <= i - found[0] <= 2:
                return []
            return [(w.start, r.words[i].end, 0.8 if found[1] else 0.6)]
    return []


def _as_any_title(r: _Reader, i: int, j: int) -> list[tuple[int, int, float]]:
    """"werkt als barista bij X", "trabalha como contabilista na farmácia X": after "works
    as", a job the lexicon may not know (one to three lower-case words), then an employer."""
    k = j + 1
    while (w := r.at(k)) and not w.stop and w.lower in r.lex.articles and k - j < 3:
        k += 1
    for end in range(k, min(len(r.words), k + 3)):
        w = r.words[end]
        if w.stop or (w.cap and end > k) or not w.text.isalpha():
            return []  # a German noun may be capitalised: "arbeitet als Barista bei"
        prep = r.at(end + 1)
        if prep is None or prep.stop or prep.lower not in r.lex.preps or end == j:
            continue
        found = r.employer(end + 2)
        if found is not None and found[1]:
            return [(r.words[i].start, r.words[found[0] - 1].end, 0.75)]
    return []


def _from_run_verb(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    """"runs the distillery's gift shop", "gestisce la pizzeria Da Mario": the object is a
    workplace (a kind of workplace, or a name with the kind after it)."""
    found = r.employer(i + 1)
    if found is None:
        return []
    end, named = found
    if not any(r.is_place(k) for k in range(i + 1, end)):
        return []  # "runs the bot", "manages Wikipedia's templates"
    return [(r.words[i].start, r.words[end - 1].end, 0.7 if named else 0.6)]


def _from_possessive(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    """"your employer, Acme Ltd", "his office at X", "su empresa es Construcciones Pérez"."""
    j = i + 1
    w = r.at(j)
    if w is None or w.stop or w.lower not in r.lex.workplace_nouns:
        return []
    link = r.at(j + 1)
    if link is None or link.stop:
        return []
    if link.text in (",", ":", "(", "-", "–") or link.lower in r.lex.copulas or (
            link.lower in r.lex.preps):
        found = r.employer(j + 2)
        if found and found[1]:
            return [(r.words[i].start, r.words[found[0] - 1].end, 0.75)]
    return []


def _from_title(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    start, lead = _lead(r, i)
    weak = r.words[i].lower in r.lex.weak
    end = _employer_after(r, i)
    if end is not None:
        stop, named = end
        confidence = (0.85 if lead == "verb" else 0.8) if named else 0.6
        confidence -= 0.2 if weak else 0.0
        return [(start, r.words[stop - 1].end, round(confidence, 2))]
    return _without_employer_after(r, i, start, lead, weak)


def _without_employer_after(r: _Reader, i: int, start: int, lead: str,
                            weak: bool) -> list[tuple[int, int, float]]:
    """"a lawyer there", "the council's officer", "works as a nurse", "is a porter"."""
    after = r.at(i + 1)
    if after and not after.stop and after.lower in r.lex.there:
        return [(start, after.end, 0.5)]  # "so you're a lawyer there"
    before = _employer_before(r, i)
    if before is not None:
        return [(r.words[before].start, r.words[i].end, 0.4 if weak else 0.6)]
    if weak:
        return []
    if lead in ("verb", "as"):
        return [(start, r.words[i].end, 0.6 if lead == "verb" else 0.55)]
    if lead == "copula":
        return [(start, r.words[i].end, 0.4)]
    return []


def _from_position(r: _Reader, i: int) -> list[tuple[int, int, float]]:
    """"at the till of the Co-op on Mill Road", "à la caisse du Super Marché des Lilas": a
    place inside a named workplace says who works there, less surely than a job title; so do
    colleagues there ("your colleagues at Northgate Logistics", "tes collègues chez le CHU")."""
    end = _employer_after(r, i)
    if end is None or not end[1]:
        return []
    return [(r.words[i].start, r.words[end[0] - 1].end, 0.6)]


def _lead(r: _Reader, i: int) -> tuple[int, str]:
    """What stands before the title: "works as a", "als", "is a", ", the" (apposition)."""
    start = r.words[i].start
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4 and not r.words[j + 1].stop:
        w = r.words[j]
        if w.lower in r.lex.as_words:
            if any(r.words[k].lower in r.lex.possessives for k in range(j + 1, i)):
                return start, ""  # "as your coach", "as my mentor": a role towards someone
            verb = r.at(j - 1)
            if verb and verb.lower in r.lex.verbs and not r.words[j].stop:
                return verb.start, "verb"
            return w.start, "as"
        if w.lower in r.lex.copulas or w.text == ",":
            return (r.words[j + 1].start if w.text == "," else w.start), (
                "copula" if steps and r.words[j + 1].lower in r.lex.articles else "")
        if not w.lower.isalpha() or (w.cap and steps):
            break
        j, steps = j - 1, steps + 1
    return start, ""


def _employer_after(r: _Reader, i: int) -> tuple[int, bool] | None:
    """A preposition within reach after the title, then an employer; or ", Employer Name"."""
    if (named := _comma_employer(r, i)) is not None:
        return named
    nxt = r.at(i + 1)
    if nxt is not None and not nxt.stop and not nxt.cap and r.is_place(i + 1):
        found = r._employer_at(i + 1)  # "właścicielka lecznicy", "kierownik sklepu Lidl"
        if found:
            return found
    commas = 0
    lower_words = 0
    for j in range(i + 1, min(len(r.words), i + 1 + _REACH)):
        w = r.words[j]
        if w.stop:
            break
        if w.lower in r.lex.preps:
            found = r.employer(j + 1)
            if found:
                return found
            if w.lower not in ("of", "de", "di", "van", "in", "z"):
                break
            continue  # "nurse in geography at", "guard of the night shift at"
        if w.text == ",":
            commas += 1
            if commas > 1:
                break
            continue
        if w.cap or w.text in ("'s", "’s", "-"):
            continue  # a name between: "colleague Jane Doe at the bank"
        lower_words += 1
        if lower_words > 2 or w.lower in r.lex.verbs or w.lower in r.lex.copulas:
            break
    return None


def _comma_employer(r: _Reader, i: int) -> tuple[int, bool] | None:
    """"Senior Conservator, Thamesbrook Museum Trust": a name of two words or more after it;
    "beveiliger, de gemeente Assen", "teleoperadora, el Hospital General": an article, then a
    named employer."""
    comma, nxt = r.at(i + 1), r.at(i + 2)
    if comma is None or comma.text != "," or nxt is None or nxt.stop:
        return None
    if not nxt.cap:
        found = r.employer(i + 2) if nxt.lower in r.lex.articles else None
        if found is None or not found[1]:
            return None  # a kind of workplace with its name: not "a teacher, the Smiths"
        return found if any(r.is_place(k) for k in range(i + 3, found[0])) else None
    end = r._name_run(i + 2)
    return (r._tail(end), True) if end - (i + 2) >= 2 else None


def _employer_before(r: _Reader, i: int) -> int | None:
    """"the council's communications officer", "the Asda cashier", "Raiffeisenbank-Kassiererin"."""
    j = i - 1
    modifiers = 0
    while j >= 0 and modifiers < 2 and not r.words[j + 1].stop:
        w = r.words[j]
        if w.lower.endswith(("'s", "’s")) and len(w.lower) > 3:
            return _possessive_owner(r, j)
        if r.is_place(j) and not w.cap:
            return j if j > 0 and r.words[j - 1].lower in r.lex.articles else None
        if not w.lower.isalpha() or w.cap:
            return None
        j, modifiers = j - 1, modifiers + 1
    return None


def _possessive_owner(r: _Reader, j: int) -> int | None:
    """Where the owner before "'s" starts: "the council's", "St Luke's"; not "everyone's"."""
    k = j
    while k > 0 and r.words[k - 1].cap and not r.words[k].stop and j - k < 4:
        k -= 1
    article = r.at(k - 1)
    if not r.words[j].cap and (article is None or article.lower not in r.lex.articles):
        return None
    return k


def _from_templates(templates: Iterable[Any], length: int,
                    lex: _Lexicon) -> list[tuple[int, int, float]]:
    """An employer named in a template parameter ({{Connected contributor|U1-employer=...}})."""
    found = []
    for template in templates:
        for param in getattr(template, "params", ()):
            name = str(getattr(param, "name", "")).strip().lower()
            start, end = int(getattr(param, "start", 0)), int(getattr(param, "end", 0))
            if name in lex.employer_params and 0 <= start < end <= length:
                found.append((start, end, 0.75))
    return found


# "Employer: Acme Ltd", "Arbeitgeber (P108): Stadtwerke Kassel", "beroep: verpleegkundige": a
# field written out as a label and its value (a statement list, an evidence dossier)
_EMPLOYER_LABELS = (
    r"employer|arbeitgeber|werkgever|employeur|empleador|datore\s+di\s+lavoro|empregador"
    r"|pracodawca|p108|workplace|place\s+of\s+work|arbeitsplatz|arbeitsstelle|lieu\s+de\s+travail"
    r"|lugar\s+de\s+trabajo|luogo\s+di\s+lavoro|local\s+de\s+trabalho|werkplek"
    r"|miejsce\s+pracy"
)
_JOB_LABELS = (
    r"occupation|beruf|tätigkeit|beroep|profession|profesión|professione|profissão|zawód"
    r"|p106|job\s+title|mansione|stanowisko"
)
_FIELD_VALUE = (
    r"(?:\s*\(P10[68]\))?\s*[:=]\s*(\w[^\n;|=]{1,60}?)\s*(?=$|[\n;|]|\s-|,\s|\.(?:\s|$))"
)
_EMPLOYER_FIELD = re.compile(starting_with(
    first_letters(_EMPLOYER_LABELS), rf"(?<!\w)(?:{_EMPLOYER_LABELS}){_FIELD_VALUE}"), re.I | re.M)
_JOB_FIELD = re.compile(starting_with(
    first_letters(_JOB_LABELS), rf"(?<!\w)(?:{_JOB_LABELS}){_FIELD_VALUE}"), re.I | re.M)


# The first word of every label: a text holding none of them (most) is not scanned for fields.
# Looked up in the lower-cased text where it matches as IGNORECASE does (patterns.ignorecase_fold).
_LABEL_WORDS = tuple(sorted({re.split(r"\\s", label)[0]
                             for label in f"{_EMPLOYER_LABELS}|{_JOB_LABELS}".split("|")}))


def _from_fields(text: str) -> list[tuple[int, int, float]]:
    if ":" not in text and "=" not in text:
        return []  # a field is written with one of them (_FIELD_VALUE): half the texts hold none
    low = ignorecase_fold(text)
    if low is not None and not any(w in low for w in _LABEL_WORDS):
        return []
    found = [(m.start(1), m.end(1), 0.7) for m in _EMPLOYER_FIELD.finditer(text)
             if any(w[0].isupper() for w in m.group(1).split())]  # an employer has a name
    found += [(m.start(1), m.end(1), 0.5) for m in _JOB_FIELD.finditer(text)]
    return found[:_MAX_FINDINGS]


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Overlapping spans become one, with the highest confidence among them."""
    merged: list[tuple[int, int, float]] = []
    for start, end, confidence in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), max(last[2], confidence))
        else:
            merged.append((start, end, confidence))
    return merged
