#!/bin/sh
# A throwaway PostgreSQL for the store's tests: installs it (apt-get) when missing, initialises
# a cluster in a temp folder, starts it on 127.0.0.1 only, and prints the URL to use as
# CROSSCHECK_TEST_PG on standard output (everything else goes to standard error).
#
#   export CROSSCHECK_TEST_PG="$(.ci/postgres.sh)"   # start (idempotent)
#   .ci/postgres.sh stop                              # stop it again
#
# Settings: CROSSCHECK_PG_DIR (data folder, default /tmp/crosscheck-pg), CROSSCHECK_PG_PORT
# (default 54329, away from a system server on 5432). Trust authentication, fsync off: for
# tests only, never for data you want to keep.
set -eu

DIR="${CROSSCHECK_PG_DIR:-/tmp/crosscheck-pg}"
PORT="${CROSSCHECK_PG_PORT:-54329}"
DB=crosscheck_test

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
fi
BIN="$(pg_bin)"

# PostgreSQL refuses to run as root: run its tools as the postgres user when we are root.
if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [ "${1:-start}" = stop ]; then
  as_pg "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  chmod 700 "$DIR"
  as_pg "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c full_page_writes=off" start >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi

echo "postgres://postgres@127.0.0.1:$PORT/$DB"
