#!/usr/bin/env bash
# Leak check under LeakSanitizer (the address sanitizer's leak detector),
# with SDL's dummy video driver, no display needed:
# 1. the app runs headless for a fixed number of frames while it trains,
#    then quits;
# 2. if the test binary is given: the dropped-file tests (bad files dropped
#    onto the window: SDL's drop string must be freed), without the
#    50-megapixel picture, which the sanitizer would make too slow.
# At exit LeakSanitizer lists every allocation nothing points to any more.
#
#   tests/leaks/leaks.sh [asan-built neuropad] [frames, default 600] [asan-built test binary]
#
# Only leaks with a NeuroPad frame in their allocation stack count (our
# Swift code, or a C call made from it): those are ours to fix. Leaks that
# SDL, its drivers or the Swift runtime make on their own are counted and
# shown, but do not fail the check; so no suppression list is needed. Full
# stack unwinding (fast_unwind_on_malloc=0) lets stacks that pass through
# SDL's frames (built without frame pointers) reach our code. Any memory
# error the address sanitizer finds fails the check too.
set -u
BIN=${1:-.build-asan/debug/neuropad}
FRAMES=${2:-600}
TESTS=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$ROOT/tests/tools/scratch-home.sh"; scratch_home "$WORK"
SYMBOLIZER=$(command -v llvm-symbolizer || echo "$(dirname "$(command -v swiftc)")/llvm-symbolizer")
export SDL_VIDEODRIVER=dummy ASAN_SYMBOLIZER_PATH=$SYMBOLIZER
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=report_objects=0
failed=0

# Counts the leak reports in $1: each a "Direct/Indirect leak of N byte(s)"
# line and its stack up to a blank line; ours when a frame names our
# sources or one of our modules (mangled Swift names start $s<len><module>).
count_leaks() {
    awk -v root="$ROOT/" '
        function flush() { if (inleak) { if (mine) { n++; nb += bytes } else { o++; ob += bytes } } inleak = 0 }
        /^(Direct|Indirect) leak of / { flush(); inleak = 1; mine = 0; bytes = $4; next }
        inleak && /^ *#[0-9]/ {
            if (index($0, root "Sources/") || index($0, root "Tests/") \
                || $0 ~ /\$s(9NeuroCore|5PadUI|11SDLPlatform|8neuropad|14NeuroCoreTests|10PadUITests|16SDLPlatformTests|16PadUITestSupport)/) mine = 1
            next
        }
        inleak && /^$/ { flush() }
        END { flush(); printf "%d %d %d %d\n", n, nb, o, ob }' "$1"
}

# check LABEL OUTPUT CODE: the verdict for one run.
check() {
    local label=$1 out=$2 code=$3 ours ours_bytes other other_bytes
    read -r ours ours_bytes other other_bytes < <(count_leaks "$out")
    if grep -qE 'ERROR: AddressSanitizer' "$out"; then
        echo "FAIL - leaks, $label: the address sanitizer found a memory error"
        grep -A30 'ERROR: AddressSanitizer' "$out" | head -40
        failed=1
        return
    fi
    echo "leaks, $label: $ours from NeuroPad code ($ours_bytes bytes), $other from libraries on their own ($other_bytes bytes)"
    if [ "$ours" -gt 0 ]; then
        echo "FAIL - leaks, $label: NeuroPad code leaks; the reports:"
        awk '/^(Direct|Indirect) leak of /,/^$/' "$out" | head -80
        failed=1
    elif [ "$code" -ne 0 ] && [ "$other" -eq 0 ]; then
        # With leaks only outside our code LeakSanitizer exits 23: that is fine.
        echo "FAIL - leaks, $label: exit status $code"
        tail -20 "$out"
        failed=1
    fi
}

[ -x "$BIN" ] || { echo "FAIL - leaks: no address-sanitized neuropad at $BIN"; exit 1; }
start=$(date +%s)
"$BIN" --frames "$FRAMES" --pace max --verbose >"$WORK/app.out" 2>&1
code=$?
if grep -q '^ready$' "$WORK/app.out"; then
    check "app, $FRAMES frames headless in $(($(date +%s) - start)) s" "$WORK/app.out" "$code"
else
    echo "FAIL - leaks: the app did not start"; cat "$WORK/app.out"; failed=1
fi

if [ -n "$TESTS" ]; then
    [ -x "$TESTS" ] || { echo "FAIL - leaks: no address-sanitized test binary at $TESTS"; exit 1; }
    NEUROPAD_SKIP_HUGE_DROP=1 "$TESTS" --testing-library swift-testing --filter DropRobustness >"$WORK/drops.out" 2>&1
    code=$?
    if grep -q 'Test run with .* passed' "$WORK/drops.out"; then
        check "dropped files ($(grep -c '^dropped ' "$WORK/drops.out") drops)" "$WORK/drops.out" "$code"
    else
        echo "FAIL - leaks: the dropped-file tests did not pass"; tail -30 "$WORK/drops.out"; failed=1
    fi
fi

[ "$failed" -eq 0 ] && echo "ok   - leaks: none from NeuroPad code"
exit $failed
