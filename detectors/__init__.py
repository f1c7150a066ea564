"""Detectors of personal information: each returns frozen findings over one plain text."""
