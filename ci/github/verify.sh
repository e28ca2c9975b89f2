#!/usr/bin/env bash
# The action's verify step (action.yml passes its inputs as RANGE, FORMAT, REPORT_FILE, ATTESTATION
# and FAIL_LEVEL). Annotations and the job summary come from `verify --format github`; a report in
# FORMAT goes to REPORT_FILE; the exit code follows FAIL_LEVEL. Exit codes other than 0 and 1 from
# verify (2 bad usage, 4 a clone lacking the range) always fail the step.
set -uo pipefail

fail() { echo "::error title=git-provenance::$1"; exit 2; }

case "${FAIL_LEVEL:=error}" in error|warning|never) ;; *) fail "fail-level must be error, warning or never, not '$FAIL_LEVEL'" ;; esac
case "${ATTESTATION:=off}" in off|warn|require) ;; *) fail "attestation must be off, warn or require, not '$ATTESTATION'" ;; esac
case "${FORMAT:=}" in ""|sarif|json|codequality|text) ;; *) fail "format must be sarif, json, codequality, text or empty, not '$FORMAT'" ;; esac

range_args=()
if [ -n "${RANGE:-}" ]; then range_args=(--range "$RANGE"); fi
# Signed attestations (rules A1-A4), with the trust file read from the base branch: require makes
# their findings errors, warn warnings.
case "$ATTESTATION" in
    require) range_args+=(--attestation required) ;;
    warn) range_args+=(--attestation required -c "severity=A1=warning,A2=warning,A3=warning,A4=warning") ;;
esac

log="$(mktemp)"
git provenance verify --format github "${range_args[@]}" | tee "$log"
status=${PIPESTATUS[0]}
warnings=$(grep -c '^::warning ' "$log" || true)
rm -f "$log"

if [ -n "$FORMAT" ]; then
    report="${REPORT_FILE:-git-provenance.$FORMAT}"
    git provenance verify --format "$FORMAT" "${range_args[@]}" > "$report"
    report_status=$?
    if [ "$report_status" -gt 1 ]; then status=$report_status; fi
    echo "report-file=$report" >> "${GITHUB_OUTPUT:-/dev/null}"
fi

if [ "$status" -gt 1 ]; then exit "$status"; fi
case "$FAIL_LEVEL" in
    never) exit 0 ;;
    warning) if [ "$status" -eq 1 ] || [ "$warnings" -gt 0 ]; then exit 1; fi; exit 0 ;;
    *) exit "$status" ;;
esac
