#!/usr/bin/env bash
# tools/install-deps.sh as met on other systems: silent when pkg-config
# finds the libraries, the right install command for Fedora and Arch, and
# without root or sudo on Debian the exact apt-get line and a stop. Nothing
# is installed: every case is either complete or cannot install.
set -u
cd "$(dirname "$0")/../.."
# shellcheck source=../tools/checks.sh
. tests/tools/checks.sh
chmod 755 "$work"
cp tools/install-deps.sh "$work/"
deps="$work/install-deps.sh"

if pkg-config --exists sdl2 SDL2_ttf SDL2_image zlib 2>/dev/null; then
    out=$(bash "$deps" libs 2>&1); rc=$?
    [ $rc -eq 0 ] && [ -z "$out" ] && ok "libraries found by pkg-config: silent, go on" || bad "present libs: exit $rc: $out"
fi

# pkg-config finds nothing: an empty search path.
missing() { PKG_CONFIG_LIBDIR="$work/none" PKG_CONFIG_PATH="" NEUROPAD_OS_RELEASE="$work/$1" \
    timeout 20 bash "$deps" libs 2>&1; }
printf 'ID=fedora\n' > "$work/fedora"
out=$(missing fedora); rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q "sudo dnf install SDL2-devel SDL2_ttf-devel SDL2_image-devel zlib-devel" \
    && ok "Fedora: the dnf command" || bad "Fedora (exit $rc): $out"
printf 'ID=arch\n' > "$work/arch"
out=$(missing arch); rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q "sudo pacman -S --needed sdl2 sdl2_ttf sdl2_image zlib" \
    && ok "Arch: the pacman command" || bad "Arch (exit $rc): $out"
printf 'ID=fedora\n' > "$work/fedora-pkg"
out=$(NEUROPAD_OS_RELEASE="$work/fedora-pkg" PATH="$work/none" /bin/bash "$deps" package 2>&1); rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q "Debian or Ubuntu only" && ok "package tools elsewhere: Debian only" || bad "package on Fedora: $out"

# Debian, not root, no sudo on PATH: the apt-get line, no attempt.
if command -v sudo >/dev/null 2>&1; then
    echo "skip Debian without sudo (sudo is on this system's PATH)"
elif [ "$(id -u)" -ne 0 ] || ! id nobody >/dev/null 2>&1; then
    echo "skip Debian without root (needs root to run as another user)"
else
    printf 'ID=debian\n' > "$work/debian"
    chmod 644 "$work/debian"
    out=$(cd / && timeout 20 su nobody -s /bin/bash -c \
        "PATH=/usr/bin:/bin PKG_CONFIG_LIBDIR=$work/none NEUROPAD_OS_RELEASE=$work/debian bash $deps libs" 2>&1)
    rc=$?
    [ $rc -ne 0 ] && echo "$out" | grep -q "apt-get update && apt-get install -y libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev zlib1g-dev pkg-config" \
        && ok "Debian without root or sudo: the apt-get line" || bad "Debian, not root (exit $rc): $out"
fi

checks_done install-deps
