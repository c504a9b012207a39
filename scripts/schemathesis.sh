#!/usr/bin/env bash
# Fuzzes the JSON API with Schemathesis: serves the demo network from the
# built debug binary on a free port, signs in as the demo network coordinator
# (admin) and lets Schemathesis send generated requests to every operation of
# /api/openapi.json, failing on any 5xx, any status the document does not
# list for the operation, and any body that does not match its schema.
#
#   scripts/schemathesis.sh [extra schemathesis options]
#   LANDFALL_BIN=target/release/landfall SCHEMATHESIS_EXAMPLES=100 scripts/schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
bin="${LANDFALL_BIN:-$PWD/target/debug/landfall}"
examples="${SCHEMATHESIS_EXAMPLES:-25}"

if ! schemathesis --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

work="$(mktemp -d)"
"$bin" demo --database "$work/demo.db" --addr 127.0.0.1:0 --api-rate-limit 0 \
  >"$work/stdout" 2>"$work/server.log" &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

url=""
for _ in $(seq 1 600); do
  url="$(grep -o 'is being served at http://[0-9.:]*' "$work/stdout" | grep -o 'http://.*' || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "landfall demo stopped before serving:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
[ -n "$url" ] || { echo "landfall demo did not announce its address" >&2; exit 1; }

token="$(curl -sSf -X POST -H 'Content-Type: application/json' \
  -d '{"email": "admin@example.org", "password": "landfall-demo"}' \
  "$url/api/v1/auth/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

# Left out, because they end the session the run depends on:
# - DELETE /api/v1/me closes the admin account the token belongs to;
# - DELETE /api/v1/auth/token revokes the token itself.
status=0
schemathesis --config-file scripts/schemathesis.toml run "$url/api/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "$examples" \
  --workers 2 \
  --seed 2027 \
  --request-timeout 30 \
  --exclude-operation-id erase_me \
  --exclude-operation-id revoke_token \
  --no-color \
  "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log (errors) ---" >&2
  grep -E 'ERROR|panicked' "$work/server.log" | tail -n 50 >&2 || true
fi
exit "$status"
