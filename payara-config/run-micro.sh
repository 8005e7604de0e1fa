#!/usr/bin/env bash
# Runs Scanport on Payara Micro with the embedded defaults (H2 and an ActiveMQ broker
# under ./data, HTTP on 127.0.0.1:8080) or whatever the SCANPORT_* variables say.
# Builds the WAR first when it is missing, or always with --build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
war=$top/web-module/target/scanport-micro.war
runtime=${SCANPORT_RUNTIME_DIR:-$top/web-module/target/runtime}

if [[ ${1:-} == --build || ! -f $war || ! -f $runtime/payara-micro.jar ]]; then
    (cd "$top" && ./mvnw -B -q -DskipTests package)
fi

if [[ -n ${SCANPORT_DB_URL:-} ]]; then
    # Fail at once, in one line, on a database the server could not use.
    java -cp "$runtime/postgresql.jar" "$here/CheckDatabase.java" || exit 2
fi

export SCANPORT_DATA_DIR=${SCANPORT_DATA_DIR:-$top/data}
mkdir -p "$SCANPORT_DATA_DIR"
export SCANPORT_DATA_DIR=$(cd "$SCANPORT_DATA_DIR" && pwd)
port=${SCANPORT_HTTP_PORT:-8080}
grid_port=${SCANPORT_GRID_PORT:-6900}
boot=$SCANPORT_DATA_DIR/boot
SCANPORT_RUNTIME_DIR=$runtime "$here/render-boot-files.sh" "$boot"

# The data grid (Hazelcast) stays on the loopback interface whatever SCANPORT_BIND says.
# shellcheck disable=SC2086
exec java ${SCANPORT_JAVA_OPTS:--Xmx512m} -Dhazelcast.socket.bind.any=false \
    -jar "$runtime/payara-micro.jar" \
    --port "$port" \
    --interfaces 127.0.0.1 --clustername "scanport-$port" --startport "$grid_port" \
    --addlibs "$runtime/postgresql.jar" \
    --prebootcommandfile "$boot/pre-boot.asadmin" \
    --postbootcommandfile "$boot/post-boot.asadmin" \
    --contextroot / \
    --deploy "$war"
