#!/usr/bin/env bash
# A throwaway PostgreSQL server for the service's tests, in a temporary directory.
#   scripts/pg-test-server.sh start [port]   → prints the TEST_DATABASE_URL to use (default port 8650)
#   scripts/pg-test-server.sh stop           → stops it and deletes its directory
#   scripts/pg-test-server.sh run [cmd…]     → start, run cmd with TEST_DATABASE_URL set, stop (default: npm run test:server)
# Uses Debian's postgresql (apt-get install postgresql). As root it runs the server as `postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
state_file="${TMPDIR:-/tmp}/engagement-hub-pg-test.dir"

bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return; }; done
  command -v pg_ctl >/dev/null && { dirname "$(command -v pg_ctl)"; return; }
  echo "✖ PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2
  exit 1
}

as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local port="${1:-8650}" bin dir
  bin="$(bin_dir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/engagement-hub-pg.XXXXXX")"
  [[ $(id -u) == 0 ]] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  echo "$dir" >"$state_file"
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  [[ -f "$state_file" ]] || return 0
  local dir
  dir="$(cat "$state_file")"
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir" "$state_file"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  run)
    shift
    url="$(start "${PG_TEST_PORT:-8650}")"
    trap stop EXIT
    if [[ $# -eq 0 ]]; then set -- npm run test:server; fi
    TEST_DATABASE_URL="$url" "$@"
    ;;
  *) echo "usage: $0 start [port] | stop | run [command…]" >&2; exit 2 ;;
esac
