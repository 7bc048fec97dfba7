#!/usr/bin/env bash
# bench/run.sh (`make bench`): mieruka against Hugo and against the floor
# (cmark on the same note bodies plus `cp -r` of the output), on a generated
# corpus. Prints one markdown table; see docs/performance.md.
#
#   BENCH_SIZE=small|large|huge   corpus size (default large)
#   BENCH_SCALING=1               also build the 50,000-note corpus and report 50k ÷ 10k
#   BENCH_SCALING=only            only that figure (uses the large and huge corpora)
#   BENCH_RUNS=5                  alternating timed rounds per scenario (3 when a build takes > 60 s)
#   BENCH_TIMEOUT=600             seconds one mieruka build may take before the bench gives up
#   BENCH_BIN=path                measure this mieruka binary instead of building one
#
# Corpora, outputs and logs go to bench/.work/ (not in git).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=${BENCH_SIZE:-large}
[ "${BENCH_SCALING:-0}" = only ] && SIZE=large
case "$SIZE" in small|large|huge) ;; *) echo "BENCH_SIZE must be small, large or huge" >&2; exit 2 ;; esac

# Outside tools, from Debian.
scripts/deps.sh
scripts/apt-install.sh hugo hugo
scripts/apt-install.sh hyperfine hyperfine
scripts/apt-install.sh cmark cmark
scripts/apt-install.sh /usr/bin/time time

GIVEN=()
if [ -n "${BENCH_BIN:-}" ]; then
    BIN=$(realpath "$BENCH_BIN")
    GIVEN=(--given-bin)
    echo "measuring $BIN (not rebuilt)" >&2
else
    echo "building mieruka (release)" >&2
    swift build -c release --product mieruka >&2
    BIN=$(swift build -c release --show-bin-path)/mieruka
fi

# A corpus is (re)generated when missing, or made by another version of the
# generator or from another version of the sample site it copies.
# The Hugo theme uses the default theme's stylesheet, copied fresh so the two
# sites are styled alike and no second copy is kept in git.
mkdir -p bench/hugo-theme/static
cp themes/default/assets/style.css bench/hugo-theme/static/style.css
corpus() {
    local size=$1 dir=bench/.work/$1
    local stamp
    stamp=$(find bench/gen_corpus.py content -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        echo "generating the $size corpus" >&2
        python3 bench/gen_corpus.py --size "$size"
        echo "$stamp" > "$dir/.stamp"
    fi
    # An interrupted earlier run may have left an edit behind.
    python3 bench/edit.py restore "$dir"
}
corpus "$SIZE"
SCALING=()
case "${BENCH_SCALING:-0}" in
    1) SCALING=(--scaling) ;;
    only) SCALING=(--scaling-only) ;;
esac
if [ ${#SCALING[@]} -gt 0 ]; then
    corpus large
    corpus huge
fi

echo "checking the corpus" >&2
"$BIN" check --content "bench/.work/$SIZE/content" >&2

exec python3 bench/measure.py --size "$SIZE" --bin "$BIN" --rounds "${BENCH_RUNS:-5}" \
    --timeout "${BENCH_TIMEOUT:-600}" "${SCALING[@]}" "${GIVEN[@]}"
