#!/bin/sh
# Installs the Debian 12 packages Nianbao needs, builds it, then starts it or runs the tests.
#   sh packaging/setup.sh app    install, build and start the window
#   sh packaging/setup.sh test   install, build and run the whole test suite (ctest)
# Works as root, with sudo (the build then belongs to the invoking user) and when run again.
set -eu

mode=${1:-}
case "$mode" in
    app | test) ;;
    *) echo "usage: sh packaging/setup.sh app|test" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
build=${NIANBAO_BUILD_DIR:-$top/build}

packages="build-essential cmake ninja-build pkgconf
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-base-private-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 libgl-dev libfontconfig-dev libfreetype-dev
    zlib1g-dev
    fonts-noto-cjk fonts-arphic-ukai fonts-dejavu-core fonts-dejavu-extra python3 python3-fonttools python3-jsonschema
    poppler-utils libxlsxwriter-dev python3-openpyxl libzip-dev
    libpodofo-dev libpoppler-qt6-dev libssl-dev openssl libnss3-tools"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
# Under sudo, build and run as the person who called it, so the build tree stays theirs.
as_user() {
    if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        sudo -u "$SUDO_USER" -- "$@"
    else
        "$@"
    fi
}

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

as_user cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
as_user cmake --build "$build" --parallel

if [ "$mode" = app ]; then
    as_user "$build/app/nianbao"
else
    cd "$build"
    as_user env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
fi
