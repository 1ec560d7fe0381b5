#!/usr/bin/env bash
# Pages under a reminder flood, on 127.0.0.1 only; bounded, stops by itself.
#
#   bash bench/flood.sh                  # 20 s; FLOOD_SECONDS=… to change
#
# The release server as shipped (one worker per core, request logs on, to a file). For
# FLOOD_SECONDS, 256 connections (wrk -t1) ask for reminder answers, each rendered per
# request, with Accept-Encoding: gzip; meanwhile 8 other connections (a second wrk) ask for
# every page in turn. Prints the pages' median, p99 and worst latency and errors, and the
# flood's answers by status: every answer must be 200, or 503 with Retry-After.
set -euo pipefail
cd "$(dirname "$0")/.."
FLOOD_SECONDS=${FLOOD_SECONDS:-20}
PORT=18182
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
BIN=target/release/keep-your-number
WORK=$(mktemp -d)
"$BIN" --addr "127.0.0.1:$PORT" 2> "$WORK/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/" && break; sleep 0.1; done
"$BIN" export "$WORK/site" --public-url "http://127.0.0.1:$PORT" >/dev/null
(cd "$WORK/site" && find . -name index.html | sed 's|^\.||; s|index\.html$||' | grep -v '^/$' | sort) > "$WORK/urls.txt"
REMINDER="/en/plan/?operator=smart&ends=$(date -u -d '+30 days' +%F)"
curl -sf -o /dev/null "http://127.0.0.1:$PORT$REMINDER" || { echo "the reminder does not answer 200" >&2; exit 1; }
# Warm-up: background compression done, connections' buffers at their size.
for _ in $(seq 600); do grep -q "every file compressed" "$WORK/server.log" && break; sleep 0.1; done
wrk -t1 -c8 -d3s -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" >/dev/null

echo "pages alone: 8 connections, ${FLOOD_SECONDS}s"
wrk -t1 -c8 -d"${FLOOD_SECONDS}s" -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" | grep RESULT
echo "pages during a flood of the reminder on 256 other connections, ${FLOOD_SECONDS}s"
wrk -t1 -c256 -d"$((FLOOD_SECONDS + 2))s" -s bench/flood.lua "http://127.0.0.1:$PORT" -- "$REMINDER" > "$WORK/flood.txt" &
FLOOD=$!
sleep 1
wrk -t1 -c8 -d"${FLOOD_SECONDS}s" -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" | grep RESULT
wait "$FLOOD"
grep FLOOD "$WORK/flood.txt"
echo "server log lines: $(wc -l < "$WORK/server.log")"
