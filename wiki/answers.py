"""The JSON shapes MediaWiki's Action API answers with (formatversion=2), for the local server.

Faithful to MediaWiki core: ApiComparePages refuses hidden text to those who may not see it with
`missingcontent` and flags it (`totexthidden`, `tosuppressed`) for those who may; ApiQueryRevisions
flags hidden text on the revision and its slot; an unknown revision is `nosuchrevid` in compare
and `badrevids` in query; errors come with HTTP 200 and a `MediaWiki-API-Error` header.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from wiki.differ import table_diff
from wiki.fixtures import Revision

SERVED_BY = "mw-local"
DOCREF = "See https://www.mediawiki.org/w/api.php for API usage."
_LINE = re.compile(r"<!--LINE (\d+)-->")


def error(code: str, info: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "info": info, **extra, "docref": DOCREF}, "servedby": SERVED_BY}


def nosuchrevid(rev_id: int | str) -> dict[str, Any]:
    return error("nosuchrevid", f"There is no revision with ID {rev_id}.")


def missingcontent(rev_id: int) -> dict[str, Any]:
    return error("missingcontent", f"Missing content for revision ID {rev_id}.")


def maxlag(lag: int) -> dict[str, Any]:
    return error(
        "maxlag", f"Waiting for 10.64.16.8: {lag} seconds lagged.",
        host="10.64.16.8", lag=lag, type="db",
    )  # fmt: skip


def localise(body: str) -> str:
    """What DifferenceEngine does to wikidiff2's line markers (in English)."""
    return _LINE.sub(lambda match: f"Line {match.group(1)}:", body)


def _side(prefix: str, rev_id: int, revision: Revision, hidden: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {
        f"{prefix}id": revision.page_id, f"{prefix}revid": rev_id,
        f"{prefix}ns": revision.namespace, f"{prefix}title": revision.title,
    }  # fmt: skip
    if hidden is not None:
        values[f"{prefix}texthidden"] = True
        if hidden == "suppressed":
            values[f"{prefix}suppressed"] = True
    values[f"{prefix}user"] = revision.user
    return values


def compare(
    sides: Mapping[int, Revision],
    from_rev: int,
    to_rev: int,
    hidden: Mapping[int, str],
    similar_moves: bool = True,
) -> dict[str, Any]:
    old, new = sides[from_rev], sides[to_rev]
    values = _side("from", from_rev, old, hidden.get(from_rev))
    values |= _side("to", to_rev, new, hidden.get(to_rev))
    values["body"] = localise(table_diff(old.text, new.text, similar_moves=similar_moves))
    return {"compare": values}


def _revision(rev_id: int, revision: Revision, hidden: str | None) -> dict[str, Any]:
    main: dict[str, Any] = {"contentmodel": "wikitext", "contentformat": "text/x-wiki"}
    values: dict[str, Any] = {"revid": rev_id, "parentid": revision.parent_id}
    if hidden is None:
        main["content"] = revision.text
    else:
        values["texthidden"] = True
        main["texthidden"] = True
        if hidden == "suppressed":
            values["suppressed"] = True
    values["user"] = revision.user
    values["slots"] = {"main": main}
    return values


def revisions(
    found: Mapping[int, Revision], missing: list[str], hidden: Mapping[int, str]
) -> dict[str, Any]:
    pages: dict[int, dict[str, Any]] = {}
    for rev_id, revision in found.items():
        page = pages.setdefault(revision.page_id, {
            "pageid": revision.page_id, "ns": revision.namespace, "title": revision.title,
            "revisions": [],
        })  # fmt: skip
        page["revisions"].append(_revision(rev_id, revision, hidden.get(rev_id)))
    query: dict[str, Any] = {}
    if missing:
        query["badrevids"] = {rev: {"revid": int(rev), "missing": True} for rev in missing}
    query["pages"] = list(pages.values())
    return {"batchcomplete": True, "query": query}
