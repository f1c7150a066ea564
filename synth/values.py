"""Invented values for a record's slots, in the record's language.

Phones come from fictional ranges (UK 07700 900xxx, US 555-01xx, France 01 99 00, 555 blocks
elsewhere), emails from example domains, IPs from the documentation ranges (RFC 5737, 3849),
ID numbers have the right shape and no intended check digit.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from typing import Any

from synth.lexicon import ACCOUNT_TAILS, ACCOUNT_WORDS, LEXICON, PLATFORMS

SLOTS = {
    "target": "the account being discussed (plain name)",
    "target_link": "the same account as a user-page link in the wiki's language",
    "editor": "the account making the edit",
    "name": "a private person's full name", "given": "their given name",
    "surname": "their surname", "name2": "another private person's full name",
    "public_name": "a public figure's name (for negatives)",
    "names_list": "six to fourteen people's names, comma-separated (lists, credits, sources)",
    "names_bullets": "the same names as a bulleted list, one a line",
    "phone": "a phone number", "email": "an email address",
    "phone_words": "the same phone number spelled out digit by digit in words",
    "email_obf": "the email written to dodge filters (at/dot)",
    "ip": "an IPv4 address", "ip6": "an IPv6 address",
    "ip_link": "a contributions link to the IPv4 address",
    "profile_url": "a social profile link", "handle": "a social handle (@name)",
    "platform": "the social platform's name",
    "street": "street and house number", "postcode": "a postcode", "town": "a town",
    "address": "a full postal address",
    "dob": "a birth date written out", "dob_num": "a birth date in digits",
    "birth_year": "a birth year", "age": "an age in years",
    "id_word": "the local name of an ID number", "id_number": "an ID number of that kind",
    "employer": "a private person's employer", "job": "a job title",
    "org": "a public organisation", "org_phone": "its public phone",
    "org_email": "its public email", "org_address": "its public address",
    "article": "an article's subject", "year": "a recent year", "date": "a recent date",
}


def values_for(lang: str, rng: random.Random) -> dict[str, str]:
    lex = LEXICON[lang]
    v: dict[str, str] = {}
    v["given"], v["surname"] = rng.choice(lex["given"]), rng.choice(lex["surname"])
    v["name"] = f"{v['given']} {v['surname']}"
    v["name2"] = f"{rng.choice(lex['given'])} {rng.choice(lex['surname'])}"
    v["public_name"] = f"{rng.choice(lex['given'])} {rng.choice(lex['surname'])}"
    v["target"], v["editor"] = account(rng), account(rng)
    v["target_link"] = f"[[{lex['ns']['user']}:{v['target']}|{v['target']}]]"
    v.update(_contacts(lex, lang, v, rng))
    v.update(_places(lex, lang, rng))
    v.update(_dates(lang, lex, rng))
    v.update(_ids(lex, v, rng))
    v.update(_work(lex, v, rng))
    v["year"] = str(rng.randint(2015, 2026))
    v["date"] = _date(lang, lex, (rng.randint(1, 28), rng.randint(1, 12), int(v["year"])), rng)
    v["article"] = rng.choice(lex["towns"])
    v.update(_name_lists(lex, random.Random(rng.random())))
    return v


def _name_lists(lex: dict[str, Any], rng: random.Random) -> dict[str, str]:
    names = [f"{rng.choice(lex['given'])} {rng.choice(lex['surname'])}"
             for _ in range(rng.randint(6, 14))]
    return {"names_list": ", ".join(names), "names_bullets": "\n".join(f"* {n}" for n in names)}


def account(rng: random.Random) -> str:
    a, b = rng.sample(ACCOUNT_WORDS, 2)
    style = rng.randrange(4)
    if style == 0:
        return f"{a}{b.lower()}{rng.choice(ACCOUNT_TAILS)}"
    if style == 1:
        return f"{a} {b}"
    if style == 2:
        return f"{a}{rng.choice(ACCOUNT_TAILS) or rng.randint(1, 99)}"
    return f"{a}_{b}"


def digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(n: int, rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _pattern(form: str, rng: random.Random) -> str:
    return re.sub(r"\{d(\d+)\}", lambda m: digits(int(m.group(1)), rng), form)


def _slug(text: str) -> str:
    plain = text.lower().translate(str.maketrans("àáâãäåçèéêëìíîïñòóôõöùúûüłśźżąęńő",
                                                 "aaaaaaceeeeiiiinooooouuuulszzaeno"))
    return re.sub(r"[^a-z0-9]+", "", plain)


def _contacts(lex: dict[str, Any], lang: str, v: dict[str, str],
              rng: random.Random) -> dict[str, str]:
    phone = _pattern(rng.choice(lex["phone_forms"]), rng)
    local = rng.choice([f"{_slug(v['given'])}.{_slug(v['surname'])}",
                        f"{_slug(v['given'])[0]}{_slug(v['surname'])}{rng.randint(1, 99)}",
                        f"{_slug(v['surname'])}{rng.randint(60, 99)}",
                        f"{_slug(v['given'])}_{_slug(v['surname'])[:4]}"])
    domain = rng.choice(lex["email_domains"])
    handle = rng.choice([f"{_slug(v['given'])}.{_slug(v['surname'])}",
                         f"{_slug(v['given'])}{_slug(v['surname'])[:3]}{rng.randint(1, 999)}",
                         f"{_slug(v['surname'])}_{_slug(v['given'])[:1]}"])
    platform, url = rng.choice(PLATFORMS)
    ip = rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randint(1, 254)}"
    return {
        "phone": phone, "phone_words": spell_digits(phone, lang, rng),
        "email": f"{local}@{domain}",
        "email_obf": rng.choice([f"{local} [at] {domain.replace('.', ' [dot] ')}",
                                 f"{local}(at){domain}", f"{local} at {domain}"]),
        "ip": ip, "ip6": f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xfff):x}",
        "ip_link": f"[[{lex['ns']['contribs']}/{ip}|{ip}]]",
        "profile_url": url.format(h=handle), "handle": f"@{handle}", "platform": platform,
    }


# Digits as words, as people spell a number out to slip past filters ("zero seven seven...")
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
}
_ZERO_ALIASES = {"en": ("zero", "oh"), "fr": ("zéro", "zero")}


def spell_digits(phone: str, lang: str, rng: random.Random) -> str:
    """The phone's digits as words, its groups kept; a leading country code is left out."""
    groups = re.findall(r"\d+", phone.split(" ", 1)[1] if phone.startswith("+") else phone)
    words = DIGIT_WORDS[lang].split()
    zero = rng.choice(_ZERO_ALIASES.get(lang, (words[0],)))
    inner, outer = rng.choice([" ", " ", "-"]), rng.choice([", ", " - ", " ... ", " / ", "  "])
    upper = rng.random() < 0.15
    spelled = outer.join(inner.join(zero if d == "0" else words[int(d)] for d in g)
                         for g in groups)
    return spelled.upper() if upper else spelled


