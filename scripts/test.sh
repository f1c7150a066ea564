#!/usr/bin/env bash
# The test command: makes .venv, installs the project with its dev tools, then lint, types, tests.
#   usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
.venv/bin/ruff check .
.venv/bin/mypy .
.venv/bin/pytest "$@"
