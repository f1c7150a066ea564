"""outingwatch: redaction."""
