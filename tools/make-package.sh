#!/usr/bin/env bash
# Builds dist/neuropad_VERSION_amd64.deb: a portable binary with the Swift
# runtime linked in, the embedded digits, menu entry, icon, AppStream
# metainfo and man page. Depends is what dpkg-shlibdeps finds the binary
# needs. Then lintian checks the package; an error stops the build.
#
# Usage: tools/make-package.sh SCRATCH_DIR
#   MAINTAINER  "Name <mail>" for the control file (default: git's user,
#               else the author of the last commit, as in any clone)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build-pkg}
swift=${SWIFT:-swift}

version=$(sed -n 's/^let neuropadVersion = "\(.*\)"$/\1/p' Sources/neuropad/Version.swift)
[ -n "$version" ] || { echo "make-package: no version in Sources/neuropad/Version.swift" >&2; exit 1; }
arch=$(dpkg --print-architecture)
if [ -z "${MAINTAINER:-}" ]; then
    name=$(git config user.name 2>/dev/null || true)
    mail=$(git config user.email 2>/dev/null || true)
    if [ -n "$name" ] && [ -n "$mail" ]; then
        MAINTAINER="$name <$mail>"
    else
        MAINTAINER=$(git log -1 --format='%an <%ae>' 2>/dev/null || true)
    fi
    [ -n "$MAINTAINER" ] || { echo "make-package: set MAINTAINER=\"Name <mail>\"" >&2; exit 1; }
fi
# The release date in the metainfo: the last commit's day (the same for
# every build of one commit), or today outside a git checkout.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)

echo "== build (portable, Swift runtime static)"
"$swift" build -c release --static-swift-stdlib --disable-local-rpath --scratch-path "$scratch" --product neuropad
bin="$scratch/release/neuropad"
if readelf -d "$bin" | grep -E 'RUNPATH|RPATH'; then
    echo "make-package: the binary still has a RUNPATH" >&2; exit 1
fi

root=dist/root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/neuropad" \
    "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps" \
    "$root/usr/share/metainfo" "$root/usr/share/man/man1" "$root/usr/share/doc/neuropad"
install -m 755 "$bin" "$root/usr/bin/neuropad"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/neuropad"
install -m 644 Assets/digits-*-ubyte.gz "$root/usr/share/neuropad/"
install -m 644 packaging/neuropad.desktop "$root/usr/share/applications/"
install -m 644 packaging/neuropad.svg "$root/usr/share/icons/hicolor/scalable/apps/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" packaging/org.neuropad.neuropad.metainfo.xml \
    > "$root/usr/share/metainfo/org.neuropad.neuropad.metainfo.xml"
chmod 644 "$root/usr/share/metainfo/org.neuropad.neuropad.metainfo.xml"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.neuropad.neuropad.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/neuropad.desktop"

echo "== man page"
man="$scratch/manual"
rm -rf "$man" && mkdir -p "$man"
# swift-argument-parser's generate-manual writes the page, every command in
# it, from the binary's own help; no network once the package is resolved.
"$swift" build -c release --static-swift-stdlib --disable-local-rpath --scratch-path "$scratch" --product generate-manual
"$scratch/release/generate-manual" "$bin" --date "$date" --section 1 \
    --authors "NeuroPad authors" --output-directory "$man"
for page in "$man"/*.1; do
    gzip -9n < "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"
done
chmod 644 "$root"/usr/share/man/man1/*.gz

cp packaging/copyright "$root/usr/share/doc/neuropad/copyright"
{
    echo "neuropad ($version) unstable; urgency=medium"
    echo
    echo "  * Release $version."
    echo
    echo " -- $MAINTAINER  $(date -u -R -d "$date 12:00")"
} | gzip -9n > "$root/usr/share/doc/neuropad/changelog.gz"
chmod 644 "$root/usr/share/doc/neuropad/"*

echo "== control"
# dpkg-shlibdeps reads debian/control; give it a minimal one beside the root.
work=dist/shlibdeps
rm -rf "$work" && mkdir -p "$work/debian"
printf 'Source: neuropad\n\nPackage: neuropad\nArchitecture: any\n' > "$work/debian/control"
binpath=$(realpath "$root/usr/bin/neuropad")
depends=$(cd "$work" && dpkg-shlibdeps -O "$binpath" | sed -n 's/^shlibs:Depends=//p')
# The font is Debian's DejaVu (found at its system path), not a copy.
depends="$depends, fonts-dejavu-core"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: neuropad
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $size
Depends: $depends
Section: education
Priority: optional
Description: draw a digit and watch a neural network learn to read it
 NeuroPad makes a neural network visible in the classroom: students draw a
 digit with the mouse and watch a 784-50-10 network, training live on
 handwritten MNIST digits, read it. A second mode shows a perceptron, a tanh
 neuron and a small network separating points in the plane, each learning
 step written out with its numbers.
 .
 It follows the inf-schule.de unit "Deep Learning - Ziffernerkennung" and
 works offline: 5,000 MNIST digits come with it.
EOF

mkdir -p dist
deb="dist/neuropad_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
rm -rf "$work"
echo "== lintian"
lintian --fail-on error "$deb"
echo "built $deb ($(du -k "$deb" | cut -f1) KB, installed $size KB)"
