#!/usr/bin/env bash
# A throwaway PostgreSQL for the head-office tests (CTest fixture hq_postgres).
#   postgres_fixture.sh start DIR   initdb into DIR/data, start on a free loopback port, create database
#                                   kakunin_test, write its URL to DIR/url
#   postgres_fixture.sh stop DIR    stop the server and remove DIR
# initdb and postgres refuse to run as root: as root they run as the `postgres` user (Debian's package makes
# it), in a folder that user owns. Uses Debian's PostgreSQL 15 binaries (package postgresql).
set -euo pipefail
cmd=${1:?usage: postgres_fixture.sh start|stop DIR}
dir=${2:?usage: postgres_fixture.sh start|stop DIR}
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$cmd" in
start)
    [ -x "$bin/initdb" ] || { echo "postgres_fixture.sh: no PostgreSQL in $bin (install the package postgresql)" >&2; exit 1; }
    stop # a leftover from an interrupted run
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    mkdir -p "$dir/data" "$dir/run"
    if [ ${#as_owner[@]} -gt 0 ]; then
        chown postgres: "$dir" "$dir/data" "$dir/run"
    fi
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U kakunin -A trust -E UTF8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: ask the kernel for one, then let PostgreSQL take it (retry if someone was quicker).
    for attempt in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k $dir/run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            break
        fi
        [ "$attempt" -eq 5 ] && { cat "$dir/postgres.log" >&2; exit 1; }
    done
    "${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U kakunin kakunin_test
    echo "postgresql://kakunin@127.0.0.1:$port/kakunin_test" >"$dir/url.tmp"
    mv "$dir/url.tmp" "$dir/url"
    echo "PostgreSQL for tests: $(cat "$dir/url")"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: postgres_fixture.sh start|stop DIR" >&2
    exit 2
    ;;
esac
