#!/usr/bin/env bash
# Image desk cycles (seed 001) on Payara Micro (H2 unless SCANPORT_DB_URL says otherwise): CYCLES
# full cycles of about 300 KB photos (upload from two threads, both results from four reference
# workers, confirmation), with GET /job's latency as the workers saw it; then, in the same run,
# GET /animal_types and GET /results (authenticated, with the jobs waiting then) with wrk at c32.
# With each, the server's own CPU time per cycle or request: the harness shares the machine.
# A warm-up round of 200 cycles first. The owner code comes from a generated sheet, read with
# pdftoppm and zbarimg (installed from Debian's packages when missing).
# Usage: docs/image-benchmark.sh [CYCLES] [DURATION]      (needs ./mvnw package first, and wrk)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cycles=${1:-1000}
duration=${2:-15s}
port=18083
base=http://127.0.0.1:$port
work=$(mktemp -d /tmp/scanport-image-bench.XXXXXX)
password=bench-desk-password

if ! command -v zbarimg > /dev/null || ! command -v pdftoppm > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils zbar-tools > /dev/null
fi

SCANPORT_DATA_DIR=$work/data SCANPORT_HTTP_PORT=$port SCANPORT_STAFF_PASSWORD=$password \
    "$top/payara-config/run-micro.sh" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; pkill -9 -f "$work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"broker"'; do sleep 0.5; done

token=$(curl -sf -X POST "$base/token" -d password=$password | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
curl -sf -H "$auth" "$base/qr?n=1" > /dev/null
until curl -sf -H "$auth" "$base/qr/progress" | grep -q '"state":"done"'; do sleep 0.2; done
curl -sf -H "$auth" -o "$work/qr.pdf" "$base/qr/download"
pdftoppm -r 150 -png "$work/qr.pdf" "$work/page"
code=$(zbarimg -q --raw "$work"/page-*.png 2>/dev/null | head -n 1 | sed -E 's|.*/owners/||')

mkdir -p "$work/classes"
javac -d "$work/classes" "$top/web-module/src/test/java/com/scanport/tools/ReferenceWorker.java"
bench() { java -cp "$work/classes" "$top/docs/ImageDeskBenchmark.java" "$base" "$password" "$token" "$code" "$@"; }

echo "== warm-up: 200 cycles"
bench 200 > /dev/null
echo "== $cycles cycles"
. "$top/docs/server-cpu.sh"
before=$(ticks)
bench "$cycles"
echo "server CPU per cycle: $(( ($(ticks) - before) * 1000 / hz / cycles )) ms"

# Jobs waiting for confirmation for GET /results: 20 uploaded, both results made, left unconfirmed.
bench 20 --leave-unconfirmed > /dev/null
echo "== GET /animal_types (open), c32"
measured -t2 -c32 -d"$duration" --latency "$base/animal_types"
echo "== GET /results (staff token, 20 jobs listed), c32"
measured -t2 -c32 -d"$duration" --latency -H "$auth" "$base/results"
