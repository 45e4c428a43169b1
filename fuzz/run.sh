#!/usr/bin/env bash
# Builds the libFuzzer targets (address sanitizer on) and runs each for a
# set time, from seeds made out of the embedded digits plus every input
# that once crashed a reader (fuzz/regressions/<target>/).
#
#   fuzz/run.sh [SECONDS per target] [TARGETS...]   (default 60; idx csv gzip model npz photo)
#   fuzz/run.sh --build [TARGETS...]                 (only build them)
#
# Prints "fuzz <target>: N executions, C crashes" per target and fails when
# any target crashed; the crashing input is kept in .build-fuzz/artifacts/.
# FUZZ_JOBS=2 (the default) runs two targets at a time, one per core.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_ONLY=0
if [ "${1:-}" = --build ]; then BUILD_ONLY=1; shift; set -- 0 "$@"; fi
SECONDS_EACH=${1:-60}
shift || true
TARGETS=${*:-idx csv gzip model npz photo}
JOBS=${FUZZ_JOBS:-2}
OUT=.build-fuzz
SWIFTC=${SWIFTC:-swiftc}
# -sanitize=fuzzer instruments for coverage and links libFuzzer's main;
# the core is built once as a static library and linked into each target,
# with testing on so a target may reach internal parsers (@testable import).
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -enable-testing
       -Xcc -fmodule-map-file="$ROOT/Sources/CZlib/module.modulemap" -I "$ROOT/Sources/CZlib")
mkdir -p "$OUT/artifacts"

# The core's own dependencies first: the CPU-feature probe (C) and the
# kernels, once generic and once per x86-64 level, as Package.swift builds them.
LEVELS=(NeuroKernelsX86_64 NeuroKernelsX86_64_v3 NeuroKernelsX86_64_v4)
level_flags() {
    case "$1" in
        *_v3) echo "-Xcc -march=x86-64-v3" ;;
        *_v4) echo "-Xcc -march=x86-64-v4" ;;
    esac
}
FLAGS+=(-I "$OUT" -Xcc -fmodule-map-file="$OUT/CPUFeatures/module.modulemap")
# In link order: each library before the ones it uses.
LIBS=("$OUT/libNeuroCore.a")
for m in "${LEVELS[@]}"; do LIBS+=("$OUT/lib$m.a"); done
LIBS+=("$OUT/libNeuroKernels.a" "$OUT/CPUFeatures.o")

core_dirs=(Sources/NeuroCore Sources/NeuroKernels Sources/CPUFeatures "${LEVELS[@]/#/Sources/}")
if [ ! -f "$OUT/libNeuroCore.a" ] || [ -n "$(find "${core_dirs[@]}" fuzz/run.sh -newer "$OUT/libNeuroCore.a" -name '*.[sch]*' | head -1)" ]; then
    echo "fuzz: building the core with libFuzzer and address sanitizer"
    mkdir -p "$OUT/CPUFeatures"
    printf 'module CPUFeatures {\n    header "%s"\n    export *\n}\n' "$ROOT/Sources/CPUFeatures/include/CPUFeatures.h" \
        >"$OUT/CPUFeatures/module.modulemap"
    # Each step: one module as a static library (its sources sorted), or stop with its log.
    module() {
        local name=$1
        shift
        # shellcheck disable=SC2046
        "$SWIFTC" "${FLAGS[@]}" "$@" -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
            -emit-library -static -o "$OUT/lib$name.a" $(find "Sources/$name" -name '*.swift' | sort) \
            >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; echo "fuzz: building $name failed"; exit 1; }
    }
    clang -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CPUFeatures/include \
        -c Sources/CPUFeatures/CPUFeatures.c -o "$OUT/CPUFeatures.o" >"$OUT/build.log" 2>&1 \
        || { cat "$OUT/build.log"; echo "fuzz: building CPUFeatures failed"; exit 1; }
    module NeuroKernels
    for m in "${LEVELS[@]}"; do
        # shellcheck disable=SC2046
        module "$m" $(level_flags "$m")
    done
    module NeuroCore
fi
for t in $TARGETS; do
    if [ ! -x "$OUT/fuzz-$t" ] || [ "fuzz/$t.swift" -nt "$OUT/fuzz-$t" ] || [ "$OUT/libNeuroCore.a" -nt "$OUT/fuzz-$t" ]; then
        # The linker warns about every sanitizer symbol it cannot export: noise, kept in the log.
        "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_$t" -I "$OUT" "fuzz/$t.swift" fuzz/FuzzInput.swift \
            "${LIBS[@]}" -lz -o "$OUT/fuzz-$t" >"$OUT/link-$t.log" 2>&1 \
            || { grep -v 'Cannot export local symbol' "$OUT/link-$t.log"; echo "fuzz: building $t failed"; exit 1; }
    fi
done
[ "$BUILD_ONLY" -eq 0 ] || exit 0

rm -rf "$OUT/seeds"
python3 fuzz/make-seeds.py Assets "$OUT/seeds" >/dev/null || { echo "fuzz: making the seeds failed"; exit 1; }

run_one() {
    local t=$1 corpus=$OUT/corpus/$1 dict=()
    mkdir -p "$corpus"
    [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
    local dirs=("$corpus" "$OUT/seeds/$t")
    [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
    # No input may take 10 s or a single allocation of 512 MB (a size
    # field trusted too early); the whole process stays under 2 GB.
    "$OUT/fuzz-$t" -max_total_time="$SECONDS_EACH" -timeout=10 -malloc_limit_mb=512 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$t-" "${dict[@]}" "${dirs[@]}" \
        >"$OUT/$t.log" 2>&1
    echo $? >"$OUT/$t.status"
}

running=0
for t in $TARGETS; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait

failed=0
for t in $TARGETS; do
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$t.log" | tail -1)
    crashes=$(grep -cE '^==[0-9]+==ERROR|^SUMMARY: libFuzzer|deadly signal|Fatal error|^==[0-9]+== ERROR: libFuzzer' "$OUT/$t.log")
    status=$(cat "$OUT/$t.status")
    echo "fuzz $t: ${execs:-0} executions, $crashes crashes (${SECONDS_EACH} s)"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        grep -E 'ERROR|SUMMARY|Fatal|artifact|Test unit written' "$OUT/$t.log" | head -20
    fi
done
exit $failed
