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

from store.model import StoredRequest

_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d{1,5})?$")
_SCRIPT_PATH = re.compile(r"^(?:/[A-Za-z0-9._~-]+)*$")


def _index(req: StoredRequest) -> str | None:
    if not _ORIGIN.match(req.server_url) or not _SCRIPT_PATH.match(req.script_path):
        return None
    return f"{req.server_url}{req.script_path}/index.php"


def diff_url(req: StoredRequest) -> str | None:
    index = _index(req)
    return None if index is None else f"{index}?{urlencode({'diff': req.rev_id})}"


def revisiondelete_url(req: StoredRequest, reason: str = "") -> str | None:
    index = _index(req)
    if index is None:
        return None
    query = {"title": "Special:RevisionDelete", "type": "revision", "target": req.title,
             "ids": str(req.rev_id)}
    if reason:
        query["wpReason"] = reason
    return f"{index}?{urlencode(query)}"
