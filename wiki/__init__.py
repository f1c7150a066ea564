"""outingwatch: wiki."""
