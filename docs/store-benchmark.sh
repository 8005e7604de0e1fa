#!/usr/bin/env bash
# Load on the store (seed 004) with wrk, on Payara Micro over PostgreSQL (a fresh database
# scanport_bench on 127.0.0.1:5432, trust auth), next to pgbench's TPC-B-like transactions on
# the same server: transfers rotating over pre-created sessions at c8 and c32, pgbench at the
# same concurrency, then /get-balance and /items at c32 next to GET /version. Ends with the
# ledger audit, which must hold. Last, with the server stopped, pgbench replays the statements a
# transfer sends (docs/transfer-sql-replay.sh), next to TPC-B: what PostgreSQL alone does with them.
# Usage: docs/store-benchmark.sh [DURATION]      (needs ./mvnw package first, and wrk)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${1:-15s}
port=18081
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-store-bench.XXXXXX)
users=64
password='bench-password-123'
pg="psql -h 127.0.0.1 -U postgres -qtA"

$pg -c "DROP DATABASE IF EXISTS scanport_bench" -c "CREATE DATABASE scanport_bench"
SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_ADMIN_SECRET=bench-secret \
    SCANPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/scanport_bench SCANPORT_DB_USER=postgres \
    SCANPORT_STORE_OPENING_BALANCE=1000000 \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

json() { curl -sf -X POST "$base/$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
json auth/signup '{"username":"benchadmin","email":"benchadmin@example.com","password":"'$password'",
    "mobile_number":"+15550000","age":30,"full_name":"Bench Admin","is_admin":true}' -H 'admin_secret: bench-secret' > /dev/null
admin=$(curl -sf -X POST "$base/auth/login" -d username=benchadmin -d "password=$password" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
for i in 1 2 3 4 5 6 7 8; do
    curl -sf -X POST "$base/admin/products" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"description":"Item '$i'","unit_price":2.5,"stock":1000000}' > /dev/null
done
ids=()
for i in $(seq 1 $users); do
    id=$(json auth/signup '{"username":"bench'$i'","email":"bench'$i'@example.com","password":"'$password'",
        "mobile_number":"+1555010'$i'","age":30,"full_name":"Bench '$i'"}' | sed -E 's/.*"id":([0-9]+).*/\1/')
    ids+=("$id")
    json login '{"username":"bench'$i'","password":"'$password'","token":"bench-session-token-'$i'"}' > /dev/null
done

# Each request: session n pays user n+1 one unit; n rotates over every session.
{
    echo "local ids = {$(IFS=,; echo "${ids[*]}")}"
    cat <<'LUA'
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
    n = n % #ids + 1
    local to = ids[n % #ids + 1]
    return wrk.format(nil, nil, nil,
        '{"token":"bench-session-token-' .. n .. '","recipient":' .. to .. ',"amount":1}')
end
done = function(summary, latency, requests)
    io.write(string.format("non-2xx or socket errors: %d\n",
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
} > "$work/transfer.lua"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' \
    "'{\"token\":\"bench-session-token-1\"}'" > "$work/session.lua"

. "$top/docs/server-cpu.sh"

# measured, and PostgreSQL's CPU time per request beside the server's.
measured_with_db() {
    local before out requests
    before=$(pg_ticks)
    out=$(measured "$@")
    echo "$out"
    requests=$(sed -nE 's/^ *([0-9]+) requests in.*/\1/p' <<< "$out")
    echo "PostgreSQL CPU per request: $(( ($(pg_ticks) - before) * 1000000 / hz / requests )) us"
}

# A transfer's deep call path takes the JIT minutes: after 10 s of transfers they ran at half the
# speed they reached after two and a half minutes, and then held.
echo "== warm-up"
wrk -t2 -c16 -d180s -s "$work/transfer.lua" "$base/transfer" > /dev/null
wrk -t2 -c16 -d15s "$base/version" > /dev/null
wrk -t2 -c16 -d15s -s "$work/session.lua" "$base/get-balance" > /dev/null
wrk -t2 -c16 -d15s -s "$work/session.lua" "$base/items" > /dev/null

$pg -d scanport_bench -c "SELECT 1" > /dev/null
pgbench -h 127.0.0.1 -U postgres -i -s 8 -q scanport_bench > /dev/null 2>&1
for c in 8 32; do
    echo "== POST /transfer, c$c"
    measured_with_db -t2 -c$c -d"$duration" --latency -s "$work/transfer.lua" "$base/transfer"
    echo "== pgbench -b tpcb-like, c$c"
    pgbench -h 127.0.0.1 -U postgres -b tpcb-like -c $c -j 2 -T "${duration%s}" scanport_bench 2>/dev/null |
        grep -E "tps|latency average|failed"
done
echo "== trivial open JSON: GET /version, c32"
measured -t2 -c32 -d"$duration" --latency "$base/version"
echo "== POST /get-balance, c32"
measured -t2 -c32 -d"$duration" --latency -s "$work/session.lua" "$base/get-balance"
echo "== POST /items (8 items), c32"
measured -t2 -c32 -d"$duration" --latency -s "$work/session.lua" "$base/items"
echo "== ledger audit"
curl -sf "$base/admin/ledger/audit" -H "Authorization: Bearer $admin"; echo

kill -9 $server
wait $server 2> /dev/null || true
"$top/docs/transfer-sql-replay.sh" scanport_bench 8 "${duration%s}"
