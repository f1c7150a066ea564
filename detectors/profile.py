"""Social and messenger profiles: links (instagram.com/name, linkedin.com/in/name, t.me/name,
wa.me/number), handles tied to a platform ("Instagram @name", "u/name", "name#1234" on
Discord, "@name@instance.tld"), and ORCID iDs.

Share, intent and hashtag links, subreddits, company pages and wiki replies ("@Username:" at
the start of a reply) are not profiles. Whether a profile is an organisation's official account
is for the judgement, which sees the context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from detectors.base import TextContext
from detectors.finding import Finding
from detectors.patterns import fold, load, lower_source, words_regex

_DATA = load("profile.json")
_PLATFORMS: dict[str, dict[str, Any]] = _DATA["platforms"]
_MAX_TEXT = 200_000
_MAX_MATCHES = 500
Span = tuple[int, int, float]

_URL = re.compile(
    r"(?<![\w@.-])(?:https?://)?((?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24})"
    r"(/[^\s\[\]|<>\"'{}()]{1,200})",
    re.IGNORECASE,
)
_HOST_PREFIXES = ("www.", "m.", "mobile.", "web.", "touch.", "old.", "new.")
_LABEL_TO_PLATFORM = {label: name for name, p in _PLATFORMS.items() for label in p["labels"]}
_HANDLE = re.compile(r"(?<![\w@./])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@-])")
_PLATFORM_WORD = re.compile(
    words_regex(_DATA["handle_platforms"]).pattern + r"|(?-i:\bon X\b|\bX (?:account|handle)\b)",
    re.IGNORECASE,
)
_WIKI_PING = re.compile(r"(?:^|\n)[:*#\s]{0,12}$")
_REDDIT = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}(?![\w/-])")
_DISCRIMINATOR = re.compile(r"(?<![\w#.])[\w.]{2,32}#\d{4}(?![\w#])")
_DISCORD = re.compile(r"\bdiscord", re.IGNORECASE)
_FEDIVERSE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_]{1,30}@(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}(?![\w.-]|\.\w)",
    re.IGNORECASE,
)
_ORCID_HINT = re.compile(r"\d{4}-\d{4}-")
_ORCID = re.compile(r"(?<![\w-])\d{4}-\d{4}-\d{4}-\d{3}[\dX](?![\w-])")
# Run on the case-folded text (patterns.fold): lower-case source, no IGNORECASE, much faster.
_LABELLED = re.compile(lower_source(
    r"\b(discord|snapchat|snap|skype|kik|telegram|signal|wechat|insta(?:gram)?|ig|twitter|"
    r"tiktok|threads|bluesky|facebook|fb|linkedin|youtube|reddit|github|twitch|mastodon|vk|"
    r"pinterest|tumblr|flickr)(?:\s{0,2}(?:user\s?name|handle|name|id|tag|account))?"
    r"\s{0,2}(?::|=|\s(?:is|ist|est|es|é|è|=)\s)\s{0,2}"
    r"(@?[\w.-]{2,32}(?:#\d{4})?)"
))
# Messenger names are accounts whatever they look like ("Discord: coolguy"); after a social
# network's name the value must look like a handle ("Facebook: jane.doe.77", not "Facebook: Meta").
_MESSENGERS = frozenset(
    {"discord", "snapchat", "snap", "skype", "kik", "telegram", "signal", "wechat"}
)
_NOT_HANDLES = frozenset({"no", "none", "yes", "nope", "n/a", "na", "the", "it", "is", "my", "not",
                          "same", "unknown", "private", "deleted", "there", "here"})
_URL_HINT = re.compile(r"\.[A-Za-z]{2,24}/")
# One of these is in every text _LABELLED can match; str.find is far cheaper than the regex.
_LABEL_NEEDLES = (
    "discord", "snap", "skype", "kik", "telegram", "signal", "wechat", "insta", " ig", "twitter",
    "tiktok", "threads", "bluesky", "facebook", " fb", "linkedin", "youtube", "reddit", "github",
    "twitch", "mastodon", " vk", "pinterest", "tumblr", "flickr",
)


class ProfileDetector:
    """Finds profile links and handles; 0.85-0.9 for links and platform-bound handles."""

    name = "profile"

    def detect(self, ctx: TextContext) -> list[Finding]:
        text = ctx.text[:_MAX_TEXT]
        spans: list[Span] = []
        for finder in _FINDERS:
            spans += _bounded(finder(text))
        return [Finding("profile", s, e, c, self.name) for s, e, c in _dedupe(spans)]


def is_profile_link(url: str) -> bool:
    """Whether a link's address is a person's profile on a known platform."""
    return any(_links(url[:300]))


def _bounded(spans: Iterator[Span]) -> list[Span]:
    out = []
    for count, span in enumerate(spans):
        if count >= _MAX_MATCHES:
            break
        out.append(span)
    return out


def _links(text: str) -> Iterator[Span]:
    if not _URL_HINT.search(text):
        return
    for match in _URL.finditer(text):
        platform = _platform(match.group(1).lower())
        path = match.group(2).rstrip(".,;:!?'\"»”")
        if platform and _is_profile_path(platform, path[1:]):
            yield match.start(), match.start(2) + len(path), 0.9


def _platform(host: str) -> dict[str, Any] | None:
    """The platform a host belongs to: its real domain, a look-alike documentation domain
    ("fb.example.net"), or a long platform name under a country domain ("facebook.de")."""
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    labels = host.split(".")
    for i, label in enumerate(labels):
        name = _LABEL_TO_PLATFORM.get(label)
        if name is None:
            continue
        platform = _PLATFORMS[name]
        rest = labels[i + 1:]
        if host in platform["domains"] or (rest and rest[0] == "example"):
            return platform
        if i == 0 and len(label) >= 5 and rest and all(len(r) <= 3 for r in rest):
            return platform
    return None


def _is_profile_path(platform: dict[str, Any], path: str) -> bool:
    first = path.split("/", 1)[0].split("?", 1)[0].lower()
    if not first or first in platform.get("not_profile", ()):
        return False
    prefixes = platform.get("prefixes")
    if prefixes is None:
        return True
    return any(path.lower().startswith(p) and len(path) > len(p) for p in prefixes)


def _platform_handles(text: str) -> Iterator[Span]:
    """"@name" with a platform named near it: "Instagram @name", "@name on TikTok"."""
    if "@" not in text:
        return
    for count, match in enumerate(_HANDLE.finditer(text)):
        if count >= _MAX_MATCHES:
            break  # each handle costs a window search: bound the work on hostile text
        start, end = match.span()
        if _WIKI_PING.search(text[max(0, start - 14):start]) and text[end:end + 1] in ":,":
            continue  # "@Username:" opening a talk-page reply is a wiki mention
        near = text[max(0, start - 60):start] + " " + text[end:end + 40]
        if _PLATFORM_WORD.search(near):
            yield start, end, 0.85


def _reddit(text: str) -> Iterator[Span]:
    if "u/" in text:
        for match in _REDDIT.finditer(text):
            yield match.start(), match.end(), 0.85


def _discord(text: str) -> Iterator[Span]:
    """"name#1234": a Discord tag next to "Discord", otherwise possibly an issue reference."""
    if "#" not in text:
        return
    for count, match in enumerate(_DISCRIMINATOR.finditer(text)):
        if count >= _MAX_MATCHES:
            break
        start, end = match.span()
        near = _DISCORD.search(text[max(0, start - 60):end + 40])
        yield start, end, 0.85 if near else 0.4


def _fediverse(text: str) -> Iterator[Span]:
    if text.count("@") >= 2:
        for match in _FEDIVERSE.finditer(text):
            yield match.start(), match.end(), 0.85


def _orcid(text: str) -> Iterator[Span]:
    if "-" in text and _ORCID_HINT.search(text):
        for match in _ORCID.finditer(text):
            if _orcid_checksum(match.group()):
                yield match.start(), match.end(), 0.8


def _orcid_checksum(orcid: str) -> bool:
    """ISO 7064 MOD 11-2, as ORCID uses."""
    digits = orcid.replace("-", "")
    total = 0
    for char in digits[:-1]:
        total = (total + int(char)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


def _labelled(text: str) -> Iterator[Span]:
    """"Discord: name", "Snapchat = name", "my snap is name_99", "Facebook: jane.doe.77"."""
    low = fold(text)
    probe = " " + low
    if not any(needle in probe for needle in _LABEL_NEEDLES):
        return
    for match in _LABELLED.finditer(low):
        value = match.group(2).rstrip(".-")
        spelled = match.group(0)[: match.start(2) - match.start()]
        handle_like = bool(re.search(r"[\d_.#@]", value))
        colon = ":" in spelled or "=" in spelled
        if value in _NOT_HANDLES or not (handle_like or (colon and match.group(1) in _MESSENGERS)):
            continue  # "Discord is a chat app", "Facebook: the company": not a handle
        yield match.start(2), match.start(2) + len(value), 0.8


def _dedupe(spans: list[Span]) -> list[Span]:
    """Of overlapping spans keep the most confident, then the longest."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s[2], s[0] - s[1])):
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return sorted(kept)


_FINDERS: tuple[Callable[[str], Iterator[Span]], ...] = (
    _links, _platform_handles, _reddit, _discord, _fediverse, _orcid, _labelled,
)
