#!/usr/bin/env bash
# Runs kakunin-hq on a free loopback port with a throwaway test CA, for end-to-end tests and by hand.
#   hq_test_server.sh start DIR [KAKUNIN_HQ_BINARY]   start (or keep) a server whose files live in DIR
#   hq_test_server.sh stop DIR                        stop it and remove DIR
#   hq_test_server.sh admin DIR ADMIN-ARGS...         run `kakunin-hq admin ADMIN-ARGS` against its store
# After start, DIR/env holds (shell syntax, one per line):
#   KAKUNIN_HQ_URL=https://127.0.0.1:PORT   KAKUNIN_HQ_PORT=PORT
#   KAKUNIN_HQ_CA=DIR/certs/ca.pem          the CA to trust (the certificate names localhost and 127.0.0.1)
#   KAKUNIN_HQ_PIN=sha256//…                the server key's pin; KAKUNIN_HQ_BACKUP_PIN=sha256//… a spare one
#   KAKUNIN_HQ_DATA=DIR/data                the embedded store (admin commands take --data-dir "$KAKUNIN_HQ_DATA")
#   KAKUNIN_HQ_BIN=…/kakunin-hq
# Users made at start: rep-001 and rep-002 (sales_rep), inst-001 (installer), hq-call-001 and hq-admin
# (head_office). Enrollment codes: `hq_test_server.sh admin DIR issue-code --user rep-001` prints one.
# With KAKUNIN_HQ_DB set (a PostgreSQL URL) the server uses that database instead of the embedded store.
set -euo pipefail
cmd=${1:?usage: hq_test_server.sh start|stop|admin DIR ...}
dir=${2:?usage: hq_test_server.sh start|stop|admin DIR ...}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

case "$cmd" in
start)
    bin=${3:-${KAKUNIN_HQ_BIN:-}}
    [ -x "$bin" ] || { echo "hq_test_server.sh: give the kakunin-hq binary (argument 3 or KAKUNIN_HQ_BIN)" >&2; exit 2; }
    bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
        exit 0 # already running
    fi
    "$here/make_test_cert.sh" "$dir/certs"
    store=(--data-dir "$dir/data")
    [ -n "${KAKUNIN_HQ_DB:-}" ] && store=(--db "$KAKUNIN_HQ_DB")
    for u in "rep-001 sales_rep" "rep-002 sales_rep" "inst-001 installer" "hq-call-001 head_office" "hq-admin head_office"; do
        set -- $u
        "$bin" admin create-user --id "$1" --role "$2" "${store[@]}" >/dev/null 2>&1 || true
    done
    rm -f "$dir/port"
    "$bin" serve --cert "$dir/certs/server.pem" --key "$dir/certs/server.key" --port 0 --port-file "$dir/port" \
        "${store[@]}" --log >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
        [ -s "$dir/port" ] && break
        kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
        sleep 0.05
    done
    [ -s "$dir/port" ] || { echo "kakunin-hq did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    port=$(cat "$dir/port")
    cat >"$dir/env" <<ENV
KAKUNIN_HQ_URL=https://127.0.0.1:$port
KAKUNIN_HQ_PORT=$port
KAKUNIN_HQ_CA=$dir/certs/ca.pem
KAKUNIN_HQ_PIN=sha256//$(cat "$dir/certs/server.pin")
KAKUNIN_HQ_BACKUP_PIN=sha256//$(cat "$dir/certs/backup.pin")
KAKUNIN_HQ_DATA=$dir/data
KAKUNIN_HQ_BIN=$bin
ENV
    echo "kakunin-hq test server: https://127.0.0.1:$port (files in $dir)"
    ;;
stop)
    if [ -f "$dir/pid" ]; then
        pid=$(cat "$dir/pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    fi
    rm -rf "$dir"
    ;;
admin)
    shift 2
    # shellcheck disable=SC1091
    . "$dir/env"
    store=(--data-dir "$KAKUNIN_HQ_DATA")
    [ -n "${KAKUNIN_HQ_DB:-}" ] && store=(--db "$KAKUNIN_HQ_DB")
    exec "$KAKUNIN_HQ_BIN" admin "$@" "${store[@]}"
    ;;
*)
    echo "usage: hq_test_server.sh start|stop|admin DIR ..." >&2
    exit 2
    ;;
esac
