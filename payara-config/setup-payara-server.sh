#!/usr/bin/env bash
# Creates a Payara Server 6 domain ready for ear/target/scanport.ear: the same database,
# ActiveMQ resource adapter and resources as Payara Micro (post-boot.asadmin), plus the
# server-only settings of server-domain.asadmin. Leaves the domain stopped; then:
#   asadmin start-domain scanport && asadmin deploy --contextroot / ear/target/scanport.ear
#
# Usage: setup-payara-server.sh PAYARA_HOME
# The application settings come from the SCANPORT_* variables (README, "Configuration").
# The domain's name and ports, with Payara's defaults:
#   PAYARA_DOMAIN=scanport PAYARA_ADMIN_PORT=4848 SCANPORT_HTTP_PORT=8080
#   PAYARA_HTTPS_PORT=8181 PAYARA_JMX_PORT=8686 PAYARA_JMS_PORT=7676 PAYARA_IIOP_PORT=3700
#   PAYARA_IIOP_SSL_PORT=3820 PAYARA_IIOP_MUTUALAUTH_PORT=3920 PAYARA_OSGI_SHELL_PORT=6666
#   PAYARA_DEBUG_PORT=9009 PAYARA_HAZELCAST_DAS_PORT=4900 PAYARA_HAZELCAST_START_PORT=5900
# The administrator "admin" has no password and the admin listener is bound to 127.0.0.1:
# set a password (asadmin change-admin-password) before opening it to anyone else.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
payara_home=$(cd "${1:?usage: setup-payara-server.sh PAYARA_HOME}" && pwd)
asadmin=$payara_home/bin/asadmin
domain=${PAYARA_DOMAIN:-scanport}
admin_port=${PAYARA_ADMIN_PORT:-4848}

if [[ -n ${SCANPORT_DB_URL:-} ]]; then
    java -cp "${SCANPORT_RUNTIME_DIR:-$here/../web-module/target/runtime}/postgresql.jar" \
        "$here/CheckDatabase.java" || exit 2
fi

export SCANPORT_DATA_DIR=${SCANPORT_DATA_DIR:-$here/../data}
mkdir -p "$SCANPORT_DATA_DIR"
SCANPORT_DATA_DIR=$(cd "$SCANPORT_DATA_DIR" && pwd)

"$asadmin" create-domain --nopassword --checkports=true \
    --adminport "$admin_port" --instanceport "${SCANPORT_HTTP_PORT:-8080}" \
    --hazelcastdasport "${PAYARA_HAZELCAST_DAS_PORT:-4900}" \
    --hazelcaststartport "${PAYARA_HAZELCAST_START_PORT:-5900}" \
    --domainproperties "http.ssl.port=${PAYARA_HTTPS_PORT:-8181}:domain.jmxPort=${PAYARA_JMX_PORT:-8686}:jms.port=${PAYARA_JMS_PORT:-7676}:orb.listener.port=${PAYARA_IIOP_PORT:-3700}:orb.ssl.port=${PAYARA_IIOP_SSL_PORT:-3820}:orb.mutualauth.port=${PAYARA_IIOP_MUTUALAUTH_PORT:-3920}:osgi.shell.telnet.port=${PAYARA_OSGI_SHELL_PORT:-6666}:java.debugger.port=${PAYARA_DEBUG_PORT:-9009}" \
    "$domain"

domain_dir=$payara_home/glassfish/domains/$domain
# Until the EAR is deployed (and while it loads) the domain's default web module answers on the
# HTTP port: no welcome page in its docroot, and errors without Payara's HTML page naming its
# version. An empty errorReportValve switches that page off, and asadmin cannot set an empty
# value (it deletes the property instead), so it goes into domain.xml while the domain is stopped.
# (Each web module then logs "Ignoring invalid property errorReportValve": it is handed the
# virtual server's properties too, and has no such setting of its own.)
rm -rf "$domain_dir/docroot"
mkdir "$domain_dir/docroot"
# The DAS's own virtual server "server" (server-config) is an empty element there.
config=$domain_dir/config/domain.xml
sed -E 's#<virtual-server id="server"([^>]*[^/])/>#<virtual-server id="server"\1><property name="errorReportValve" value=""/></virtual-server>#' \
    "$config" > "$config.new"
mv "$config.new" "$config"
grep -q '<virtual-server id="server"[^>]*><property name="errorReportValve" value=""/>' "$config" \
    || { echo "setup-payara-server.sh: unexpected virtual server 'server' in $config" >&2; exit 1; }

commands=$domain_dir/config/scanport
"$here/render-boot-files.sh" "$commands"

# asadmin reads a command file like a shell line and takes one level of backslashes
# that Payara Micro's boot files do not; and multimode succeeds even when a command fails.
run_commands() {
    local file=$1 output
    sed 's/\\/\\\\/g' "$file" > "$file.server"
    output=$("$asadmin" --port "$admin_port" multimode --file "$file.server" 2>&1) || true
    printf '%s\n' "$output"
    if grep -qE "^Command .* failed|^remote failure" <<<"$output"; then
        echo "setup-payara-server.sh: a command in $file failed (see above)" >&2
        exit 1
    fi
}

"$asadmin" start-domain "$domain"
trap '"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true' EXIT
run_commands "$commands/server-domain.asadmin"
# Listener addresses, the JMS service and the new library take effect on restart.
"$asadmin" --port "$admin_port" restart-domain "$domain"
run_commands "$commands/post-boot.asadmin"
"$asadmin" stop-domain "$domain"
trap - EXIT
echo "Payara Server domain '$domain' is ready for the Scanport EAR (admin port $admin_port)."
