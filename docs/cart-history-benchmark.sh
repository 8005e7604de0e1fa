#!/usr/bin/env bash
# Reads over a store with purchase history, with wrk, on Payara Micro with its embedded defaults (H2)
# or, with postgresql as second argument, on a fresh database scanport_history_bench on
# 127.0.0.1:5432 (trust auth). Makes a catalogue of 100 products (0.10 to 2.00 each, a million in
# stock), 8 carts and 500 shoppers, then loads 10,000 checked-out cart sessions through the API
# (docs/cart-history-loader.java: QR token, scan, 1-4 items picked Zipf-like, checkout; 8 threads,
# each with its own carts and shoppers) and says how long that took. Then, at c32, next to GET
# /version in the same run: GET /products/suggestions/{user_id}?count=8 and GET
# /user/sessions/{user_id} (the default page of 20), each request for one of 64 shoppers with that
# shopper's own bearer token, in turn. Counts answers that are not 200 and suggestions without
# products. Ends with a table of req/s and latency. Opening balances are high
# (SCANPORT_STORE_OPENING_BALANCE) so that no checkout is refused, and the bcrypt cost low
# (SCANPORT_PASSWORD_BCRYPT_COST=4) so that 500 sign-ups and logins take seconds: neither is measured.
# With SCANPORT_BENCH_JSTACK=1, takes 3 thread dumps of the server during the suggestions run and
# sums up what the request threads were doing; SCANPORT_BENCH_KEEP=DIR keeps the server log and dumps.
# Usage: docs/cart-history-benchmark.sh [DURATION] [h2|postgresql]   (needs ./mvnw install first, and wrk)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${1:-15s}
database=${2:-h2}
port=${SCANPORT_BENCH_PORT:-18093}
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-history-bench.XXXXXX)
products=100
carts=8
shoppers=500
sessions=10000
loader_threads=8
wrk_users=64
password='bench-password-123'

db=()
if [ "$database" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS scanport_history_bench" \
        -c "CREATE DATABASE scanport_history_bench"
    db=(SCANPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/scanport_history_bench SCANPORT_DB_USER=postgres)
fi
env "${db[@]}" SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_ADMIN_SECRET=bench-secret \
    SCANPORT_STORE_OPENING_BALANCE=1000000 SCANPORT_PASSWORD_BCRYPT_COST=4 \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 143' INT TERM
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do
    kill -0 $server 2>/dev/null || { echo "the server stopped:"; tail -30 "$work/server.log"; exit 1; }
    sleep 0.5
done

curl -sf -X POST "$base/auth/signup" -H 'Content-Type: application/json' -H 'admin_secret: bench-secret' \
    -d '{"username":"benchadmin","email":"benchadmin@example.com","password":"'$password'",
    "mobile_number":"+15550000","age":30,"full_name":"Bench Admin","is_admin":true}' > /dev/null
admin=$(curl -sf -X POST "$base/auth/login" -d username=benchadmin -d "password=$password" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')

product_ids=()
for i in $(seq 1 $products); do
    price=$(printf '%d.%02d' $(( (10 + (i * 37) % 191) / 100 )) $(( (10 + (i * 37) % 191) % 100 )))
    id=$(curl -sf -X POST "$base/admin/products" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"description":"Bench product '$i'","unit_price":'$price',"stock":1000000}' |
        sed -E 's/.*"item_no_":([0-9]+).*/\1/')
    product_ids+=("$id")
done
cart_ids=()
for i in $(seq 1 $carts); do
    cart_ids+=("$(curl -sf -X POST "$base/carts/" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{}' | sed -E 's/.*"cart_id":([0-9]+).*/\1/')")
done

echo "== loading: $shoppers shoppers, then $sessions cart sessions ($loader_threads threads, $carts carts, $products products)"
loading=$(date +%s%N)
java "$top/docs/cart-history-loader.java" "$base" $shoppers $sessions $loader_threads \
    "$(IFS=,; echo "${cart_ids[*]}")" "$(IFS=,; echo "${product_ids[*]}")" "$work/shoppers.txt"
echo "loading took $(( ($(date +%s%N) - loading) / 1000000 )) ms in all (with the loader's JVM start)"

