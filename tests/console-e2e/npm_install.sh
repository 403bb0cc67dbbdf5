#!/usr/bin/env bash
# Installs the console e2e tests' npm dependencies (playwright-core, pinned by package-lock.json) into the build
# folder, never into the source tree: npm_install.sh SOURCE_DIR TARGET_DIR. Idempotent: skipped while
# TARGET_DIR holds an install from the same package-lock.json.
set -euo pipefail
src=${1:?usage: npm_install.sh SOURCE_DIR TARGET_DIR}
dst=${2:?usage: npm_install.sh SOURCE_DIR TARGET_DIR}
mkdir -p "$dst"
if [ -f "$dst/installed.lock.json" ] && [ -d "$dst/node_modules/playwright-core" ] \
    && cmp -s "$src/package-lock.json" "$dst/installed.lock.json"; then
    echo "playwright-core: up to date in $dst"
    exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dst/"
# No install scripts: playwright-core downloads nothing by itself, and the tests use Debian's /usr/bin/chromium.
npm ci --prefix "$dst" --ignore-scripts --no-audit --no-fund
cp "$src/package-lock.json" "$dst/installed.lock.json"
echo "playwright-core: installed in $dst"
