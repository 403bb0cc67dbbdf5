# Shared by scripts/demo, scripts/test and scripts/bench: Debian packages and the build.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Every Debian 12 package the project needs to build, run, test and benchmark.
KAKUNIN_PACKAGES=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-l10n-tools qt6-tools-dev qt6-qpa-plugins
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtquick-templates qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qml6-module-qttest
    qml6-module-qtqml-workerscript
    libsqlcipher-dev qtkeychain-qt6-dev libargon2-dev libsodium-dev libssl-dev
    libcurl4-openssl-dev libcpp-httplib-dev libpqxx-dev postgresql nlohmann-json3-dev libqrencode-dev
    catch2 sqlite3 tzdata clang-format
    xvfb xauth fonts-noto-cjk fonts-morisawa-bizud-gothic imagemagick poppler-utils zbar-tools
    python3-cryptography chromium
    zlib1g-dev openssl util-linux
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_packages() {
    local missing=()
    for p in "${KAKUNIN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "Debian packages: all ${#KAKUNIN_PACKAGES[@]} present"
        return 0
    fi
    log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# Configure (once) and build one CMake preset.
build_preset() {
    local preset=$1
    cd "$ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        log "Configuring preset $preset"
        cmake --preset "$preset" >/dev/null
    fi
    log "Building preset $preset"
    cmake --build --preset "$preset" -j "$(nproc)"
}

# Qt wants a private runtime folder; headless machines and CI often have none.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="/tmp/runtime-$(id -u)"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
