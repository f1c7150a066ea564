"""Readable names for the model's features, for `scan --explain` and the queue's reasons."""

from __future__ import annotations

_TYPE = {"email": "email address", "phone": "phone number", "name": "person's name",
         "address": "street address", "birth_date": "birth date", "workplace": "job or employer",
         "id_number": "ID number", "ip_address": "IP address", "profile": "social profile",
         "threat": "threat to out"}
_PART = {"n": "{t} found", "conf": "detector confidence of the {t}",
         "personal": "rules judge the {t} personal", "first": "first person before the {t}",
         "second": "second person (the addressee) before the {t}",
         "third": "third person before the {t}", "acct": "{t} close to an account name",
         "person": "{t} close to a person's name", "public": "{t} inside a template",
         "org": "{t} close to an organisation", "mention": "{t} inside an account link",
         "early": "{t} early in the text"}


_FIXED = {"text:model": "the wording of the whole text (linear text model)"}
_GROUPS = {"cue": "wording: {}", "near": "wording near a finding: {}",
           "word": "a word near the findings (hashed)", "rules": "rules' {}",
           "page": "page {}"}


def describe(feature: str) -> str:
    group, _, rest = feature.partition(":")
    if feature in _FIXED:
        return _FIXED[feature]
    if group in _TYPE and rest in _PART:
        return _PART[rest].format(t=_TYPE[group])
    if group in _GROUPS:
        return _GROUPS[group].format(rest.replace("_", " ").replace("=", " "))
    return feature.replace("_", " ")


def lines(contributions: list[tuple[str, float]], limit: int = 6) -> list[str]:
    """"+0.84 phone number close to an account name", largest pushes first."""
    return [f"{push:+.2f} {describe(name)}" for name, push in contributions[:limit]]
