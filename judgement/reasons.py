"""Readable reasons without personal information: what kind of data, where, whose."""

from __future__ import annotations

from judgement.page import ARTICLE, CONTENT, USER, USER_TALK, Page

_WHAT = {
    "email": "An email address", "phone": "A phone number", "address": "A street address",
    "id_number": "An identity number", "profile": "A social or messenger profile",
    "ip_address": "An IP address", "birth_date": "A date of birth", "workplace":
    "A job or employer", "name": "A real name", "threat": "A threat to reveal someone's identity",
}
_WHY = {
    "second_person": "about the person being addressed",
    "private": "with cues that it is a private person's own data",
    "discussion": "about a person who did not post it",
    "home": "given as someone's home",
    "identifier": "of a private person",
    "profile": "linked to a person who did not post it",
    "ip_tie": "tied to an account",
    "threat": "aimed at another user",
    "minor": "of a child",
    "name_link": "tied to an account mentioned in the text",
    "private_person": "of a private person, alongside their contact details",
    "learned": "about someone who did not post it",
}


def _where(page: Page) -> str:
    if page.kind == USER_TALK:
        return "to another user's talk page"
    if page.kind == USER:
        return "to another user's user page"
    if page.kind == ARTICLE:
        return "to an article"
    if page.kind == CONTENT:
        return "to a content page"
    return "to a discussion page"


def reason(finding_type: str, why: str, page: Page) -> str:
    what = _WHAT.get(finding_type, "Personal information")
    if finding_type == "threat":
        return f"{what} was posted {_where(page)}"
    return f"{what} {_WHY.get(why, '')} was added {_where(page)}".replace("  ", " ")
