#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: a new cluster in a temporary folder, listening
# only on a Unix socket there, removed when done.
#
#   scripts/pg-test-server.sh run CMD [ARGS...]   start, run CMD with VITRINA_TEST_PG set, stop
#   eval "$(scripts/pg-test-server.sh start)"      start; prints the exports (VITRINA_TEST_PG, PGTEST_DIR)
#   scripts/pg-test-server.sh stop DIR             stop the cluster started in DIR and remove it
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged
# user $PG_TEST_USER (default nobody) and the server runs as that user (runuser).
# Installs Debian's postgresql with apt-get when pg_ctl is missing.
set -euo pipefail

PG_TEST_USER=${PG_TEST_USER:-nobody}
DATABASE=vitrina_test

pg_bin() {
    local found
    found=$(command -v pg_ctl 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$found" ]; then
        echo "pg-test-server: installing Debian's postgresql" >&2
        if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
        else sudo apt-get update -qq && sudo apt-get install -y -qq postgresql >/dev/null; fi
        found=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)
    fi
    dirname "$(readlink -f "$found")"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_TEST_USER" -- "$@"; else "$@"; fi
}

start() {
    local bin dir
    bin=$(pg_bin)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vitrina-pg.XXXXXX")
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown "$PG_TEST_USER" "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U vitrina --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    as_owner "$bin/createdb" -h "$dir" -U vitrina "$DATABASE"
    echo "export VITRINA_TEST_PG='postgresql://vitrina@/$DATABASE?host=$dir'"
    echo "export PGTEST_DIR='$dir'"
}

stop() {
    local dir=$1 bin
    bin=$(pg_bin)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:?usage: $0 stop DIR}" ;;
    run)
        shift
        eval "$(start)"
        trap 'stop "$PGTEST_DIR"' EXIT
        status=0
        "$@" || status=$?
        exit $status
        ;;
    *) echo "usage: $0 run CMD [ARGS...] | start | stop DIR" >&2; exit 2 ;;
esac
