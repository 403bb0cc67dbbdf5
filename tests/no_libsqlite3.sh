#!/usr/bin/env bash
# One SQLite per process (DESIGN.md): no executable of the project may map libsqlite3.
# Usage: no_libsqlite3.sh BUILD_DIR — checks every ELF executable the build produced, so new ones are covered.
set -u
build=${1:?usage: no_libsqlite3.sh BUILD_DIR}
status=0
checked=0
while IFS= read -r bin; do
    [ "$(head -c 4 "$bin" | od -An -c | tr -d ' ')" = "177ELF" ] || continue
    checked=$((checked + 1))
    libs=$(ldd "$bin" 2>&1) || { echo "FAIL $bin: ldd failed"; status=1; continue; }
    if grep -q 'libsqlite3\.so' <<<"$libs"; then
        echo "FAIL $bin maps libsqlite3:"; grep 'libsqlite3' <<<"$libs"; status=1
    else
        echo "ok   ${bin#"$build"/}"
    fi
done < <(find "$build" -type f -perm -u+x -not -path '*/CMakeFiles/*' -not -name '*.so*' -not -name '*.sh' | sort)
echo "checked $checked executables"
# The project has well over a dozen executables; finding few means the scan looked in the wrong place.
[ "$checked" -ge 12 ] || { echo "FAIL only $checked executables found under $build"; exit 1; }
exit $status
