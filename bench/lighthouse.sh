#!/usr/bin/env bash
# Lighthouse (mobile: 4x CPU slowdown, simulated slow 4G) on a few pages of each kind, in the
# four categories, against the server on 127.0.0.1 only; Chromium stays off the network.
# Installs lighthouse into ./node_modules (not committed). Stops the server by itself.
#
#   bash bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-save --no-package-lock --silent lighthouse@12 >/dev/null
cargo build --release --quiet
db=$(mktemp -d)
RUST_LOG=warn target/release/keep-your-number --addr 127.0.0.1:3098 --database "$db/r.sqlite3" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$db"' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null http://127.0.0.1:3098/en/ && break; sleep 0.1; done
# The offline flags DEVELOPERS.md asks for (one a line, shared with the browser tests), as the
# one string --chrome-flags takes: a value with spaces in single quotes.
flags=""
while IFS= read -r flag; do
  case $flag in
    *' '*) flags+=" ${flag%%=*}='${flag#*=}'" ;;
    *) flags+=" $flag" ;;
  esac
done < tests/chromium-offline-flags.txt
failed=0
for path in /km/ /zh/ /en/ /km/smart/kiosk/ /zh/metfone/online/ /en/compare/ /km/plan/ \
  "/zh/which-operator/?number=012345678" /km/offline/; do
  # A run Lighthouse itself abandons (a protocol timeout on a busy machine) is tried once more,
  # then reported, and the other pages are still measured.
  rm -f "$db/lh.json"
  for attempt in 1 2; do
    CHROME_PATH=/usr/bin/chromium node_modules/.bin/lighthouse "http://127.0.0.1:3098$path" \
      --quiet --chrome-flags="$flags" --form-factor=mobile --output=json \
      --only-categories=performance,accessibility,best-practices,seo --output-path="$db/lh.json" \
      >"$db/lh.log" 2>&1 && break
  done
  if [ ! -s "$db/lh.json" ]; then
    echo "$path: Lighthouse failed twice: $(tail -1 "$db/lh.log")"
    failed=1
    continue
  fi
  python3 - "$path" "$db/lh.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))
scores = " ".join(f"{k}={round(v['score'] * 100)}" for k, v in r["categories"].items())
print(f"{sys.argv[1]:32} {scores}  TBT {r['audits']['total-blocking-time']['displayValue']}")
PY
done
exit "$failed"
