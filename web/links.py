"""Links to the wiki: the diff (the oversighter sees the real text with their own rights) and a
prefilled Special:RevisionDelete form.

MediaWiki reads the form's checkboxes (wpHidePrimary, wpHideRestricted...) only when the form is
posted, so a link can prefill the target, the revision and the reason (wpReason), not the boxes.
Links are built only from an http(s) origin and a plain script path: a hostile `server_url`
(`javascript:...`) never becomes an href.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from store.entries import log_id_of
from store.model import StoredRequest

_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d{1,5})?$")
_SCRIPT_PATH = re.compile(r"^(?:/[A-Za-z0-9._~-]+)*$")


def _index(req: StoredRequest) -> str | None:
    if not _ORIGIN.match(req.server_url) or not _SCRIPT_PATH.match(req.script_path):
        return None
    return f"{req.server_url}{req.script_path}/index.php"


def diff_url(req: StoredRequest) -> str | None:
    index = _index(req)
    if index is None:
        return None
    log_id = log_id_of(req.rev_id)
    if log_id is not None:  # a log entry (a move, a new account): its log line
        return f"{index}?{urlencode({'title': 'Special:Log', 'logid': log_id})}"
    return f"{index}?{urlencode({'diff': req.rev_id})}"


def revision_diff_urls(req: StoredRequest) -> list[str]:
    """Each revision of a split outing, its own diff (none for a single edit: see diff_url)."""
    index = _index(req)
    if index is None or len(req.revisions) < 2:
        return []
    return [f"{index}?{urlencode({'diff': rev})}" for rev in req.revisions]


def revisiondelete_url(req: StoredRequest, reason: str = "") -> str | None:
    index = _index(req)
    if index is None:
        return None
    log_id = log_id_of(req.rev_id)
    # a split outing: every revision it covers, in one form (MediaWiki reads `ids` as a list)
    kind, ids = (("logging", str(log_id)) if log_id is not None else
                 ("revision", ",".join(str(r) for r in req.revisions or (req.rev_id,))))
    query = {"title": "Special:RevisionDelete", "type": kind, "target": req.title, "ids": ids}
    if reason:
        query["wpReason"] = reason
    return f"{index}?{urlencode(query)}"


def hide_user_url(req: StoredRequest, reason: str = "") -> str | None:
    """Special:Block for an account whose name outs someone: oversighters tick "hide username"
    there (stewards lock and hide it globally from Special:CentralAuth)."""
    index = _index(req)
    name = req.title.split(":", 1)[1] if ":" in req.title else req.title
    if index is None or not name:
        return None
    query = {"title": f"Special:Block/{name}"}
    if reason:
        query["wpReason"] = reason
    return f"{index}?{urlencode(query)}"
