#!/usr/bin/env bash
# Durability drill for field reports (issue 7): start Praja, load it with field reports from
# several clients, kill -9 the server AND its embedded PostgreSQL mid-run, restart, let the
# clients retry what was not acknowledged, then check that every acknowledged report is
# stored (and, by its primary key, stored once).
#   scripts/durability-drill.sh [clients] [reports-per-client]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CLIENTS="${1:-4}"
PER_CLIENT="${2:-100}"
PORT="${PRAJA_DRILL_PORT:-18087}"
DIR="$ROOT/target/durability-drill"
URL="http://127.0.0.1:$PORT"
AUTH="operator:praja2024"
rm -rf "$DIR"
mkdir -p "$DIR/acked"

start_server() {
	# own process group, so that kill -9 reaches the JVM and the PostgreSQL it started
	PRAJA_DATA_DIR="$DIR/data" PORT="$PORT" setsid "$ROOT/praja" serve >>"$DIR/server.log" 2>&1 &
	SERVER=$!
	until curl -fs "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$SERVER" 2>/dev/null || { echo "server stopped; see $DIR/server.log" >&2; exit 1; }
		sleep 0.5
	done
}

client() {
	local n="$1" i code id body status
	for ((i = 0; i < PER_CLIENT; i++)); do
		code="${TPS[$(((n * PER_CLIENT + i) % ${#TPS[@]}))]}"
		id="$(cat /proc/sys/kernel/random/uuid)"
		body="{\"id\":\"$id\",\"tps\":\"$code\",\"type\":\"CHECK_IN\",\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"
		# the same report again until it is acknowledged: a replay is answered, not duplicated
		while true; do
			status="$(curl -s -o /dev/null -w '%{http_code}' -m 10 -u "$AUTH" -H 'Content-Type: application/json' \
				-d "$body" "$URL/api/v1/field-reports" || true)"
			if [[ $status == 200 || $status == 201 ]]; then
				echo "$id" >>"$DIR/acked/$n"
				break
			fi
			if [[ $status == 4* ]]; then
				echo "client $n: report rejected with $status" >&2
				break
			fi
			sleep 0.5
		done
	done
}

echo "starting Praja on port $PORT (data in $DIR)"
start_server
mapfile -t TPS < <(curl -fs -u "$AUTH" "$URL/api/v1/tps?size=500" | grep -o '"code":"[^"]*-TPS-[0-9]*"' | cut -d'"' -f4)
echo "${#TPS[@]} TPS; $CLIENTS clients × $PER_CLIENT reports"
pids=()
for ((c = 0; c < CLIENTS; c++)); do
	client "$c" &
	pids+=($!)
done
sleep 8
before="$(cat "$DIR"/acked/* 2>/dev/null | wc -l)"
echo "kill -9 of the server and its database after $before acknowledged reports"
kill -9 -- "-$SERVER" 2>/dev/null || kill -9 "$SERVER"
sleep 1
# the postmaster, should it have left the process group
if [[ -f "$DIR/data/pg/postmaster.pid" ]]; then
	kill -9 "$(head -1 "$DIR/data/pg/postmaster.pid")" 2>/dev/null || true
fi
start_server
echo "restarted; clients retry"
for p in "${pids[@]}"; do wait "$p"; done
acked="$(cat "$DIR"/acked/* | wc -l)"
missing=0
while read -r id; do
	code="$(curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" "$URL/api/v1/field-reports/$id")"
	[[ $code == 200 ]] || { missing=$((missing + 1)); echo "missing: $id" >&2; }
done < <(cat "$DIR"/acked/*)
kill -- "-$SERVER" 2>/dev/null || kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
echo "acknowledged $acked (of which $before before the kill), missing after restart: $missing"
[[ $missing == 0 ]]
