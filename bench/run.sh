#!/usr/bin/env bash
# Benchmark: this server against nginx serving the exported site, on 127.0.0.1 only.
#
#   bash bench/run.sh            # 3 alternating rounds of 10 s each
#   ROUNDS=5 SECONDS_PER_RUN=20 bash bench/run.sh
#   BASELINE=/path/to/older/keep-your-number bash bench/run.sh   # a third side, same load
#
# Request logs are on for both, as shipped: nginx's access log (combined format, to a
# file) and the server's one line per request (RUST_LOG unset, standard error to a file).
#
# Both sides get the same wrk settings over the same list of every page URL, with
# Accept-Encoding: gzip. nginx serves the export with gzip_static (its best case: no
# compression at request time). Prints each round, the averages and the ratio, the
# server's peak RSS under load, its start-up time to the first 200, and page sizes.
# Everything it starts it stops; it touches no address but 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-64}
NGINX_PORT=18080
SERVER_PORT=18081
BASELINE_PORT=18083
BASELINE=${BASELINE:-}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need nginx || ! need wrk; then
  echo "installing nginx and wrk…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null
fi

cargo build --release --quiet
BIN=target/release/keep-your-number
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The export, readable by nginx's unprivileged workers.
"$BIN" export "$WORK/site" --public-url "http://127.0.0.1:$SERVER_PORT" >/dev/null
chmod -R a+rX "$WORK"
(cd "$WORK/site" && find . -name index.html | sed 's|^\.||; s|index\.html$||' | grep -v '^/$' | sort) > "$WORK/urls.txt"
echo "pages: $(wc -l < "$WORK/urls.txt") URLs"

cat > "$WORK/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log $WORK/access.log;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  open_file_cache max=1000 inactive=60s;
  gzip_static on;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi;
  scgi_temp_path $WORK/tmp-scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/site;
    index index.html;
    error_page 404 /404.html;
  }
}
NGINX
nginx -c "$WORK/nginx.conf" &
PIDS+=($!)
"$BIN" --addr "127.0.0.1:$SERVER_PORT" 2> "$WORK/server.log" &
SERVER_PID=$!
PIDS+=($SERVER_PID)
SIDES="nginx server"
if [ -n "$BASELINE" ]; then
  "$BASELINE" --addr "127.0.0.1:$BASELINE_PORT" 2> "$WORK/baseline.log" &
  BASELINE_PID=$!
  PIDS+=($BASELINE_PID)
  SIDES="nginx server baseline"
fi

wait_for() { for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }
wait_for "http://127.0.0.1:$NGINX_PORT/en/"
wait_for "http://127.0.0.1:$SERVER_PORT/en/"
[ -n "$BASELINE" ] && wait_for "http://127.0.0.1:$BASELINE_PORT/en/"
# The server compresses every file with brotli in the background after it starts: wait for
# that to end, so that its CPU time is not counted as the requests'.
wait_warm() { for _ in $(seq 600); do grep -q "every file compressed" "$1" && return 0; sleep 0.1; done; echo "no warm-up in $1" >&2; exit 1; }
wait_warm "$WORK/server.log"
[ -n "$BASELINE" ] && wait_warm "$WORK/baseline.log"
# The export's pages carry no report form (no server behind them to take it): give nginx
# the server's own bytes for every page, so both sides send the same responses.
while read -r url; do
  curl -sf -o "$WORK/site${url}index.html" "http://127.0.0.1:$SERVER_PORT$url"
  curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/site${url}index.html.gz" "http://127.0.0.1:$SERVER_PORT$url"
done < "$WORK/urls.txt"
chmod -R a+rX "$WORK/site"
# Both answer the same gzip bytes for a page.
cmp <(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/km/smart/kiosk/") \
    <(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$SERVER_PORT/km/smart/kiosk/") \
  || { echo "nginx and the server send different bytes" >&2; exit 1; }

# CPU time (user + system, in clock ticks) of a side's processes: nginx's master and
# workers, or the server's one process. Requests/s moves with whatever else the shared
# machine runs; CPU time per request is the steadier measure of what a side costs.
pids_of() {
  if [ "$1" = nginx ]; then
    local master; master=$(cat "$WORK/nginx.pid"); echo "$master" $(pgrep -P "$master")
  else
    [ "$1" = server ] && echo "$SERVER_PID" || echo "$BASELINE_PID"
  fi
}
cpu_ticks() { for pid in $(pids_of "$1"); do awk '{ print $14 + $15 }' "/proc/$pid/stat"; done | awk '{ s += $1 } END { print s }'; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

run() { # name port -> "rps p99_us errors cpu_us_per_request"
  local before after result
  before=$(cpu_ticks "$1")
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/urls.lua \
    "http://127.0.0.1:$2" -- "$WORK/urls.txt" | awk '/^RESULT/ { sub("rps=","",$2); sub("p99_us=","",$3); sub("errors=","",$4); print $2, $3, $4 }')
  after=$(cpu_ticks "$1")
  echo "$result" | awk -v ticks=$((after - before)) -v hz="$TICKS_PER_SECOND" -v secs="$SECONDS_PER_RUN" \
    '{ printf "%s %s %s %.2f\n", $1, $2, $3, ticks / hz * 1e6 / ($1 * secs) }'
}

