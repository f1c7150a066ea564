"""outingwatch: metrics."""