def _street(lex: dict[str, Any], lang: str, rng: random.Random) -> str:
    name, kind, n = rng.choice(lex["street_names"]), rng.choice(lex["street_kinds"]), \
        str(rng.randint(1, 180))
    if lang == "en":
        return f"{n} {name} {kind}"
    if lang in ("de", "nl"):
        return f"{name} {n}" if " " in name else f"{name}{kind} {n}"
    if lang == "fr":
        return f"{n} {kind} {name}"
    if lang in ("es", "pt"):
        return f"{kind} {name}, {n}" + rng.choice(["", "", f", {rng.randint(1, 8)}º"])
    if lang == "pl":
        flat = rng.choice(["", f" m. {rng.randint(1, 60)}", f"/{rng.randint(1, 60)}"])
        return f"{kind} {name} {n}{flat}"
    return f"{kind} {name} {n}"


def _places(lex: dict[str, Any], lang: str, rng: random.Random) -> dict[str, str]:
    street, town = _street(lex, lang, rng), rng.choice(lex["towns"])
    postcode = _pattern(rng.choice(lex["postcode_forms"]), rng)
    address = f"{street}, {town} {postcode}" if lang == "en" else f"{street}, {postcode} {town}"
    org_street = _street(lex, lang, rng)
    return {"street": street, "town": town, "postcode": postcode, "address": address,
            "org_address": f"{org_street}, {postcode} {town}" if lang != "en"
            else f"{org_street}, {town}"}


def _date(lang: str, lex: dict[str, Any], dmy: tuple[int, int, int], rng: random.Random) -> str:
    d, m, y = dmy
    month = lex["months"][m - 1]
    if rng.random() < 0.3:
        sep = {"de": ".", "pl": ".", "nl": "-"}.get(lang, "/")
        return f"{m:02d}/{d:02d}/{y}" if lang == "en" and rng.random() < 0.5 \
            else f"{d:02d}{sep}{m:02d}{sep}{y}"
    forms = {"en": [f"{d} {month} {y}", f"{month} {d}, {y}"], "de": [f"{d}. {month} {y}"],
             "es": [f"{d} de {month} de {y}"], "pt": [f"{d} de {month} de {y}"],
             "pl": [f"{d} {month} {y}", f"{d} {month} {y} r."]}
    return rng.choice(forms.get(lang, [f"{d} {month} {y}"]))


