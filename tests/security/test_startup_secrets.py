"""A service that cannot start says why without quoting the secret it was given: a key too
short, a database URL carrying a password, an unreadable credentials file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.process import ROOT, free_port

PASSWORD = "pw-Zq7Secret-4d5e6f"
SHORT_KEY = "Zq7short"
LIMIT_S = 120.0  # only against a hang


def _run(env: dict[str, str], *args: str) -> tuple[int, str]:
    full = {**os.environ, "OUTINGWATCH_PORT": str(free_port()),
            "OUTINGWATCH_FINGERPRINT_KEY": "k" * 40, **env}
    done = subprocess.run([sys.executable, "-m", "cli.main", "run", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=LIMIT_S, check=False)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("how", ["variable", "flag"])
def test_a_rejected_key_is_not_echoed(how: str) -> None:
    env = {"OUTINGWATCH_FINGERPRINT_KEY": SHORT_KEY, "OUTINGWATCH_WEBHOOK_SECRET": SHORT_KEY}
    args = ("--fingerprint-key", SHORT_KEY) if how == "flag" else ()
    code, output = _run(env, *args)
    assert code == 2
    assert "OUTINGWATCH_FINGERPRINT_KEY" in output
    assert SHORT_KEY not in output


def test_a_database_password_is_not_echoed_when_the_database_is_unreachable() -> None:
    url = f"postgresql://oversight:{PASSWORD}@127.0.0.1:{free_port()}/queue"
    code, output = _run({"OUTINGWATCH_DATABASE": url})
    assert code == 1
    assert "cannot start" in output
    assert PASSWORD not in output


def test_a_world_readable_credentials_file_is_refused_without_its_content(tmp_path: Path) -> None:
    path = tmp_path / "oversighters.json"
    path.write_text('{"alice": {"oauth_token": "' + PASSWORD + '"}}')
    path.chmod(0o644)
    code, output = _run({"OUTINGWATCH_SUPPRESS_CREDENTIALS_FILE": str(path),
                         "OUTINGWATCH_DATABASE": f"sqlite:///{tmp_path / 'q.sqlite3'}"})
    assert code == 2  # a configuration error, told in one line, not a traceback
    assert "chmod 600" in output
    assert "Traceback" not in output
    assert PASSWORD not in output


@pytest.mark.parametrize(("variable", "value", "secrets"), [
    ("OUTINGWATCH_DATABASE", f"mysql://queue:{PASSWORD}@db.example/queue", [PASSWORD]),
    ("OUTINGWATCH_WEBHOOK_URL", f"ftp://hook:{PASSWORD}@hooks.example/x?token=tok-Zq7", [
        PASSWORD, "tok-Zq7"]),
    ("OUTINGWATCH_STREAM_URL", f"wss://u:{PASSWORD}@stream.example/?api_key=key-Zq7",
     [PASSWORD, "key-Zq7"]),
    ("OUTINGWATCH_API_BASE_URL", f"http://u:{PASSWORD}@api.example/?sig=sig-Zq7",
     [PASSWORD, "sig-Zq7"]),
])
def test_a_rejected_url_is_shown_with_its_secrets_masked(variable: str, value: str,
                                                          secrets: list[str]) -> None:
    code, output = _run({variable: value})
    assert code == 2
    assert variable in output
    assert "***" in output  # the rest of the URL is still shown, to find the mistake
    for secret in secrets:
        assert secret not in output
