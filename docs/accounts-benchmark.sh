#!/usr/bin/env bash
# Load on the accounts surface with wrk (Debian's wrk package), on Payara Micro with the
# embedded defaults and a fresh data directory: the trivial open JSON endpoint GET /version, the
# authenticated read GET /auth/me, and login (bcrypt) alone and next to /auth/me.
# Usage: docs/accounts-benchmark.sh [DURATION]      (needs ./mvnw package first)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${1:-15s}
port=18080
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-accounts-bench.XXXXXX)
password='bench-password-123'

SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port \
    SCANPORT_ADMIN_SECRET=bench-secret "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

curl -sf -X POST "$base/auth/signup" -H 'Content-Type: application/json' -d "{\"username\":\"bench\",
    \"email\":\"bench@example.com\",\"password\":\"$password\",\"mobile_number\":\"+15550100\",\"age\":30,
    \"full_name\":\"Bench User\",\"address\":\"1 Load Street\"}" > /dev/null
token=$(curl -sf -X POST "$base/auth/login" -d username=bench -d "password=$password" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
cat > "$work/login.lua" <<EOF
wrk.method = "POST"
wrk.body = "username=bench&password=$password"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
EOF

echo "== warm-up"
wrk -t2 -c16 -d10s "$base/version" > /dev/null
wrk -t2 -c16 -d10s -H "Authorization: Bearer $token" "$base/auth/me" > /dev/null
wrk -t2 -c4 -d10s -s "$work/login.lua" "$base/auth/login" > /dev/null

echo "== trivial open JSON: GET /version, c32"
wrk -t2 -c32 -d"$duration" --latency "$base/version"
echo "== authenticated read: GET /auth/me, c32"
wrk -t2 -c32 -d"$duration" --latency -H "Authorization: Bearer $token" "$base/auth/me"
echo "== login: POST /auth/login (bcrypt cost 10), c4"
wrk -t2 -c4 -d"$duration" --latency -s "$work/login.lua" "$base/auth/login"
echo "== login, c32"
wrk -t2 -c32 -d"$duration" --latency -s "$work/login.lua" "$base/auth/login"
echo "== GET /auth/me at c8 while login runs at c32"
wrk -t1 -c32 -d"$duration" -s "$work/login.lua" "$base/auth/login" > "$work/login-under-load.txt" &
load=$!
sleep 1
wrk -t1 -c8 -d"$duration" --latency -H "Authorization: Bearer $token" "$base/auth/me"
wait $load
echo "(the login load meanwhile:)"
grep -E "Requests/sec|Non-2xx" "$work/login-under-load.txt" || true
