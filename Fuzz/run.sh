#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each for a bounded time (docs/fuzzing.md).
#
#   Fuzz/run.sh                        every harness, 60 s each, one at a time
#   FUZZ_SECONDS=300 Fuzz/run.sh       five minutes each
#   FUZZ_JOBS=2 Fuzz/run.sh            two harnesses at a time
#   Fuzz/run.sh fuzz-yaml fuzz-dataset only these
#
# Crashes, timeouts and out-of-memory inputs are written to Fuzz/artifacts/
# (crash-*, timeout-*, oom-*), each harness's output to
# Fuzz/artifacts/<harness>.log. New inputs the fuzzer finds go to
# Fuzz/.build/corpus/<harness>/; the seeds in Fuzz/Corpus/ are only read.
# Exits non-zero when any harness found a problem.
set -euo pipefail

cd "$(dirname "$0")"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
FUZZ_JOBS="${FUZZ_JOBS:-1}"
SWIFT="${SWIFT:-swift}"
ALL=(fuzz-yaml fuzz-frontmatter fuzz-dataset fuzz-chartblock)
HARNESSES=("$@")
[ ${#HARNESSES[@]} -eq 0 ] && HARNESSES=("${ALL[@]}")

# -sanitize=fuzzer links libFuzzer and adds coverage; address adds ASan.
# -parse-as-library: the harnesses have no top-level code (see
# Harnesses/FuzzSupport/FuzzDriver.swift for how main reaches libFuzzer).
# lld, because gold warns about every ASan symbol it cannot export.
echo "building the harnesses (debug, -sanitize=fuzzer,address)…"
"$SWIFT" build -c debug --scratch-path .build \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld \
    2>&1 | grep -E "error|warning:|Build complete" | grep -v "Cannot export local symbol" || true
BIN="$("$SWIFT" build -c debug --scratch-path .build --show-bin-path)"
for h in "${HARNESSES[@]}"; do
    [ -x "$BIN/$h" ] || { echo "error: $BIN/$h was not built" >&2; exit 1; }
done

mkdir -p artifacts
ARTIFACTS="$(pwd)/artifacts"

run_one() {
    local h="$1"
    local work=".build/corpus/$h"
    mkdir -p "$work"
    # Leak detection stays on: a leak is a finding too.
    # SWIFT_BACKTRACE: Swift's own crash backtracer would run inside ASan and
    # be reported as the bug; libFuzzer prints the stack instead.
    local status=0
    # malloc_context_size: shorter allocation stacks make a run ~25 % faster;
    # re-run a crash with ASAN_OPTIONS= for the full stacks.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS-malloc_context_size=5}" \
    "$BIN/$h" "$work" "Corpus/$h" \
        -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$h-" \
        > "$ARTIFACTS/$h.log" 2>&1 || status=$?
    local runs secs
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$ARTIFACTS/$h.log" | grep -o '[0-9]*$' || echo "?")"
    secs="$(grep -o 'Done [0-9]* runs in [0-9]* second' "$ARTIFACTS/$h.log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "?")"
    if [ $status -eq 0 ]; then
        echo "$h: ok, ${runs:-?} executions in ${secs:-?} s"
    else
        echo "$h: FOUND A PROBLEM after ${runs:-?} executions (exit $status); see artifacts/$h.log:"
        grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|precondition|Test unit written" "$ARTIFACTS/$h.log" | head -5 | sed 's/^/    /'
    fi
    return $status
}

failed=0
pids=()
for h in "${HARNESSES[@]}"; do
    run_one "$h" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$FUZZ_JOBS" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit $failed