def _dates(lang: str, lex: dict[str, Any], rng: random.Random) -> dict[str, str]:
    y, m, d = rng.randint(1952, 2007), rng.randint(1, 12), rng.randint(1, 28)
    sep = {"de": ".", "pl": ".", "nl": "-"}.get(lang, "/")
    num = f"{m:02d}/{d:02d}/{y}" if lang == "en" and rng.random() < 0.4 \
        else f"{d:02d}{sep}{m:02d}{sep}{y}"
    return {"dob": _date(lang, lex, (d, m, y), random.Random(rng.random())), "dob_num": num,
            "birth_year": str(y), "age": str(2026 - y)}


_ID_SHAPES: dict[str, Callable[[random.Random], str]] = {
    "ssn": lambda r: f"{r.randint(100, 665):03d}-{digits(2, r)}-{digits(4, r)}",
    "nino": lambda r: f"QQ {digits(2, r)} {digits(2, r)} {digits(2, r)} {r.choice('ABCD')}",
    "nhs": lambda r: f"{digits(3, r)} {digits(3, r)} {digits(4, r)}",
    "passport9": lambda r: digits(9, r),
    "ukdl": lambda r: f"{letters(5, r)}{digits(6, r)}{letters(2, r)}9{letters(2, r)}",
    "de_pa": lambda r: r.choice("CFGHJKLMNPRTVWXYZ") + "".join(
        r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "de_sv": lambda r: f"{digits(2, r)} {digits(6, r)} {letters(1, r)} {digits(3, r)}",
    "digits9": lambda r: digits(9, r), "digits10": lambda r: digits(10, r),
    "digits11": lambda r: digits(11, r), "digits12": lambda r: digits(12, r),
    "digits20": lambda r: digits(20, r),
    "fr_nir": lambda r: f"{r.choice('12')} {digits(2, r)} {digits(2, r)} {digits(2, r)} "
                        f"{digits(3, r)} {digits(3, r)} {digits(2, r)}",
    "fr_passport": lambda r: f"{digits(2, r)}{letters(2, r)}{digits(5, r)}",
    "es_dni": lambda r: f"{digits(8, r)}{letters(1, r)}",
    "es_nie": lambda r: f"{r.choice('XYZ')}{digits(7, r)}{letters(1, r)}",
    "es_passport": lambda r: f"{letters(3, r)}{digits(6, r)}",
    "it_cf": lambda r: f"{letters(6, r)}{digits(2, r)}{letters(1, r)}{digits(2, r)}"
                       f"{letters(1, r)}{digits(3, r)}{letters(1, r)}",
    "it_ci": lambda r: f"CA{digits(5, r)}{letters(2, r)}",
    "it_passport": lambda r: f"YA{digits(7, r)}",
    "br_cpf": lambda r: f"{digits(3, r)}.{digits(3, r)}.{digits(3, r)}-{digits(2, r)}",
    "br_rg": lambda r: f"{digits(2, r)}.{digits(3, r)}.{digits(3, r)}-{digits(1, r)}",
    "pt_cc": lambda r: f"{digits(8, r)} {digits(1, r)} {letters(2, r)}{digits(1, r)}",
    "nl_passport": lambda r: f"{letters(2, r)}{letters(2, r)}{digits(5, r)}",
    "pl_dowod": lambda r: f"{letters(3, r)}{digits(6, r)}",
}


def _ids(lex: dict[str, Any], v: dict[str, str], rng: random.Random) -> dict[str, str]:
    word, shape = rng.choice(lex["id_kinds"])
    return {"id_word": word, "id_number": _ID_SHAPES[shape](rng)}


def _work(lex: dict[str, Any], v: dict[str, str], rng: random.Random) -> dict[str, str]:
    fields = {"surname": v["surname"], "town": v["town"],
              "street_name": rng.choice(lex["street_names"])}
    org = rng.choice(lex["org_forms"]).format(**fields)
    return {"employer": rng.choice(lex["employer_forms"]).format(**fields),
            "job": rng.choice(lex["jobs"]), "org": org,
            "org_phone": _pattern(rng.choice(lex["phone_forms"]), rng),
            "org_email": f"{rng.choice(['info', 'contact', 'kontakt', 'info', 'biblioteca'])}@"
                         f"{_slug(v['town'])}.{rng.choice(lex['email_domains'])}"}
