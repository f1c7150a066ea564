#!/usr/bin/env bash
# The main command: makes .venv, installs the project, and runs the whole service offline on the
# bundled replay feed (local EventStreams and MediaWiki API servers on loopback).
#   usage: bash scripts/demo.sh [outingwatch replay args]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
exec .venv/bin/outingwatch replay "$@"
