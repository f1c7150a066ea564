"""Helpers the test suites share."""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI") == "true"


def require(available: bool, what: str, how: str = "") -> None:
    """Skip with a clear message when a system part is missing; under CI=true, fail instead."""
    if available:
        return
    message = f"{what} is not available on this machine" + (f" ({how})" if how else "")
    if in_ci():
        pytest.fail(f"CI=true requires it: {message}")
    pytest.skip(message)


def require_program(name: str, package: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"`{name}`", f"apt-get install {package}")
    assert path is not None
    return path