# The first 64 shoppers: each request one of them in turn, its path and its own token together.
# Counts answers other than 200, and (with "empty" as second argument) bodies with "count":0.
{
    echo "local users = {"
    head -$wrk_users "$work/shoppers.txt" | while read -r id token; do echo "  {$id, \"$token\"},"; done
    echo "}"
    cat <<'LUA'
local threads = {}
function setup(thread)
    table.insert(threads, thread)
end
local prefix, suffix, check_empty
local n = 0
bad, empty = 0, 0
init = function(args)
    prefix, suffix, check_empty = args[1], args[2] or "", args[3] == "empty"
    n = math.random(#users)
end
request = function()
    n = n + 1
    local user = users[n % #users + 1]
    return wrk.format("GET", prefix .. user[1] .. suffix, {["Authorization"] = "Bearer " .. user[2]})
end
response = function(status, headers, body)
    if status ~= 200 then
        bad = bad + 1
    elseif check_empty and string.find(body, '"count":0', 1, true) then
        empty = empty + 1
    end
end
done = function(summary, latency, requests)
    local b, e = 0, 0
    for _, thread in ipairs(threads) do
        b = b + thread:get("bad")
        e = e + thread:get("empty")
    end
    io.write(string.format("answers not 200: %d; suggestions without products: %d; socket errors: %d\n", b, e,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
} > "$work/users.lua"

read -r first_id first_token < "$work/shoppers.txt"
echo "== one answer each, for shopper $first_id"
curl -sf "$base/products/suggestions/$first_id?count=8" -H "Authorization: Bearer $first_token" | cut -c1-300; echo
curl -sf "$base/user/sessions/$first_id" -H "Authorization: Bearer $first_token" |
    awk '{ printf "%d bytes, %d sessions: %s...\n", length($0), gsub(/"session_id"/, "&"), substr($0, 1, 200) }'

echo "== warm-up (two rounds: after one, a first suggestions run came out far below later ones)"
wrk -t2 -c16 -d5s "$base/version" > /dev/null
for round in 1 2; do
    wrk -t2 -c16 -d10s -s "$work/users.lua" "$base" -- /products/suggestions/ '?count=8' empty > /dev/null
    wrk -t2 -c16 -d10s -s "$work/users.lua" "$base" -- /user/sessions/ > /dev/null
done
sleep 2

# jstack itself takes seconds on a busy machine: the dumps start early and follow one another.
dumps() {
    sleep 2
    for i in 1 2 3; do jstack "$server" > "$work/jstack.$i" 2>/dev/null || true; sleep 1; done
}

run() {
    local name=$1; shift
    echo "== $name, c32"
    wrk -t2 -c32 -d"$duration" --latency "$@" | tee "$work/wrk.out"
    awk -v name="$name" '
        /Latency  / && !avg { avg = $2 }
        /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        /Requests\/sec/ { rps = $2 }
        END { printf "%-40s %10s %10s %10s %10s\n", name, rps, avg, p50, p99 }' "$work/wrk.out" >> "$work/table"
}

run "GET /version" "$base/version"
dumping=
if [ "${SCANPORT_BENCH_JSTACK:-}" = 1 ]; then dumps & dumping=$!; fi
run "GET /products/suggestions/{id}?count=8" -s "$work/users.lua" "$base" -- /products/suggestions/ '?count=8' empty
[ -z "$dumping" ] || wait "$dumping"
run "GET /user/sessions/{id}" -s "$work/users.lua" "$base" -- /user/sessions/

echo "== $database, $duration each, c32, wrk -t2 (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
printf "%-40s %10s %10s %10s %10s\n" endpoint req/s avg p50 p99
cat "$work/table"

if [ "${SCANPORT_BENCH_JSTACK:-}" = 1 ]; then
    echo "== busy request threads in 3 dumps during the suggestions run: state | top frame | first Scanport frame"
    cat "$work"/jstack.* | awk '
        function flush() { if (thread && !idle) print state " | " topf " | " (app ? app : "-"); thread = 0 }
        /^"/ { flush(); if ($0 ~ /http-thread-pool/) { thread = 1; idle = 0; state = ""; topf = ""; app = "" } next }
        !thread { next }
        /java.lang.Thread.State:/ { state = $2; next }
        /SyncThreadWorker.getTask/ { idle = 1 }
        /^\tat / { f = $2; sub(/\(.*/, "", f); if (!topf) topf = f; if (!app && f ~ /^com\.scanport/) app = f }
        /^$/ { flush() }
        END { flush() }' | sort | uniq -c | sort -rn | head -30
fi
if [ -n "${SCANPORT_BENCH_KEEP:-}" ]; then
    mkdir -p "$SCANPORT_BENCH_KEEP" && cp "$work/server.log" "$work"/jstack.* "$SCANPORT_BENCH_KEEP"/ 2>/dev/null || true
fi

echo "== server log: $(grep -c 'SEVERE' "$work/server.log" || true) SEVERE, $(grep -c 'WARNING' "$work/server.log" || true) WARNING lines"
grep -m5 -A3 'SEVERE' "$work/server.log" | cut -c1-300 || true
