#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages named as arguments when any is missing.
# Without apt-get it prints the command to run instead and fails.
set -u
missing=()
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" && exit 0
    echo "Could not install: ${missing[*]}" >&2
    exit 1
fi
echo "NeuroPad needs SDL2, SDL2_ttf, SDL2_image and zlib (development files). Install them with:" >&2
echo "  Fedora: sudo dnf install SDL2-devel SDL2_ttf-devel SDL2_image-devel zlib-devel" >&2
echo "  Arch:   sudo pacman -S sdl2 sdl2_ttf sdl2_image zlib" >&2
echo "  macOS:  brew install sdl2 sdl2_ttf sdl2_image" >&2
exit 1
