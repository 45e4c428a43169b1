#!/usr/bin/env bash
# `make check`: the reliability checks (README, "Reliability") and the
# package in a clean Debian, ordered for a machine of two cores.
#  1. The soak test (the release build from `make test`, SOAK_SECONDS of
#     random input under Xvfb; it measures memory, not speed) runs while
#     the other checks are built under the idle scheduling policy (chrt
#     --idle; nice would not hold, the Swift driver resets it): the builds
#     run only on CPU time the soak leaves. When the soak is over they get
#     the normal policy back. (CI starts these builds already beside `make
#     test`, idle as well; `make check-builds` then waits for them.)
#  2. Then fuzzing (two fuzzers at a time, one per core, each for its set
#     time) and, beside it, one after the other: the trainer race under the
#     thread sanitizer, the leak check, the package installed in a clean
#     Debian. These three keep about one core busy for a minute; a fuzzer
#     runs for its time either way, so they cost it some executions, not
#     the minute they took alone.
# Each step prints how long it took. A failure fails the checks; the ones
# that do not need what failed still run, so one run shows every failure.
#
#   tools/check.sh   (make check; MAKE names the make to call)
set -u
cd "$(dirname "$0")/.."
here=$(pwd -P)
MAKE=${MAKE:-make}
soak_log=$(mktemp)
trap 'rm -f "$soak_log"' EXIT
failed=()

# timed NAME COMMAND...: runs it, prints its time, notes a failure.
timed() {
    local name=$1 start status
    shift
    start=$(date +%s)
    "$@"
    status=$?
    echo "check: $name: $(($(date +%s) - start)) s$([ "$status" -eq 0 ] || echo ", FAILED (exit $status)")"
    [ "$status" -eq 0 ] || failed+=("$name")
    return "$status"
}

# Every process working in this checkout under the idle policy gets the
# normal one back, each of its threads; three passes catch the processes
# that were being started during one. (Without root the kernel may refuse:
# then the builds keep to idle time, slower but the same.)
normal_policy() {
    local pass pid policy
    for pass in 1 2 3; do
        while read -r pid policy; do
            [ "$policy" = IDL ] && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$here" ] \
                && chrt --other --all-tasks --pid 0 "$pid" 2>/dev/null
        done < <(ps -e -o pid=,cls=)
        [ "$pass" -eq 3 ] || sleep 0.2
    done
}

start=$(date +%s)
timed "soak test" "$MAKE" --no-print-directory soak >"$soak_log" 2>&1 &
soak=$!
timed "builds for fuzz, tsan, leaks, package (beside the soak test, then alone)" \
    chrt --idle 0 "$MAKE" --no-print-directory check-builds &
builds=$!
# The soak test stops itself after SOAK_SECONDS, or fails on its own limits.
wait "$soak" || failed+=("soak test")
cat "$soak_log"
normal_policy
wait "$builds"
built=$?
[ "$built" -eq 0 ] || failed+=("builds")

# After a failed build, each check still runs: make finds what is missing
# and builds it again, or the check fails on its own.
[ "$built" -eq 0 ] || echo "check: a build failed (above); the checks build what they need"
fuzz_log=$(mktemp)
trap 'rm -f "$soak_log" "$fuzz_log"' EXIT
# At the normal priority (niced, the fuzzers got a tenth of the executions
# while the leak check ran; the checks beside keep well within their
# limits either way); stopped with the checks when they are interrupted.
timed fuzz "$MAKE" --no-print-directory fuzz >"$fuzz_log" 2>&1 &
fuzz=$!
kill_tree() { local child; for child in $(pgrep -P "$1"); do kill_tree "$child"; done; kill "$1" 2>/dev/null; }
trap 'kill_tree "$fuzz"; exit 130' INT TERM
timed "thread sanitizer" "$MAKE" --no-print-directory tsan
timed leaks "$MAKE" --no-print-directory leaks
timed "package test" "$MAKE" --no-print-directory package-test-only
wait "$fuzz" || failed+=(fuzz)
cat "$fuzz_log"

echo "check: $(($(date +%s) - start)) s in all"
if [ "${#failed[@]}" -gt 0 ]; then
    printf 'check: FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "check: all passed"
