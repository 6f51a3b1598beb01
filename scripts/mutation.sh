#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in dotnet-tools.json).
#
#   scripts/mutation.sh core|preflight|all [stryker options...]
#
# Examples:
#   scripts/mutation.sh preflight                                   # full run of BinanceErrors.Preflight
#   scripts/mutation.sh preflight --mutate "**/OrderNormalizer.cs"  # only the file you are working on
#   STRYKER_CONCURRENCY=1 scripts/mutation.sh all                   # both projects, one test runner
#
# Each run writes an HTML and a JSON report under tests/<project>.Tests/StrykerOutput/<timestamp>/reports/
# and ends with the score per file and in total, read from the JSON report (see docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
shift || true
case "$target" in
  core) projects=(BinanceErrors.Tests) ;;
  preflight) projects=(BinanceErrors.Preflight.Tests) ;;
  all) projects=(BinanceErrors.Tests BinanceErrors.Preflight.Tests) ;;
  *) echo "usage: scripts/mutation.sh core|preflight|all [stryker options...]" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

status=0
for project in "${projects[@]}"; do
  dir="tests/$project"
  echo "== Stryker.NET on $dir"
  started="$(date +%s)"
  (cd "$dir" && dotnet tool run dotnet-stryker --config-file stryker-config.json --concurrency "${STRYKER_CONCURRENCY:-2}" "$@") || status=$?
  report="$(ls -td "$dir"/StrykerOutput/*/reports 2>/dev/null | head -n 1)/mutation-report.json"
  if [ -f "$report" ]; then
    echo "== $project: $(( $(date +%s) - started )) s, report $report"
    python3 scripts/mutation-score.py "$report"
  else
    echo "== $project: no report written" >&2
    status=1
  fi
done
exit $status
