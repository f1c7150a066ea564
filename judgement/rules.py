"""Which findings are personal information posted about someone else, and why.

Each rule answers for one finding with a reason key (see judgement/reasons.py) or None.
Contact data is decided first; names, birth dates and workplaces then also look at what the
same sentence already gives away.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable

from detectors.finding import Finding
from judgement.evidence import Evidence

CONTACT = ("email", "phone", "address", "id_number", "profile", "ip_address", "threat")
_RANGE_AFTER = re.compile(r"\s*/\d{1,3}\b")
_EQUALS_BEFORE = re.compile(r"=\s*(?:\[\[[^|\]]*\|)?\s*$")
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are|ist|bist|est|es|eres|è|é|és|sei|heet)|'re|=)\s*,?\s+"
    r"(?:(?:the|a|an|der|die|das|de|het|la|le|il|lo|o|a|el)\s+|l'|[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SUBJECT_COPULA = re.compile(
    r"(?:^|[\s(:;,.!?])([A-ZÀ-Ý][\w'’-]*(?:\s+[A-Z0-9À-Ý][\w'’-]*){0,2}),?\s+"
    r"(?:is|ist|è|é|est|es|=)\s+",
)

_NOT_SUBJECTS = frozenset((
    "there", "it", "this", "that", "here", "what", "who", "which", "where", "why", "how", "his",
    "her", "its", "their", "the", "a", "an", "das", "es", "dies", "il", "ce", "c'est", "lo",
    "questo", "esto", "isso", "het", "dat", "er",
))

Rule = Callable[[Evidence, Finding], "str | None"]


def _self(ev: Evidence, f: Finding) -> bool:
    """The editor's own page, or "my"/"me" right before it ("call me on", "my email is")."""
    reach = int(ev.config["self_pronoun_window"])
    return ev.page.own or ev.pronoun_left(f.start, reach) == "first_person"


def _sentence_has(ev: Evidence, category: str, f: Finding) -> bool:
    lo, hi = ev.sentence(f.start, f.end)
    return ev.has(category, lo, hi)


def _public_template(ev: Evidence, f: Finding) -> bool:
    kinds = ev.config.words("public_templates")
    params = ev.config.words("public_params")
    for name, param in ev.templates_at(f.start):
        if any(name.startswith(kind) for kind in kinds) or param in params:
            return True
    return False


def _self_template(ev: Evidence, f: Finding) -> bool:
    kinds = ev.config.words("self_templates")
    return any(name.startswith(kind) for name, _ in ev.templates_at(f.start) for kind in kinds)


def _org(ev: Evidence, f: Finding, entities: bool = True) -> bool:
    """An organisation cue in the sentence, or (`entities`) an ORG entity right before."""
    lo, _ = ev.sentence(f.start)
    if ev.has("org", lo, min(len(ev.text), f.end + 40)):
        return True
    return entities and any(f.start - 15 <= end <= f.start for _, end in ev.orgs)


_AT_WORD = re.compile(r"\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s*@\s*", re.IGNORECASE)
_DOT_WORD = re.compile(r"\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+", re.IGNORECASE)


def _role_email(ev: Evidence, f: Finding) -> bool:
    value = _DOT_WORD.sub(".", _AT_WORD.sub("@", ev.text[f.start : f.end])).lower()
    local = value.split("@", 1)[0]
    if any(fnmatch.fnmatch(value, p) for p in ev.config.words("role_addresses")):
        return True
    return re.split(r"[.\-_+]", local)[0] in ev.config.words("role_mailboxes")


def _org_object(ev: Evidence, f: Finding) -> bool:
    """An organisation named between the nearest pronoun and the finding ("you can call the
    museum on ...", "the library's desk can be reached at ... or ..."), unless the writer says
    it is the addressee's ("your council address") or names a person in between."""
    lo = max(ev.sentence(f.start)[0], f.start - int(ev.config.data.get("org_reach", 60)))
    spans = ev.within("org", lo, f.start)
    if not spans:
        return False
    org_start = spans[-1][0]
    pronouns = [e for category in ("second_person", "first_person", "third_person")
                for _, e in ev.within(category, lo, f.start)]
    if pronouns and max(pronouns) > org_start:
        return False
    if any(org_start <= s and e <= f.start for s, e in ev.persons):
        return False  # "the clinic's Dr Jane Roe can be reached at ...": hers
    return not ev.has("second_possessive", max(0, org_start - 60), org_start)


def _private_beyond_reach(ev: Evidence, f: Finding) -> bool:
    """A private cue in the sentence other than a bare contact verb ("can be reached at"),
    which says nothing against an organisation's own line."""
    lo, hi = ev.sentence(f.start, f.end)
    reach = ev.within("reachable", lo, hi)
    return any(not any(r0 < e and s < r1 for r0, r1 in reach)
               for s, e in ev.within("private", lo, hi))


def _about_addressee(ev: Evidence, f: Finding) -> bool:
    """Second person nearest before it, or anywhere in its sentence on a user talk page."""
    if ev.pronoun_left(f.start) == "second_person":
        return True
    return ev.page.kind == "user_talk" and _sentence_has(ev, "second_person", f)


