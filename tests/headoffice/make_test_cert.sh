#!/usr/bin/env bash
# Makes a throwaway test CA and a server certificate for kakunin-hq on loopback (tests only).
# Usage: make_test_cert.sh OUTDIR
# Writes OUTDIR/ca.pem (trust this), server.pem + server.key (kakunin-hq --cert/--key, CN and SAN localhost and
# 127.0.0.1, valid 825 days), backup.key (a spare key for the backup pin) and the public-key pins
# server.pin / backup.pin (base64 SHA-256 of the SubjectPublicKeyInfo, as libcurl's CURLOPT_PINNEDPUBLICKEY
# takes them after "sha256//"). Safe to run again: an existing, still valid set is kept.
set -euo pipefail
out=${1:?usage: make_test_cert.sh OUTDIR}
mkdir -p "$out"
cd "$out"
if [ -s server.pem ] && [ -s server.key ] && [ -s ca.pem ] && openssl x509 -in server.pem -noout -checkend 86400 >/dev/null 2>&1; then
    exit 0
fi
pin() { openssl pkey -in "$1" -pubout -outform DER 2>/dev/null | openssl dgst -sha256 -binary | openssl base64 -A; }
umask 077
openssl ecparam -name prime256v1 -genkey -noout -out ca.key 2>/dev/null
openssl req -x509 -new -key ca.key -sha256 -days 825 -subj "/CN=Kakunin Test CA" -out ca.pem \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out server.key 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out backup.key 2>/dev/null
openssl req -new -key server.key -subj "/CN=localhost" -out server.csr 2>/dev/null
cat > server.ext <<'EXT'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
pin server.key > server.pin
pin backup.key > backup.pin
chmod 644 ca.pem server.pem server.pin backup.pin
