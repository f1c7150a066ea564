"""Consumer of the Wikimedia EventStreams SSE feed, and a local server that speaks its protocol."""
