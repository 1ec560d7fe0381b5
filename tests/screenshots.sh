#!/usr/bin/env bash
# Screenshots of the overview, a channel page and the comparison in each language at 360 px
# (a phone) and 1280 px,
# into ./screenshots (not committed). Uses the system Chromium, offline; starts and stops
# the server on 127.0.0.1:3099 by itself.
#
#   bash tests/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=screenshots
mkdir -p "$out"
cargo build --release --quiet
RUST_LOG=warn target/release/keep-your-number --addr 127.0.0.1:3099 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null http://127.0.0.1:3099/en/ && break; sleep 0.1; done

# The offline flags DEVELOPERS.md asks for, one a line, shared with the browser tests.
mapfile -t offline < tests/chromium-offline-flags.txt
shoot() { # width path file
  chromium "${offline[@]}" --hide-scrollbars --window-size="$1,1400" --screenshot="$3" "http://127.0.0.1:3099$2" 2>/dev/null
}
for lang in zh en km; do
  for width in 360 1280; do
    shoot "$width" "/$lang/" "$out/$lang-overview-$width.png"
    shoot "$width" "/$lang/smart/kiosk/" "$out/$lang-kiosk-smart-$width.png"
    shoot "$width" "/$lang/compare/" "$out/$lang-compare-$width.png"
  done
done
ls -1 "$out"
