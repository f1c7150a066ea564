"""Every field of an event that can out someone, each judged as its own text, then combined.

- an edit or a new page: the added text, and the edit summary (section markers removed);
- a new page: its title too;
- a page move (log `move`): the target title and the summary;
- a new account (log `newusers`): the account name.
A log entry has no revision: it is keyed by its log id (store.entries). The combined decision
flags if any field flags, scores as its highest field, and names each field in its reasons and
excerpt; the request keeps the fields so that the right RevisionDelete bits are ticked.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.edit import EditRecord
from judgement.decision import Decision
from store.entries import LABELS, SUMMARY, TEXT, TITLE, USERNAME, log_key
from stream.events import RecentChange

SECTION = re.compile(r"/\*.*?\*/")
# what a summary or a title needs before it is worth a judgement: a digit, an address sign, a
# link, two capitalised words in a row (a name), or a script without case (where no capital
# marks a name). "typo", "fixed a link" cost no pool call.
SIGNS = re.compile(r"\d|@|https?:|www\.")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
JUDGED_LOGS = frozenset({"move", "newusers"})
MAX_FIELD_CHARS = 2_000  # a summary is at most 500 characters, a title 255


def entry_key(event: RecentChange) -> int | None:
    """The request key: the revision, or the log entry (a move, a new account)."""
    if event.type == "log":
        return log_key(event.log_id) if event.log_id is not None else None
    return event.rev_new


def summary_text(comment: str) -> str:
    return SECTION.sub(" ", comment).strip()


def bare_title(title: str) -> str:
    """A title without its namespace: "User:Jane Doe" → "Jane Doe"."""
    return title.split(":", 1)[1] if ":" in title else title


def move_target(params: Any) -> str:
    if isinstance(params, Mapping):
        target = params.get("target")
        if isinstance(target, str):
            return target
    return ""


DISCUSSION = 1  # Talk: what a summary, a title or an account name is read as


def _record(event: RecentChange, field: str, text: str) -> EditRecord:
    """A field as a record of its own, read as a remark on a discussion page: a summary or a
    title is never encyclopedic content, and a page's own namespace (a user page) would make
    it self-disclosure. The editor stays (someone may summarise their own details), except for
    an account name, which is not its creator's own."""
    editor = "" if field == USERNAME else event.user or ""
    return EditRecord(
        id=f"{event.wiki}:{entry_key(event)}:{field}", wiki=event.wiki,
        server_name=event.server_name, namespace=DISCUSSION,
        title=f"Talk:{bare_title(event.title)}", user=editor, type=event.type, comment="",
        added=text[:MAX_FIELD_CHARS],
    )


def field_records(event: RecentChange,
                  text: EditRecord | None) -> list[tuple[str, EditRecord]]:
    """The fields to judge, the added text first when there is one."""
    fields: list[tuple[str, EditRecord]] = [(TEXT, text)] if text is not None else []
    extra: list[tuple[str, str]] = []
    if event.type in ("edit", "new"):
        extra.append((SUMMARY, summary_text(event.comment)))
    if event.type == "new":
        extra.append((TITLE, bare_title(event.title)))
    if event.type == "log" and event.log_type == "move":
        extra += [(TITLE, bare_title(move_target(event.log_params))),
                  (SUMMARY, summary_text(event.comment))]
    if event.type == "log" and event.log_type == "newusers":
        extra.append((USERNAME, bare_title(event.title)))
    fields += [(name, _record(event, name, value)) for name, value in extra
               if value.strip() and (name == USERNAME or worth_judging(value))]
    return fields


def worth_judging(text: str) -> bool:
    if SIGNS.search(text) or any(c.isalpha() and not (c.isupper() or c.islower()) for c in text):
        return True
    words = WORD.findall(text)
    return any(a[:1].isupper() and b[:1].isupper() for a, b in itertools.pairwise(words))


def _labelled(field: str, text: str) -> str:
    return text if field == TEXT else f"{LABELS[field]}: {text}"


def combine(fields: Sequence[str],
            decisions: Sequence[Decision]) -> tuple[Decision, tuple[str, ...]]:
    """One decision for the event, and the fields that flagged."""
    if len(decisions) == 1 and fields[0] == TEXT:
        return decisions[0], (TEXT,) if decisions[0].flag else ()
    usable = [(f, d) for f, d in zip(fields, decisions, strict=True) if not d.error]
    if not usable:
        return decisions[0], ()
    flagged = [(f, d) for f, d in usable if d.flag]
    top = max(usable, key=lambda pair: pair[1].score)[1]
    if not flagged:
        return dataclasses.replace(top, findings=_all(usable, "findings"),
                                   fingerprints=_all(usable, "fingerprints")), ()
    return dataclasses.replace(
        top, flag=True, score=max(d.score for _, d in flagged),
        types=tuple(dict.fromkeys(t for _, d in flagged for t in d.types)),
        reasons=tuple(_labelled(f, r) for f, d in flagged for r in d.reasons),
        excerpt="\n".join(_labelled(f, d.excerpt) for f, d in flagged if d.excerpt),
        findings=_all(usable, "findings"), fingerprints=_all(usable, "fingerprints"),
    ), tuple(dict.fromkeys(f for f, _ in flagged))


def _all(pairs: Sequence[tuple[str, Decision]], name: str) -> tuple[Any, ...]:
    """Findings and fingerprints of every field, in one order (they stay aligned)."""
    return tuple(item for _, d in pairs for item in getattr(d, name))
