"""outingwatch: web."""
