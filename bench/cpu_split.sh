#!/usr/bin/env bash
# Where the CPU goes while wrk rotates over a list of paths: gunicorn's workers against
# PostgreSQL's backends, from /proc/<pid>/stat ticks (1/100 s) over 8 s of wrk -c4.
# Usage, with DATABASE_URL set as for the bench (the corpus loaded, pages rendered):
#   bench/cpu_split.sh var/bench/peer-portal-1.txt [PORT]
# Settings as the bench's "fragments kept" mode; extra variables pass through
# (e.g. DATABASE_PREPARED_STATEMENTS=0).
set -euo pipefail
paths=$(realpath "$1") port=${2:-18399}
cd "$(dirname "$0")/.."
export DJANGO_ENV=production DEBUG=0 SECRET_KEY="bench-only-$(printf 'x%.0s' {1..50})" \
  ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 BENCH=1 MEDIA_ROOT="$PWD/var/bench/media" \
  STATIC_ROOT="$PWD/var/bench/static" PAGE_CACHE_SECONDS=0 LOG_LEVEL=WARNING CACHE_URL=locmem://portal \
  FRAGMENT_CACHE_SECONDS=600 CLIENT_IP_HEADER=REMOTE_ADDR
.venv/bin/gunicorn config.wsgi:application --workers 2 --bind "127.0.0.1:$port" --log-level warning &
server=$!
trap 'kill $server; wait $server 2>/dev/null || true' EXIT
sleep 3
script=$(mktemp --suffix .lua)
printf 'local paths = {}\nfor line in io.lines("%s") do paths[#paths + 1] = line end\nlocal i = 0\nrequest = function()\n  i = i %% #paths + 1\n  return wrk.format("GET", paths[i])\nend\n' "$paths" > "$script"
wrk -t1 -c4 -d3s -s "$script" "http://127.0.0.1:$port/" > /dev/null  # warm up
ticks() { for pid in $(pgrep "$@"); do awk '{print $14 + $15}' "/proc/$pid/stat"; done | paste -sd+ | bc; }
app=$(ticks -f "gunicorn config.wsgi"); db=$(ticks -u postgres -f "postgres: .*portal")
out=$(wrk -t1 -c4 -d8s -s "$script" "http://127.0.0.1:$port/")
app=$(( $(ticks -f "gunicorn config.wsgi") - app )); db=$(( $(ticks -u postgres -f "postgres: .*portal") - db ))
rate=$(grep -oP 'Requests/sec:\s+\K[\d.]+' <<<"$out")
awk -v r="$rate" -v a="$app" -v d="$db" 'BEGIN { n = r * 8; printf "%.0f req/s; per request: gunicorn %.2f ms, PostgreSQL %.2f ms of CPU\n", r, a * 10 / n, d * 10 / n }'
rm -f "$script"
