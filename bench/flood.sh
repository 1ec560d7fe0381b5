#!/usr/bin/env bash
# Pages under a flood of plan answers, on 127.0.0.1 only; bounded, stops by itself.
#
#   bash bench/flood.sh                  # 20 s; FLOOD_SECONDS=… to change
#   BIN=/path/to/other/keep-your-number bash bench/flood.sh   # another build, same script
#
# The release server as shipped (one worker per core, request logs on, to a file). For
# FLOOD_SECONDS, 256 connections (wrk -t1) ask for plan answers, each rendered per
# request, with Accept-Encoding: gzip; meanwhile 8 other connections (a second wrk) ask for
# every page in turn. Then the same with 256 connections asking for the pages themselves
# (answered from memory) as the flood. Prints the pages' median, p99 and worst latency and
# errors in each case, the flood's answers by status (every answer must be 200, or 503
# with Retry-After), and the ratio of the pages' p99 under the two floods: the load
# generator's own share of this 2-core machine is the same in both, so the ratio is what
# the plan's per-request work costs the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
FLOOD_SECONDS=${FLOOD_SECONDS:-20}
PORT=18182
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
BIN=${BIN:-target/release/keep-your-number}
WORK=$(mktemp -d)
"$BIN" --addr "127.0.0.1:$PORT" 2> "$WORK/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/" && break; sleep 0.1; done
"$BIN" export "$WORK/site" --public-url "http://127.0.0.1:$PORT" >/dev/null
(cd "$WORK/site" && find . -name index.html | sed 's|^\.||; s|index\.html$||' | grep -v '^/$' | sort) > "$WORK/urls.txt"
PLAN="/en/plan/?operator=smart&ends=$(date -u -d '+30 days' +%F)"
curl -sf -o /dev/null "http://127.0.0.1:$PORT$PLAN" || { echo "the plan does not answer 200" >&2; exit 1; }
# Warm-up: background compression done, connections' buffers at their size.
for _ in $(seq 600); do grep -q "every file compressed" "$WORK/server.log" && break; sleep 0.1; done
wrk -t1 -c8 -d3s -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" >/dev/null

echo "pages alone: 8 connections, ${FLOOD_SECONDS}s"
wrk -t1 -c8 -d"${FLOOD_SECONDS}s" -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" | grep RESULT

# flood NAME SCRIPT ARG: 256 connections run SCRIPT with ARG while 8 ask for the pages.
flood() {
  echo "pages during a flood of $1 on 256 other connections, ${FLOOD_SECONDS}s"
  wrk -t1 -c256 -d"$((FLOOD_SECONDS + 2))s" -s "$2" "http://127.0.0.1:$PORT" -- "$3" > "$WORK/flood-$1.txt" &
  local flooding=$!
  sleep 1
  wrk -t1 -c8 -d"${FLOOD_SECONDS}s" -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" \
    | grep RESULT | tee "$WORK/pages-$1.txt"
  wait "$flooding"
  grep -E "FLOOD|RESULT" "$WORK/flood-$1.txt" | sed 's/^/  flood: /'
}
flood plan bench/flood.lua "$PLAN"
flood pages bench/urls.lua "$WORK/urls.txt"
echo "server log lines: $(wc -l < "$WORK/server.log")"
field() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" "$WORK/pages-$1.txt"; }
awk -v p50="$(field plan p50_us)" -v p99="$(field plan p99_us)" -v base="$(field pages p99_us)" 'BEGIN {
  printf "pages during the flood of plan answers: p50 %.2f ms (target <= 1 ms), p99 %.2f ms\n", p50 / 1000, p99 / 1000
  printf "pages during the flood of pages: p99 %.2f ms\n", base / 1000
  printf "p99 ratio, flood of plan answers / flood of pages: %.2f (target <= 1.5)\n", p99 / base
}'
