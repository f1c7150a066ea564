# Sourced by the scripts: create .venv with Python 3.11+ and install the project into it.
# The runtime dependencies come from requirements.lock, each file checked against its sha256
# (pip --require-hashes); the development tools (pytest, ruff, mypy...) are then added.
# pip's chatter goes to .venv/install.log; it is shown only when the install fails.
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
echo "installing outingwatch into .venv (log: .venv/install.log)..." >&2
if ! { .venv/bin/python -m pip install -q --require-hashes -r requirements.lock &&
       .venv/bin/python -m pip install -q --no-build-isolation --no-deps -e . &&
       .venv/bin/python -m pip install -q --no-build-isolation -e '.[dev]'; } \
     > .venv/install.log 2>&1; then
  tail -n 40 .venv/install.log >&2
  echo "installing outingwatch failed; see .venv/install.log" >&2
  exit 1
fi