def _identity(ev: Evidence, f: Finding) -> bool:
    """An identity cue in the finding's sentence or the next one."""
    lo, hi = ev.next_sentence(*ev.sentence(f.start, f.end))
    return ev.has("identity", lo, hi)


def _not_personal(ev: Evidence, f: Finding) -> bool:
    """A public template, a historical person, the writer's own or already self-published."""
    if _public_template(ev, f) or ev.historical(f.start, f.end) or _self(ev, f):
        return True
    return _sentence_has(ev, "already_public", f)


def _public_contact(ev: Evidence, f: Finding) -> bool:
    """A role mailbox, a public or historical context, the writer's own, an example, an org's."""
    if (f.type == "email" and _role_email(ev, f)) or _not_personal(ev, f):
        return True
    if _sentence_has(ev, "documentation", f):
        return True
    return _org_object(ev, f) and not _private_beyond_reach(ev, f)


def contact_rule(ev: Evidence, f: Finding) -> str | None:
    if _public_contact(ev, f):
        return None
    if _about_addressee(ev, f):
        return "second_person"
    if _sentence_has(ev, "private", f) or _identity(ev, f):
        return "private"
    if _org(ev, f) or not ev.page.discussion_like:
        return None
    return "discussion"


def address_rule(ev: Evidence, f: Finding) -> str | None:
    if _not_personal(ev, f):
        return None
    lo, hi = ev.sentence(f.start, f.end)
    before = max(0, f.start - int(ev.config["window"]))
    if ev.has("private", before, hi) or _identity(ev, f):
        return "second_person" if ev.has("second_person", lo, hi) else "home"
    if _org(ev, f):
        return None
    named = any(0 <= f.start - end <= 45 and start >= lo for start, end in ev.persons)
    return "home" if named or ev.has("address_word", before, f.start) else None


def id_rule(ev: Evidence, f: Finding) -> str | None:
    if _public_template(ev, f) or ev.historical(f.start, f.end) or _self(ev, f):
        return None
    return "identifier"


def profile_rule(ev: Evidence, f: Finding) -> str | None:
    if _public_template(ev, f) or _self(ev, f):
        return None
    if _org_object(ev, f):
        return None
    if _about_addressee(ev, f) or _identity(ev, f):
        return "second_person"
    if _org(ev, f, entities=False):  # spaCy calls many account names ORG
        return None
    lo, _ = ev.sentence(f.start)
    named = ev.has("account_noun", lo, f.start) or ev.has("copula", max(lo, f.start - 30), f.start)
    if ev.page.discussion_like and (named or _about_users(ev)):
        return "profile"
    return None


def _about_users(ev: Evidence) -> bool:
    """User pages, user talk and project pages (noticeboards) are where users are discussed."""
    if ev.page.kind in ("user", "user_talk") or ev.page.namespace in (4, 5):
        return True
    return ev.page.namespace == 0 and ev.page.kind == "discussion"  # Meta's request pages


def ip_rule(ev: Evidence, f: Finding) -> str | None:
    own_ip = ev.text[f.start : f.end].casefold() == ev.page.editor.casefold()
    if _RANGE_AFTER.match(ev.text, f.end) or ev.page.own or own_ip:
        return None
    lo, hi = ev.sentence(f.start, f.end)
    first = ev.has("first_person", lo, hi) or ev.has("first_subject", lo, hi)
    if ev.has("self_admission", lo, hi) and first:
        return None
    window = int(ev.config["window"])
    tie = ev.has("ip_tie", max(0, f.start - window), min(len(ev.text), f.end + window))
    if tie or _EQUALS_BEFORE.search(ev.text, max(0, f.start - 8), f.start):
        return "ip_tie"
    return None


def threat_rule(ev: Evidence, f: Finding) -> str | None:
    return "threat"


def birth_rule(ev: Evidence, f: Finding) -> str | None:
    found = [int(y) for y in re.findall(r"\d{4}", ev.text[f.start : f.end])]
    year = found[-1] if found else 0
    reference = int(ev.config["reference_year"])
    if (year and year < reference - 100) or _public_template(ev, f) or _self(ev, f):
        return None
    if ev.historical(f.start, f.end) and not year >= reference - int(ev.config["minor_age"]):
        return None
    if year >= reference - int(ev.config["minor_age"]):
        return None if _biography_lead(ev, f) else "minor"
    if (_about_users(ev) and ev.page.discussion_like) or _identity(ev, f):
        return "discussion"
    return "second_person" if ev.pronoun_left(f.start) == "second_person" else None


_LEAD = re.compile(r"\)\s*(?:is|was|est|ist|es|è|é|is een|war|fue|foi)\b", re.IGNORECASE)


def _biography_lead(ev: Evidence, f: Finding) -> bool:
    """"Jane Doe (born 3 May 2012) is an actress": a notable subject's lead sentence."""
    return ev.page.encyclopedic and bool(_LEAD.match(ev.text, f.end, f.end + 20))


