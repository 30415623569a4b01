#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL 15 cluster on a private socket, as the postgres user.
# Usage: bench/pg.sh start|stop DIR PORT
set -euo pipefail
action=$1 dir=$2 port=$3
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
case $action in
  start)
    rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir"
    runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c shared_buffers=256MB" start >/dev/null
    runuser -u postgres -- psql -h "$dir" -p "$port" -U postgres -qc "CREATE DATABASE portal" ;;
  stop)
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true ;;
esac
