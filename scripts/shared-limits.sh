#!/usr/bin/env bash
# Acceptance run for limits shared across processes (docs/http.md, "Limits shared across processes").
#
# One sandbox enforcing tight 10-second limits (shared-limits.exchange-info.json: 300 weight, 250 raw requests and
# 60 orders per 10 s), then three runs of four `demo --faults none` processes at once, all with the same API key:
#   1. limits shared on Redis            -> expect 0 x 429 and 0 x 418 on the sandbox's own count, every order once
#   2. the same four, process-local only -> expect 429s (each process believes it owns the whole window)
#   3. shared on Redis, Redis killed mid-run and started again -> trading goes on, fallbacks counted, shared again
# Needs the .NET 10 SDK, redis-server, curl and python3. Prints one JSON summary per run.
# TRANSPORTS="rest ws rest ws" sends each of the four demos' orders over the transport named in its place (default: all
# rest), e.g. two over REST and two over the WebSocket API sharing one set of limits.
# BINANCE_ERRORS_CLI=path/to/BinanceErrors.Cli.dll uses a built CLI instead of a Release build. Whatever ends the
# script (success, failure, Ctrl+C, SIGTERM), every process it started is stopped (SIGTERM, then SIGKILL after 10 s)
# and reaped.
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS="${ORDERS:-50}"
read -r -a TRANSPORT_LIST <<< "${TRANSPORTS:-rest rest rest rest}"
(( ${#TRANSPORT_LIST[@]} == 4 )) || { echo "TRANSPORTS names four transports (rest or ws), one per demo"; exit 2; }
command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install -y redis-server)"; exit 2; }
if [[ -n "${BINANCE_ERRORS_CLI:-}" ]]; then
  CLI="dotnet $BINANCE_ERRORS_CLI"
else
  dotnet build src/BinanceErrors.Cli -c Release -v q -nologo >/dev/null
  CLI="dotnet src/BinanceErrors.Cli/bin/Release/net10.0/BinanceErrors.Cli.dll"
fi
work="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
SANDBOX_PORT="${SANDBOX_PORT:-$(free_port)}"; REDIS_PORT="${REDIS_PORT:-$(free_port)}"
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
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until a started process is ready (the command succeeds), failing with its log if it exits first.
await_ready() { # pid, log, command...
  local pid="$1" log="$2"; shift 2
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$(basename "$log" .log) did not start:" >&2; cat "$log" >&2; exit 1
    fi
    sleep 0.1
  done
}

start_redis() {
  : >"$work/redis.log"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >>"$work/redis.log" 2>&1 &
  REDIS_PID=$!
  await_ready "$REDIS_PID" "$work/redis.log" grep -q "Ready to accept connections" "$work/redis.log"
}

# Many requests sent while limited are allowed before a ban, so the local-only run shows 429s without 2-minute bans.
$CLI sandbox --port "$SANDBOX_PORT" --exchange-info scripts/shared-limits.exchange-info.json --violations-before-ban 100000 >"$work/sandbox.log" 2>&1 &
BASE="http://127.0.0.1:$SANDBOX_PORT"
await_ready "$!" "$work/sandbox.log" curl -sf "$BASE/sandbox/stats"
start_redis

stats() { curl -sf "$BASE/sandbox/stats"; }

run() { # name, then extra demo arguments
  local name="$1"; shift
  local before; before="$(stats)"
  local started; started="$(date +%s.%N)"
  local runners=()
  for i in 1 2 3 4; do
    $CLI demo --base-url "$BASE" --transport "${TRANSPORT_LIST[$((i - 1))]}" --faults none --orders "$ORDERS" --seed "$RANDOM$i" --json "$@" >"$work/$name-$i.json" 2>"$work/$name-$i.err" &
    runners+=("$!")
  done
  echo "run $name: 4 demos of $ORDERS orders started" >&2
  if [ "$name" = "redis-killed" ]; then
    sleep 6 & wait $!; kill -9 "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true; echo "  redis killed at +6 s" >&2
    sleep 6 & wait $!; start_redis; echo "  redis started again at +12 s" >&2
  fi
  local failed=0
  for p in "${runners[@]}"; do wait "$p" || failed=$((failed + 1)); done
  local ended; ended="$(date +%s.%N)"
  python3 - "$name" "$work" "$before" "$(stats)" "$failed" "$started" "$ended" <<'PY'
import json, sys
name, work, before, after, failed, started, ended = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7])
delta = {k: after["responsesByStatus"].get(k, 0) - before["responsesByStatus"].get(k, 0) for k in after["responsesByStatus"]}
runs = []
for i in range(1, 5):
    try:
        runs.append(json.load(open(f"{work}/{name}-{i}.json")))
    except Exception as e:
        runs.append({"error": str(e), "stderr": open(f"{work}/{name}-{i}.err").read()[-400:]})
summary = {
    "run": name,
    "seconds": round(ended - started, 1),
    "sandboxResponsesByStatus": {k: v for k, v in sorted(delta.items()) if v},
    "intended": sum(r.get("intended", 0) for r in runs),
    "exactlyOnce": sum(r.get("exactlyOnce", 0) for r in runs),
    "duplicates": sum(r.get("duplicates", 0) for r in runs),
    "missing": sum(r.get("missing", 0) for r in runs),
    "clientRateLimited": sum(r.get("rateLimited", 0) for r in runs),
    "clientBanned": sum(r.get("banned", 0) for r in runs),
    "limitStoreFallbacks": sum(r.get("limitStoreFallbacks", 0) for r in runs),
    "sharedAtEnd": [r.get("limitStoreShared") for r in runs],
    "processesFailed": failed,
    "errors": [r for r in runs if "error" in r],
}
print(json.dumps(summary))
PY
}

run redis --limit-store "redis://127.0.0.1:$REDIS_PORT" --fallback-share 0.25
run local --limit-store memory
run redis-killed --limit-store "redis://127.0.0.1:$REDIS_PORT" --fallback-share 0.25
