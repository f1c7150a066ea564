"""outingwatch: store."""
