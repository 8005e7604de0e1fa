#!/usr/bin/env bash
# QR batches (seed 001) on Payara Micro (H2 unless SCANPORT_DB_URL says otherwise): for n = 35, 350 and 1000, the wall time from
# GET /qr?n= to progress 100 as a client polling /qr/progress sees it, the batch's own time
# (finished_at - started_at, as the server recorded it), and the size of the PDF. Three
# batches of 1000 warm the JIT first; each n then runs RUNS times and the median is reported.
# Usage: docs/qr-benchmark.sh [RUNS]      (needs ./mvnw package first, and python3)
# On PostgreSQL: SCANPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/<db> SCANPORT_DB_USER=postgres docs/qr-benchmark.sh
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
port=18082
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-qr-bench.XXXXXX)

SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_STAFF_PASSWORD=bench-desk-password \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

token=$(curl -sf -X POST "$base/token" -d password=bench-desk-password | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"

# One keep-alive connection polling /qr/progress every 10 ms: the client's time is the
# server's answer to "when is it done" (to 10 ms), not curl's start-up, and the polling
# leaves the server's two cores to the batch.
python3 - "$port" "$token" "$runs" <<'PY'
import http.client, json, statistics, sys, time
from datetime import datetime
port, token, runs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("127.0.0.1", port)
auth = {"Authorization": "Bearer " + token}

def get(path):
    conn.request("GET", path, headers=auth)
    response = conn.getresponse()
    return response.status, response.read()

def batch(n):
    start = time.perf_counter()
    status, body = get(f"/qr?n={n}")
    assert status == 200, body
    while True:
        progress = json.loads(get("/qr/progress")[1])
        if progress["state"] == "done":
            break
        assert progress["state"] != "failed", progress
        time.sleep(0.01)
    client = (time.perf_counter() - start) * 1000
    server = (datetime.fromisoformat(progress["finished_at"].replace("Z", "+00:00"))
              - datetime.fromisoformat(progress["started_at"].replace("Z", "+00:00"))).total_seconds() * 1000
    return client, server, len(get("/qr/download")[1])

for _ in range(3):
    batch(1000)
print(f"n      client ms (median of {runs})  server ms (median)  PDF bytes")
for n in (35, 350, 1000):
    results = [batch(n) for _ in range(runs)]
    print(f"{n:<6} {statistics.median(r[0] for r in results):<28.0f} "
          f"{statistics.median(r[1] for r in results):<19.0f} {statistics.median(r[2] for r in results):.0f}")
PY
