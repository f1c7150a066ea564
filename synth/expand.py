"""The template grammar: `[a|b]` alternatives (nested, possibly empty) and `{slot}` values.

Wiki markup passes through: `[[link|label]]` is literal (slots inside it are still filled), and
so are `{{template}}` braces (`{{ping|{target}}}` fills only `{target}`). A backslash makes the
next `[`, `]` or `|` literal: `\\[{profile_url} her Instagram\\]` is an external link.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

_SLOT = re.compile(r"\{([a-z_0-9]+)\}")


class TemplateError(ValueError):
    pass


def choose(template: str, rng: random.Random) -> str:
    """Resolve every `[a|b|...]` group, innermost choices included, picking at random."""
    out, _ = _group(template, 0, rng, top=True)
    return out


def _group(text: str, i: int, rng: random.Random, top: bool) -> tuple[str, int]:
    options: list[str] = []
    current: list[str] = []
    while i < len(text):
        ch = text[i]
        if ch == "\\" and text[i + 1 : i + 2] in ("[", "]", "|"):
            current.append(text[i + 1])
            i += 2
            continue
        if text.startswith(("[[", "{{"), i):
            closing = "]]" if ch == "[" else "}}"
            close = text.find(closing, i + 2)
            if close < 0:
                raise TemplateError(f"unclosed {ch * 2} in template")
            current.append(text[i : close + 2])
            i = close + 2
            continue
        if ch == "[":
            inner, i = _group(text, i + 1, rng, top=False)
            current.append(inner)
            continue
        if ch == "]" and not top:
            options.append("".join(current))
            return rng.choice(options), i + 1
        if ch == "|" and not top:
            options.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    if not top:
        raise TemplateError("unclosed [ in template")
    return "".join(current), i


def slots_of(template: str) -> set[str]:
    return set(_SLOT.findall(template.replace("{{", "\x00")))


def fill(text: str, values: Mapping[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise TemplateError(f"unknown slot {{{name}}}")
        return values[name]

    protected = text.replace("{{", "\x00")
    return _SLOT.sub(one, protected).replace("\x00", "{{")


def render(template: str, values: Mapping[str, str], rng: random.Random) -> str:
    return _tidy(fill(choose(template, rng), values))


def _tidy(text: str) -> str:
    """Empty alternatives leave double spaces and spaces before punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" ([,.])", r"\1", text)
    return text.strip()
