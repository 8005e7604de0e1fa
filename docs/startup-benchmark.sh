#!/usr/bin/env bash
# Measures start-to-ready time and RSS for one server, RUNS times in a row (the first on an
# empty data directory). "Ready" = /health/ready answers 200 listing the application's
# "broker" check (a bare UP can come before the application is deployed).
# Usage: docs/startup-benchmark.sh micro|payara-server|wildfly [RUNS]
# Needs ./mvnw package first; payara-server and wildfly need their unpacked servers
# (./mvnw verify -Ppayara-server / -Pwildfly leaves them in ear/target/servers).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=${1:?usage: startup-benchmark.sh micro|payara-server|wildfly [RUNS]}
runs=${2:-3}
work=$(mktemp -d /tmp/scanport-bench.XXXXXX)
data=$work/data
http=18080
health=http://127.0.0.1:$http/health/ready

case $server in
    micro) ;;
    payara-server)
        cp -r "$top/ear/target/servers/payara6" "$work/payara6"
        rm -rf "$work/payara6/glassfish/domains/scanport"
        asadmin=$work/payara6/bin/asadmin
        SCANPORT_DATA_DIR=$data SCANPORT_HTTP_PORT=$http PAYARA_ADMIN_PORT=14848 PAYARA_HTTPS_PORT=18181 \
            PAYARA_JMX_PORT=18686 PAYARA_JMS_PORT=17676 PAYARA_IIOP_PORT=13700 PAYARA_IIOP_SSL_PORT=13820 \
            PAYARA_IIOP_MUTUALAUTH_PORT=13920 PAYARA_OSGI_SHELL_PORT=16666 PAYARA_DEBUG_PORT=19009 \
            PAYARA_HAZELCAST_DAS_PORT=14900 PAYARA_HAZELCAST_START_PORT=15900 TERM=dumb \
            "$top/payara-config/setup-payara-server.sh" "$work/payara6" > "$work/setup.log" 2>&1
        # Deployed once while stopped: every measured start also starts the application.
        cp "$top/ear/target/scanport.ear" "$work/payara6/glassfish/domains/scanport/autodeploy/"
        ;;
    wildfly)
        wildfly=$(ls -d "$top"/ear/target/servers/wildfly-*)
        cp -r "$wildfly" "$work/wildfly"
        rm -rf "$work/wildfly/standalone/deployments/"* "$work/wildfly/standalone/data"
        cp "$top/ear/target/scanport.ear" "$work/wildfly/standalone/deployments/"
        health=http://127.0.0.1:19990/health/ready
        ;;
    *) echo "unknown server: $server" >&2; exit 2 ;;
esac

for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    case $server in
        micro)
            SCANPORT_DATA_DIR=$data SCANPORT_HTTP_PORT=$http \
                "$top/payara-config/run-micro.sh" > "$work/run-$i.log" 2>&1 &
            ;;
        payara-server)
            "$asadmin" start-domain scanport > "$work/run-$i.log" 2>&1 &
            ;;
        wildfly)
            SCANPORT_DATA_DIR=$data "$work/wildfly/bin/standalone.sh" -c standalone-full.xml \
                -Djboss.http.port=$http -Djboss.https.port=18443 -Djboss.management.http.port=19990 \
                -Djboss.management.https.port=19993 -Djboss.ajp.port=18009 -Djboss.iiop.port=13528 \
                -Djboss.iiop.ssl.port=13529 -Djboss.txn.recovery.port=14712 -Djboss.txn.status.port=14713 \
                > "$work/run-$i.log" 2>&1 &
            ;;
    esac
    until curl -sf "$health" 2>/dev/null | grep -q '"broker"'; do sleep 0.2; done
    end=$(date +%s.%N)
    sleep 5
    pid=$(ss -Htlnp "sport = :$http" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
    echo "$server run $i: ready after $(echo "$end - $start" | bc) s, RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
    case $server in
        payara-server) "$asadmin" stop-domain --kill scanport > /dev/null 2>&1 ;;
        *) kill -9 "$pid"; sleep 2 ;;
    esac
done
rm -rf "$work"
