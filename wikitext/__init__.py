"""outingwatch: wikitext."""
