#!/usr/bin/env bash
# Every C++ file follows .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
count=$(echo "$files" | wc -l)
echo "$files" | xargs clang-format --dry-run --Werror
echo "clang-format: $count files clean"
