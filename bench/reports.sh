#!/usr/bin/env bash
# Benchmark: the report rate the server sustains, on 127.0.0.1 only.
#
#   bash bench/reports.sh                  # SQLite, 10 s at 16 connections
#   SECONDS_PER_RUN=20 CONNECTIONS=32 bash bench/reports.sh
#   bash tests/with-postgres.sh bash bench/reports.sh   # also PostgreSQL
#
# Starts the release server with a fresh database and the rate limit lifted
# (--report-limit), POSTs distinct valid reports with wrk (bench/reports.lua) for the
# given time, then stops the server and counts the stored reports with `reports list
# --json`: every 303 must be a stored report. Prints reports/s, p50, p99 and that count.
# Everything it starts it stops.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-16}
PORT=18091
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --release --quiet
BIN=target/release/keep-your-number
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

run() {
  local name=$1 database=$2
  RUST_LOG=warn "$BIN" --addr "127.0.0.1:$PORT" --database "$database" --report-limit 100000000 &
  PID=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
  local result
  result=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s bench/reports.lua \
    "http://127.0.0.1:$PORT" | grep '^RESULT')
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  local stored
  stored=$("$BIN" reports list --json --database "$database" | grep -c '"id":')
  echo "$name: $result stored=$stored"
}

run sqlite "$WORK/reports.sqlite3"
if [ -n "${POSTGRES_TEST_URL:-}" ]; then
  run postgres "$POSTGRES_TEST_URL"
fi
