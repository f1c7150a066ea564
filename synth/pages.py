"""Where a rendered record lives: wiki, namespace and title for a page kind and language."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from synth.lexicon import LEXICON

WIKIS = {lang: (f"{lang}wiki", f"{lang}.wikipedia.org") for lang in LEXICON}
COMMONS = ("commonswiki", "commons.wikimedia.org")
WIKIDATA = ("wikidatawiki", "www.wikidata.org")
META = ("metawiki", "meta.wikimedia.org")

NOTICEBOARDS = {
    "en": ["Wikipedia:Administrators' noticeboard/Incidents", "Wikipedia:Administrator "
           "intervention against vandalism", "Wikipedia:Conflict of interest/Noticeboard"],
    "de": ["Wikipedia:Vandalismusmeldung", "Wikipedia:Administratoren/Anfragen"],
    "fr": ["Wikipédia:Bulletin des administrateurs", "Wikipédia:Vandalisme en cours"],
    "es": ["Wikipedia:Tablón de anuncios de los bibliotecarios/Portal/Archivo/Vandalismo/Actual",
           "Wikipedia:Café/Portal/Archivo/Miscelánea/Actual"],
    "it": ["Wikipedia:Vandalismi in corso", "Wikipedia:Utenti problematici"],
    "pt": ["Wikipédia:Pedidos/Notificação de vandalismo", "Wikipédia:Esplanada/geral"],
    "nl": ["Wikipedia:Verzoekpagina voor moderatoren/RegBlok", "Wikipedia:Opinielokaal"],
    "pl": ["Wikipedia:Tablica ogłoszeń", "Wikipedia:Zgłoś naruszenie zasad"],
}
SOCKS = {
    "en": "Wikipedia:Sockpuppet investigations/{target}", "de": "Wikipedia:Checkuser/Anfragen",
    "fr": "Wikipédia:Requête aux checkusers/{target}", "es": "Wikipedia:Checkusers/Solicitudes",
    "it": "Wikipedia:Check user/{target}", "pt": "Wikipédia:Pedidos a verificadores/{target}",
    "nl": "Wikipedia:Checkuser/Aanvragen", "pl": "Wikipedia:Checkuser/Prośby",
}
DELETIONS = {
    "en": "Wikipedia:Articles for deletion/{article}", "de": "Wikipedia:Löschkandidaten/{day}",
    "fr": "Discussion:{article}/Suppression", "es": "Wikipedia:Consultas de borrado/{article}",
    "it": "Wikipedia:Pagine da cancellare/{article}",
    "pt": "Wikipédia:Páginas para eliminar/{article}",
    "nl": "Wikipedia:Te beoordelen pagina's/Toegevoegd {day}",
    "pl": "Wikipedia:Poczekalnia/artykuły/{article}",
}


@dataclass(frozen=True, slots=True)
class Place:
    wiki: str
    server_name: str
    namespace: int
    title: str
    user: str
    signed: bool  # a discussion post, signed by the editor


def place(kind: str, lang: str, v: dict[str, str], rng: random.Random) -> Place:
    (wiki, server), namespace, title, signed = _PLACES[kind](lang, v, rng)
    return Place(wiki, server, namespace, title, v["editor"], signed)


def _ns(lang: str, key: str) -> str:
    return str(LEXICON[lang]["ns"][key])


def _socks(lang: str, v: dict[str, str], rng: random.Random) -> tuple[Any, int, str, bool]:
    if rng.random() < 0.3:
        return META, 0, "Steward requests/Checkuser", True
    return WIKIS[lang], 4, SOCKS[lang].format(target=v["target"]), True


def _deletion(lang: str, v: dict[str, str], rng: random.Random) -> tuple[Any, int, str, bool]:
    day = f"{rng.randint(1, 28)}. {LEXICON[lang]['months'][rng.randrange(12)]} {v['year']}"
    title = DELETIONS[lang].format(article=v["article"], day=day)
    return WIKIS[lang], 1 if title.startswith("Discussion:") else 4, title, True


_PLACES: dict[str, Callable[[str, dict[str, str], random.Random], tuple[Any, int, str, bool]]] = {
    "user_talk": lambda lang, v, r: (WIKIS[lang], 3, f"{_ns(lang, 'user_talk')}:{v['target']}",
                                     True),
    "article_talk": lambda lang, v, r: (WIKIS[lang], 1, f"{_ns(lang, 'talk')}:{v['article']}",
                                        True),
    "noticeboard": lambda lang, v, r: (WIKIS[lang], 4, r.choice(NOTICEBOARDS[lang]), True),
    "spi": _socks, "checkuser": _socks, "deletion": _deletion,
    "steward": lambda lang, v, r: (META, 0, r.choice(["Steward requests/Global",
                                                      "Steward requests/Checkuser"]), True),
    "rename": lambda lang, v, r: (META, 0, "Steward requests/Username changes", True),
    "file": lambda lang, v, r: (COMMONS, 6, f"File:{v['town']} {v['year']} "
                                            f"{r.randint(1, 999)}.jpg", False),
    "wikidata": lambda lang, v, r: (WIKIDATA, 0, f"Q{r.randint(100_000, 129_999_999)}", False),
    "user_page": lambda lang, v, r: (WIKIS[lang], 2, f"{_ns(lang, 'user')}:{v['target']}",
                                     False),
    "own_user_page": lambda lang, v, r: (WIKIS[lang], 2, f"{_ns(lang, 'user')}:{v['editor']}",
                                         False),
    "article": lambda lang, v, r: (WIKIS[lang], 0, v["article"], False),
}


def signature(lang: str, v: dict[str, str], rng: random.Random) -> str:
    ns = LEXICON[lang]["ns"]
    user = v["editor"]
    stamp = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {v['date']} " \
            f"({'UTC' if lang in ('en', 'pt') else rng.choice(['CET', 'CEST', 'UTC'])})"
    link = f"[[{ns['user']}:{user}|{user}]]"
    talk = f"[[{ns['user_talk']}:{user}|{ns['talk_word']}]]"
    return rng.choice([f"--{link} ({talk}) {stamp}", f"{link} ({talk}) {stamp}",
                       f"— {link} {stamp}", f"--{link} {stamp}"])
