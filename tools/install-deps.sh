#!/usr/bin/env bash
# Checks that what NeuroPad needs is installed and, when something is
# missing, installs it (apt-get, as root or with sudo) or says exactly what
# to run. Silent when everything is there.
#
# Usage: tools/install-deps.sh libs|test|package
#   libs     SDL2, SDL2_ttf, SDL2_image and zlib with their development files
#            (checked with pkg-config, so any distribution's packages count)
#   test     what the tests run: Xvfb, xdotool, ImageMagick, python3 + numpy
#   package  Debian's packaging tools for `make package` / `make package-test`
# NEUROPAD_OS_RELEASE names another os-release file (for the tests).
set -u
need=${1:?usage: install-deps.sh libs|test|package}

# The distribution family: apt, dnf, pacman, brew (or "" when unknown).
family() {
    local id="" release=${NEUROPAD_OS_RELEASE:-/etc/os-release}
    [ -r "$release" ] && id=$(. "$release"; echo " ${ID:-} ${ID_LIKE:-} ")
    case $id in
        *" debian "* | *" ubuntu "*) echo apt; return ;;
        *" fedora "* | *" rhel "* | *" centos "*) echo dnf; return ;;
        *" arch "*) echo pacman; return ;;
    esac
    for tool in apt-get dnf pacman brew; do
        command -v "$tool" >/dev/null 2>&1 && { echo "${tool%-get}"; return; }
    done
    echo ""
}

# Package names per family for one need.
packages() {
    case $1:$2 in
        libs:apt) echo "libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev zlib1g-dev pkg-config" ;;
        libs:dnf) echo "SDL2-devel SDL2_ttf-devel SDL2_image-devel zlib-devel pkgconf-pkg-config" ;;
        libs:pacman) echo "sdl2 sdl2_ttf sdl2_image zlib pkgconf" ;;
        libs:brew) echo "sdl2 sdl2_ttf sdl2_image pkg-config" ;;
        test:apt) echo "xvfb xdotool imagemagick python3 python3-numpy" ;;
        test:dnf) echo "xorg-x11-server-Xvfb xdotool ImageMagick python3 python3-numpy" ;;
        test:pacman) echo "xorg-server-xvfb xdotool imagemagick python python-numpy" ;;
        test:brew) echo "xdotool imagemagick python numpy" ;;
        package:apt) echo "dpkg-dev lintian appstream desktop-file-utils binutils debootstrap imagemagick qemu-user" ;;
    esac
}

# True when everything for the need is there.
present() {
    case $1 in
        libs) command -v pkg-config >/dev/null 2>&1 && pkg-config --exists sdl2 SDL2_ttf SDL2_image zlib ;;
        test) for c in Xvfb xdotool import convert python3; do command -v "$c" >/dev/null 2>&1 || return 1; done
              python3 -c 'import numpy' 2>/dev/null ;;
        package) for c in dpkg-deb dpkg-shlibdeps lintian appstreamcli desktop-file-validate readelf strip \
                          debootstrap convert qemu-x86_64; do
                     command -v "$c" >/dev/null 2>&1 || return 1
                 done ;;
    esac
}

present "$need" && exit 0

what="NeuroPad needs"
case $need in
    libs) what="NeuroPad needs SDL2, SDL2_ttf, SDL2_image and zlib (with development files)" ;;
    test) what="The tests need Xvfb, xdotool, ImageMagick, python3 and numpy" ;;
    package) what="make package needs Debian's packaging tools" ;;
esac
fam=$(family)
list=$(packages "$need" "$fam")

if [ "$need" = package ] && [ "$fam" != apt ]; then
    echo "$what: building the .deb works on Debian or Ubuntu only." >&2
    exit 1
fi

if [ "$fam" = apt ]; then
    command="apt-get install -y $list"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "$what. Some are missing, and installing them needs root. As root, run:" >&2
        echo "  apt-get update && $command" >&2
        echo "then run make again." >&2
        exit 1
    fi
    echo "$what; installing: $list"
    # shellcheck disable=SC2086
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $list \
        && present "$need" && exit 0
    echo "Could not install: $list" >&2
    exit 1
fi

echo "$what, and some are missing. Install them with:" >&2
case $fam in
    dnf) echo "  sudo dnf install $list" >&2 ;;
    pacman) echo "  sudo pacman -S --needed $list" >&2 ;;
    brew) echo "  brew install $list" >&2 ;;
    *) for f in apt dnf pacman; do echo "  $f: $(packages "$need" "$f")" >&2; done ;;
esac
echo "then run make again." >&2
exit 1
