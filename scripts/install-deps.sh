#!/usr/bin/env bash
# Installs the Debian packages PaiDesk needs to build, run and test, skipping those already present.
# As root it runs apt-get; otherwise it prints the command for someone who can.
#   scripts/install-deps.sh          build and run dependencies
#   scripts/install-deps.sh --test   also what the test suite needs
#   scripts/install-deps.sh --fuzz   also clang and its libFuzzer runtime, for the fuzz preset
# The options can be combined.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
    libgl-dev libssl-dev
    fonts-noto-cjk
)
want_test=false
want_fuzz=false
for option in "$@"; do
    case "$option" in
    --test) want_test=true ;;
    --fuzz) want_fuzz=true ;;
    *)
        echo "usage: scripts/install-deps.sh [--test] [--fuzz]" >&2
        exit 2
        ;;
    esac
done

if $want_test; then
    packages+=(
        xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
        desktop-file-utils appstream dpkg-dev file
        xdotool imagemagick openssl
    )
    # HashiCorp's HCL parser for the export tests comes from npm. A machine may already have
    # Node.js from elsewhere (whose nodejs package bundles npm and conflicts with Debian's npm),
    # so ask for the commands, not for Debian's package names.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if $want_fuzz; then
    # Debian's clang (bookworm: clang 14) ships libFuzzer and the sanitizer runtimes in a separate
    # package, which -fsanitize=fuzzer needs at link time.
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

command=(apt-get install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) -ne 0 ]]; then
    echo "PaiDesk needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get update && sudo ${command[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
"${command[@]}"
