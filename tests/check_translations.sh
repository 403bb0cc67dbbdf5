#!/usr/bin/env bash
# Every UI text has a finished Japanese and English translation: lupdate is run over the sources into
# copies of assets/i18n/*.ts, so a text added to the code but not to the .ts files counts as unfinished.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root"/assets/i18n/kakunin_ja.ts "$root"/assets/i18n/kakunin_en.ts "$work"/
(cd "$root" && "$lupdate" -silent app/models app/main.cpp qml -ts "$work/kakunin_ja.ts" "$work/kakunin_en.ts" -no-obsolete)
status=0
for ts in kakunin_ja.ts kakunin_en.ts; do
    total=$(grep -c '<source>' "$work/$ts")
    unfinished=$(grep -c 'type="unfinished"' "$work/$ts" || true)
    empty=$(grep -c '<translation></translation>\|<translation />' "$work/$ts" || true)
    echo "$ts: $total texts, $unfinished unfinished, $empty empty"
    if [ "$unfinished" -gt 0 ]; then
        grep -B3 'type="unfinished"' "$work/$ts" | grep '<source>' | sed 's/^/  unfinished: /' | head -20
        echo "  run: lupdate app/models app/main.cpp qml -ts assets/i18n/*.ts -no-obsolete; scripts/dev/fill_translations.py"
    fi
    [ "$total" -gt 0 ] && [ "$unfinished" -eq 0 ] && [ "$empty" -eq 0 ] || status=1
done
exit $status
