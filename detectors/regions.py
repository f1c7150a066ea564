"""Which phone-number regions to try for a wiki, from its content language.

National numbers ("0171 3920047") only parse with a region; "+" numbers parse without one.
A wiki database name ("dewiki", "frwiktionary") or a bare language code ("de") both work.
Multilingual wikis (Commons, Meta, Wikidata) get the largest regions of their editors.
"""

from __future__ import annotations

import re

_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IE", "AU", "CA", "NZ", "IN", "ZA"),
    "fr": ("FR", "BE", "CH", "CA", "LU"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "US"),
    "it": ("IT", "CH", "SM"),
    "pt": ("PT", "BR"),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "sv": ("SE", "FI"),
    "da": ("DK",),
    "no": ("NO",),
    "nb": ("NO",),
    "fi": ("FI",),
    "cs": ("CZ",),
    "ru": ("RU", "BY", "KZ"),
    "uk": ("UA",),
    "ja": ("JP",),
    "zh": ("CN", "TW", "HK", "SG"),
    "ko": ("KR",),
    "tr": ("TR",),
    "el": ("GR", "CY"),
    "hu": ("HU",),
    "ro": ("RO", "MD"),
    "ca": ("ES", "AD"),
    "he": ("IL",),
    "ar": ("EG", "SA", "AE", "MA"),
}

# Commons, Meta, Wikidata, Species...: editors from everywhere; the largest regions first.
_MULTILINGUAL = ("GB", "US", "DE", "FR", "IT", "ES", "NL", "BR", "AU", "IN")
_MULTILINGUAL_WIKIS = frozenset({
    "commons", "meta", "wikidata", "species", "mediawiki", "incubator", "outreach",
    "wikimania", "foundation", "sources", "test", "test2", "testwikidata", "login",
})
_FAMILY = re.compile(r"(?:wiki|wiktionary|wikibooks|wikinews|wikiquote|wikisource|"
                     r"wikiversity|wikivoyage)$")


def regions_for(language_or_wiki: str) -> tuple[str, ...]:
    """The regions to try, best first; () for an unknown language (only "+" numbers)."""
    key = _FAMILY.sub("", language_or_wiki.strip().lower()).replace("_", "-")
    if key in _MULTILINGUAL_WIKIS:
        return _MULTILINGUAL
    return _BY_LANGUAGE.get(key.split("-", 1)[0], ())
