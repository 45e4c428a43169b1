# Sourced by the command-line test scripts (tests/scripts): ok/bad counting,
# a scratch folder $work (removed on exit) that also holds HOME and the XDG
# folders, and `checks_done NAME`, the last line of a script: prints the
# counts and fails when a check failed.
pass=0; fail=0
ok()  { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# shellcheck source=scratch-home.sh
. "$(dirname "${BASH_SOURCE[0]}")/scratch-home.sh"; scratch_home "$work"
checks_done() { echo "$1: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
