#!/usr/bin/env bash
# Exactly once across crashes: runs `binance-errors demo` against a sandbox in its own process, SIGKILLs the demo at
# random moments, resumes it from its journal (`--journal FILE --resume`: same runId and client order ids, recovery
# first) until a run finishes, then counts on the exchange that every intended order exists exactly once.
#
#   scripts/kill-resume-demo.sh                       # 100 MARKET orders, chaos faults, 6 kills
#   ORDERS=300 ORDER_TYPE=limit KILLS=10 SEED=7 scripts/kill-resume-demo.sh
#   VENUE=usdm scripts/kill-resume-demo.sh            # the same on USDⓈ-M futures (orders and algo orders)
#   TRANSPORT=ws scripts/kill-resume-demo.sh          # orders over the WebSocket API (Spot /ws-api/v3, usdm /ws-fapi/v1)
#   BINANCE_ERRORS_CLI=path/to/BinanceErrors.Cli.dll scripts/kill-resume-demo.sh   # a built CLI instead of a Release build
#
# Exit 0 only when the exchange holds every intended order exactly once. Whatever ends the script (success, failure,
# Ctrl+C, SIGTERM), the sandbox and any demo it started are stopped (SIGTERM, then SIGKILL after 10 s) and reaped.
set -euo pipefail

ORDERS="${ORDERS:-100}"
ORDER_TYPE="${ORDER_TYPE:-market}"
VENUE="${VENUE:-spot}"
TRANSPORT="${TRANSPORT:-rest}"
KILLS="${KILLS:-6}"
SEED="${SEED:-$RANDOM}"
PORT="${PORT:-$(( 20000 + RANDOM % 20000 ))}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

if [[ -n "${BINANCE_ERRORS_CLI:-}" ]]; then
  CLI=(dotnet "$BINANCE_ERRORS_CLI")
else
  dotnet build "$ROOT/src/BinanceErrors.Cli" -c Release -nologo -v q >/dev/null
  CLI=(dotnet "$ROOT/src/BinanceErrors.Cli/bin/Release/net10.0/BinanceErrors.Cli.dll")
fi

WORK="$(mktemp -d)"
JOURNAL="$WORK/demo.db"
URL="http://127.0.0.1:$PORT/"

# Stops every process this script started and still runs (the sandbox, a demo, a pending sleep): SIGTERM (a clean
# stop), SIGKILL for any still there after 10 s, then reaps them.
cleanup() {
  local pids pid
  pids="$(jobs -p)"
  if [[ -n "$pids" ]]; then
    kill -TERM $pids 2>/dev/null || true
    for pid in $pids; do
      timeout 10 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${CLI[@]}" sandbox --venue "$VENUE" --port "$PORT" >"$WORK/sandbox.log" 2>&1 &
SANDBOX=$!
PING="${URL}$([[ "$VENUE" == usdm ]] && echo fapi/v1 || echo api/v3)/ping"
until curl -sf "$PING" >/dev/null; do
  if ! kill -0 "$SANDBOX" 2>/dev/null; then
    echo "the sandbox did not start:" >&2; cat "$WORK/sandbox.log" >&2; exit 1
  fi
  sleep 0.1
done

FRESH=(demo --venue "$VENUE" --transport "$TRANSPORT" --base-url "$URL" --orders "$ORDERS" --order-type "$ORDER_TYPE" --chaos --seed "$SEED" --journal "$JOURNAL" --json)
RESUME=(demo --venue "$VENUE" --transport "$TRANSPORT" --base-url "$URL" --journal "$JOURNAL" --resume --json)
args=("${FRESH[@]}")
kills=0
runs=0
echo "demo ($VENUE): $ORDERS $ORDER_TYPE orders over $TRANSPORT, chaos seed $SEED, up to $KILLS SIGKILLs, sandbox $URL"
while :; do
  runs=$((runs + 1))
  "${CLI[@]}" "${args[@]}" >"$WORK/out.json" 2>"$WORK/err.txt" &
  DEMO=$!
  if (( kills < KILLS )); then
    # A random moment: anywhere from start-up to deep in the run (in the background, so a signal to the script is not held up).
    sleep "$(( RANDOM % 6 )).$(( RANDOM % 10 ))" & wait $!
    if kill -0 "$DEMO" 2>/dev/null; then
      kill -KILL "$DEMO"
      wait "$DEMO" 2>/dev/null || true
      kills=$((kills + 1))
      placed="$(curl -sf "${URL}sandbox/orders" | python3 -c 'import json,sys; print(sum(1 for o in json.load(sys.stdin) if o["clientOrderId"].startswith("demo-")))')"
      echo "run $runs: SIGKILL #$kills (orders on the exchange so far: $placed)"
      args=("${RESUME[@]}")
      continue
    fi
  fi

  rc=0
  wait "$DEMO" || rc=$?
  if (( rc == 0 )); then
    echo "run $runs: finished (exit 0)"
    break
  elif (( rc == 2 )) && grep -q "holds no demo run" "$WORK/err.txt"; then
    # Killed before the plan was written: nothing was sent, start the run afresh.
    echo "run $runs: no plan recorded yet, starting afresh"
    args=("${FRESH[@]}")
  elif (( rc == 1 && runs < KILLS + 10 )); then
    echo "run $runs: not settled yet (exit 1), resuming"
    args=("${RESUME[@]}")
  else
    echo "run $runs: failed with exit $rc" >&2
    cat "$WORK/err.txt" >&2
    exit 1
  fi
done

cat "$WORK/out.json"
RUN_ID="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["runId"])' "$WORK/out.json")"
curl -sf "${URL}sandbox/orders" >"$WORK/orders.json"
python3 - "$WORK/orders.json" "$RUN_ID" "$ORDERS" "$kills" <<'PY'
import collections, json, sys
orders, run_id, intended, kills = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
counts = collections.Counter(o["clientOrderId"] for o in orders if o["clientOrderId"].startswith(f"demo-{run_id}-"))
once = sum(1 for i in range(1, intended + 1) if counts[f"demo-{run_id}-{i}"] == 1)
duplicates = sum(1 for n in counts.values() if n > 1)
missing = sum(1 for i in range(1, intended + 1) if counts[f"demo-{run_id}-{i}"] == 0)
print(f"counted on the exchange after {kills} SIGKILLs: {once}/{intended} exactly once, {duplicates} duplicated, {missing} missing")
sys.exit(0 if once == intended and duplicates == 0 else 1)
PY
