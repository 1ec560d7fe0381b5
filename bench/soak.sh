#!/usr/bin/env bash
# Soak and slow-loris test of the release server, on 127.0.0.1 only; bounded, stops itself.
#
#   bash bench/soak.sh                   # 60 s of wrk at 256 connections, then slow-loris
#   SOAK_SECONDS=20 bash bench/soak.sh   # shorter
#
# 1. wrk, 256 connections, every page URL in turn (bench/urls.lua): prints requests/s and
#    errors, and the server's RSS under load from the soak's first second to its last
#    (growth should stay under 5 %).
# 2. 200 connections that send their headers one byte every second: a normal request made
#    meanwhile must be answered within 1 s, and the slow connections must be closed by the
#    header-read timeout (5 s) rather than held open.
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK_SECONDS=${SOAK_SECONDS:-60}
PORT=18181
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
BIN=target/release/keep-your-number
WORK=$(mktemp -d)
RUST_LOG=warn "$BIN" --addr "127.0.0.1:$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/" && break; sleep 0.1; done
"$BIN" export "$WORK/site" --public-url "http://127.0.0.1:$PORT" >/dev/null
(cd "$WORK/site" && find . -name index.html | sed 's|^\.||; s|index\.html$||' | grep -v '^/$' | sort) > "$WORK/urls.txt"

rss() { awk '/VmRSS/ { print $2 }' "/proc/$SERVER/status"; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
IDLE=$(rss)
# Warm up with the soak's own load: connections' buffers and the background compression
# reach their steady size before the soak is measured.
wrk -t2 -c256 -d10s -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" >/dev/null
echo "soak: ${SOAK_SECONDS}s of wrk at 256 connections…"
# RSS under load: 1 s into the soak, then every 10 s, the last 1 s before its end. A leak
# climbs from sample to sample; the growth is the last sample over the first.
(
  sleep 1; rss
  for _ in $(seq $(((SOAK_SECONDS - 2) / 10))); do sleep 10; rss; done
  sleep $(((SOAK_SECONDS - 2) % 10)); rss
) > "$WORK/samples" &
SAMPLER=$!
wrk -t2 -c256 -d"${SOAK_SECONDS}s" -s bench/urls.lua "http://127.0.0.1:$PORT" -- "$WORK/urls.txt" \
  | grep -E 'RESULT|Non-2xx|Socket errors' || true
wait "$SAMPLER" || true
sleep 1
echo "RSS idle at start $(mb "$IDLE") MB; under load:$(while read -r kb; do printf ' %s' "$(mb "$kb")"; done < "$WORK/samples") MB; idle after $(mb "$(rss)") MB"
awk 'NR == 1 { first = $1 } { last = $1 } END { printf "RSS growth over the soak: %.1f %% (target < 5 %%)\n", (last - first) * 100 / first }' "$WORK/samples"

echo "slow-loris: 200 connections sending headers one byte a second…"
python3 - "$PORT" <<'PY'
import socket, sys, threading, time
port = int(sys.argv[1])
slow, closed = [], [0]
for _ in range(200):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /en/ HTTP/1.1\r\nHost: x\r\n")
    slow.append(s)
def drip(s):
    try:
        for _ in range(30):
            s.sendall(b"X")
            time.sleep(1)
    except OSError:
        closed[0] += 1
threads = [threading.Thread(target=drip, args=(s,), daemon=True) for s in slow]
for t in threads: t.start()
time.sleep(1)
latencies = []
for _ in range(5):
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        c.sendall(b"GET /km/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        ok = c.recv(12).startswith(b"HTTP/1.1 200")
    latencies.append((time.perf_counter() - start) * 1000)
    if not ok: sys.exit("normal request not answered 200")
    time.sleep(0.5)
for t in threads: t.join(timeout=35)
print(f"normal requests during the attack: worst {max(latencies):.1f} ms (target < 1000 ms)")
print(f"slow connections closed by the server: {closed[0]} of 200 (header timeout 5 s)")
PY
