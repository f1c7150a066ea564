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


# After a phone word, a number valid in none of the wiki's regions may still be a phone from
# elsewhere: every region above, then the most populous ones the wikis' editors write from.
WIDE_REGIONS: tuple[str, ...] = tuple(dict.fromkeys((
    *(region for regions in _BY_LANGUAGE.values() for region in regions),
    "PH", "NG", "PK", "BD", "ID", "MY", "SG", "KE", "TH", "VN", "DK", "SE", "NO",
)))
_NANP = ("US", "CA")
_DIALLED = re.compile(r"[^\d+]")


def _national_prefix(region: str) -> str:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata is not None else ""


_TRUNK_ZERO = frozenset(
    region for region in WIDE_REGIONS + _MULTILINGUAL if _national_prefix(region) == "0")


def by_shape(number: str, regions: tuple[str, ...]) -> tuple[str, ...]:
    """`regions` reordered by the number's own shape, the given order kept within each group:
    a trunk "0" puts the regions that dial one first ("0171 3920047": Germany before the
    US); ten digits without one, or "1" and ten, put North America first ("415 555 0132")."""
    dialled = _DIALLED.sub("", number)
    if dialled.startswith(("+", "00")):
        return regions
    if dialled.startswith("0"):
        first = tuple(r for r in regions if r in _TRUNK_ZERO)
    elif len(dialled) == 10 or (len(dialled) == 11 and dialled.startswith("1")):
        first = tuple(r for r in regions if r in _NANP)
    else:
        return regions
    return first + tuple(r for r in regions if r not in first)
