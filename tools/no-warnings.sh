#!/usr/bin/env bash
# Runs a build command; fails when it fails or when the compiler warns about
# the project's own code (Sources/, Tests/). Warnings inside fetched
# libraries (.build*/checkouts) and SwiftPM's own notes do not count.
# A build prints warnings only for files it compiles, so this holds fully
# for a fresh build, as in CI. Usage: tools/no-warnings.sh swift build ...
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
if grep -E '/(Sources|Tests)/[^:]*:[0-9]+:[0-9]+: warning:' "$log" | grep -v '/\.build'; then
    echo "compiler warnings in the project's own code (above): a clean build prints none" >&2
    exit 1
fi
