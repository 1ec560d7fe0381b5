#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1, for the storage tests:
#
#   bash tests/with-postgres.sh cargo test --test reports
#
# Installs PostgreSQL from the distribution's packages if it is missing (as root, with
# apt-get), creates a cluster in a temporary folder owned by the postgres user, starts it
# on a free loopback port, exports POSTGRES_TEST_URL, runs the command, then stops the
# server and deletes the cluster, whatever the command's outcome.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is not installed and cannot be installed here" >&2
    exit 1
  fi
fi
BIN=$(pg_bin)
# initdb refuses to run as root: the cluster belongs to the postgres user (or, when not
# root, to whoever runs this).
AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /nonexistent postgres
  AS=(runuser -u postgres --)
fi
PGDIR=$(mktemp -d /tmp/kyn-postgres.XXXXXX)
chmod 0755 "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)

stop() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop EXIT

"${AS[@]}" "$BIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${AS[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c fsync=on" >/dev/null
export POSTGRES_TEST_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT for the tests" >&2
"$@"
