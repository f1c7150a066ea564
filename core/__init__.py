"""Value types shared by every stage of outingwatch."""
