#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests, run as the postgres user (initdb refuses root).
#
#   src/test/scripts/postgres.sh start DIR [PORT]   installs PostgreSQL from Debian if missing, creates the cluster
#                                                   in DIR, starts it, creates role and database "portal"
#   src/test/scripts/postgres.sh stop DIR           stops it (fast shutdown) and removes DIR
#   src/test/scripts/postgres.sh pause DIR          stops the server only (an outage); resume DIR PORT starts it again
set -euo pipefail
action=${1:?start or stop}
dir=${2:?cluster directory}
port=${3:-55432}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  echo "$found"
}

# From / : the checkout may sit in a directory the postgres account cannot enter (mktemp -d).
as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && $SUDO -u postgres "$@"); fi
}

case "$action" in
  start)
    if [ -z "$(bin)" ]; then
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    fi
    # Debian's package may start its own cluster on 5432; ours is separate and on its own port.
    BIN=$(bin)
    mkdir -p "$dir/data" "$dir/sock" "$dir/log"
    chown -R postgres "$dir" 2>/dev/null || $SUDO chown -R postgres "$dir"
    chmod 755 "$dir"
    as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=md5 >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log/pg.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock" start >/dev/null
    psql -h "$dir/sock" -p "$port" -U postgres -q \
      -c "CREATE ROLE portal LOGIN PASSWORD 'portal'" -c "CREATE DATABASE portal OWNER portal" >/dev/null
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, cluster $dir"
    ;;
  stop)
    BIN=$(bin)
    if [ -n "$BIN" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  pause)  # an outage: the server stops, the cluster stays
    as_postgres "$(bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    as_postgres "$(bin)/pg_ctl" -D "$dir/data" -l "$dir/log/pg.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock" start >/dev/null
    ;;
  *) echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2 ;;
esac
