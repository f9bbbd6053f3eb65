#!/bin/sh
# npm test: installs what is missing, builds, type-checks, lints, then runs every test suite. A failing
# step does not stop the others; the summary lists each one, and the exit code is non-zero if any failed.
set -u
cd "$(dirname "$0")/.."

SUITES="unit lsp grammar corpus nvim package e2e"
SUMMARY=""
FAILED=0
STARTED=$(date +%s)

step() {
  name="$1"
  shift
  echo ""
  echo "=== $name: $*"
  begin=$(date +%s)
  if "$@"; then status="pass"; else status="FAIL"; FAILED=1; fi
  SUMMARY="$SUMMARY$(printf '%-10s %-5s %5ss' "$name" "$status" "$(($(date +%s) - begin))")
"
}

summary() {
  echo ""
  echo "=== summary"
  printf '%s' "$SUMMARY"
  printf '%-10s %-5s %5ss\n' "total" "$([ "$FAILED" -eq 0 ] && echo pass || echo FAIL)" "$(($(date +%s) - STARTED))"
}

step setup sh scripts/setup.sh
if [ "$FAILED" -ne 0 ]; then
  summary
  exit 1
fi
step build npm run --silent build
step typecheck npm run --silent typecheck
step lint npm run --silent lint
for suite in $SUITES; do
  step "$suite" npm run --silent "test:$suite"
done
summary
exit "$FAILED"
