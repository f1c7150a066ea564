"""outingwatch: wiki — what each edit added, from the MediaWiki Action API.

- client.MediaWikiClient.fetch_added(site, old_rev, new_rev) -> client.FetchResult
- diffparse.parse_table_diff(body) -> DiffText; restdiff.parse_rest_diff(payload) -> DiffText
- revisiondelete.suppress_revision(session, site, rev_id, reason, credentials)
- server.ApiServer / serve_api: the local MediaWiki API (differ.table_diff computes diffs)
"""
