#!/usr/bin/env bash
# Renders the asadmin command files from the templates beside this script and the
# SCANPORT_* environment (see README, "Configuration"): Payara Micro's pre-boot, post-boot and
# post-deploy files (and pre-boot-http-closed.asadmin, which run-micro.sh uses), and server-domain.asadmin that setup-payara-server.sh runs before post-boot.asadmin
# on Payara Server.
# Usage: render-boot-files.sh OUTPUT_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: render-boot-files.sh OUTPUT_DIR}
runtime=${SCANPORT_RUNTIME_DIR:-$here/../web-module/target/runtime}
data=${SCANPORT_DATA_DIR:-./data}
mkdir -p "$out" "$data"
data=$(cd "$data" && pwd)
runtime=$(cd "$runtime" && pwd)

# asadmin --property values separate pairs with ':' and keys from values with '='.
escape() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//:/\\:}
    value=${value//=/\\=}
    printf '%s' "$value"
}

if [[ -n ${SCANPORT_DB_URL:-} ]]; then
    case $SCANPORT_DB_URL in
        jdbc:postgresql:*) db_class=org.postgresql.ds.PGSimpleDataSource ;;
        *) echo "SCANPORT_DB_URL must be a jdbc:postgresql: URL, got: $SCANPORT_DB_URL" >&2; exit 2 ;;
    esac
    if [[ -n ${SCANPORT_DB_PASSWORD:-} ]]; then
        db_properties="url=$(escape "$SCANPORT_DB_URL"):user=$(escape "${SCANPORT_DB_USER:-}")"
        db_properties+=":password=$(escape "$SCANPORT_DB_PASSWORD")"
    else
        # A pool with a user but no password refuses to connect ("No password credential
        # found"); without a password (trust or peer auth) the user goes into the URL.
        url=$SCANPORT_DB_URL
        if [[ -n ${SCANPORT_DB_USER:-} ]]; then
            [[ $url == *\?* ]] && url+="&" || url+="?"
            url+="user=$SCANPORT_DB_USER"
        fi
        db_properties="url=$(escape "$url")"
    fi
else
    db_class=org.h2.jdbcx.JdbcDataSource
    # WRITE_DELAY=0: a committed transaction is on disk before the commit returns.
    db_properties="url=$(escape "jdbc:h2:file:$data/db/scanport;WRITE_DELAY=0"):user=scanport:password=scanport"
fi

if [[ -n ${SCANPORT_BROKER_URL:-} ]]; then
    broker_properties="ServerUrl=$(escape "$SCANPORT_BROKER_URL")"
else
    broker_properties="ServerUrl=$(escape "vm://localhost?create=false")"
    broker_properties+=":BrokerXmlConfig=$(escape "broker:()/localhost?persistent=true&useJmx=false&dataDirectory=$data/broker")"
fi

render() {
    local text
    # Quoted replacements: bash 5.2 would otherwise read "&" in a URL as the matched text.
    text=$(<"$1")
    text=${text//@BIND@/"${SCANPORT_BIND:-127.0.0.1}"}
    text=${text//@DB_DATASOURCE_CLASS@/"$db_class"}
    text=${text//@DB_PROPERTIES@/"$db_properties"}
    text=${text//@RAR@/"$runtime/activemq-rar.rar"}
    text=${text//@BROKER_PROPERTIES@/"$broker_properties"}
    text=${text//@CLUSTER@/"scanport-${SCANPORT_HTTP_PORT:-8080}"}
    text=${text//@DATA_DIR@/"$(escape "$data")"}
    text=${text//@POSTGRESQL_JAR@/"$runtime/postgresql.jar"}
    printf '%s\n' "$text" > "$2"
}

render "$here/pre-boot.asadmin.template" "$out/pre-boot.asadmin"
render "$here/post-boot.asadmin.template" "$out/post-boot.asadmin"
render "$here/post-deploy.asadmin.template" "$out/post-deploy.asadmin"
cat "$out/pre-boot.asadmin" "$here/http-closed.asadmin.template" > "$out/pre-boot-http-closed.asadmin"
render "$here/server-domain.asadmin.template" "$out/server-domain.asadmin"
