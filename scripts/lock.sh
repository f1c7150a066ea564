#!/usr/bin/env bash
# Regenerate requirements.lock: pyproject.toml's runtime dependencies (and what building the
# project needs) pinned to exact versions with every file's sha256, for `pip install
# --require-hashes` (scripts/venv.sh, the Dockerfile). Run it after changing dependencies:
#   bash scripts/lock.sh            (tests/ops/test_lock.py checks the two agree)
# Upgrading pins: bash scripts/lock.sh --upgrade  (or --upgrade-package NAME)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv-lock/bin/python ] || "$PY" -m venv .venv-lock
.venv-lock/bin/python -m pip install -q --disable-pip-version-check "pip-tools>=7.4"
# resolved against the package index alone (no machine-local wheel folders or constraints), so
# that the hashes are those of the files any machine downloads
env -u PIP_FIND_LINKS -u PIP_CONSTRAINT PIP_CONFIG_FILE=/dev/null \
  .venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
  --no-emit-index-url --no-emit-find-links --output-file requirements.lock "$@" \
  pyproject.toml scripts/build-requirements.in
echo "requirements.lock written" >&2
