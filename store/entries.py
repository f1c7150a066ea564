"""Where a request's personal information is: which field of which entry.

A request is keyed by (wiki, rev_id). A log entry (a page move, a new account) has no revision,
so it is keyed by LOG_BASE + its log id: far above any revision id, still a positive 64-bit
integer. The fields are what RevisionDelete hides: the revision's text, its edit summary, the
user name; for log entries, the target title (a move) or the account name (newusers).
"""

from __future__ import annotations

LOG_BASE = 1 << 62

TEXT = "text"
SUMMARY = "summary"
TITLE = "title"
USERNAME = "username"
FIELDS = (TEXT, SUMMARY, TITLE, USERNAME)
LABELS = {TEXT: "added text", SUMMARY: "edit summary", TITLE: "page title",
          USERNAME: "account name"}
# what an oversighter ticks on Special:RevisionDelete (and `hide=` on action=revisiondelete)
HIDE = {TEXT: "content", SUMMARY: "comment", TITLE: "content", USERNAME: "user"}


def log_key(log_id: int) -> int:
    return LOG_BASE + log_id


def log_id_of(rev_id: int) -> int | None:
    """The log id a request key stands for, or None for a revision."""
    return rev_id - LOG_BASE if rev_id >= LOG_BASE else None
