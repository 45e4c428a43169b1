#!/usr/bin/env bash
# Installs dist/neuropad_*.deb in a minimal Debian 12 made by debootstrap
# and runs it there: `neuropad --version`, `neuropad train --epochs 1`, and
# the window under Xvfb for a few seconds with a screenshot. apt installs
# the package, so its Depends must name every library it needs. Then the
# package's binary trains under qemu-x86_64 -cpu Nehalem, a CPU without AVX.
#
# Usage (as root): tools/package-test.sh DEB CACHE_DIR SHOT.png
#                  tools/package-test.sh --base CACHE_DIR   (only the bare system)
# The bare system (with Xvfb) is made once and kept in CACHE_DIR/base;
# every run starts from a fresh copy of it. Downloaded packages are kept in
# CACHE_DIR/archives. The mirror is the machine's own Debian mirror (apt's
# configuration), or DEBIAN_MIRROR. `--base` makes only the bare system, so
# CI can download it while the builds run; a lock (CACHE_DIR/base.lock)
# lets a package test wait, at most 20 minutes, for one being made.
set -euo pipefail
base_only=0
if [ "${1:-}" = --base ]; then
    base_only=1
    cache=$(realpath -m "$2")
else
    [ -f "${1:-}" ] || { echo "package-test: no package at ${1:-} (make package)" >&2; exit 1; }
    deb=$(realpath "$1")
    cache=$(realpath -m "$2")
    shot=$(realpath -m "$3")
fi
display=${PACKAGE_TEST_DISPLAY:-123}
suite=bookworm

[ "$(id -u)" -eq 0 ] || { echo "package-test: needs root (debootstrap, chroot); try: sudo make package-test" >&2; exit 1; }
for tool in debootstrap chroot convert qemu-x86_64 flock; do
    command -v "$tool" >/dev/null || { echo "package-test: $tool is missing (make package-deps)" >&2; exit 1; }
done

mirror=${DEBIAN_MIRROR:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null \
    | awk -v s="$suite" '$2 == s { print $1; exit }')}
[ -n "$mirror" ] || mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null \
    | awk '$2 !~ /security|updates|backports/ { print $1; exit }')
[ -n "$mirror" ] || { echo "package-test: no Debian mirror in apt's configuration; set DEBIAN_MIRROR" >&2; exit 1; }

base="$cache/base"
root="$cache/run"
mkdir -p "$cache/archives"
exec 9>"$cache/base.lock"
flock -w 1200 9 || { echo "package-test: the bare system is still being made after 20 minutes" >&2; exit 1; }
# base.done marks a complete bare system (a debootstrap cut off leaves none).
if [ ! -f "$cache/base.done" ] || [ ! -x "$base/usr/bin/Xvfb" ]; then
    echo "== debootstrap $suite from $mirror (once; kept in $base)"
    rm -f "$cache/base.done"
    rm -rf "$base"
    debootstrap --variant=minbase --include=xvfb,xauth --cache-dir="$cache/archives" \
        "$suite" "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    echo "deb $mirror $suite main" > "$base/etc/apt/sources.list"
    touch "$cache/base.done"
fi
flock -u 9
[ "$base_only" -eq 0 ] || { echo "package-test: bare $suite system ready in $base"; exit 0; }

# Unmounts whatever is mounted below the run's tree (also what a killed
# earlier run left), deepest first; rm never crosses into a mount either.
unmount_all() {
    awk -v r="$root/" 'index($2 "/", r) == 1 { print $2 }' /proc/mounts | sort -r \
        | while read -r m; do umount -l "$m" 2>/dev/null || true; done
}
# Ends every process running inside the run's tree (Xvfb, the app).
stop_inside() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill "${p#/proc/}" 2>/dev/null
    done
    return 0
}
cleanup() {
    set +e
    stop_inside
    sleep 0.5
    unmount_all
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap "exit 1" INT TERM HUP
unmount_all
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home \
    XDG_CONFIG_HOME=/tmp/home/config XDG_DATA_HOME=/tmp/home/data LANG=C.UTF-8 "$@"; }

echo "== apt install $(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$cache/install.log" 2>&1 || { tail -20 "$cache/install.log" >&2; exit 1; }
mkdir -p "$root/tmp/home"

echo "== neuropad --version"
version=$(in_root neuropad --version)
echo "$version"
[ "$version" = "$(dpkg-deb -f "$deb" Version)" ] || { echo "package-test: version $version" >&2; exit 1; }

echo "== neuropad train --epochs 1"
in_root timeout 300 neuropad train --epochs 1 | tail -2 | tee "$cache/train.log"
grep -q '^test accuracy: 0\.[0-9]' "$cache/train.log" || { echo "package-test: train failed" >&2; exit 1; }

echo "== the window under Xvfb :$display"
mkdir -p "$root/tmp/fb"
in_root Xvfb ":$display" -screen 0 1280x720x24 -fbdir /tmp/fb -nolisten tcp >/dev/null 2>&1 &
for _ in $(seq 100); do [ -e "$root/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "$root/tmp/.X11-unix/X$display" ] || { echo "package-test: Xvfb did not start" >&2; exit 1; }
in_root env DISPLAY=":$display" timeout 20 neuropad --verbose --window 1280x720 >"$cache/app.log" 2>&1 &
app=$!
for _ in $(seq 150); do grep -q '^ready' "$cache/app.log" && break; sleep 0.1; done
grep -q '^ready' "$cache/app.log" || { cat "$cache/app.log" >&2; echo "package-test: no window" >&2; exit 1; }
sleep 4
convert "xwd:$root/tmp/fb/Xvfb_screen0" "$shot"
stop_inside
wait "$app" 2>/dev/null || true
# A window drawn, not a black screen: the screenshot has many colours.
colours=$(convert "$shot" -format '%k' info:)
echo "screenshot $shot ($colours colours)"
[ "$colours" -gt 8 ] || { echo "package-test: the screen is empty" >&2; exit 1; }

echo "== the package's binary under qemu-x86_64 -cpu Nehalem (x86-64 without AVX)"
x="$cache/extracted"
rm -rf "$x" && dpkg-deb -x "$deb" "$x" && mkdir -p "$x/home"
on_nehalem() { env -i PATH=/usr/bin:/bin HOME="$x/home" XDG_CONFIG_HOME="$x/home/config" \
    XDG_DATA_HOME="$x/home/data" NEUROPAD_ASSETS="$x/usr/share/neuropad" \
    timeout 600 qemu-x86_64 -cpu Nehalem "$x/usr/bin/neuropad" "$@"; }
on_nehalem bench --samples 2000 --rounds 1 | tee "$cache/nehalem.log"
grep -q '^kernels: x86-64 (SSE2)' "$cache/nehalem.log" || { echo "package-test: wrong kernels on Nehalem" >&2; exit 1; }
on_nehalem train --epochs 1 | tail -2 | tee "$cache/nehalem.log"
grep -q '^test accuracy: 0\.[0-9]' "$cache/nehalem.log" || { echo "package-test: train failed on Nehalem" >&2; exit 1; }
rm -rf "$x"
echo "package test passed"