echo "warming up…"
SECONDS_PER_RUN=3 run nginx $NGINX_PORT >/dev/null
SECONDS_PER_RUN=3 run server $SERVER_PORT >/dev/null
[ -n "$BASELINE" ] && SECONDS_PER_RUN=3 run baseline $BASELINE_PORT >/dev/null

printf '%-6s %-7s %12s %10s %7s %14s\n' round side requests/s p99_ms errors cpu_us/request
for round in $(seq "$ROUNDS"); do
  for side in $SIDES; do
    port=$NGINX_PORT; [ "$side" = server ] && port=$SERVER_PORT; [ "$side" = baseline ] && port=$BASELINE_PORT
    read -r rps p99 errors cpu < <(run "$side" "$port")
    printf '%-6s %-7s %12s %10.2f %7s %14s\n' "$round" "$side" "$rps" "$(echo "$p99/1000" | bc -l)" "$errors" "$cpu"
    echo "$side $rps $p99 $errors $cpu" >> "$WORK/results"
  done
done
PEAK_RSS_KB=$(awk '/VmHWM/ { print $2 }' "/proc/$SERVER_PID/status")
echo "log lines written: nginx $(wc -l < "$WORK/access.log"), server $(wc -l < "$WORK/server.log")"

awk -v rss="$PEAK_RSS_KB" '
  { n[$1]++; rps[$1] += $2; if ($3 > p99[$1]) p99[$1] = $3; err[$1] += $4; cpu[$1] += $5 }
  END {
    printf "\nmean requests/s: nginx %.0f, server %.0f, ratio %.2f (target >= 1.5)\n",
      rps["nginx"]/n["nginx"], rps["server"]/n["server"], (rps["server"]/n["server"])/(rps["nginx"]/n["nginx"])
    printf "worst p99: nginx %.2f ms, server %.2f ms (target: server <= nginx)\n", p99["nginx"]/1000, p99["server"]/1000
    printf "mean CPU per request: nginx %.2f us, server %.2f us, ratio %.2f (goal <= 0.7)\n", cpu["nginx"]/n["nginx"], cpu["server"]/n["server"], (cpu["server"]/n["server"])/(cpu["nginx"]/n["nginx"])
    if (n["baseline"]) printf "baseline: %.0f requests/s, CPU per request %.2f us; server/baseline CPU %.3f\n", rps["baseline"]/n["baseline"], cpu["baseline"]/n["baseline"], (cpu["server"]/n["server"])/(cpu["baseline"]/n["baseline"])
    printf "errors: nginx %d, server %d\n", err["nginx"], err["server"]
    printf "server peak RSS under load: %.1f MB (target <= 20 MB)\n", rss/1024
  }' "$WORK/results"

# Start-up: process start to the first 200, five times, on a fresh port each time.
python3 - "$BIN" <<'PY'
import socket, subprocess, sys, time
times = []
for i in range(5):
    port = 18090 + i
    start = time.perf_counter()
    proc = subprocess.Popen([sys.argv[1], "--addr", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    if s.recv(12).startswith(b"HTTP/1.1 200"):
                        break
            except OSError:
                time.sleep(0.001)
            if time.perf_counter() - start > 10:
                sys.exit("no 200 within 10 s")
        times.append((time.perf_counter() - start) * 1000)
    finally:
        proc.terminate(); proc.wait()
times.sort()
print(f"start-up to first 200: median {times[2]:.1f} ms, worst {times[-1]:.1f} ms (target <= 50 ms)")
PY

# Size: each page's gzip HTML plus the gzip stylesheet.
CSS_GZ=$(find "$WORK/site/static" -name '*.css.gz' -printf '%s\n')
find "$WORK/site" -name index.html.gz -printf '%s %P\n' | sort -n | tail -1 | while read -r size file; do
  printf 'largest page: %s, %d B gzip + %d B stylesheet = %.1f KB (target <= 14 KB)\n' \
    "${file%index.html.gz}" "$size" "$CSS_GZ" "$(echo "($size+$CSS_GZ)/1024" | bc -l)"
done
