#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a private cluster in DIR, listening only on
# a socket in DIR on a private port, owned by a non-root user (as root: the "postgres"
# user of Debian's package, so DIR must be reachable by it, e.g. under /tmp).
#
#   scripts/pg-cluster.sh start DIR   # installs Debian's postgresql if missing; prints the URL
#   scripts/pg-cluster.sh stop DIR
#
# The URL printed is what the tests read from CSDESK_TEST_PG:
#   postgresql+psycopg://csdesk@/csdesk_test?host=DIR/socket&port=PORT
# A second role, "seat" with the password "seat-password", must give it (scram-sha-256),
# for the tests of a seat's password; "csdesk" is trusted.
set -euo pipefail
action="${1:?start or stop}"
dir="$(mkdir -p "${2:?a folder}" && cd "$2" && pwd)"
port="${CSDESK_PG_PORT:-55432}"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {  # initdb and the server refuse to run as root
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$dir" && runuser -u postgres -- "$@")  # from a folder that user may enter
  else
    "$@"
  fi
}

case "$action" in
  start)
    if [ -z "$(find_bin)" ]; then
      SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      $SUDO apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        postgresql >&2
    fi
    bin="$(find_bin)"
    mkdir -p "$dir/socket"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U csdesk -A trust -E UTF8 --no-locale >"$dir/initdb.log"
    as_owner sh -c "{ echo 'local all seat scram-sha-256'; cat '$dir/data/pg_hba.conf'; } \
      > '$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir/socket -c listen_addresses='' -c fsync=off" start >&2
    as_owner "$bin/createdb" -h "$dir/socket" -p "$port" -U csdesk csdesk_test
    as_owner "$bin/psql" -q -h "$dir/socket" -p "$port" -U csdesk -d csdesk_test -c \
      "CREATE ROLE seat LOGIN CREATEDB PASSWORD 'seat-password'"
    echo "postgresql+psycopg://csdesk@/csdesk_test?host=$dir/socket&port=$port"
    ;;
  stop)
    bin="$(find_bin)"
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