RULES: dict[str, Rule] = {
    "email": contact_rule, "phone": contact_rule, "address": address_rule,
    "id_number": id_rule, "profile": profile_rule, "ip_address": ip_rule,
    "threat": threat_rule, "birth_date": birth_rule,
}


def in_rider_window(ev: Evidence, f: Finding, contact: Finding) -> bool:
    """`f` shares a sentence with `contact`, or sits in the sentence before one that refers back
    with a pronoun ("Herr X can confirm. His number is ...")."""
    lo, hi = ev.sentence(contact.start, contact.end)
    if ev.has("third_person", lo, contact.start):
        lo = ev.sentence(max(0, lo - 1))[0]
    return lo <= f.start < hi


def name_rule(ev: Evidence, f: Finding, personal: list[Finding],
              identifying: list[Finding]) -> str | None:
    if not personal and not ev.page.discussion_like:
        return None  # outside discussions a name matters only beside personal data
    lo, hi = ev.sentence(f.start, f.end)
    if _not_a_private_name(ev, f, lo, hi):
        return None
    discussed = ev.page.discussion_like and (_identity(ev, f) or _copula_link(ev, f, lo))
    if discussed or (_addressed(ev, f) and personal):
        return "name_link"
    full_name = len(ev.text[f.start : f.end].split()) >= 2
    beside = any(in_rider_window(ev, f, c) for c in identifying)
    if full_name and beside and not _public_role(ev, f):
        return "private_person"
    return None


def _not_a_private_name(ev: Evidence, f: Finding, lo: int, hi: int) -> bool:
    """A signature or account name, a public template, the writer's own or a public name."""
    if ev.in_mention(f.start, f.end) or _known_account(ev, f) or _public_template(ev, f):
        return True
    return ev.page.own or ev.has("already_public", lo, hi) or _self_intro(ev, f)


def _known_account(ev: Evidence, f: Finding) -> bool:
    value = ev.text[f.start : f.end].strip(" '\"").casefold()
    if value in ev.config.words("not_names"):
        return True
    known = ev.accounts | {ev.page.editor.casefold(), ev.page.owner.casefold()}
    return any(value and (value == k or value in k.split()) for k in known if k)


def _self_intro(ev: Evidence, f: Finding) -> bool:
    return ev.has("self_disclosure", max(0, f.start - 25), f.start)


def _public_role(ev: Evidence, f: Finding) -> bool:
    return ev.has("public_role", max(0, f.start - 40), min(len(ev.text), f.end + 40))


def _copula_link(ev: Evidence, f: Finding, lo: int) -> bool:
    """"<account> is <Full Name>", "you're <Full Name>": a full name equated with a user."""
    before = ev.text[max(lo, f.start - 60) : f.start]
    if len(ev.text[f.start : f.end].split()) < 2 or not _COPULA_BEFORE.search(before):
        return False
    subject = _SUBJECT_COPULA.search(before)
    person = any(s <= f.start and f.end <= e for s, e in ev.persons)
    about_users = _about_users(ev)
    if subject and subject.group(1).split()[0].casefold() not in _NOT_SUBJECTS and (
            person or about_users):
        return True
    others = ev.accounts - {ev.page.editor.casefold()}
    if any(a in before.casefold() for a in others):
        return True
    return ev.has("account_noun", lo, f.start) or ev.has("second_person", f.start - 40, f.start)


def _addressed(ev: Evidence, f: Finding) -> bool:
    """A name the writer addresses on someone else's user talk page ("..., Dana.")."""
    if ev.page.kind != "user_talk":
        return False
    after = ev.text[f.end : f.end + 1]
    before = ev.text[max(0, f.start - 2) : f.start]
    opens = before.endswith(", ") or f.start == ev.sentence(f.start)[0]
    return after in ("!", ".", ",", "?") and opens


def _after_first_word(ev: Evidence, f: Finding) -> int:
    """Where the finding's first word ends: "you work for X" carries its own pronoun."""
    first = ev.text[f.start : f.end].split(maxsplit=1)
    return f.start + len(first[0]) if first else f.start


def workplace_rule(ev: Evidence, f: Finding, linked: bool) -> str | None:
    if ev.page.encyclopedic:
        return None  # an article's subject's job is the article's business
    person = ev.pronoun_left(_after_first_word(ev, f))
    mine = person in ("first_subject", "first_person") or ev.page.own
    if mine or _self_template(ev, f) or _public_template(ev, f):
        return None
    if person == "second_person":
        return "second_person"
    if _identity(ev, f) or (linked and ev.page.discussion_like):
        return "name_link"
    if _sentence_has(ev, "already_public", f):
        return None
    return "name_link" if _account_subject(ev, f) else None


def _account_subject(ev: Evidence, f: Finding) -> bool:
    """"[[User:X]] works at ...", "the uploader works at ...": a user is the subject."""
    lo = max(ev.sentence(f.start)[0], f.start - 40)
    before = ev.text[lo : f.start].casefold()
    others = ev.accounts - {ev.page.editor.casefold()}
    return any(a in before for a in others) or ev.has("account_noun", lo, f.start)
