"""Wikimedia's wiki domains: the default allow-list of hosts an event may send an API call to."""

from __future__ import annotations

WIKIMEDIA_HOSTS = (
    "wikipedia.org", "wikimedia.org", "wiktionary.org", "wikibooks.org", "wikinews.org",
    "wikiquote.org", "wikisource.org", "wikiversity.org", "wikivoyage.org", "wikidata.org",
    "mediawiki.org", "wikifunctions.org",
)
