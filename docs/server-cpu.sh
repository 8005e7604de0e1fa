# Sourced by the benchmark scripts: the server's CPU time (user and system, from /proc), a
# steadier figure than requests per second on a machine that other work shares. Needs $server,
# the server's process id; pg_ticks needs nothing.
hz=$(getconf CLK_TCK)

# The server's CPU time so far, in clock ticks.
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

# wrk with its arguments, then the server's CPU time per request served.
measured() {
    local before after out requests
    before=$(ticks)
    out=$(wrk "$@")
    after=$(ticks)
    echo "$out"
    requests=$(sed -nE 's/^ *([0-9]+) requests in.*/\1/p' <<< "$out")
    echo "server CPU per request: $(( (after - before) * 1000000 / hz / requests )) us"
}

# PostgreSQL's CPU time so far, in clock ticks: its running processes and the ones that ended
# (every PostgreSQL on the machine; the benchmark machine runs one). A backend may end while
# this reads; its time then shows in the postmaster's, or, read in between, is missed.
pg_ticks() {
    pgrep -x postgres | sed 's|.*|/proc/&/stat|' | { xargs cat 2> /dev/null || true; } |
        awk '{s += $14 + $15 + $16 + $17} END {print s + 0}'
}
