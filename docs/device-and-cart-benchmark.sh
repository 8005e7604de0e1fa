#!/usr/bin/env bash
# Load on device login (seed 003) and on a cart's QR code (seed 000) with wrk, on Payara Micro with
# its embedded defaults (H2) or, with
# postgresql as second argument, on a fresh database scanport_device_bench on 127.0.0.1:5432 (trust
# auth), next to GET /version in the same run: POST /auth/qr-code-auth (a new device for one of 64 users, each
# request a new device id) and GET /auth/qr-code-auth?device_id= (the device's poll of a waiting
# document), both at c32. The polling limit is off for the run (SCANPORT_DEVICE_LOGIN_POLL_SECONDS=0)
# and the per-user request limit high, as the issue asks: the limits would otherwise answer most of
# the load with 429. Then GET /customer-session/qr/{cart_id} (a fresh signed token as a 1-bit PNG
# each time) at c8 and c32. Ends with one approval and the token's collection, to show the flow works.
# Usage: docs/device-and-cart-benchmark.sh [DURATION] [h2|postgresql]   (needs ./mvnw package first, and wrk)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${1:-15s}
database=${2:-h2}
port=18083
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-device-bench.XXXXXX)
users=64
password='bench-password-123'

db=()
if [ "$database" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS scanport_device_bench" \
        -c "CREATE DATABASE scanport_device_bench"
    db=(SCANPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/scanport_device_bench SCANPORT_DB_USER=postgres)
fi
env "${db[@]}" SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_ADMIN_SECRET=bench-secret \
    SCANPORT_DEVICE_LOGIN_POLL_SECONDS=0 SCANPORT_DEVICE_LOGIN_MAX_REQUESTS_PER_USER=100000000 \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

ids=()
for i in $(seq 1 $users); do
    id=$(curl -sf -X POST "$base/auth/signup" -H 'Content-Type: application/json' -d '{"username":"bench'$i'",
        "email":"bench'$i'@example.com","password":"'$password'","mobile_number":"+1555010'$i'","age":30,
        "full_name":"Bench '$i'"}' | sed -E 's/.*"id":([0-9]+).*/\1/')
    ids+=("$id")
done
curl -sf -X POST "$base/auth/signup" -H 'Content-Type: application/json' -H 'admin_secret: bench-secret' \
    -d '{"username":"benchadmin","email":"benchadmin@example.com","password":"'$password'",
    "mobile_number":"+15550000","age":30,"full_name":"Bench Admin","is_admin":true}' > /dev/null
admin=$(curl -sf -X POST "$base/auth/login" -d username=benchadmin -d "password=$password" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
cart=$(curl -sf -X POST "$base/carts/" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{}' |
    sed -E 's/.*"cart_id":([0-9]+).*/\1/')
waiting=bench-waiting-device-0001
curl -sf -X POST "$base/auth/qr-code-auth" -H 'Content-Type: application/json' \
    -d '{"user_id":"'"${ids[0]}"'","device_info":"wrk","device_id":"'$waiting'"}' > /dev/null

# Each request a new device id (thread, run and counter), for the users in turn.
{
    echo "local users = {$(IFS=,; echo "${ids[*]}")}"
    cat <<'LUA'
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end
local n = 0
local prefix
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
init = function(args)
    prefix = "bench-" .. os.time() .. "-" .. tid .. "-"
end
request = function()
    n = n + 1
    return wrk.format(nil, nil, nil, '{"user_id":"' .. users[n % #users + 1]
        .. '","device_info":"wrk","device_id":"' .. prefix .. n .. '"}')
end
done = function(summary, latency, requests)
    io.write(string.format("non-2xx or socket errors: %d\n",
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
} > "$work/register.lua"

# Long enough for the JIT to finish with each path: after 10 s the POST still ran at two thirds of its speed.
echo "== warm-up"
wrk -t2 -c32 -d30s -s "$work/register.lua" "$base/auth/qr-code-auth" > /dev/null
wrk -t2 -c32 -d15s "$base/auth/qr-code-auth?device_id=$waiting" > /dev/null
wrk -t2 -c32 -d15s "$base/version" > /dev/null
wrk -t2 -c32 -d15s "$base/customer-session/qr/$cart" > /dev/null
sleep 2

echo "== trivial open JSON: GET /version, c32"
wrk -t2 -c32 -d"$duration" --latency "$base/version"
echo "== POST /auth/qr-code-auth (a new device each), c32"
wrk -t2 -c32 -d"$duration" --latency -s "$work/register.lua" "$base/auth/qr-code-auth"
echo "== GET /auth/qr-code-auth?device_id= (a waiting document), c32"
wrk -t2 -c32 -d"$duration" --latency "$base/auth/qr-code-auth?device_id=$waiting"

for c in 8 32; do
    echo "== GET /customer-session/qr/$cart (a fresh token as a PNG), c$c"
    wrk -t2 -c$c -d"$duration" --latency "$base/customer-session/qr/$cart"
done
curl -sf "$base/customer-session/qr/$cart" -o "$work/cart.png"
echo "a cart's PNG: $(stat -c %s "$work/cart.png") bytes; zbarimg reads: $(zbarimg -q --raw "$work/cart.png" 2>/dev/null | cut -c1-24)..."

echo "== the flow after the load: approve, collect once"
token=$(curl -sf -X POST "$base/auth/login" -d username=bench1 -d "password=$password" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -sf -X PATCH "$base/auth/qr-code-auth/authorization_status/AUTHORIZED?device_id=$waiting" \
    --cookie "rds-session=$token" | grep -o '"authorization_status":"[A-Z_]*"'
curl -sf "$base/auth/qr-code-auth?device_id=$waiting" | grep -o '"access_token":"[^"]\{0,12\}'
curl -sf "$base/auth/qr-code-auth?device_id=$waiting" | grep -o '"authorization_status":"[A-Z_]*","device_id"' | head -1
