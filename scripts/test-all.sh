#!/usr/bin/env bash
# Runs every test Landfall has, after installing what they need on a fresh
# Debian machine: formatting and lints, unit, property and integration tests on
# SQLite and PostgreSQL, Schemathesis against the API, and the browser tests in
# headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says how long the run has taken so far (CI's budget is 45 minutes).
say() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- What the tests need ------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  say "Installing Debian's chromium for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  say "Installing Python's aiosmtpd (the SMTP server the e-mail tests send to)"
  python3 -m pip install --quiet --disable-pip-version-check aiosmtpd
fi

postgres_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if command -v pg_ctlcluster >/dev/null && ! postgres_up; then
  say "Starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 30); do postgres_up && break; sleep 1; done
fi
if [ -z "${LANDFALL_TEST_POSTGRES:-}" ] && postgres_up; then
  export LANDFALL_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test
fi
if [ -n "${LANDFALL_TEST_POSTGRES:-}" ]; then
  say "PostgreSQL tests run against ${LANDFALL_TEST_POSTGRES}"
elif [ "${CI:-}" = true ]; then
  echo "PostgreSQL is not reachable: CI must run the PostgreSQL tests" >&2
  exit 1
else
  say "PostgreSQL is not reachable: its tests will say they were SKIPPED"
fi

# --- Rust ---------------------------------------------------------------------
# A one-off build gains nothing from incremental caches, which would double the
# space the target directory takes.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
say "cargo test (unit and integration tests)"
cargo test --workspace --locked

# --- API fuzzing --------------------------------------------------------------
# Schemathesis (pinned, installed by the script) sends generated requests to
# every operation of the OpenAPI document of a running demo network: no 5xx,
# no status the document does not list, no body off its schema.
# The binary is the one `cargo test` built for the integration tests (a
# separate `cargo build` would compile everything again with other features).
say "API fuzzing (Schemathesis against the demo network)"
test -x target/debug/landfall || cargo build --locked --bin landfall
scripts/schemathesis.sh

# --- Browser ------------------------------------------------------------------
say "Browser tests (headless Chromium)"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error && LANDFALL_BIN="$PWD/../target/debug/landfall" npm test)

say "All tests passed"
