#!/usr/bin/env bash
# QR batches (seed 001) on Payara Micro over H2: for n = 35, 350 and 1000, the wall time from
# GET /qr?n= to progress 100 as a client polling /qr/progress sees it, the batch's own time
# (finished_at - started_at, as the server recorded it), and the size of the PDF. Three
# batches of 1000 warm the JIT first; each n then runs RUNS times and the median is reported.
# Usage: docs/qr-benchmark.sh [RUNS]      (needs ./mvnw package first)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
port=18082
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-qr-bench.XXXXXX)

SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_STAFF_PASSWORD=bench-desk-password \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null; pkill -9 -f "$work/data" 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

token=$(curl -sf -X POST "$base/token" -d password=bench-desk-password | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"

# Prints: client milliseconds, server milliseconds, PDF bytes.
batch() {
    local n=$1 start end progress
    start=$(date +%s%N)
    curl -sf -H "$auth" "$base/qr?n=$n" > /dev/null
    until progress=$(curl -sf -H "$auth" "$base/qr/progress") && [[ $progress == *'"state":"done"'* ]]; do
        [[ $progress == *'"state":"failed"'* ]] && { echo "batch failed: $progress" >&2; exit 1; }
    done
    end=$(date +%s%N)
    local started finished
    started=$(sed -E 's/.*"started_at":"([^"]+)".*/\1/' <<< "$progress")
    finished=$(sed -E 's/.*"finished_at":"([^"]+)".*/\1/' <<< "$progress")
    local bytes
    bytes=$(curl -sf -H "$auth" "$base/qr/download" | wc -c)
    echo "$(( (end - start) / 1000000 )) $(( ($(date -d "$finished" +%s%N) - $(date -d "$started" +%s%N)) / 1000000 )) $bytes"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for _ in 1 2 3; do batch 1000 > /dev/null; done
echo "n      client ms (median of $runs)  server ms (median)  PDF bytes"
for n in 35 350 1000; do
    results=$(for _ in $(seq 1 "$runs"); do batch "$n"; done)
    printf '%-6s %-28s %-19s %s\n' "$n" "$(cut -d' ' -f1 <<< "$results" | median)" \
        "$(cut -d' ' -f2 <<< "$results" | median)" "$(cut -d' ' -f3 <<< "$results" | median)"
done
