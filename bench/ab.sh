#!/usr/bin/env bash
# bench/ab.sh: full builds (or checks) of one corpus by two mieruka binaries, alternating,
# for comparing a change with the build before it (docs/performance.md, "Session 4").
#   OLD_BIN, OLD_THEME   the binary and theme before (e.g. a release build in a worktree)
#   NEW_BIN, NEW_THEME   after (default: .build/release/mieruka and themes/default)
#   CONTENT              a corpus both accept (default: bench/.work/large/content)
#   ROUNDS (5), MODE (build or check)
# Prints one line per run: name, wall s, user s, sys s, max RSS KB; then the medians and
# the median of the per-round ratios. Outputs go to /tmp and are moved aside, not deleted,
# before each build (deleting tens of thousands of files slows the next build's writes).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${OLD_BIN:?set OLD_BIN to the binary before}" "${OLD_THEME:?set OLD_THEME}"
NEW_BIN="${NEW_BIN:-.build/release/mieruka}" NEW_THEME="${NEW_THEME:-themes/default}"
CONTENT="${CONTENT:-bench/.work/large/content}" ROUNDS="${ROUNDS:-5}" MODE="${MODE:-build}"
trash=/tmp/mieruka-ab-trash; mkdir -p "$trash"; log=$(mktemp)
for i in $(seq 1 "$ROUNDS"); do
  for b in old new; do
    if [ $b = old ]; then bin=$OLD_BIN theme=$OLD_THEME; else bin=$NEW_BIN theme=$NEW_THEME; fi
    for p in /tmp/mieruka-ab-$b /tmp/.mieruka-ab-$b.*; do [ -e "$p" ] && mv "$p" "$trash/$(basename "$p").$RANDOM$RANDOM"; done
    args=(-q --content "$CONTENT" --theme "$theme")
    [ "$MODE" = build ] && args+=(--output /tmp/mieruka-ab-$b)
    /usr/bin/time -f "$b %e %U %S %M" "$bin" "$MODE" "${args[@]}" 2>&1 >/dev/null | tail -1 | tee -a "$log"
  done
done
python3 - "$log" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith(("old", "new"))]
old = [r for r in rows if r[0] == "old"]; new = [r for r in rows if r[0] == "new"]
for name, rs in (("old", old), ("new", new)):
    print(f"{name}: wall {st.median(float(r[1]) for r in rs):.2f} s, cpu {st.median(float(r[2]) + float(r[3]) for r in rs):.2f} s, rss {st.median(int(r[4]) for r in rs) / 1024:.0f} MB")
print("new ÷ old, median of per-round ratios: wall %.3f, cpu %.3f" % (
    st.median(float(b[1]) / float(a[1]) for a, b in zip(old, new)),
    st.median((float(b[2]) + float(b[3])) / (float(a[2]) + float(a[3])) for a, b in zip(old, new))))
PY
echo "(moved-aside outputs are in $trash; delete it when no build runs)"
