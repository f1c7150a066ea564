"""The replay feed: recorded EventStreams frames plus the MediaWiki API answers they need."""
