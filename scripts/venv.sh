#!/usr/bin/env bash
# venv.sh PACKAGE==VERSION...: makes sure <repo>/.venv exists and has the
# packages; prints the venv's python. Shared by the checks that need PyPI tools.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$repo_root/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
for spec in "$@"; do
    module=${spec%%==*}
    module=${module//-/_}
    "$venv/bin/python" -c "import $module" 2>/dev/null || "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$spec" >&2
done
echo "$venv/bin/python"
