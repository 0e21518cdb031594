#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the publish tests.
#
#   eval "$(jobs/ci/postgres.sh start [DIR])"   initdb into DIR, start on a free port, print exports
#   jobs/ci/postgres.sh stop [DIR]              stop the cluster and remove DIR
#
# DIR defaults to ${TMPDIR:-/tmp}/annals-pg. The cluster listens on 127.0.0.1 only, requires a
# password (scram-sha-256), and has one database, annals_test. `start` prints shell exports:
# ANNALS_TEST_PG_URL (the JDBC URL, without credentials), PGUSER and PGPASSWORD.
# Needs Debian's postgresql package (binaries in /usr/lib/postgresql/<version>/bin). When run as
# root, the server runs as the postgres user, since PostgreSQL refuses to run as root.
set -euo pipefail

cmd="${1:-}"
dir="${2:-${TMPDIR:-/tmp}/annals-pg}"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server found; apt-get install -y --no-install-recommends postgresql" >&2
  exit 2
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local p
  for p in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  echo "postgres.sh: no free port in 54320-54420" >&2
  return 1
}

case "$cmd" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      echo "postgres.sh: a cluster is already running in $dir; stop it first" >&2
      exit 1
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    port="$(free_port)"
    user="annals"
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    printf '%s\n' "$password" >"$dir/pwfile"
    chmod 600 "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then
      chown -R postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD="$password" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres \
      -c "CREATE DATABASE annals_test" >/dev/null
    echo "$port" >"$dir/port"
    echo "export ANNALS_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/annals_test'"
    echo "export PGUSER='$user'"
    echo "export PGPASSWORD='$password'"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac
