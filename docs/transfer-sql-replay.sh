#!/usr/bin/env bash
# What PostgreSQL alone does with a transfer: pgbench sends the statements Scanport sends for one
# POST /transfer (as PostgreSQL's statement log showed them, in that order, prepared by pgbench
# with the values written in where pgjdbc binds them, in one transaction), over the
# sessions and accounts store-benchmark.sh made, each session paying the next user one unit; then
# pgbench's own TPC-B-like transactions on the same database, at the same concurrency. Prints each
# rate and PostgreSQL's CPU time per transaction. No Java runs meanwhile: the replay is the most
# transfers PostgreSQL on this machine allows these statements, with every core its own.
# Usage: docs/transfer-sql-replay.sh DATABASE [CLIENTS] [SECONDS]   (after store-benchmark.sh's setup)
set -euo pipefail

db=$1
clients=${2:-8}
seconds=${3:-15}
work=$(mktemp -d /tmp/scanport-replay.XXXXXX)
trap 'rm -rf "$work"' EXIT
pg="psql -h 127.0.0.1 -U postgres -d $db -qtA -F ,"
. "$(dirname "${BASH_SOURCE[0]}")/server-cpu.sh"

# The rate-limit window a session's check reads first: the address's invalid sessions.
bucket=$(printf '%s' "store-session:address:127.0.0.1" | sha256sum | cut -d' ' -f1)
mapfile -t sessions < <($pg -c "SELECT s.user_id, s.token_hash, a.id FROM store_session s
    JOIN ledger_account a ON a.user_id = s.user_id ORDER BY s.user_id")
count=${#sessions[@]}
if ((count < 2)); then
    echo "transfer-sql-replay: $db holds $count store sessions; run store-benchmark.sh's setup first" >&2
    exit 1
fi
user="SELECT ID, address, is_admin, age, created_at, email, email_key, full_name, mobile_number, password_hash,"
user+=" token_generation, username, username_key FROM app_user WHERE (ID = "
scripts=()
for ((n = 0; n < count; n++)); do
    IFS=, read -r payer hash payer_account <<< "${sessions[n]}"
    IFS=, read -r recipient _ recipient_account <<< "${sessions[(n + 1) % count]}"
    debit="UPDATE ledger_account SET balance = (balance - 1) WHERE ((ID = $payer_account) AND ((kind <> 'user') OR (balance >= 1)));"
    credit="UPDATE ledger_account SET balance = (balance + 1) WHERE (ID = $recipient_account);"
    if ((payer_account < recipient_account)); then updates="$debit"$'\n'"$credit"; else updates="$credit"$'\n'"$debit"; fi
    cat > "$work/transfer-$n.sql" <<SQL
BEGIN;
SELECT bucket_key, attempts, window_start FROM rate_limit_bucket WHERE (bucket_key = '$bucket');
SELECT ID, created_at, expires_at, last_used_at, token_generation, token_hash, user_id FROM store_session WHERE (token_hash = '$hash');
$user$payer);
SELECT user_id, ID FROM ledger_account WHERE (user_id IN ($payer, $recipient));
$user$recipient);
INSERT INTO ledger_transaction (ID, amount, idempotency_key, kind, memo, payer_account_id, posted_at, product_id, request_digest) VALUES (nextval('ledger_transaction_seq'), 1, NULL, 'transfer', NULL, $payer_account, now(), NULL, NULL);
INSERT INTO ledger_entry (account_id, transaction_id, amount, posted_at) VALUES ($recipient_account, currval('ledger_transaction_seq'), 1, now());
INSERT INTO ledger_entry (account_id, transaction_id, amount, posted_at) VALUES ($payer_account, currval('ledger_transaction_seq'), -1, now());
$updates
COMMIT;
SQL
    scripts+=(-f "$work/transfer-$n.sql")
done

run() {
    local label=$1 before out transactions
    shift
    before=$(pg_ticks)
    if ! out=$(pgbench -h 127.0.0.1 -U postgres -c "$clients" -j 2 -T "$seconds" "$@" "$db" 2>&1); then
        echo "$out" >&2
        exit 1
    fi
    transactions=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' <<< "$out")
    echo "== $label, c$clients"
    grep -E "^tps|^number of failed" <<< "$out"
    echo "PostgreSQL CPU per transaction: $(( ($(pg_ticks) - before) * 1000000 / hz / transactions )) us"
}
run "a transfer's statements replayed (pgbench -M prepared, $count sessions)" -M prepared "${scripts[@]}"
$pg -c "SELECT 1 FROM pgbench_branches LIMIT 1" > /dev/null 2>&1 || pgbench -h 127.0.0.1 -U postgres -i -s 8 -q "$db" > /dev/null 2>&1
run "pgbench -b tpcb-like" -b tpcb-like
