#!/usr/bin/env bash
# Runs Scanport on Payara Micro with the embedded defaults (H2 and an ActiveMQ broker
# under ./data, HTTP on 127.0.0.1:8080) or whatever the SCANPORT_* variables say.
# Builds the WAR first when it is missing, or always with --build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
war=$top/web-module/target/scanport-micro.war
runtime=${SCANPORT_RUNTIME_DIR:-$top/web-module/target/runtime}

export SCANPORT_DATA_DIR=${SCANPORT_DATA_DIR:-$top/data}
mkdir -p "$SCANPORT_DATA_DIR"
export SCANPORT_DATA_DIR=$(cd "$SCANPORT_DATA_DIR" && pwd)
# One server per data directory: a second would share the first's H2 file and broker store, and
# a start with other settings would delete the Payara root the first runs from. The lock is held
# by the server process (the descriptor outlives exec) and ends with it, however it ends. Taken
# before any build, which would replace the WAR and runtime a running server uses.
exec 9>"$SCANPORT_DATA_DIR/run.lock"
if ! flock -n 9; then
    echo "scanport: another server runs on the data directory $SCANPORT_DATA_DIR; give this one a" \
        "SCANPORT_DATA_DIR of its own" >&2
    exit 2
fi

if [[ ${1:-} == --build || ! -f $war || ! -f $runtime/payara-micro.jar ]]; then
    # clean: a class removed from the sources must not linger in the WAR.
    (cd "$top" && ./mvnw -B -q -DskipTests clean package)
fi

if [[ -n ${SCANPORT_DB_URL:-} ]]; then
    # Fail at once, in one line, on a database the server could not use.
    java -cp "$runtime/postgresql.jar" "$here/CheckDatabase.java" || exit 2
fi

port=${SCANPORT_HTTP_PORT:-8080}

# The H2 database the data directory's marker says Scanport migrated (SchemaMigration writes it)
# must still be there: H2 would otherwise create a new, empty one without a word.
marker=$SCANPORT_DATA_DIR/db-marker
if [[ -z ${SCANPORT_DB_URL:-} && -f $marker ]] && grep -q '^url=jdbc:h2:' "$marker" \
        && [[ ! -s $SCANPORT_DATA_DIR/db/scanport.mv.db ]]; then
    echo "scanport: the database $SCANPORT_DATA_DIR/db/scanport.mv.db is gone or empty, but $marker says Scanport" \
        "migrated it; restore it, or delete $marker to start again with an empty database" >&2
    exit 2
fi
boot=$SCANPORT_DATA_DIR/boot
root=$SCANPORT_DATA_DIR/micro-root
SCANPORT_RUNTIME_DIR=$runtime "$here/render-boot-files.sh" "$boot"

# Payara Micro keeps its unpacked runtime, its configuration and the deployed application in
# a root directory under the data directory, so that a restart neither unpacks nor
# configures again. The boot command files run only on a fresh root. The root is made
# afresh when the command files, Payara Micro or the WAR change (an application already in
# the root would otherwise be served, stale classes and all), or when an earlier first start
# stopped before the commands had all run (HTTP still closed, see http-closed.asadmin.template).
fingerprint=$(cat "$boot/pre-boot-http-closed.asadmin" "$boot/post-boot.asadmin" "$boot/post-deploy.asadmin" "$war" \
    | sha256sum | cut -d' ' -f1)
fingerprint+=" $(stat -c '%s %Y' "$runtime/payara-micro.jar")"
if [[ -f $root/scanport-boot.fingerprint && $(<"$root/scanport-boot.fingerprint") == "$fingerprint" ]] \
        && grep -q 'context-root="/"' "$root/config/domain.xml" 2>/dev/null \
        && ! grep -o '<network-listener [^>]*name="http-listener"[^>]*>' "$root/config/domain.xml" | grep -q 'enabled="false"'; then
    echo "run-micro.sh: reusing the configured Payara Micro root in $root"
    # The root's configuration already holds the resources and the application. HTTP still
    # stays closed until the application is deployed: Payara would answer its own HTML 404 and
    # then empty 500s meanwhile.
    commands=(--prebootcommandfile "$boot/pre-boot-http-closed.asadmin" --postdeploycommandfile "$boot/post-deploy.asadmin")
else
    rm -rf "$root"
    mkdir -p "$root"
    printf '%s' "$fingerprint" > "$root/scanport-boot.fingerprint"
    commands=(--prebootcommandfile "$boot/pre-boot-http-closed.asadmin" --postbootcommandfile "$boot/post-boot.asadmin"
        --contextroot / --deploy "$war" --postdeploycommandfile "$boot/post-deploy.asadmin")
fi

# Payara Micro keeps running after a failed deployment, answering its own 404 pages and readiness
# UP without any check. HTTP opens only once deployment is over (post-deploy.asadmin), so its first
# readiness answer tells: the application's checks are there, or the server is stopped (exit 143).
watch_deployment() {
    local server=$1 host=${SCANPORT_BIND:-127.0.0.1} ready
    [[ $host == 0.0.0.0 ]] && host=127.0.0.1
    while kill -0 "$server" 2>/dev/null; do
        if ready=$( (exec 3<>"/dev/tcp/$host/$port" \
                && printf 'GET /health/ready HTTP/1.0\r\nHost: %s\r\n\r\n' "$host" >&3 && cat <&3) 2>/dev/null); then
            if [[ $ready != *'"name":"http"'* ]]; then
                echo "scanport: the application failed to deploy (see the SEVERE lines above); stopping Payara Micro" >&2
                kill -TERM "$server"
            fi
            return
        fi
        sleep 1
    done
}
watch_deployment $$ 9>&- &

# No Hazelcast: Scanport keeps all shared state in the database, so instances need no data
# grid, and none listens. The serial collector starts faster and smaller on a small heap.
# Naming the JSON-P provider spares every Json.createReader() a ServiceLoader scan of all
# of Payara's jars (its MP-JWT parses each bearer token's claims with two such calls).
# After an OutOfMemoryError nothing is known to be sound (H2 closes its database for good), so
# the process ends for its supervisor to start it again; SCANPORT_JAVA_OPTS may turn that off.
# shellcheck disable=SC2086
exec java -XX:+ExitOnOutOfMemoryError ${SCANPORT_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} \
    -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -jar "$runtime/payara-micro.jar" \
    --rootdir "$root" \
    --nohazelcast \
    --port "$port" \
    --addlibs "$runtime/postgresql.jar" \
    "${commands[@]}"
