"""Where a rendered record lives: wiki, namespace and title for a page kind and language."""

from __future__ import annotations

import random
from dataclasses import dataclass

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
    ns = LEXICON[lang]["ns"]
    home, editor, target = WIKIS[lang], v["editor"], v["target"]
    day = f"{rng.randint(1, 28)}. {LEXICON[lang]['months'][rng.randrange(12)]} {v['year']}"
    if kind == "user_talk":
        return Place(*home, 3, f"{ns['user_talk']}:{target}", editor, True)
    if kind == "article_talk":
        return Place(*home, 1, f"{ns['talk']}:{v['article']}", editor, True)
    if kind == "noticeboard":
        return Place(*home, 4, rng.choice(NOTICEBOARDS[lang]), editor, True)
    if kind in ("spi", "checkuser"):
        wiki = META if kind == "checkuser" and rng.random() < 0.3 else home
        title = "Steward requests/Checkuser" if wiki == META else SOCKS[lang].format(target=target)
        return Place(*wiki, 0 if wiki == META else 4, title, editor, True)
    if kind == "deletion":
        title = DELETIONS[lang].format(article=v["article"], day=day)
        return Place(*home, 1 if title.startswith("Discussion:") else 4, title, editor, True)
    if kind == "steward":
        title = rng.choice(["Steward requests/Global", "Steward requests/Checkuser"])
        return Place(*META, 0, title, editor, True)
    if kind == "rename":
        return Place(*META, 0, "Steward requests/Username changes", editor, True)
    if kind == "file":
        return Place(*COMMONS, 6, f"File:{v['town']} {v['year']} {rng.randint(1, 999)}.jpg",
                     editor, False)
    if kind == "wikidata":
        return Place(*WIKIDATA, 0, f"Q{rng.randint(100_000, 129_999_999)}", editor, False)
    if kind == "user_page":
        return Place(*home, 2, f"{ns['user']}:{target}", editor, False)
    if kind == "own_user_page":
        return Place(*home, 2, f"{ns['user']}:{editor}", editor, False)
    if kind == "article":
        return Place(*home, 0, v["article"], editor, False)
    raise ValueError(f"unknown page kind {kind!r}")


def signature(lang: str, v: dict[str, str], rng: random.Random) -> str:
    ns = LEXICON[lang]["ns"]
    user = v["editor"]
    stamp = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {v['date']} " \
            f"({'UTC' if lang in ('en', 'pt') else rng.choice(['CET', 'CEST', 'UTC'])})"
    link = f"[[{ns['user']}:{user}|{user}]]"
    talk = f"[[{ns['user_talk']}:{user}|{ns['talk_word']}]]"
    return rng.choice([f"--{link} ({talk}) {stamp}", f"{link} ({talk}) {stamp}",
                       f"— {link} {stamp}", f"--{link} {stamp}"])
