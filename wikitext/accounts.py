"""Which account a link or template names: namespace aliases and account-name normalisation."""

from __future__ import annotations

import ipaddress

# Lower-cased, spaces for underscores. Enough languages for the wikis oversighters watch most;
# the canonical English names and the U:/UT: aliases work on every wiki.
USER_NS = frozenset({
    "user", "u", "utilisateur", "utilisatrice", "benutzer", "benutzerin", "usuario", "usuaria",
    "utente", "usuário", "usuária", "usuário(a)", "gebruiker", "gebruikster", "wikipedysta",
    "wikipedystka", "użytkownik", "участник", "участница", "利用者", "用户", "användare",
    "bruker", "bruger", "käyttäjä", "kullanıcı", "uživatel", "uživatelka", "felhasználó",
})
USER_TALK_NS = frozenset({
    "user talk", "ut", "discussion utilisateur", "discussion utilisatrice", "benutzer diskussion",
    "benutzerin diskussion", "usuario discusión", "usuaria discusión", "discussioni utente",
    "usuário discussão", "usuária discussão", "usuário(a) discussão", "overleg gebruiker",
    "overleg gebruikster", "dyskusja wikipedysty", "dyskusja wikipedystki",
    "dyskusja użytkownika", "обсуждение участника", "обсуждение участницы", "利用者‐会話",
    "利用者・トーク", "用户讨论", "användardiskussion", "brukerdiskusjon", "brugerdiskussion",
    "keskustelu käyttäjästä", "kullanıcı mesaj", "diskuse s uživatelem", "szerkesztővita",
})
SPECIAL_NS = frozenset({
    "special", "spezial", "spécial", "especial", "speciale", "speciaal", "specjalna",
    "служебная", "特別", "special(e)",
})
CONTRIBS_PAGES = frozenset({
    "contributions", "contribs", "beiträge", "contribuciones", "contributi", "contribuições",
    "bijdragen", "wkład", "вклад", "投稿記録", "bidrag",
})
EMAIL_PAGES = frozenset({
    "emailuser", "e-mail senden", "envoyermessage", "enviarcorreousuario", "enviar e-mail",
    "inviamail",
})

_MAX_PREFIXES = 3


def normalise_account(raw: str) -> str:
    """MediaWiki's canonical account form: spaces, trimmed, first letter upper; IPs canonical."""
    name = " ".join(raw.replace("_", " ").split())
    if not name:
        return ""
    try:
        return str(ipaddress.ip_address(name)).upper()
    except ValueError:
        return name[0].upper() + name[1:]


def same_account(a: str, b: str) -> bool:
    return bool(a) and normalise_account(a) == normalise_account(b)


def link_target(title: str) -> tuple[str, str] | None:
    """(account, kind) when a link title points at a user page, user talk page or contributions."""
    rest = title.strip().lstrip(":")
    for _ in range(_MAX_PREFIXES):
        prefix, sep, tail = rest.partition(":")
        if not sep:
            return None
        found = _classify(_key(prefix), tail)
        if found is not None:
            return found
        if not _looks_interwiki(prefix):
            return None
        rest = tail.lstrip(":")
    return None


def _classify(prefix: str, tail: str) -> tuple[str, str] | None:
    if prefix in USER_NS:
        return _account(tail.split("/", 1)[0], "user")
    if prefix in USER_TALK_NS:
        return _account(tail.split("/", 1)[0], "user_talk")
    if prefix in SPECIAL_NS:
        page, _, arg = tail.partition("/")
        page = _key(page)
        if page in CONTRIBS_PAGES:
            return _account(arg.split("/", 1)[0], "contribs")
        if page in EMAIL_PAGES:
            return _account(arg.split("/", 1)[0], "user")
    return None


def _account(raw: str, kind: str) -> tuple[str, str] | None:
    account = normalise_account(raw.split("#", 1)[0])
    return (account, kind) if account else None


def _key(prefix: str) -> str:
    return " ".join(prefix.replace("_", " ").split()).lower()


def _looks_interwiki(prefix: str) -> bool:
    """Interwiki and language prefixes (c:, meta:, de:, zh-yue:) are short lower-case words."""
    p = prefix.strip()
    return 0 < len(p) <= 12 and p.replace("-", "").isalpha() and p.isascii() and p.islower()
