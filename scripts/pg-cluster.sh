#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback, for the tests (CI's .ci/run, test/support/postgres.ts,
# and a developer who wants one: see the README).
#   scripts/pg-cluster.sh start DIR PORT   creates DIR if needed, starts, prints the connection URL
#   scripts/pg-cluster.sh stop DIR         stops it (the data stays)
#   scripts/pg-cluster.sh destroy DIR      stops it and deletes DIR
# PostgreSQL refuses to run as root: as root, it runs as the postgres user (Debian's package makes it).
# PG_BIN overrides where pg_ctl and initdb are looked for.
set -euo pipefail

bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  if command -v pg_ctl >/dev/null 2>&1; then
    bin="$(dirname "$(command -v pg_ctl)")"
  else
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
fi
if [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql (or set PG_BIN to the folder with pg_ctl)" >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

command="${1:-}"
dir="${2:-}"
# "probe": only whether PostgreSQL is installed (exit 0) or not (exit 3).
[ "$command" = probe ] && exit 0
[ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR | destroy DIR" >&2; exit 2; }
case "$command" in
  start)
    port="${3:?usage: $0 start DIR PORT}"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --no-locale --no-sync >/dev/null
    fi
    # Loopback only, the socket in DIR, and no fsync: the data is thrown away.
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  destroy)
    as_owner "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR | destroy DIR" >&2
    exit 2
    ;;
esac
