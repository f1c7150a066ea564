"""outingwatch: cli."""
