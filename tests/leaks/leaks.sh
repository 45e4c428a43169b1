#!/usr/bin/env bash
# Leak check: the app built with the address sanitizer (LeakSanitizer
# included) runs headless (SDL's dummy video driver) for a fixed number of
# frames while it trains, then quits; at exit LeakSanitizer lists every
# allocation nothing points to any more.
#
#   tests/leaks/leaks.sh [path/to/asan-built/neuropad] [frames, default 600]
#
# Only leaks with a NeuroPad frame in their allocation stack count (our
# Swift code or a C call made from it): those are ours to fix. Leaks that
# SDL, its drivers or the Swift runtime make on their own are counted and
# shown, but do not fail the check. No suppression list is needed for this.
# Also fails on any memory error the address sanitizer finds.
set -u
BIN=${1:-.build-asan/debug/neuropad}
FRAMES=${2:-600}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
[ -x "$BIN" ] || { echo "FAIL - leaks: no address-sanitized neuropad at $BIN"; exit 1; }
SYMBOLIZER=$(command -v llvm-symbolizer || echo "$(dirname "$(command -v swiftc)")/llvm-symbolizer")

start=$(date +%s)
SDL_VIDEODRIVER=dummy ASAN_SYMBOLIZER_PATH=$SYMBOLIZER \
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 LSAN_OPTIONS=report_objects=0 \
    "$BIN" --frames "$FRAMES" --pace max --verbose >"$OUT" 2>&1
code=$?
seconds=$(($(date +%s) - start))

# One leak report: a "Direct/Indirect leak of N byte(s)" line, then its
# stack up to a blank line. Ours when a frame names our sources or modules.
read -r ours ours_bytes other other_bytes < <(awk -v root="$ROOT/Sources/" '
    function flush() { if (inleak) { if (mine) { n++; nb += bytes } else { o++; ob += bytes } } inleak = 0 }
    /^(Direct|Indirect) leak of / { flush(); inleak = 1; mine = 0; bytes = $4; next }
    inleak && /^ *#[0-9]/ {
        if (index($0, root) || $0 ~ /\$s(9NeuroCore|5PadUI|11SDLPlatform|8neuropad)/) mine = 1
        next
    }
    inleak && /^$/ { flush() }
    END { flush(); printf "%d %d %d %d\n", n, nb, o, ob }' "$OUT")

grep -q '^ready$' "$OUT" || { echo "FAIL - leaks: the app did not start"; cat "$OUT"; exit 1; }
if grep -qE 'ERROR: AddressSanitizer' "$OUT"; then
    echo "FAIL - leaks: the address sanitizer found a memory error"
    grep -A30 'ERROR: AddressSanitizer' "$OUT" | head -40
    exit 1
fi
echo "leaks: $FRAMES frames headless in $seconds s: $ours leaks from NeuroPad code ($ours_bytes bytes)," \
     "$other from libraries on their own ($other_bytes bytes)"
if [ "$ours" -gt 0 ]; then
    echo "FAIL - leaks: NeuroPad code leaks; the reports:"
    awk -v root="$ROOT/Sources/" '/^(Direct|Indirect) leak of /,/^$/' "$OUT" | head -80
    exit 1
fi
# With leaks only outside our code LeakSanitizer still exits 23: that is fine.
if [ "$code" -ne 0 ] && [ "$other" -eq 0 ]; then
    echo "FAIL - leaks: the app exited with $code"; tail -20 "$OUT"; exit 1
fi
echo "ok   - leaks: none from NeuroPad code"
