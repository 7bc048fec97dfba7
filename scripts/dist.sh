#!/usr/bin/env bash
# dist.sh: makes a release of mieruka in dist/ — a tarball and a Debian package —
# from a release build with the Swift runtime linked statically, so that the
# machine that installs it needs no Swift: only the C libraries the binary links
# (libcmark, libyaml and the C runtime), which the package names as dependencies,
# found from the binary itself (ldd + dpkg -S), as dpkg-shlibdeps would.
#   dist/mieruka-<version>-linux-<arch>.tar.gz   bin/mieruka, share/mieruka/{themes/default,starter}
#   dist/mieruka_<version>_<arch>.deb            the same under /usr
set -euo pipefail
cd "$(dirname "$0")/.."
# FlyingFox (the preview server) imports FoundationNetworking, whose static copy links
# libcurl: the system's shared libcurl (the package then depends on it), through its -dev package.
[ -e /usr/lib/"$(gcc -print-multiarch)"/libcurl.so ] || scripts/apt-install.sh curl-config libcurl4-openssl-dev
swift build -c release --static-swift-stdlib --product mieruka >&2
bin=.build/release/mieruka
version=$("$bin" --version)
arch=$(dpkg --print-architecture)
rm -rf dist/root dist/deb
mkdir -p dist

# The install tree, as `make install PREFIX=…` makes it.
make --no-print-directory install PREFIX=/ DESTDIR="$PWD/dist/root" BIN="$bin" >&2
tarball="dist/mieruka-$version-linux-$arch.tar.gz"
# Deterministic: sorted names, fixed owner and time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C dist/root -czf "$tarball" bin share

# The Debian package: the same files under /usr.
make --no-print-directory install PREFIX=/usr DESTDIR="$PWD/dist/deb" BIN="$bin" >&2
# The libraries the binary names itself (DT_NEEDED), each mapped to its package.
depends=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while read -r name; do
    lib=$(ldd "$bin" | awk -v n="$name" '$1 == n {print $3}')
    if [ -n "$lib" ]; then dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null || true; fi
done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
mkdir -p dist/deb/DEBIAN
cat > dist/deb/DEBIAN/control <<CONTROL
Package: mieruka
Version: $version
Section: web
Priority: optional
Architecture: $arch
Depends: $depends
Maintainer: mieruka contributors <mieruka@example.invalid>
Homepage: https://github.com/mieruka/mieruka
Description: static site generator for a town's DX notes and open data
 mieruka (見える化) turns a municipality's digital-transformation notes and
 statistics, written in Markdown and YAML, into an accessible website and an
 open-data catalogue (CSV, JSON, Frictionless Data Package, DCAT).
CONTROL
deb="dist/mieruka_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build dist/deb "$deb" >&2
rm -rf dist/root dist/deb
echo "$tarball"
echo "$deb"
