#!/usr/bin/env bash
# apt-install.sh COMMAND PACKAGE...: installs the Debian packages when COMMAND
# is not on the PATH. Used by the checks that need outside tools.
set -euo pipefail
cmd=$1; shift
command -v "$cmd" >/dev/null 2>&1 && exit 0
echo "installing $* with apt-get (for $cmd)" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq "$@" >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "$@"; }
