# Sourced by the scripts: create .venv with Python 3.11+ and install the project into it.
# pip's chatter goes to .venv/install.log; it is shown only when the install fails.
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
echo "installing outingwatch into .venv (log: .venv/install.log)..." >&2
if ! { .venv/bin/python -m pip install -q --upgrade pip &&
       .venv/bin/python -m pip install -q -e '.[dev]'; } > .venv/install.log 2>&1; then
  tail -n 40 .venv/install.log >&2
  echo "installing outingwatch failed; see .venv/install.log" >&2
  exit 1
fi
