# Head office for scripts/demo, scripts/hq and scripts/bench: certificates, demo users, a server in the
# background, a throwaway PostgreSQL. Source after lib/common.sh. docs/operations.md explains the pieces.
# shellcheck shell=bash

# The demo's users: two sales reps, an installer, a confirmation caller and an administrator at head office.
HQ_DEMO_USERS=(rep-001:sales_rep rep-002:sales_rep inst-001:installer ho-caller-01:head_office ho-admin-01:head_office
    call-001:confirmation_staff admin-001:compliance_admin audit-001:auditor)
# The console users' password in the demo (scripts/demo prints it; never used outside the demo).
HQ_DEMO_CONSOLE_PASSWORD=kakunin-demo-2026

# hq_make_certs DIR: a local CA and a server certificate for kakunin-hq, made once and kept while valid
# (idempotent). DIR/ca.pem is what a tablet trusts; server.pem + server.key are kakunin-hq's --cert/--key; the
# certificate names localhost, 127.0.0.1 and this machine's host name. server.pin and backup.pin hold the
# public-key pins (base64 SHA-256 of the key, libcurl's "sha256//" form) of the served key and of a spare key.
hq_make_certs() {
    local dir=$1
    mkdir -p "$dir"
    if [ -s "$dir/server.pem" ] && [ -s "$dir/server.key" ] && [ -s "$dir/ca.pem" ] && [ -s "$dir/server.pin" ] \
        && [ -s "$dir/backup.pin" ] \
        && openssl x509 -in "$dir/server.pem" -noout -checkend $((30 * 86400)) >/dev/null 2>&1 \
        && openssl verify -CAfile "$dir/ca.pem" "$dir/server.pem" >/dev/null 2>&1; then
        return 0
    fi
    log "Making a local CA and a server certificate for kakunin-hq in $dir"
    local host
    host=$(hostname 2>/dev/null || echo localhost)
    (
        cd "$dir"
        umask 077
        rm -f ca.key ca.pem server.key server.pem backup.key server.pin backup.pin
        openssl ecparam -name prime256v1 -genkey -noout -out ca.key 2>/dev/null
        openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/CN=Kakunin Demo CA" -out ca.pem \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        openssl ecparam -name prime256v1 -genkey -noout -out server.key 2>/dev/null
        openssl ecparam -name prime256v1 -genkey -noout -out backup.key 2>/dev/null
        openssl req -new -key server.key -subj "/CN=localhost" -out server.csr 2>/dev/null
        printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" \
            "extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:$host" >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 \
            -extfile server.ext -out server.pem 2>/dev/null
        rm -f server.csr server.ext ca.srl
        for k in server backup; do
            openssl pkey -in "$k.key" -pubout -outform DER 2>/dev/null | openssl dgst -sha256 -binary \
                | openssl base64 -A >"$k.pin"
        done
        chmod 644 ca.pem server.pem server.pin backup.pin
    )
}

# hq_create_users BIN STORE-ARGS...: the demo users (a user that exists already is kept as it is).
hq_create_users() {
    local bin=$1
    shift
    local u out
    for u in "${HQ_DEMO_USERS[@]}"; do
        if ! out=$("$bin" admin create-user --id "${u%%:*}" --role "${u##*:}" "$@" 2>&1); then
            case "$out" in
                *exists*) ;;
                *) echo "$out" >&2; return 1 ;;
            esac
        fi
    done
    # Console users sign in with a password (Argon2id); setting it again keeps the demo idempotent.
    for u in call-001 admin-001 audit-001; do
        printf '%s\n' "$HQ_DEMO_CONSOLE_PASSWORD" | "$bin" admin set-password "$u" "$@" >/dev/null
    done
}

# hq_start BIN CERTDIR LOGFILE SERVE-ARGS...: kakunin-hq in the background on 127.0.0.1 and a free port.
# Sets HQ_PID, HQ_PORT and HQ_URL. Stop it with hq_stop.
hq_start() {
    local bin=$1 certs=$2 logfile=$3
    shift 3
    local portfile
    portfile=$(mktemp)
    rm -f "$portfile"
    "$bin" serve --cert "$certs/server.pem" --key "$certs/server.key" --host 127.0.0.1 --port 0 \
        --port-file "$portfile" --log "$@" >"$logfile" 2>&1 &
    HQ_PID=$!
    local _
    for _ in $(seq 1 200); do
        [ -s "$portfile" ] && break
        if ! kill -0 "$HQ_PID" 2>/dev/null; then
            cat "$logfile" >&2
            echo "kakunin-hq did not start (log: $logfile)" >&2
            return 1
        fi
        sleep 0.05
    done
    [ -s "$portfile" ] || { echo "kakunin-hq did not start in 10 s (log: $logfile)" >&2; return 1; }
    HQ_PORT=$(cat "$portfile")
    HQ_URL="https://127.0.0.1:$HQ_PORT"
    rm -f "$portfile"
}

hq_stop() {
    if [ -n "${HQ_PID:-}" ] && kill -0 "$HQ_PID" 2>/dev/null; then
        kill "$HQ_PID" 2>/dev/null || true # SIGTERM: kakunin-hq stops cleanly
        local _
        for _ in $(seq 1 100); do kill -0 "$HQ_PID" 2>/dev/null || break; sleep 0.05; done
    fi
    HQ_PID=
}

# pg_start DIR: a throwaway PostgreSQL in DIR on a free loopback port (initdb + pg_ctl, as the postgres user
# when run as root); sets PG_URL. pg_stop DIR stops it and removes DIR. Same fixture as the tests use.
pg_start() {
    "$ROOT/tests/headoffice/postgres_fixture.sh" start "$1" >/dev/null
    PG_URL=$(cat "$1/url")
}

pg_stop() {
    "$ROOT/tests/headoffice/postgres_fixture.sh" stop "$1"
}
