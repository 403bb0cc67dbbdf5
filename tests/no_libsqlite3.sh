#!/usr/bin/env bash
# One SQLite per process (DESIGN.md): every binary must map SQLCipher and never libsqlite3.
set -u
status=0
for bin in "$@"; do
    libs=$(ldd "$bin") || { echo "FAIL $bin: ldd failed"; status=1; continue; }
    if grep -q 'libsqlite3\.so' <<<"$libs"; then
        echo "FAIL $bin maps libsqlite3:"; grep 'libsqlite3' <<<"$libs"; status=1
    else
        echo "ok   $bin"
    fi
done
checked=$#
[ "$checked" -gt 0 ] || { echo "FAIL no binaries given"; exit 1; }
echo "checked $checked binaries"
exit $status
