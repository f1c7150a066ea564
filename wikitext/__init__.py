"""Added wikitext to plain text with an offset map, and the accounts it mentions."""

from wikitext.accounts import link_target, normalise_account, same_account
from wikitext.convert import MAX_CHARS, to_plain
from wikitext.plain import Mention, PlainText, TemplateParam, TemplateUse
from wikitext.signatures import find_timestamps

__all__ = [
    "MAX_CHARS",
    "Mention",
    "PlainText",
    "TemplateParam",
    "TemplateUse",
    "find_timestamps",
    "link_target",
    "normalise_account",
    "same_account",
    "to_plain",
]
