#!/usr/bin/env bash
# Regenerates every package's PublicAPI.Unshipped.txt from the code: empties each one, then lets the
# PublicApiAnalyzers code fix declare every public member that is not in PublicAPI.Shipped.txt (RS0016).
# What was added, renamed or removed since the last release is then exactly what Unshipped lists; review the diff.
# PublicAPI.Shipped.txt is never touched: a shipped member that is gone stays an RS0017 error until a human decides
# (a breaking change is deliberate, never a side effect of this script).
#
# Usage: scripts/update-public-api.sh [project.csproj ...]    (default: every src/ project with PublicAPI files)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -gt 0 ]; then
  projects=("$@")
else
  projects=()
  for unshipped in src/*/PublicAPI.Unshipped.txt; do
    projects+=("$(ls "$(dirname "$unshipped")"/*.csproj)")
  done
fi

for project in "${projects[@]}"; do
  dir="$(dirname "$project")"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' >"$dir/PublicAPI.Shipped.txt"
  # Nullable annotations are part of the declared API (RS0037 wants this header).
  printf '#nullable enable\n' >"$dir/PublicAPI.Unshipped.txt"
done

for project in "${projects[@]}"; do
  # Restores and loads the project, runs the analyzer and applies its fix-all for RS0016 to the Unshipped file.
  # Source files are not changed: only the RS0016 fix runs, and it writes only PublicAPI.Unshipped.txt.
  dotnet format analyzers "$project" --diagnostics RS0016 --severity info
  echo "public API: $(($(grep -c . "$(dirname "$project")/PublicAPI.Unshipped.txt") - 1)) unshipped declarations in $project"
done
