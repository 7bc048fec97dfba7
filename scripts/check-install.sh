#!/usr/bin/env bash
# check-install.sh: tries a release as a town would. Makes the release (dist.sh),
# installs the .deb with dpkg, then, with no Swift on the PATH, runs the installed
# `mieruka init` and `mieruka build` in a fresh folder; removes the package again.
# Also unpacks the tarball elsewhere and builds with it. Run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo"; else
        echo "install-check skipped: dpkg -i needs root or password-less sudo (CI runs as root)"; exit 0
    fi
fi
mapfile -t made < <(scripts/dist.sh)
tarball=${made[0]} deb=${made[1]}
if dpkg -s mieruka >/dev/null 2>&1; then echo "check-install: a mieruka package is already installed; not touching it" >&2; exit 1; fi
work=$(mktemp -d)
trap '$SUDO dpkg -r mieruka >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
$SUDO dpkg -i "$deb" >/dev/null
clean_path=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
if env -i PATH="$clean_path" sh -c 'command -v swift' >/dev/null; then
    echo "check-install: swift is on the clean PATH; the check would prove nothing" >&2; exit 1
fi
(cd "$work" && env -i HOME="$work" PATH="$clean_path" mieruka init town >/dev/null \
    && cd town && env -i HOME="$work" PATH="$clean_path" mieruka build -q)
test -f "$work/town/output/index.html"
test -f "$work/town/output/data/datapackage.json"
$SUDO dpkg -r mieruka >/dev/null
! command -v /usr/bin/mieruka >/dev/null
# The tarball, unpacked anywhere, works the same.
mkdir -p "$work/opt" && tar -xzf "$tarball" -C "$work/opt"
(cd "$work" && env -i HOME="$work" PATH="$clean_path" "$work/opt/bin/mieruka" init town2 >/dev/null \
    && cd town2 && env -i HOME="$work" PATH="$clean_path" "$work/opt/bin/mieruka" build -q)
test -f "$work/town2/output/index.html"
echo "install: $(basename "$deb") installed, init and build ran without Swift, removed; $(basename "$tarball") works unpacked ($(du -h "$deb" | cut -f1) .deb)"
