#!/usr/bin/env bash
# What the service worker saves when it installs (issue 14), per language: the number of
# paths, the bytes sent over the network (brotli for pages, manifests and the script and
# stylesheet, as Chromium asks; PNGs as they are), and the bytes stored in the browser's
# cache (bodies are stored decoded). Reads the list from the exported sw.js, so it is the
# server's own list. The build profile does not change the bytes.
#   bash bench/offline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo run --quiet -- export "$dir" >/dev/null
python3 - "$dir" <<'PY'
import json, os, re, sys
root = sys.argv[1]
sw = open(os.path.join(root, "sw.js"), encoding="utf-8").read()
saved = json.loads(re.search(r"var SAVED = (\{.*?\});\n", sw).group(1))
def file_of(path):
    rel = path.lstrip("/")
    return os.path.join(root, rel + "index.html" if rel == "" or rel.endswith("/") else rel)
print(f"{'lang':4} {'paths':>5} {'sent (br)':>10} {'stored':>10}")
for lang, entry in saved.items():
    sent = stored = 0
    for path in entry["paths"]:
        f = file_of(path)
        size = os.path.getsize(f)
        stored += size
        sent += size if f.endswith(".png") else os.path.getsize(f + ".br")
    print(f"{lang:4} {len(entry['paths']):5} {sent:10,} {stored:10,}")
print(f"sw.js: {os.path.getsize(os.path.join(root, 'sw.js')):,} B, {os.path.getsize(os.path.join(root, 'sw.js.br')):,} B brotli")
PY
