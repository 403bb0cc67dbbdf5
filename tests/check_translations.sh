#!/usr/bin/env bash
# Every UI text has a finished Japanese and English translation (assets/i18n).
set -euo pipefail
cd "$(dirname "$0")/../assets/i18n"
status=0
for ts in kakunin_ja.ts kakunin_en.ts; do
    total=$(grep -c '<source>' "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -c '<translation></translation>\|<translation />' "$ts" || true)
    echo "$ts: $total texts, $unfinished unfinished, $empty empty"
    [ "$total" -gt 0 ] && [ "$unfinished" -eq 0 ] && [ "$empty" -eq 0 ] || status=1
done
exit $status
