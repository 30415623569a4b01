#!/usr/bin/env bash
# Start or stop a throwaway Redis (Debian's redis-server) on a loopback port, nothing saved to disk.
# Usage: bench/redis.sh start|stop DIR PORT
set -euo pipefail
action=$1 dir=$2 port=$3
case $action in
  start)
    command -v redis-server >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null)
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir"
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && exit 0; sleep 0.1; done
    echo "redis-server did not answer on port $port" >&2; exit 1 ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; rm -f "$dir/redis.pid"; fi ;;
esac
