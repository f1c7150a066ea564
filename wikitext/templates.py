"""Template names: normalisation, which are parser functions, which name accounts."""

from __future__ import annotations

# Template -> the kind of mention its account parameters make, and whether every positional
# parameter is an account (ping-style) or only the first.
MENTION_TEMPLATES: dict[str, tuple[str, bool]] = {
    "u": ("user", False), "user": ("user", False), "user0": ("user", False),
    "userlinks": ("user", False), "user links": ("user", False), "user-multi": ("user", False),
    "vandal": ("user", False), "lockhide": ("user", False), "checkuser": ("user", False),
    "noping": ("user", False), "np": ("user", False),
    "ping": ("ping", True), "reply to": ("ping", True), "replyto": ("ping", True),
    "reply": ("ping", True), "re": ("ping", True), "yo": ("ping", True),
    "rping": ("ping", True), "ping2": ("ping", True), "mention": ("ping", True),
    "ipvandal": ("contribs", False), "iplinks": ("contribs", False), "ip": ("contribs", False),
    "anonlinks": ("contribs", False), "ipuser": ("contribs", False),
}

_PREFIXES = ("subst:", "safesubst:", "msgnw:", "template:", "vorlage:", "modèle:", "plantilla:")

# Magic words and parser functions taking a colon; their output is not prose the edit wrote.
_FUNCTIONS = frozenset({
    "int", "lc", "uc", "lcfirst", "ucfirst", "urlencode", "anchorencode", "fullurl", "localurl",
    "canonicalurl", "filepath", "formatnum", "padleft", "padright", "plural", "grammar",
    "gender", "ns", "nse", "defaultsort", "displaytitle", "tag", "msg", "raw", "invoke",
    "pagesincategory", "numberof", "special", "speciale",
})


def normalise_name(raw: str) -> str:
    """'Template:Infobox_person ' -> 'infobox person'; 'subst:Welcome' -> 'welcome'."""
    name = " ".join(raw.replace("_", " ").split()).lower()
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if name.startswith(prefix):
                name, changed = name[len(prefix):].strip(), True
    return name


def is_function(name: str) -> bool:
    """Parser functions (#if:, int:...) and variables ({{PAGENAME}}) render no prose of the edit."""
    if name.startswith("#") or not name:
        return True
    head, sep, _ = name.partition(":")
    return bool(sep) and head in _FUNCTIONS
